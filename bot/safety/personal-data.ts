// Signs that a message carries identifying details. We warn, and never store or log such text.
// Each sign is found where it is in the text (a span), so redaction removes exactly what the warning names.
// How well it works is measured, not assumed: `npm run privacy:report` over test/fixtures/personal-data/.
import { AMBIGUOUS_GIVEN_NAMES, GIVEN_NAMES } from './given-names.ts';
import { LOCAL_BODY_NAMES, NAMED_SCHEMES, NEVER_AFTER_CUE, NOT_NAMES, PUBLISHED_CASE_NAMES } from './not-names.ts';

export type PersonalDataKind =
  | 'name'
  | 'date-of-birth'
  | 'nhs-number'
  | 'ni-number'
  | 'phone'
  | 'email'
  | 'postcode'
  | 'address'
  | 'school';

export interface PersonalDataMatch {
  kind: PersonalDataKind;
  /** The detail itself (a name without the "called" before it), as offsets into the text. */
  start: number;
  end: number;
}

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DAY = '(?:[012]?\\d|3[01])(?:st|nd|rd|th)?';
const NUMERIC_DATE = '\\b(?:[012]?\\d|3[01])[/.-](?:0?\\d|1[0-2])[/.-](?:(?:19|20)\\d{2}|\\d{2})\\b';
const ISO_DATE = '\\b(?:19|20)\\d{2}-(?:0?\\d|1[0-2])-(?:[012]?\\d|3[01])\\b';
const WORDY_DATE = `\\b(?:${DAY}\\s+(?:of\\s+)?${MONTH}\\.?,?\\s+(?:(?:19|20)\\d{2}|'?\\d{2})|${MONTH}\\.?\\s+${DAY},?\\s+(?:19|20)\\d{2})\\b`;
/** A date with no year, or a year alone: personal only after a birth cue ("born 4 May", "born in 2015"). */
const PARTIAL_DATE = `(?:${DAY}\\s+(?:of\\s+)?${MONTH}\\b|${MONTH}\\s+${DAY}\\b|(?:in\\s+)?${MONTH}\\s+(?:19|20)\\d{2}\\b|(?:in\\s+)?(?:19|20)\\d{2}\\b|on\\s+the\\s+${DAY}\\b)`;
const BIRTH_CUE = "\\b(?:d\\.?\\s?o\\.?\\s?b\\.?|date\\s+of\\s+birth|birth\\s?date|born|birthday(?:\\s+is)?)";

/** Street words that are a street in any case ("58 orrell road"). */
const STREET = '(?:street|road|rd|avenue|ave|lane|crescent|grove|terrace|gardens|gdns|mews|croft)';
/** Street words that are also everyday words ("one other way", "very close"): a street only with capitals. */
const STREET_CAPITALISED = '(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Close|Drive|Dr|Way|Crescent|Cres|Grove|Court|Ct|Terrace|Place|Gardens|Walk|Row|Square|Mews|Rise|Green|Fold|Brow|Parade|Croft|Meadows?|View|Park|Hill)';

