// Closest known word for a misspelt query word: edit distance 1 for words of 4+ letters, 2 for 8+
// (at 7 letters two edits turn ordinary words into others: "despite" into "dispute").
import type { SearchIndex } from './search-index.ts';

type SpellingIndex = Pick<SearchIndex, 'vocabulary' | 'wordsByLength' | 'df'>;

/** A length's words by first letter and by second letter, as positions in that length's list. */
interface LengthBuckets {
  words: string[];
  byFirst: Map<string, number[]>;
  bySecond: Map<string, number[]>;
}

// Built once per index: scanning every word of a length for each typo took over a millisecond a question.
const bucketsByIndex = new WeakMap<object, Map<number, LengthBuckets>>();

export function correctSpelling(word: string, index: SpellingIndex): string | undefined {
  if (word.length < 4 || /\d/.test(word)) return undefined;
  const maxDistance = word.length >= 8 ? 2 : 1;
  const buckets = bucketsFor(index);
  let best: string | undefined;
  let bestScore = Infinity;
  let bestLen = 0;
  let bestPos = 0;
  const consider = (candidate: string, len: number, pos: number) => {
    const d = damerauLevenshtein(word, candidate, maxDistance);
    if (d > maxDistance) return;
    // Prefer the nearer word, then the more common one; on a tie, the shorter and then the first listed.
    const score = d * 1000 - (index.df.get(index.vocabulary.get(candidate) ?? '') ?? 0);
    if (score < bestScore || (score === bestScore && (len < bestLen || (len === bestLen && pos < bestPos)))) {
      bestScore = score;
      best = candidate;
      bestLen = len;
      bestPos = pos;
    }
  };
  for (let len = word.length - maxDistance; len <= word.length + maxDistance; len++) {
    const bucket = buckets.get(len);
    if (!bucket) continue;
    // A short word with another first letter is usually another real word, not a typo ("broom" is not "groom",
    // "cable" not "table"); longer ones may differ in the first letter or the second, not both.
    for (const pos of bucket.byFirst.get(word[0]) ?? []) consider(bucket.words[pos], len, pos);
    if (word.length < 7) continue;
    for (const pos of bucket.bySecond.get(word[1]) ?? []) {
      if (bucket.words[pos][0] !== word[0]) consider(bucket.words[pos], len, pos);
    }
  }
  return best;
}

function bucketsFor(index: SpellingIndex): Map<number, LengthBuckets> {
  let buckets = bucketsByIndex.get(index);
  if (buckets) return buckets;
  buckets = new Map();
  for (const [len, words] of index.wordsByLength) {
    const byFirst = new Map<string, number[]>();
    const bySecond = new Map<string, number[]>();
    words.forEach((w, pos) => {
      (byFirst.get(w[0]) ?? byFirst.set(w[0], []).get(w[0])!).push(pos);
      (bySecond.get(w[1]) ?? bySecond.set(w[1], []).get(w[1])!).push(pos);
    });
    buckets.set(len, { words, byFirst, bySecond });
  }
  bucketsByIndex.set(index, buckets);
  return buckets;
}

// Three rows of the distance table, reused: words are short, and a fresh table per candidate was most of the cost.
let rowA = new Int32Array(32);
let rowB = new Int32Array(32);
let rowC = new Int32Array(32);

/** Optimal string alignment distance, giving up early past `limit`. */
export function damerauLevenshtein(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const cols = b.length + 1;
  if (rowA.length < cols) {
    rowA = new Int32Array(cols * 2);
    rowB = new Int32Array(cols * 2);
    rowC = new Int32Array(cols * 2);
  }
  // beforePrev = row i-2, prev = row i-1, cur = row i.
  let beforePrev = rowA;
  let prev = rowB;
  let cur = rowC;
  for (let j = 0; j < cols; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j < cols; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) v = Math.min(v, beforePrev[j - 2] + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    const spare = beforePrev;
    beforePrev = prev;
    prev = cur;
    cur = spare;
  }
  return prev[b.length];
}
