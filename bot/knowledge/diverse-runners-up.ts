// The sections after the first: a practitioner who doesn't find the answer first reads the next two, so they should
// cover what the first doesn't (maximal marginal relevance). Close siblings often share the first's words; a section
// a little lower that matches the rest of the story ("...taking photos on his own phone") is the better second look.
import { sectionIdf, type SearchIndex } from './search-index.ts';
import type { QueryTerm } from './query.ts';

// How far down the runners-up are looked for, and how much a section's new coverage of the question is worth
// against its score (a share of the first's score per unit of the question's weight).
export const WINDOW = 6;
const NOVELTY = 0.35;
const SLOTS = 2;

/** Reorders ranks 2 and 3 of `ranked` in place; the first stays. */
export function diversifyRunnersUp<T extends { index: number; score: number }>(ranked: T[], index: SearchIndex, terms: QueryTerm[]): void {
  const limit = Math.min(WINDOW, ranked.length);
  if (limit < 3) return;
  // Not the situation's background words (the role, the act): the situation has placed them, and a section having
  // "swimming" from another practitioner's story covers nothing new of this one.
  const typed = terms.filter((t) => t.original && !t.light && !t.background);
  const weights = typed.map((t) => sectionIdf(index, t.term) * t.weight);
  const total = weights.reduce((s, w) => s + w, 0);
  if (total <= 0) return;
  const has = (i: number, term: string) => contains(index.termPostings.get(term)?.sections, i);
  const covered = typed.map((t) => has(ranked[0].index, t.term));
  const top = ranked[0].score;
  for (let slot = 1; slot <= SLOTS && slot < limit; slot++) {
    let best = slot;
    let bestValue = -Infinity;
    for (let j = slot; j < limit; j++) {
      let fresh = 0;
      typed.forEach((t, k) => {
        if (!covered[k] && has(ranked[j].index, t.term)) fresh += weights[k];
      });
      const value = ranked[j].score + NOVELTY * top * (fresh / total);
      if (value > bestValue) {
        bestValue = value;
        best = j;
      }
    }
    if (best !== slot) ranked.splice(slot, 0, ...ranked.splice(best, 1));
    typed.forEach((t, k) => {
      if (!covered[k] && has(ranked[slot].index, t.term)) covered[k] = true;
    });
  }
}

/** Binary search: postings list their sections in ascending order. */
function contains(sections: Int32Array | undefined, i: number): boolean {
  if (!sections) return false;
  let lo = 0;
  let hi = sections.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sections[mid] === i) return true;
    if (sections[mid] < i) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
