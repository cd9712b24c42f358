// The second and third sections show what the first doesn't (bot/knowledge/diverse-runners-up.ts), on a made-up
// ranking.
import { describe, expect, it } from 'vitest';
import { diversifyRunnersUp } from '../bot/knowledge/diverse-runners-up.ts';
import type { SearchIndex, TermPostings } from '../bot/knowledge/search-index.ts';
import type { QueryTerm } from '../bot/knowledge/query.ts';

// Ten sections; each term lists the sections that use it.
const uses: Record<string, number[]> = {
  coach: [0, 1, 2, 3, 4],
  lift: [0, 1, 2],
  phone: [3],
  photos: [3, 5],
  tell: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
};
const index = {
  sections: Array.from({ length: 10 }, () => ({})),
  df: new Map(Object.entries(uses).map(([t, s]) => [t, s.length])),
  termPostings: new Map(Object.entries(uses).map(([t, s]) => [t, { sections: Int32Array.from(s) } as TermPostings])),
} as unknown as SearchIndex;
const typed = (...words: string[]): QueryTerm[] => words.map((term) => ({ term, weight: 1, coverageWeight: 1, original: true }));
const order = (scores: Array<[number, number]>, terms: QueryTerm[]) => {
  const ranked = scores.map(([i, score]) => ({ index: i, score }));
  diversifyRunnersUp(ranked, index, terms);
  return ranked.map((r) => r.index);
};

describe('runners-up that add to the first', () => {
  it('a section matching the rest of the story (the phone and the photos) moves above close siblings that repeat the first', () => {
    expect(order([[0, 10], [1, 9.6], [2, 9.5], [3, 9], [4, 8]], typed('coach', 'lift', 'phone', 'photos'))).toEqual([0, 3, 1, 2, 4]);
  });

  it('the first section keeps its place, however much another adds', () => {
    expect(order([[0, 10], [1, 9.6], [3, 9]], typed('coach', 'lift', 'phone', 'photos'))[0]).toBe(0);
  });

  it('a section far below on score does not jump: what it adds is worth a share of the first, not everything', () => {
    expect(order([[0, 10], [1, 9.6], [2, 9.5], [3, 4]], typed('coach', 'lift', 'phone', 'photos'))).toEqual([0, 1, 2, 3]);
  });

  it('when every runner-up matches the same words, the order is the score order', () => {
    expect(order([[0, 10], [1, 9.6], [2, 9.5], [4, 9]], typed('coach', 'tell'))).toEqual([0, 1, 2, 4]);
  });

  it("the situation's background words (a role, an act) add nothing new: the situation placed them already", () => {
    // Section 5 would add "photos" as a background word, as another practitioner's story in its stored questions can.
    const terms = [...typed('coach', 'lift'), { term: 'photos', weight: 1, coverageWeight: 1, original: true, background: true }];
    expect(order([[0, 10], [1, 9.6], [2, 9.5], [5, 9.4]], terms)).toEqual([0, 1, 2, 5]);
    expect(order([[0, 10], [1, 9.6], [2, 9.5], [5, 9.4]], typed('coach', 'lift', 'photos'))).toEqual([0, 5, 1, 2]);
  });

  it('two sections leave the order alone', () => {
    expect(order([[0, 10], [3, 2]], typed('coach', 'phone'))).toEqual([0, 3]);
  });
});