const PATTERNS: Array<[PersonalDataKind, RegExp]> = [
  ['email', /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g],
  // Two letters, six digits, A-D: HMRC's own example prefix (QQ) included, as people copy it. Lower case only
  // after an NI cue ("ni no: jg 10 37 59 a"), as "is 12 34 56 a" could be anything.
  ['ni-number', /\b[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b/g],
  ['ni-number', /\b(?:ni|nino|national\s+insurance)\b[\w\s.:#]{0,12}?\b[a-z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[a-d]\b/gi],
  ['phone', /(?:\+44\s?(?:\(0\)\s?)?|\b0|\(0)\d{2,4}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}\b/g],
  ['nhs-number', /\b\d{3}[ -]?\d{3}[ -]?\d{4}\b/g],
  ['postcode', /\b(?:GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2})\b/gi],
  ['date-of-birth', new RegExp(`${NUMERIC_DATE}|${ISO_DATE}|${WORDY_DATE}`, 'gi')],
  ['date-of-birth', new RegExp(`${BIRTH_CUE}[\\s:.(-]*(?:(?:is|was|on|in|at)\\s+)?(?:${NUMERIC_DATE}|${ISO_DATE}|${WORDY_DATE}|${PARTIAL_DATE}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4})`, 'gi')],
  // A house number and a street; or a street after "lives on", "moved to".
  ['address', new RegExp(`\\b(?:flat|apartment|apt)\\s+\\d+[a-z]?\\b|\\b\\d{1,4}[a-z]?,?\\s+(?:[a-z][a-z'-]+\\s+){1,3}${STREET}\\b`, 'gi')],
  ['address', new RegExp(`\\b\\d{1,4}[a-zA-Z]?,?\\s+(?:[A-Z][a-z'-]+\\s+){1,3}${STREET_CAPITALISED}\\b`, 'g')],
  ['address', new RegExp(`\\b(?:[Ll]ives?|[Ll]iving|[Ll]ived|[Mm]oved?|[Ss]tay(?:ing|s)?)\\s+(?:on|at|in|to)\\s+(?:[A-Z][a-z'-]+\\s+){1,3}${STREET_CAPITALISED}\\b`, 'g')],
];

// A named school with an age, a year group or a class: with the school's roll, that is one child.
const SCHOOL_NAME = /\b(?:St\.?\s+)?[A-Z][a-z'’]+(?:\s+[A-Z][a-z'’]+){0,3}\s+(?:Primary|High|Academy|Infants?|Juniors?|C\.?E\.?|R\.?C\.?|Catholic|School|College|Nursery)\b|\bSt\.?\s+[A-Z][a-z]+'?s\b/g;
const AGE_OR_CLASS = /\b\d{1,2}[\s-]*(?:years?|yrs?)[\s-]*old\b|\b(?:aged?|age)\s+\d{1,2}\b|\bis\s+\d{1,2}\b|\b(?:year|yr|y)\s?\d{1,2}\b|\breception\b|\bclass\b/i;

const SCHOOL_WORDS = new Set('st saint primary secondary high infant infants junior juniors special independent catholic rc ce c e r c church faith free grammar community academy school college nursery sixth form trust'.split(' '));
/** "Gidlow Primary", "Standish High School", "St Mary's": a particular school, not "the Secondary School". */
function namesASchool(match: string): boolean {
  return match
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[\s.]+/)
    .some((w) => w && !SCHOOL_WORDS.has(w) && !NEVER_AFTER_CUE.has(w));
}

export function personalDataMatches(text: string): PersonalDataMatch[] {
  const found: PersonalDataMatch[] = [];
  for (const [kind, re] of PATTERNS) {
    for (const m of text.matchAll(re)) found.push({ kind, start: m.index, end: m.index + m[0].length });
  }
  if (AGE_OR_CLASS.test(text)) {
    for (const m of text.matchAll(SCHOOL_NAME)) {
      if (namesASchool(m[0])) found.push({ kind: 'school', start: m.index, end: m.index + m[0].length });
    }
  }
  found.push(...nameMatches(text));
  return found.sort((a, b) => a.start - b.start);
}

export function findPersonalData(text: string): PersonalDataKind[] {
  return [...new Set(personalDataMatches(text).map((m) => m.kind))];
}

// ---- names ----

interface Token {
  text: string;
  /** Lower case, without a possessive 's. */
  word: string;
  start: number;
  end: number;
  capital: boolean;
  allCaps: boolean;
  sentenceStart: boolean;
  possessive: boolean;
  /** The characters between the previous token and this one. */
  before: string;
}

