// Development aid: our blind scenario sets (bench/scenario-sets/set-NN.jsonl), each written by people who saw only the
// list of sections, scored the way score-scenarios.mjs scores: an answer counts at top-1 only when it is confident
// and its first section is one the writer named; a request out of scope counts when it is not answered confidently.
//   npm run -s rank:sets                      (every set; --misses to list what was missed, or files to score)
//   npm run -s rank:sets -- --sections wigan  (the list of sections a writer works from)
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { loadConfig } from '../bot/config.ts';
import { loadKnowledge } from '../bot/knowledge/load.ts';
import { createAnswerEngine } from '../bot/knowledge/answer.ts';
import { askResponse, type AskResponseDeps } from './ask-response.ts';

const SETS_DIR = join(import.meta.dirname, '..', 'bench', 'scenario-sets');
const line = z.union([
  z.object({ id: z.string(), partnership: z.string(), q: z.string().min(1), sections: z.array(z.string()).min(1) }),
  z.object({ id: z.string(), partnership: z.string(), q: z.string().min(1), expect: z.literal('not-sure') }),
]);

const args = process.argv.slice(2);
const showMisses = args.includes('--misses');
const sectionsFor = args.includes('--sections') ? args[args.indexOf('--sections') + 1] : undefined;
const files = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--sections');
const setFiles = files.length ? files : readdirSync(SETS_DIR).filter((f) => /^set-\d+\.jsonl$/.test(f)).sort().map((f) => join(SETS_DIR, f));

const config = loadConfig();
const depsByPartnership = new Map<string, AskResponseDeps>();
function depsFor(partnership: string): AskResponseDeps {
  let deps = depsByPartnership.get(partnership);
  if (!deps) {
    const knowledge = loadKnowledge(config.knowledgeDir, partnership);
    deps = { engine: createAnswerEngine(knowledge), profile: knowledge.partnership, danger: knowledge.immediateDanger, publicUrl: config.publicUrl };
    depsByPartnership.set(partnership, deps);
  }
  return deps;
}

// The writers' list (`-- --sections wigan > sections-wigan.txt`): each section's id, title and heading, and its start.
if (sectionsFor) {
  for (const doc of loadKnowledge(config.knowledgeDir, sectionsFor).docs)
    for (const s of doc.sections) console.log(`${s.id}\n   ${doc.title} › ${s.heading}\n   ${s.text.replace(/\s+/g, ' ').slice(0, 260)}…`);
  process.exit(0);
}

const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '-');
for (const file of setFiles) {
  let situations = 0, top1 = 0, top3 = 0, requests = 0, requestsAnswered = 0, banners = 0;
  const misses: string[] = [];
  for (const [n, raw] of readFileSync(file, 'utf8').split('\n').entries()) {
    if (!raw.trim()) continue;
    const parsed = line.safeParse(JSON.parse(raw));
    if (!parsed.success) throw new Error(`${file}:${n + 1}: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
    const q = parsed.data;
    const r = askResponse(depsFor(q.partnership), q.q);
    const confident = r.confidence === 'high';
    if (r.safety.immediateDanger) banners++;
    const got = r.results.slice(0, 3).map((x) => x.sectionId);
    if ('expect' in q) {
      requests++;
      if (confident) { requestsAnswered++; misses.push(`answered ${q.id}: ${q.q}\n   got  ${got.join(' | ')}`); }
      continue;
    }
    situations++;
    const first = confident && q.sections.includes(got[0]);
    const inThree = got.some((id) => q.sections.includes(id));
    top1 += first ? 1 : 0;
    top3 += inThree ? 1 : 0;
    if (!first) misses.push(`${inThree ? 'top 3' : 'miss'}${confident ? '' : ' (not sure)'} ${q.id}: ${q.q}\n   want ${q.sections.join(' | ')}\n   got  ${got.join(' | ')}`);
  }
  if (showMisses) misses.forEach((m) => console.log(m));
  console.log(`${basename(file)}: answered-and-right ${pct(top1, situations)}%, top3 ${pct(top3, situations)}% (n=${situations}); out-of-scope answered ${requestsAnswered}/${requests}; 999 banner on ${banners}`);
}
