// "What shouldn't I do?" asks for the pitfalls. A document's first-steps section often matches the rest of the
// question better (its stored questions tell the same story), but the sibling about what not to do answers it.
import type { SearchIndex } from './search-index.ts';
import { ASK, type QueryIntent } from './query-intent.ts';

// How far down a sibling about what not to do is looked for.
export const WINDOW = 8;

/** Reorders `ranked` in place: for a question asking what not to do, the first section of that kind moves above
 * the highest-ranked section of its own document. Sections of other documents keep their order. */
export function preferWhatNotToDo<T extends { index: number }>(ranked: T[], index: SearchIndex, intent: QueryIntent): void {
  if (!(intent.asks & ASK.whatNotToDo)) return;
  const limit = Math.min(WINDOW, ranked.length);
  for (let j = 0; j < limit; j++) {
    const candidate = index.sections[ranked[j].index];
    if (!(candidate.asks & ASK.whatNotToDo)) continue;
    const i = ranked.findIndex((r) => index.sections[r.index].doc.id === candidate.doc.id);
    if (i < j) ranked.splice(i, 0, ...ranked.splice(j, 1));
    return;
  }
}
