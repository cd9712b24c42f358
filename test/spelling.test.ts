// The spelling corrector mends typos in practitioners' words without turning ordinary words into others.
import { describe, expect, it } from 'vitest';
import { correctSpelling, damerauLevenshtein } from '../bot/knowledge/spelling.ts';

// A tiny vocabulary stands in for the content's: word -> stem, and how many sections hold each stem.
function index(words: Record<string, number>) {
  const vocabulary = new Map(Object.keys(words).map((w) => [w, w]));
  const wordsByLength = new Map<number, string[]>();
  for (const w of Object.keys(words)) wordsByLength.set(w.length, [...(wordsByLength.get(w.length) ?? []), w]);
  return { vocabulary, wordsByLength, df: new Map(Object.entries(words)) };
}

describe('correctSpelling', () => {
  const content = index({ groom: 40, grooming: 40, table: 5, settle: 3, teacher: 30, slapped: 4, disclosure: 25, neglect: 50 });

  it('mends one slip in a short word and two in a long one', () => {
    expect(correctSpelling('teachr', content)).toBe('teacher');
    expect(correctSpelling('slaped', content)).toBe('slapped');
    expect(correctSpelling('disclosuer', content)).toBe('disclosure');
    // A long word may be mistyped in its first letter (a neighbouring key).
    expect(correctSpelling('fisclosure', content)).toBe('disclosure');
    expect(correctSpelling('nglect', content)).toBe('neglect');
  });

  it('leaves a short word alone when only its first letter differs: that is another word, not a typo', () => {
    expect(correctSpelling('broom', content)).toBeUndefined(); // not "groom"
    expect(correctSpelling('cable', content)).toBeUndefined(); // not "table"
    expect(correctSpelling('kettle', content)).toBeUndefined(); // not "settle"
  });

  it('never touches short words or numbers', () => {
    expect(correctSpelling('gro', content)).toBeUndefined();
    expect(correctSpelling('gr00m', content)).toBeUndefined();
  });
});

describe('correctSpelling on the real Wigan vocabulary', () => {
  // The corrector looks only at words of the right length and first (or second) letter; a plain scan of every word,
  // as it once did, must find the same word. Ties: nearer, then more common, then shorter, then first listed.
  it('finds what a scan of the whole vocabulary finds, for every one-letter slip of a sample of content words', async () => {
    const { loadKnowledge } = await import('../bot/knowledge/load.ts');
    const { buildSearchIndex } = await import('../bot/knowledge/search-index.ts');
    const { join } = await import('node:path');
    const kb = loadKnowledge(join(import.meta.dirname, '..', 'knowledge'), 'wigan');
    const idx = buildSearchIndex(kb.docs, 'wigan');
    const words = [...idx.vocabulary.keys()].filter((w) => /^[a-z]{4,12}$/.test(w));
    const sample = words.filter((_, i) => i % 37 === 0);
    const slips = sample.flatMap((w) => [w.slice(0, 2) + w.slice(3), w.slice(0, 1) + 'x' + w.slice(2), w.slice(1, 2) + w.slice(0, 1) + w.slice(2), w + 'e']);
    expect(slips.length).toBeGreaterThan(200);
    let corrected = 0;
    for (const slip of slips) {
      const found = correctSpelling(slip, idx);
      expect(found, slip).toBe(scan(slip, idx));
      if (found) corrected++;
    }
    // The sample is not all misses: most slips are mended.
    expect(corrected).toBeGreaterThan(slips.length / 2);
  });
});

describe('damerauLevenshtein', () => {
  it('agrees with the whole table, for words longer than its reused rows and after them', () => {
    const pairs: Array<[string, string]> = [
      ['safeguarding', 'safegaurding'],
      ['a'.repeat(40) + 'bc', 'a'.repeat(40) + 'cb'],
      ['multiagencysafeguardingarrangements', 'multiagencysafegaurdingarangements'],
      ['teacher', 'teachr'],
    ];
    for (const [a, b] of pairs) expect(damerauLevenshtein(a, b), `${a} ${b}`).toBe(naiveDistance(a, b));
    // Past the limit it stops early, and says so with limit + 1.
    expect(damerauLevenshtein('safeguarding', 'neglect', 2)).toBe(3);
  });
});

/** The reference: every word of the lengths within reach, in the order they are listed. */
function scan(word: string, idx: { vocabulary: Map<string, string>; wordsByLength: Map<number, string[]>; df: Map<string, number> }): string | undefined {
  if (word.length < 4 || /\d/.test(word)) return undefined;
  const max = word.length >= 8 ? 2 : 1;
  let best: string | undefined;
  let bestScore = Infinity;
  for (let len = word.length - max; len <= word.length + max; len++) {
    for (const c of idx.wordsByLength.get(len) ?? []) {
      if (c[0] !== word[0] && (word.length < 7 || c[1] !== word[1])) continue;
      const d = naiveDistance(word, c);
      if (d > max) continue;
      const score = d * 1000 - (idx.df.get(idx.vocabulary.get(c) ?? '') ?? 0);
      if (score < bestScore) {
        bestScore = score;
        best = c;
      }
    }
  }
  return best;
}

/** Optimal string alignment distance over the whole table: no early exit, no reused rows. */
function naiveDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}
