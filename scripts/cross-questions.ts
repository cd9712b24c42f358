// Development aid: how well the assistant finds sections from questions it has never seen. Every stored practitioner
// question (front matter `questions:`) is asked back with its own fifth of the stored questions left out of the index,
// so it is answered from the content and the other questions only, as a new practitioner's wording would be.
//   npm run -s rank:cross                  (both partnerships; --misses N to list N misses per partnership)
// Misses are one of: a sibling section first (same document), another document of the same area, another area, or
// the right section first but "not sure".
import { join } from 'node:path';
import { loadKnowledge, type KnowledgeBase } from '../bot/knowledge/load.ts';
import { createAnswerEngine } from '../bot/knowledge/answer.ts';

const FOLDS = 5;
const args = process.argv.slice(2);
const missesAt = args.indexOf('--misses');
const missesToShow = missesAt >= 0 ? Number(args[missesAt + 1]) || 0 : 0;
const partnerships = args.filter((a) => /^[a-z][a-z-]*$/.test(a));
const knowledgeDir = process.env.KNOWLEDGE_DIR ?? join(import.meta.dirname, '..', 'knowledge');

/** A stable fold for a question: the same question is always left out with the same others. */
function foldOf(question: string): number {
  let h = 2166136261;
  for (const c of question) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return (h >>> 0) % FOLDS;
}

type Outcome = 'right' | 'right, not sure' | 'sibling first' | 'same area first' | 'other area first';

function crossCheck(kb: KnowledgeBase) {
  const counts: Record<Outcome, number> = { right: 0, 'right, not sure': 0, 'sibling first': 0, 'same area first': 0, 'other area first': 0 };
  let inTop3 = 0;
  const misses: string[] = [];
  const areaOf = new Map(kb.docs.map((d) => [d.id, d.area]));
  for (let fold = 0; fold < FOLDS; fold++) {
    const held: Array<{ question: string; sectionId: string; docId: string }> = [];
    const docs = kb.docs.map((doc) => ({
      ...doc,
      sections: doc.sections.map((section) => {
        const kept = (section.questions ?? []).filter((q) => {
          if (foldOf(q) !== fold) return true;
          held.push({ question: q, sectionId: section.id, docId: doc.id });
          return false;
        });
        return { ...section, questions: kept };
      }),
    }));
    const engine = createAnswerEngine({ ...kb, docs });
    for (const h of held) {
      const answer = engine.answer(h.question, { limit: 3 });
      const first = answer.hits[0];
      if (answer.hits.some((x) => x.section.id === h.sectionId)) inTop3++;
      const outcome: Outcome =
        first?.section.id === h.sectionId
          ? answer.confidence === 'high'
            ? 'right'
            : 'right, not sure'
          : first?.doc.id === h.docId
            ? 'sibling first'
            : first && first.doc.area === areaOf.get(h.docId)
              ? 'same area first'
              : 'other area first';
      counts[outcome]++;
      if (outcome !== 'right' && misses.length < missesToShow) misses.push(`${outcome}: ${h.question}\n   want ${h.sectionId}\n   got  ${first?.section.id ?? '(nothing)'}`);
    }
  }
  const n = Object.values(counts).reduce((a, b) => a + b, 0);
  return { n, counts, inTop3, misses };
}

const pct = (a: number, n: number) => `${((100 * a) / Math.max(n, 1)).toFixed(1)}%`;
for (const partnership of partnerships.length ? partnerships : ['wigan', 'wirral']) {
  const { n, counts, inTop3, misses } = crossCheck(loadKnowledge(knowledgeDir, partnership));
  for (const m of misses) console.log(m);
  const detail = (Object.entries(counts) as Array<[Outcome, number]>).filter(([k]) => k !== 'right').map(([k, v]) => `${k} ${v}`).join(', ');
  console.log(`${partnership}: ${n} stored questions asked back unseen: answered right first ${pct(counts.right, n)}, in the first three ${pct(inTop3, n)} (${detail})`);
}
