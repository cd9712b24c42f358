// Made-up documents and an engine over them, for ranking tests that should not depend on a partnership's wording.
import { createAnswerEngine, type AnswerEngine } from '../../bot/knowledge/answer.ts';
import type { KnowledgeBase } from '../../bot/knowledge/load.ts';
import type { KnowledgeDoc } from '../../bot/knowledge/types.ts';

/** Sections as [slug, heading, text, stored practitioner questions]. */
export function madeUpDoc(id: string, area: KnowledgeDoc['area'], title: string, sections: Array<[string, string, string, string[]]>): KnowledgeDoc {
  return {
    id, title, area, partnership: 'shire', sourceTitle: 'x', sourceUrl: 'https://example.org', lastReviewed: '2026-11-01', owner: 'x',
    status: 'current', tags: [], audience: [], related: [], sources: [], intro: '', file: `${id}.md`,
    sections: sections.map(([slug, heading, text, questions]) => ({ id: `${id}#${slug}`, docId: id, slug, heading, level: 2, status: 'current', markdown: text, text, questions })),
  };
}

/** The engine over made-up documents, with the real situations (and glossary, when given). */
export function madeUpEngine(docs: KnowledgeDoc[], situations: KnowledgeBase['situations'], glossary: KnowledgeBase['glossary'] = []): AnswerEngine {
  return createAnswerEngine({ docs, glossary, partnership: { id: 'shire', short_name: 'Shire' } as never, situations });
}
