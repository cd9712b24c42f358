// answer(question): the pure heart of the assistant. Knowledge in, ranked sections out; no Teams, no I/O.
import type { KnowledgeDoc, Section } from './types.ts';
import type { KnowledgeBase } from './load.ts';
import { Glossary } from './glossary.ts';
import { buildSearchIndex, type SearchIndex } from './search-index.ts';
import { parseQuery } from './query.ts';
import { readIntent } from './query-intent.ts';
import { rankCandidates } from './rank.ts';

export interface AnswerHit {
  section: Section;
  doc: KnowledgeDoc;
  score: number;
  coverage: number;
}

export type Confidence = 'high' | 'low' | 'none';

export interface Answer {
  question: string;
  /** Best first; at most `limit`. */
  hits: AnswerHit[];
  /** `low`/`none` -> the "I'm not sure" card with the nearest sections and who to ask. */
  confidence: Confidence;
}

export interface AnswerEngine {
  answer(question: string, options?: { limit?: number; onlySectionId?: string }): Answer;
  section(sectionId: string): AnswerHit | undefined;
  doc(docId: string): KnowledgeDoc | undefined;
  readonly docs: readonly KnowledgeDoc[];
  readonly sectionCount: number;
}

const MIN_COVERAGE = 0.4;

export function createAnswerEngine(kb: Pick<KnowledgeBase, 'docs' | 'glossary' | 'partnership'>): AnswerEngine {
  const index: SearchIndex = buildSearchIndex(kb.docs, kb.partnership.id);
  const glossary = new Glossary(kb.glossary);
  const bySection = new Map(index.sections.map((s, i) => [s.section.id, i]));
  const byDoc = new Map(kb.docs.map((d) => [d.id, d]));

  return {
    docs: kb.docs,
    sectionCount: index.sections.length,
    doc: (id) => byDoc.get(id),
    section(sectionId) {
      const i = bySection.get(sectionId);
      if (i === undefined) return undefined;
      const s = index.sections[i];
      return { section: s.section, doc: s.doc, score: 1, coverage: 1 };
    },
    answer(question, options = {}) {
      const limit = options.limit ?? 5;
      const query = parseQuery(question, index, glossary);
      if (query.terms.length === 0) return { question, hits: [], confidence: 'none' };

      const flexRank = new Map<number, number>();
      const found = index.flex.search(query.flexQuery, { suggest: true, limit: 40, merge: true }) as Array<{ id: number }>;
      found.forEach((r, rank) => flexRank.set(Number(r.id), rank));
      // Sections with any query term are ranked from the postings; flexsearch adds its near matches.
      const ranked = rankCandidates(index, query, readIntent(question), flexRank.keys(), flexRank);
      const hits = ranked.slice(0, limit).map((r) => ({
        section: index.sections[r.index].section,
        doc: index.sections[r.index].doc,
        score: Math.round(r.score * 1000) / 1000,
        coverage: Math.round(r.coverage * 100) / 100,
      }));
      const top = hits[0];
      const confidence: Confidence = !top ? 'none' : top.coverage >= MIN_COVERAGE ? 'high' : 'low';
      return { question, hits, confidence };
    },
  };
}
