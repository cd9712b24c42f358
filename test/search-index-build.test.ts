// The index build reuses each part's tokens for its document's terms and each stored question's tokens for the
// section's questions field: they must be the terms of the words tokenised as one run, including a case-review
// pseudonym split across two parts ("Child" ending a heading, "D" starting the text).
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../bot/knowledge/search-index.ts';
import { tokenizeWords, words } from '../bot/knowledge/text-analysis.ts';
import type { KnowledgeDoc, Section } from '../bot/knowledge/types.ts';

const section = (slug: string, heading: string, text: string): Section => ({
  id: `review#${slug}`, docId: 'review', slug, heading, level: 2, markdown: text, text, status: 'current',
});

const doc: KnowledgeDoc = {
  id: 'review', title: 'Learning from the review of Child', area: 'learning', partnership: 'wigan', sourceTitle: 'A review',
  sourceUrl: 'https://example.test/review', lastReviewed: '2026-01-01', owner: 'Partnership', status: 'current',
  tags: ['b', 'neglect'], audience: [], related: [], sources: [], intro: 'A short intro about the baby', file: 'review.md',
  sections: [
    section('what-happened', 'What happened to the family', 'E lived with her mother and two brothers in a flat.'),
    section('what-we-learnt', 'What we learnt about Baby', 'x marks the records the review read, and practice changed.'),
    { ...section('who-to-tell', 'Who to tell', 'Tell the designated lead the same day, and write down what was said.'), questions: ['Who do I tell about Child', 'K said something worrying, who do I tell?'] },
  ],
};

/** The document's words in order, as one run: title, tags, intro, then each section's heading and text. */
const docWords = [doc.title, ...doc.tags, doc.intro, ...doc.sections.flatMap((s) => [s.heading, s.text])].flatMap((t) => words(t));

describe('buildSearchIndex document terms', () => {
  it('finds every term of the document as its words tokenised in one run', () => {
    const index = buildSearchIndex([doc], 'wigan');
    const expected = new Set(tokenizeWords(docWords).map((t) => t.term));
    expect([...index.docPostings.ids.keys()].sort()).toEqual([...expected.keys()].sort());
  });

  it('keeps a pseudonym letter that starts a part after "Child", "Baby" or "family" ends the one before', () => {
    const index = buildSearchIndex([doc], 'wigan');
    // "Child" ends the title and "b" starts the tags; "family" ends a heading and "E" starts its text.
    expect(index.docDf.get('b')).toBe(1);
    expect(index.docDf.get('e')).toBe(1);
    // "Baby" ends a heading and "x" starts its text.
    expect(index.docDf.get('x')).toBe(1);
  });

  it('reads a section\'s stored questions as one run too: a letter starting one question after "Child" ends the last', () => {
    const index = buildSearchIndex([doc], 'wigan');
    const section = index.sections.findIndex((s) => s.section.slug === 'who-to-tell');
    // "k" appears nowhere else in the document: only the questions field can give it this section.
    expect([...(index.termPostings.get('k')?.sections ?? [])]).toEqual([section]);
  });
});
