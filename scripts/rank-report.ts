// Development aid: how our own question set (bench/questions-<partnership>.jsonl) ranks, with the misses.
//   npm run rank            (PARTNERSHIP=wirral npm run rank for another profile)
import { join } from 'node:path';
import { loadKnowledge } from '../bot/knowledge/load.ts';
import { createAnswerEngine } from '../bot/knowledge/answer.ts';
import { ownQuestionsFile, readOwnQuestions } from './bench/own-questions.ts';

const partnership = process.env.PARTNERSHIP ?? 'wigan';
const engine = createAnswerEngine(loadKnowledge(join(import.meta.dirname, '..', 'knowledge'), partnership));
const questions = readOwnQuestions(ownQuestionsFile(partnership));
if (questions.length === 0) {
  console.log(`no question set for ${partnership}: write bench/questions-${partnership}.jsonl`);
  process.exit(0);
}
const showFailures = !process.argv.includes('--summary');
let top1 = 0;
let top3 = 0;
for (const q of questions) {
  const a = engine.answer(q.q, { limit: 3 });
  const ids = a.hits.map((h) => h.section.id);
  const rank = ids.findIndex((id) => q.sections.includes(id));
  if (rank === 0 && a.confidence === 'high') top1++;
  if (rank >= 0) top3++;
  if (showFailures && !(rank === 0 && a.confidence === 'high')) {
    console.log(`${rank < 0 ? 'miss' : `rank ${rank + 1}`} ${q.id} (${a.confidence}): ${q.q}\n   want ${q.sections.join(' | ')}\n   got  ${ids.join(' | ')}`);
  }
}
const pct = (n: number) => ((100 * n) / questions.length).toFixed(1);
console.log(`own questions (${partnership}): top1 ${pct(top1)}% top3 ${pct(top3)}% (n=${questions.length})`);