/** Words that introduce a name whatever its case: "a boy called jayden", "known as Billy". */
const NAME_CUE = /\b(?:called|named|name\s+is|name's|names\s+are|goes\s+by|known\s+as|nicknamed|aka|calls\s+(?:him|her|them)self)\s*$/i;
const TITLE = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'master']);
/** Family and role words that are followed by the person's name: "Mum Kelly", "her brother Kacper", "pupil Connor". */
const ROLE = new Set(
  `mum mom mother dad father stepdad stepmum stepfather stepmother step-dad step-mum brother sister son daughter
  nan nana nanna nanny gran granny grandma grandmother grandad granddad grandpa grandfather aunt aunty auntie uncle
  cousin partner boyfriend girlfriend husband wife carer baby pupil student boy girl lad twins sibling siblings
  niece nephew teacher mentor coach`.split(/\s+/),
);
/** What people, rather than services, are said to do: "Zebedee Quartermaine has a bruise", "Ikechukwu is 15", "Chanel came in". */
const STRONG_PREDICATE =
  /^[\s,]*(?:\(\s*\d|,\s*\d|,?\s*(?:aged?|age)\s+\d|,?\s*(?:y|yr|year)\s?\d|is\s+\d|(?:told|tells|says|said|disclosed|discloses|came|comes|keeps|kept|seems|looks|smells|ran|runs|refuses|refused|cries|cried|showed|shows|sleeps|slept|wet|missed|is\s+(?:scared|frightened|afraid|being|not|always)|has\s+(?:been|a|no|bruis\w*|marks?)|was\s+(?:seen|left|found|hit)|won't|isn't|hasn't|doesn't|didn't)\b)/i;
const ABOUT_SOMEONE = /\b(?:told\s+by|spoke\s+(?:to|with)|talked\s+to|refer(?:ring)?|worried\s+(?:about|for)|concerns?\s+(?:about|for)|concerned\s+(?:about|for)|allegation\s+against|against|pupil|student)\s*$/i;
const SAINT = /\bst\.?\s*$|\bsaint\s*$/i;
const STREET_AFTER = new RegExp(`^\\s+(?:${STREET}|${STREET_CAPITALISED})\\b`, 'i');
const MONTH_CONTEXT = /(?:\b(?:in|on|during|by|since|until|till|before|after|from|of|last|next|this|early|late|mid|end|every|each)\s+|\d(?:st|nd|rd|th)?\s+)$/i;
const PSEUDONYM_CONTEXT = /\b(?:review|reviews|briefing|poster|case|learning|lcspr|cspr|scr|inquiry|report)\b/i;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const m of text.matchAll(/[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ'’-]*/g)) {
    const raw = m[0].replace(/[-'’]+$/, '');
    const possessive = /['’]s$/i.test(raw);
    const bare = possessive ? raw.slice(0, -2) : raw;
    const before = text.slice(last, m.index);
    const prev = tokens.at(-1);
    tokens.push({
      text: raw,
      word: bare.toLowerCase().replace(/’/g, "'"),
      start: m.index,
      end: m.index + bare.length,
      capital: /^[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]/.test(bare) || /^[A-Z][a-z]*-[A-Z]/.test(bare),
      allCaps: bare.length > 1 && bare === bare.toUpperCase() && /[A-Z]/.test(bare),
      sentenceStart: !prev || /[.!?:;\n]\s*["'(]*\s*$/.test(before),
      possessive,
      before,
    });
    last = m.index + raw.length;
  }
  return tokens;
}

const isNotName = (word: string) => NOT_NAMES.has(word) || word.split('-').every((part) => NOT_NAMES.has(part));
const knownName = (word: string) => GIVEN_NAMES.has(word) || word.split('-').some((part) => GIVEN_NAMES.has(part));
const ambiguousName = (word: string) => AMBIGUOUS_GIVEN_NAMES.has(word);
const looksLikeName = (t: Token) => /^[a-zà-öø-ÿ'’-]{2,}$/i.test(t.word) && !/\d/.test(t.word);

function nameMatches(text: string): PersonalDataMatch[] {
  const masked = maskPublishedCaseNames(text);
  const tokens = tokenize(masked);
  const hits = new Set<number>();
  // Cues sit within a few words of the name: bounded windows keep a 2,000-character answer linear.
  const after = (t: Token) => masked.slice(t.end, t.end + 60);
  const beforeText = (t: Token) => masked.slice(Math.max(0, t.start - 40), t.start);

  tokens.forEach((t, i) => {
    if (!looksLikeName(t)) return;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const prevWord = prev?.word ?? '';
    const cued = NAME_CUE.test(beforeText(t));
    const titled = !!prev && TITLE.has(prevWord) && /^\.?\s+$/.test(t.before);
    // "Mrs J Turner": a title, an initial, then the surname.
    const titledInitial = !!prev && /^[A-Z]$/.test(prev.text) && /^\.?\s+$/.test(t.before) && TITLE.has(tokens[i - 2]?.word ?? '');
    const roled = !!prev && ROLE.has(prevWord) && /^[\s,(]+$/.test(t.before) && (t.capital || knownName(t.word));
    const saint = SAINT.test(beforeText(t));

    if (cued || titled || titledInitial) {
      if (NEVER_AFTER_CUE.has(t.word) || (!t.capital && !knownName(t.word) && !ambiguousName(t.word) && !titled)) return;
      if (prevWord === 'miss' && !t.capital) return; // "did I miss anything"
      hits.add(i);
      return;
    }
    if (saint || isNotName(t.word)) return;
    if (roled && !(ambiguousName(t.word) && !t.capital)) {
      hits.add(i);
      return;
    }
    if (knownName(t.word)) {
      if (PUBLISHED_PSEUDONYMS.has(t.word) && PSEUDONYM_CONTEXT.test(masked)) return;
      hits.add(i);
      return;
    }
    if (ambiguousName(t.word)) {
      if (!t.capital || t.sentenceStart || MONTH_CONTEXT.test(beforeText(t)) || STREET_AFTER.test(after(t)) || /^\s*\d/.test(after(t))) return;
      hits.add(i);
      return;
    }
    if (!t.capital || t.allCaps) return;
    // An unknown capitalised word: a name by its company.
    const nextIsSurname = !!next && next.capital && !next.allCaps && /^[\s]+$/.test(next.before) && !isNotName(next.word) && looksLikeName(next);
    if (nextIsSurname && (STRONG_PREDICATE.test(after(next)) || next.possessive || ABOUT_SOMEONE.test(beforeText(t)) || /^\s*\(?\s*\d/.test(after(next)))) {
      hits.add(i).add(i + 1);
      return;
    }
    // "the Kowalczyk family", "the Smiths' children": a surname naming a household.
    if (prevWord === 'the' && !t.sentenceStart && /^(?:family|household|kids|children|twins|boys|girls)$/.test(next?.word ?? '')) {
      hits.add(i);
      return;
    }
    if (/-[A-Z]/.test(t.text)) {
      hits.add(i); // "Demi-Leigh", "Taylor-Hughes": hyphenated proper names that are not services.
      return;
    }
    if (STRONG_PREDICATE.test(after(t)) || (t.possessive && ROLE.has(next?.word ?? '')) || (!t.sentenceStart && ABOUT_SOMEONE.test(beforeText(t)))) {
      hits.add(i);
    }
  });

  // Initial and surname: "J. Whitfield", "K Ashworth" (not "A Level", not "I Think").
  for (const m of masked.matchAll(/\b([A-Z])(\.\s*|\s+)([A-Z][a-z'’-]{2,})\b/g)) {
    const surname = m[3]!.toLowerCase();
    if (isNotName(surname) || ((m[1] === 'A' || m[1] === 'I') && !m[2]!.startsWith('.'))) continue;
    if (/\b(?:child|baby|family|sibling|year|class|level|section|tier|plan)\s*$/i.test(masked.slice(0, m.index))) continue;
    hits.add(tokens.findIndex((t) => t.start === m.index + m[1]!.length + m[2]!.length));
  }

  // A known first name followed by a capitalised surname: take the surname too.
  for (const i of [...hits]) {
    const next = tokens[i + 1];
    if (next && next.capital && /^\s+$/.test(next.before) && !isNotName(next.word) && looksLikeName(next)) hits.add(i + 1);
  }

  return [...hits]
    .filter((i) => i >= 0)
    .map((i) => ({ kind: 'name' as const, start: tokens[i]!.start, end: tokens[i]!.end }));
}

/** Names of published reviews that are also given names: skipped only when the message talks about reviews. */
const PUBLISHED_PSEUDONYMS = new Set(['george', 'arthur', 'star']);

const KNOWN_PHRASES = new RegExp(
  `\\b(?:${[...PUBLISHED_CASE_NAMES, ...LOCAL_BODY_NAMES, ...NAMED_SCHEMES].map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`,
  'gi',
);

/** Blanks published case names ("Star Hobson", "Child Q"), local bodies ("Royal Albert Edward Infirmary") and
 *  schemes named after people ("Clare's Law"), so they are read as the reviews, services and schemes they are.
 *  Offsets are kept. */
function maskPublishedCaseNames(text: string): string {
  return text.replace(KNOWN_PHRASES, (m) => ' '.repeat(m.length));
}

export function describePersonalData(kinds: PersonalDataKind[]): string {
  const words: Record<PersonalDataKind, string> = {
    name: 'a name',
    'date-of-birth': 'a date of birth',
    'nhs-number': 'an NHS number',
    'ni-number': 'a National Insurance number',
    phone: 'a phone number',
    email: 'an email address',
    postcode: 'a postcode',
    address: 'an address',
    school: 'a school with a year group or age',
  };
  const list = kinds.map((k) => words[k]);
  return list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
}
