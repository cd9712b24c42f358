// Tokens for search: lower-case words and numbers, stop words dropped, Porter-stemmed.
import { stemmer } from 'stemmer';

// Function words only. Question words are read for intent (see query-intent.ts) before they are dropped.
const STOP_WORDS = new Set(
  (
    'a an and are as at be been being but by can could did do does doing for from had has have having he her hers him his ' +
    'how i if in into is it its itself just me my myself of on or our ours she should so than that the their them then there ' +
    'these they this those to too us very was we were what when where which while who whom why will with would you your yours ' +
    'am im ive id ill get got any some also about off over again further once here all both each few more most other such ' +
    'only own same s t don dont doesnt didnt cant cannot wont isnt arent wasnt whats hows whos please thanks thank hi hello tell ' +
    // Please and thanks as typed in a chat; and the exasperation of "what on earth is SFEF?", "what the heck is a TAF?".
    'pls plz plse thx thanx earth heck ' +
    'know want let lets one ones someone something anyone anything ' +
    // Contractions typed without the apostrophe.
    'wouldnt couldnt shouldnt havent hasnt hadnt werent mustnt neednt youre youve youll youd theyre theyve theyll theyd weve hes shes thats theres'
  ).split(/\s+/),
);

export interface Token {
  /** The stemmed term used for matching. */
  term: string;
  /** The lower-cased surface word, for spelling correction. */
  word: string;
}

const WORD = /[a-z0-9]+(?:['’][a-z]+)?/g;

// Clinicians' shorthand for a fracture ("spiral # of the forearm", "# wrist"): a "#" standing alone before a word.
const FRACTURE_SIGN = /(^|\s)#(?=\s+[a-z])/g;

export function words(text: string): string[] {
  let lower = text.toLowerCase();
  if (lower.includes('#')) lower = lower.replace(FRACTURE_SIGN, '$1fracture');
  // Most texts have no apostrophe: their words are the matches as they are (no copy, no replacements).
  if (!lower.includes("'") && !lower.includes('’')) return lower.match(WORD) ?? [];
  // Most words have no apostrophe: they skip the two replacements (which would leave them as they are).
  return (lower.replace(/[’]/g, "'").match(WORD) ?? []).map((w) => (w.includes("'") ? w.replace(/'s$/, '').replace(/'/g, '') : w));
}

// Irregular forms the Porter stemmer leaves apart from their base word ("kept" would never find "keep").
const IRREGULAR: Record<string, string> = {
  kept: 'keep', told: 'tell', said: 'say', found: 'find', made: 'make', gave: 'give', given: 'give', took: 'take',
  taken: 'take', left: 'leave', went: 'go', gone: 'go', seen: 'see', saw: 'see', heard: 'hear', thought: 'think',
  brought: 'bring', sent: 'send', met: 'meet', held: 'hold', felt: 'feel', lost: 'lose', ran: 'run', children: 'child',
  // "Privates" are private parts: neither private fostering nor (through "genital") FGM.
  privates: 'genitalia',
  childrens: 'child', // "childrens services", typed without the apostrophe
  wrote: 'write', written: 'write', spoke: 'speak', spoken: 'speak', knew: 'know', known: 'know', began: 'begin', begun: 'begin',
};

// Stems are memoised: the same few thousand words are stemmed at every start and in every question.
const stems = new Map<string, string>();

export function stem(word: string): string {
  const first = word.charCodeAt(0);
  if (first >= 48 && first <= 57) return word; // starts with a digit (/^\d/ without a regex: stemming is hot)
  let s = stems.get(word);
  if (s === undefined) {
    s = stemmer(IRREGULAR[word] ?? word);
    if (stems.size < 50_000) stems.set(word, s);
  }
  return s;
}

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

// Case reviews name children by a letter ("Child D", "Baby T", "Family E"): that letter is the topic.
const PSEUDONYM_BEFORE = new Set(['child', 'baby', 'family', 'sibling']);

/** Content tokens of a text, in order. */
export function tokenize(text: string): Token[] {
  return tokenizeWords(words(text));
}

/** Content tokens of a text already split by `words`. */
export function tokenizeWords(all: readonly string[]): Token[] {
  const out: Token[] = [];
  all.forEach((w, i) => {
    const dropped = isStopWord(w) || (w.length < 2 && !/\d/.test(w));
    if (dropped && !isPseudonym(all, i)) return;
    out.push({ term: stem(w), word: w });
  });
  return out;
}

/** Whether words[i] is a name after "St" ("St Mary's primary"): a school or a church, never a misspelt word. */
export function isSaintsName(all: readonly string[], i: number): boolean {
  return i > 0 && (all[i - 1] === 'st' || all[i - 1] === 'saint');
}

/** Whether words[i] is the letter of a case-review pseudonym such as "Child D". */
export function isPseudonym(all: readonly string[], i: number): boolean {
  return all[i].length === 1 && /[a-hj-z]/.test(all[i]) && i > 0 && PSEUDONYM_BEFORE.has(all[i - 1]);
}

export function terms(text: string): string[] {
  return tokenize(text).map((t) => t.term);
}
