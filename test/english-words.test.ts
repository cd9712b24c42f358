// Ordinary English words are meant as typed: the spelling corrector mends typos, never real words into content words.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { englishWords, sortedWordList } from '../bot/knowledge/english-words.ts';
import { loadKnowledge } from '../bot/knowledge/load.ts';
import { buildSearchIndex } from '../bot/knowledge/search-index.ts';
import { parseQuery } from '../bot/knowledge/query.ts';
import { Glossary } from '../bot/knowledge/glossary.ts';
import { stem } from '../bot/knowledge/text-analysis.ts';

describe('sortedWordList (binary search in one sorted string)', () => {
  const list = sortedWordList(['apple', 'bed', 'bedding', 'cot', 'zebra'].join('\n'));

  it.each(['apple', 'bed', 'bedding', 'cot', 'zebra'])('finds %s, first, last and in between', (w) => {
    expect(list.has(w)).toBe(true);
  });

  it.each(['', 'a', 'be', 'beds', 'beddin', 'zebras', 'aardvark', 'zzz'])('does not find %j (a prefix, a longer word, outside the range)', (w) => {
    expect(list.has(w)).toBe(false);
  });

  it('an empty list has nothing', () => {
    expect(sortedWordList('').has('bed')).toBe(false);
  });
});

describe('the English word list', () => {
  const english = englishWords();

  it('holds everyday words a practitioner types, British spellings and texting shorthand', () => {
    for (const w of ['wine', 'settee', 'groping', 'glasses', 'mentioned', 'colour', 'behaviour', 'nappy', 'dming', 'appt']) expect(english.has(w), w).toBe(true);
  });

  it('does not hold common typos, so they are still mended', () => {
    for (const w of ['refferal', 'safegaurding', 'recieve', 'concernd', 'teh']) expect(english.has(w), w).toBe(false);
  });
});

describe('parseQuery with the word list as known words', () => {
  const kb = loadKnowledge(join(import.meta.dirname, '..', 'knowledge'), 'wigan');
  const index = buildSearchIndex(kb.docs, 'wigan');
  const glossary = new Glossary(kb.glossary);
  const termsOf = (q: string, known?: (w: string) => boolean) => parseQuery(q, index, glossary, known).terms.filter((t) => t.original).map((t) => t.term);
  const english = englishWords();

  it('keeps a real word the content lacks instead of turning it into a content word', () => {
    // Without the list, "drag" becomes "drug" and "wine" becomes "wing": both are content words in Wigan.
    expect(termsOf('he tried to drag her')).not.toContain(stem('drag'));
    expect(termsOf('he tried to drag her', (w) => english.has(w))).toContain(stem('drag'));
    expect(termsOf('two glasses of wine', (w) => english.has(w))).toEqual(expect.arrayContaining([stem('glasses'), stem('wine')]));
  });

  it('still mends a typo of a content word', () => {
    expect(termsOf('made a refferal', (w) => english.has(w))).toContain(stem('referral'));
  });
});

describe('Glossary.uses', () => {
  it('knows every stemmed word of its phrases, so they are never taken for misspellings', () => {
    const glossary = new Glossary([{ term: 'sofa', also: ['settee', 'couch'], misspellings: [] }]);
    expect(glossary.uses(stem('settee'))).toBe(true);
    expect(glossary.uses(stem('sofa'))).toBe(true);
    expect(glossary.uses(stem('chair'))).toBe(false);
  });
});

describe('words that shape a question rather than name its subject', () => {
  const kb = loadKnowledge(join(import.meta.dirname, '..', 'knowledge'), 'wirral');
  const index = buildSearchIndex(kb.docs, 'wirral');
  const glossary = new Glossary(kb.glossary);

  it('"what are my options" asks for steps: "options" is light, not the housing options team', () => {
    const options = parseQuery('I really do not agree with the decision, what are my options', index, glossary).terms.find((t) => t.original && t.term === stem('options'));
    expect(options?.light).toBe(true);
  });
});
