// Plain keyword search as a second opinion where our ranking is close. Our ranking reads the situation and the ask;
// plain search reads only which sections' text and stored questions share most of the question's words. They go
// wrong in different places: on scenario sets no one here had read, where the two put different sections first each
// was right about as often, and blending the two orders put the right section first more often than either
// (BENCHMARKS.md, "A second opinion").
import type { SearchIndex } from './search-index.ts';
import { ASK } from './query-intent.ts';

// Our first section this far ahead of the next is a decision of ours (a situation, an ask): plain search is not asked.
const DECISIVE_MARGIN = 1.35;
// Reciprocal rank fusion: each opinion adds 1 / (RANK_OFFSET + place); plain search's at this weight, and only
// for sections in its own first PLAIN_DEPTH.
const RANK_OFFSET = 10;
const PLAIN_WEIGHT = 0.3;
const PLAIN_DEPTH = 10;
// Asks a heading answers that its siblings do not: a time limit, what to write down, what it means for the asker. Not
// what reviews found or a level: many headings ask those, and plain search picks the case or the level better
// (measured on our scenario sets).
const ASKS_THAT_DECIDE = ASK.timescale | ASK.deadline | ASK.duration | ASK.record | ASK.consequence;

/** Reorders `ranked` (the head of our ranking, best first) in place by our order blended with plain search's; whether
 *  anything moved. */
export function heedSecondOpinion<T extends { index: number; score: number; lift: number }>(ranked: T[], question: string, index: Pick<SearchIndex, 'sections' | 'plain'>, asks = 0): boolean {
  if (ranked.length < 2 || ranked[0].score > DECISIVE_MARGIN * ranked[1].score) return false;
  // Our first heading asks the narrow thing the question asks ("how long have I got?", "what do I write down?"): the
  // ask decided it, and plain search, blind to asks, has no say.
  if (index.sections[ranked[0].index].asks & asks & ASKS_THAT_DECIDE) return false;
  // The emergency section first is the danger reading's doing; keyword overlap has no say in it.
  if (index.sections[ranked[0].index].forEmergency) return false;
  const plain = index.plain;
  plain.scores(question);
  // What the situation says comes first stays first: plain search has no say for a section the situation lifts less
  // than our first ("mum won't agree to me passing it on" is about consent, whichever sections say "agree").
  const firstLift = ranked[0].lift;
  const blended = ranked.map((r, place) => {
    const plainPlace = r.lift >= firstLift ? plain.placeOf(r.index) : undefined;
    const heeded = plainPlace !== undefined && plainPlace < PLAIN_DEPTH ? PLAIN_WEIGHT / (RANK_OFFSET + plainPlace + 1) : 0;
    return { r, value: 1 / (RANK_OFFSET + place + 1) + heeded };
  });
  // A stable sort: equal values keep our order.
  blended.sort((a, b) => b.value - a.value);
  let moved = false;
  blended.forEach((b, i) => {
    if (ranked[i] !== b.r) moved = true;
    ranked[i] = b.r;
  });
  return moved;
}
