// Closest known word for a misspelt query word: edit distance 1 for words of 4+ letters, 2 for 8+
// (at 7 letters two edits turn ordinary words into others: "despite" into "dispute").
import type { SearchIndex } from './search-index.ts';

export function correctSpelling(word: string, index: Pick<SearchIndex, 'vocabulary' | 'wordsByLength' | 'df'>): string | undefined {
  if (word.length < 4 || /\d/.test(word)) return undefined;
  const maxDistance = word.length >= 8 ? 2 : 1;
  let best: string | undefined;
  let bestScore = Infinity;
  for (let len = word.length - maxDistance; len <= word.length + maxDistance; len++) {
    for (const candidate of index.wordsByLength.get(len) ?? []) {
      // A short word with another first letter is usually another real word, not a typo ("broom" is not "groom",
      // "cable" not "table"); longer ones may differ in the first letter or the second, not both.
      if (candidate[0] !== word[0] && (word.length < 7 || candidate[1] !== word[1])) continue;
      const d = damerauLevenshtein(word, candidate, maxDistance);
      if (d > maxDistance) continue;
      // Prefer the nearer word, then the more common one.
      const score = d * 1000 - (index.df.get(index.vocabulary.get(candidate) ?? '') ?? 0);
      if (score < bestScore) {
        bestScore = score;
        best = candidate;
      }
    }
  }
  return best;
}

/** Optimal string alignment distance, giving up early past `limit`. */
export function damerauLevenshtein(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => {
    const row = new Array<number>(cols).fill(0);
    row[0] = i;
    return row;
  });
  for (let j = 0; j < cols; j++) d[0][j] = j;
  for (let i = 1; i < rows; i++) {
    let rowMin = Infinity;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2][j - 2] + 1);
      d[i][j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
  }
  return d[a.length][b.length];
}
