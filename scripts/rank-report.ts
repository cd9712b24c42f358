// Development aid: how our own question set (bench/questions-<partnership>.jsonl) ranks, with the misses.
//   npm run rank            (PARTNERSHIP=wirral npm run rank for another profile; --summary for the figures only)
import { join } from 'node:path';
import { loadKnowledge } from '../bot/knowledge/load.ts';
import { createAnswerEngine } from '../bot/knowledge/answer.ts';
import { ownQuestionsFile, readOwnQuestions, scoreOwn } from './bench/own-questions.ts';

const partnership = process.env.PARTNERSHIP ?? 'wigan';
const engine = createAnswerEngine(loadKnowledge(join(import.meta.dirname, '..', 'knowledge'), partnership));
const questions = readOwnQuestions(ownQuestionsFile(partnership));
if (questions.length === 0) {
  console.log(`no question set for ${partnership}: write bench/questions-${partnership}.jsonl`);
  process.exit(0);
}
const respond = (q: string) => {
  const a = engine.answer(q, { limit: 3 });
  return { answered: a.confidence === 'high', sectionIds: a.hits.map((h) => h.section.id) };
};
const score = scoreOwn(questions, respond);
if (!process.argv.includes('--summary')) {
  for (const q of questions.filter((x) => score.missed.includes(x.id))) {
    const r = respond(q.q);
    const rank = r.sectionIds.findIndex((id) => q.sections.includes(id));
    console.log(`${rank < 0 ? 'miss' : `rank ${rank + 1}`} ${q.id} (${r.answered ? 'high' : 'not sure'}): ${q.q}\n   want ${q.sections.join(' | ')}\n   got  ${r.sectionIds.join(' | ')}`);
  }
}
console.log(`own questions (${partnership}): top1 ${score.top1}% top3 ${score.top3}% (n=${score.n})`);
