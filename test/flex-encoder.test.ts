// The index's own encoder must give flexsearch's default Encoder's terms exactly, call after call (its caches
// change what a later call returns), or the candidates flexsearch finds, and so the ranking, would change.
import { describe, expect, it } from 'vitest';
import { Encoder } from 'flexsearch';
import { createFlexEncoder } from '../bot/knowledge/flex-encoder.ts';

// Our own texts, each for a case the encoder treats apart.
const TEXTS = [
  'Who do I phone when a Teaching Assistant grabs a child?', // capitals, punctuation
  'The committee will see the letter too, and the leter to', // repeated letters; two words encoding alike ("too", "to")
  'good god good GOOD', // the same word twice, and in capitals
  'Ring 01942 828300 or 0800123456, ref abc123def4567', // numbers split into threes, digits beside letters
  'Café naïve RÉSUMÉ – don’t it’s “quoted”', // accents, curly quotes, a dash
  'Ｆｕｌｌｗｉｄｔｈ letters and the ﬁ ligature', // NFKD compatibility forms
  'a b a', // one-letter words
  '12', // too short to split
  '', // nothing
  '   ,,, ', // separators only
  `${'word '.repeat(40)}then a long text past the cache's length, aa bb aa`,
  'who do i phone when a teaching assistant grabs a child?', // the first text lower-cased: flexsearch's text cache
  'Who do I phone when a Teaching Assistant grabs a child?', // asked again
  'too to', // "too" known from before: taken from the word cache without the check that drops "to"
];

describe('createFlexEncoder', () => {
  for (const dedupe of [true, false]) {
    it(`gives flexsearch's default Encoder's terms for each text in turn (terms ${dedupe ? 'deduplicated' : 'in order'})`, () => {
      // flexsearch calls encode(text, dedupe) itself; its typings name only the text.
      const theirs = new Encoder() as unknown as { encode(text: string, dedupe: boolean): string[] };
      const ours = createFlexEncoder();
      for (const text of [...TEXTS, ...TEXTS.slice().reverse()]) expect(ours(text, dedupe), text).toEqual(theirs.encode(text, dedupe));
    });
  }

  it('empties its caches 50 ms after a first call, as flexsearch does (so they never grow with the questions asked)', async () => {
    const theirs = new Encoder() as unknown as { encode(text: string, dedupe: boolean): string[] };
    const ours = createFlexEncoder();
    // "too" and then "to" met in one call: the cached "too" skips the check that would drop "to" as its duplicate.
    for (const text of ['too', 'too to']) expect(ours(text, true)).toEqual(theirs.encode(text, true));
    expect(ours('too to', true)).toEqual(['to', 'to']);
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(ours('too to', true)).toEqual(theirs.encode('too to', true));
    expect(ours('too to', true)).toEqual(['to']);
  });

  it('collapses repeated letters and splits long numbers, as flexsearch does', () => {
    const ours = createFlexEncoder();
    expect(ours('Committee letter 01942828300', true)).toEqual(['comite', 'leter', '019', '428', '283', '0']);
  });
});
