// What a partnership would otherwise use: a widely used keyword search engine over the same sections,
// with its defaults. Each is wrapped as an AnswerEngine so the ask handler renders its top hits exactly
// as it renders ours: the only difference the scorer sees is the ranking.
import MiniSearch from 'minisearch';
import lunr from 'lunr';
import { Document } from 'flexsearch';
import type { Answer, AnswerEngine, AnswerHit } from '../../bot/knowledge/answer.ts';
import type { KnowledgeBase } from '../../bot/knowledge/load.ts';

/** One record per section, the text every engine indexes: heading (with its parent), document title, body
 * (the section's text, and by default its stored practitioner questions: the same words our engine sees). */
// A type alias, not an interface: flexsearch wants DocumentData's index signature.
type SectionRecord = {
  id: number;
  heading: string;
  title: string;
  body: string;
};

type Rank = (question: string) => number[];

export interface Baseline {
  name: string;
  /** How it was configured, for the report. */
  config: string;
  build: (records: SectionRecord[]) => Rank;
}

const LIMIT = 10;

export const BASELINES: readonly Baseline[] = [
  {
    name: 'minisearch',
    config: 'MiniSearch 7, BM25 defaults (OR, no prefix, no fuzzy), fields heading+title+body',
    build(records) {
      const ms = new MiniSearch<SectionRecord>({ fields: ['heading', 'title', 'body'] });
      ms.addAll(records);
      return (q) => ms.search(q).slice(0, LIMIT).map((r) => Number(r.id));
    },
  },
  {
    name: 'minisearch_fuzzy',
    config: 'MiniSearch 7, BM25 with prefix + fuzzy 0.2 (the usual site-search setting)',
    build(records) {
      const ms = new MiniSearch<SectionRecord>({ fields: ['heading', 'title', 'body'], searchOptions: { prefix: true, fuzzy: 0.2 } });
      ms.addAll(records);
      return (q) => ms.search(q).slice(0, LIMIT).map((r) => Number(r.id));
    },
  },
  {
    name: 'lunr',
    config: 'lunr 2.3 (BM25, English stemmer and stop words), fields heading+title+body',
    build(records) {
      const idx = lunr(function () {
        this.ref('id');
        this.field('heading');
        this.field('title');
        this.field('body');
        for (const r of records) this.add(r);
      });
      // lunr reads : ~ ^ + - * as query syntax; a site search box strips them so a question cannot throw
      // or turn "- step up" into "must not contain step".
      return (q) => idx.search(q.replace(/[:~^+\-*]/g, ' ')).slice(0, LIMIT).map((r) => Number(r.ref));
    },
  },
  {
    name: 'flexsearch',
    config: 'flexsearch 0.8 Document, default options, merge:true',
    build(records) {
      const ix = new Document({ document: { id: 'id', index: ['heading', 'title', 'body'] } });
      for (const r of records) ix.add(r);
      return (q) => (ix.search(q, { limit: LIMIT, merge: true }) as Array<{ id: number | string }>).map((r) => Number(r.id));
    },
  },
  {
    name: 'flexsearch_suggest',
    config: 'flexsearch 0.8 Document, default options, merge:true + suggest:true (terms OR-ed, not AND-ed)',
    build(records) {
      const ix = new Document({ document: { id: 'id', index: ['heading', 'title', 'body'] } });
      for (const r of records) ix.add(r);
      return (q) => (ix.search(q, { limit: LIMIT, merge: true, suggest: true }) as Array<{ id: number | string }>).map((r) => Number(r.id));
    },
  },
];

/** Wraps a baseline's ranking as an AnswerEngine over the same sections. `publishedTextOnly` leaves out our
 * stored questions: the search a partnership gets by indexing its published documents as they are. */
export function baselineEngine(kb: Pick<KnowledgeBase, 'docs'>, baseline: Baseline, options: { publishedTextOnly?: boolean } = {}): AnswerEngine {
  const entries = kb.docs.flatMap((doc) => doc.sections.map((section) => ({ doc, section })));
  const records: SectionRecord[] = entries.map(({ doc, section }, id) => ({
    id,
    heading: section.parentHeading ? `${section.parentHeading} ${section.heading}` : section.heading,
    title: doc.title,
    body: [section.text, ...(options.publishedTextOnly ? [] : (section.questions ?? []))].join('\n'),
  }));
  const rank = baseline.build(records);
  const hit = (i: number): AnswerHit => ({ ...entries[i], score: 1, coverage: 1 });
  const bySection = new Map(entries.map((e, i) => [e.section.id, i]));
  const byDoc = new Map(kb.docs.map((d) => [d.id, d]));
  return {
    docs: kb.docs,
    sectionCount: entries.length,
    doc: (id) => byDoc.get(id),
    section(id) {
      const i = bySection.get(id);
      return i === undefined ? undefined : hit(i);
    },
    answer(question, options = {}): Answer {
      const hits = rank(question).slice(0, options.limit ?? 5).map(hit);
      // A keyword engine has no notion of "not sure": whatever ranks first is the answer.
      return { question, hits, confidence: hits.length ? 'high' : 'none', situations: [] };
    },
  };
}
