// The spelling corrector mends typos in practitioners' words without turning ordinary words into others.
import { describe, expect, it } from 'vitest';
import { correctSpelling } from '../bot/knowledge/spelling.ts';

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
