// The ask CLI (DESIGN contract 3):
//   npm run --silent ask -- --json "question"      one JSON object
//   npm run --silent ask -- --jsonl < questions    one question a line (plain text, or JSON with q and optional id)
//   npm run --silent ask -- "question"             the answer as a practitioner reads it
// Reads PARTNERSHIP, KNOWLEDGE_DIR and PUBLIC_URL like the bot.
import { createInterface } from 'node:readline';
import { loadConfig } from '../bot/config.ts';
import { loadKnowledge } from '../bot/knowledge/load.ts';
import { createAnswerEngine } from '../bot/knowledge/answer.ts';
import { askResponse, type AskResponse, type AskResponseDeps } from './ask-response.ts';

// Piped into a reader that stops early (`| head`): stop quietly instead of dying on the closed pipe.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

const args = process.argv.slice(2);
const mode = args.includes('--jsonl') ? 'jsonl' : args.includes('--json') ? 'json' : 'text';
const question = args.filter((a) => !a.startsWith('--')).join(' ');

const config = loadConfig();
const knowledge = loadKnowledge(config.knowledgeDir, config.partnership);
const deps: AskResponseDeps = { engine: createAnswerEngine(knowledge), profile: knowledge.partnership, danger: knowledge.immediateDanger, publicUrl: config.publicUrl, teamsAppId: config.teamsAppId };

const toJson = (id: string | number | null, r: AskResponse) =>
  JSON.stringify({
    id,
    question: r.question,
    answer: r.answer,
    safety: r.safety,
    confidence: r.confidence,
    results: r.results.map(({ docId, title, heading, url, text, score }) => ({ docId, title, heading, url, text, score })),
    card: r.card,
  });

if (mode === 'jsonl') {
  let n = 0;
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line.trim()) continue;
    n++;
    let id: string | number | null = n;
    let q = line;
    if (line.trim().startsWith('{')) {
      try {
        const parsed = JSON.parse(line) as { q?: unknown; question?: unknown; id?: unknown };
        q = String(parsed.q ?? parsed.question ?? '');
        id = typeof parsed.id === 'string' || typeof parsed.id === 'number' ? parsed.id : n;
      } catch {
        // Not JSON after all: treat the line as the question.
      }
    }
    process.stdout.write(toJson(id, askResponse(deps, q)) + '\n');
  }
} else if (!question.trim()) {
  console.error('usage: npm run --silent ask -- [--json] "your question"   or   --jsonl < questions.txt');
  process.exit(2);
} else if (mode === 'json') {
  process.stdout.write(toJson(null, askResponse(deps, question)) + '\n');
} else {
  const r = askResponse(deps, question);
  console.log(r.answer);
  if (r.results.length > 1) {
    console.log('\nOther sections:');
    for (const x of r.results.slice(1, 4)) console.log(`- ${x.title} › ${x.heading}  ${x.url}`);
  }
}
