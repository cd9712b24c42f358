// Tokens for search: lower-case words and numbers, stop words dropped, Porter-stemmed.
import { stemmer } from 'stemmer';

// Function words only. Question words are read for intent (see query-intent.ts) before they are dropped.
const STOP_WORDS = new Set(
  (
    'a an and are as at be been being but by can could did do does doing for from had has have having he her hers him his ' +
    'how i if in into is it its itself just me my myself of on or our ours she should so than that the their them then there ' +
    'these they this those to too us very was we were what when where which while who whom why will with would you your yours ' +
    'am im ive id ill get got any some also about up out off over again further once here all both each few more most other such ' +
    'only own same s t don dont doesnt didnt cant cannot wont isnt arent wasnt whats hows whos please thanks thank hi hello tell ' +
    'know need want let lets one ones someone something anyone anything'
  ).split(/\s+/),
);

export interface Token {
  /** The stemmed term used for matching. */
  term: string;
  /** The lower-cased surface word, for spelling correction. */
  word: string;
}

const WORD = /[a-z0-9]+(?:['’][a-z]+)?/g;

export function words(text: string): string[] {
  return (text.toLowerCase().replace(/[’]/g, "'").match(WORD) ?? []).map((w) => w.replace(/'s$/, '').replace(/'/g, ''));
}

export function stem(word: string): string {
  return /^\d/.test(word) ? word : stemmer(word);
}

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

/** Content tokens of a text, in order. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const w of words(text)) {
    if (isStopWord(w) || w.length < 2 && !/\d/.test(w)) continue;
    out.push({ term: stem(w), word: w });
  }
  return out;
}

export function terms(text: string): string[] {
  return tokenize(text).map((t) => t.term);
}
