// What counts as a change: section ids (doc#slug) and a hash of each section's heading, body and status.
import { describe, expect, it } from 'vitest';
import { diffSnapshots, snapshotOf, touchedSections } from '../bot/amendments/diff.ts';
import type { KnowledgeDoc, Section } from '../bot/knowledge/types.ts';

const section = (docId: string, slug: string, markdown: string, status: 'current' | 'verify' = 'current'): Section => ({
  id: `${docId}#${slug}`, docId, slug, heading: slug.replace(/-/g, ' '), level: 2, markdown, text: markdown, status,
});
const doc = (id: string, sections: Section[], extra: Partial<KnowledgeDoc> = {}): KnowledgeDoc => ({
  id, title: `Doc ${id}`, area: 'lado', partnership: 'testshire', sourceTitle: 'Source', sourceUrl: 'https://example.org/', lastReviewed: '2026-11-01',
  owner: 'Team', status: 'current', tags: [], audience: [], related: [], sources: [], intro: '', file: `${id}.md`, sections, ...extra,
});

describe('diffSnapshots', () => {
  const before = [doc('a', [section('a', 'one', 'First.'), section('a', 'two', 'Second.')]), doc('b', [section('b', 'x', 'Ex.')])];

  it('finds nothing when only the order of documents changes', () => {
    expect(diffSnapshots(snapshotOf(before), snapshotOf([...before].reverse()), before)).toEqual([]);
  });

  it('a new document is one entry; a removed one is one entry and touches all its sections', () => {
    const after = [before[0], doc('c', [section('c', 'new', 'New.'), section('c', 'newer', 'Newer.')], { changeNote: 'Added the new guide.' })];
    const entries = diffSnapshots(snapshotOf(before), snapshotOf(after), after);
    expect(entries.map((e) => [e.kind, e.docId, e.sectionId, e.changeNote])).toEqual([
      ['added', 'c', null, 'Added the new guide.'],
      ['removed', 'b', null, null],
    ]);
    expect(touchedSections(entries, snapshotOf(before))).toEqual(['b#x']);
  });

  it('within a document: a changed body, a status change, a renamed heading (removed + added)', () => {
    const after = [doc('a', [section('a', 'one', 'First, reworded.'), section('a', 'two-renamed', 'Second.')]), doc('b', [section('b', 'x', 'Ex.', 'verify')])];
    const entries = diffSnapshots(snapshotOf(before), snapshotOf(after), after);
    expect(entries.map((e) => [e.kind, e.sectionId])).toEqual([
      ['changed', 'a#one'],
      ['added', 'a#two-renamed'],
      ['removed', 'a#two'],
      ['changed', 'b#x'],
    ]);
    // Followers of an added section don't exist yet; those of changed and removed ones are told.
    expect(touchedSections(entries, snapshotOf(before))).toEqual(['a#one', 'a#two', 'b#x']);
  });

  it('a new review date alone is one document-level "changed" entry with the date', () => {
    const after = [doc('a', before[0].sections, { lastReviewed: '2026-12-01' }), before[1]];
    expect(diffSnapshots(snapshotOf(before), snapshotOf(after), after)).toEqual([
      { kind: 'changed', docId: 'a', sectionId: null, docTitle: 'Doc a', heading: null, lastReviewed: '2026-12-01', changeNote: null },
    ]);
  });
});
