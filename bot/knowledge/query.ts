// Turns a practitioner's question into weighted search terms: misspellings corrected, glossary
// synonyms and acronym expansions added at a lower weight.
import type { Glossary } from './glossary.ts';
import type { SearchIndex } from './search-index.ts';
import { correctSpelling } from './spelling.ts';
import { isPseudonym, isSaintsName, isStopWord, stem, words } from './text-analysis.ts';

export interface QueryTerm {
  term: string;
  weight: number;
  /** How much this term counts towards coverage (whether a section answers the question). */
  coverageWeight: number;
  /** Terms the practitioner typed (or their corrections) count towards coverage; expansions do not. */
  original: boolean;
  /** For an expansion: the original term positions it stands for. */
  expands?: string[];
  /** A background word of the question's situation (who, what happened): it ranks lightly. */
  background?: boolean;
  /** For a background word, the other words of its class: they match a stored question as this word does, for less. */
  kin?: readonly string[];
  /** A cue word ("tell", "how long", "ring"): shapes the question without naming its topic. */
  light?: boolean;
  /** In the asking part of a story-then-question (answer.ts weighTheAsk). */
  inAsk?: boolean;
}

/** Every term with the same fields in the same order: terms of one shape keep the ranking code optimised (V8 threw
 *  it away whenever a term with a field added later, "background" or "inAsk", reached it). */
function queryTerm(term: string, weight: number, coverageWeight: number, original: boolean, expands: string[] | undefined, light: boolean): QueryTerm {
  return { term, weight, coverageWeight, original, expands, background: false, kin: undefined, light, inAsk: false };
}

export interface ParsedQuery {
  terms: QueryTerm[];
  /** Original terms in order, for phrase matching. */
  sequence: string[];
  /** The words as typed, spelling corrected and glossary equivalents added, for plain keyword search. */
  keywordQuery: string;
}

// A glossary equivalent ranks at under a third of a typed word (it still covers the question at 0.8, rank.ts): at 0.55
// it ranked sections for the equivalent over sections for the words typed. Chosen on the stored questions asked with
// their own fold left out (3,600 of them, +12 first places) and on scenario sets; a blind set agreed (+1 of 70).
const EXPANSION_WEIGHT = 0.3;
const CORRECTED_WEIGHT = 0.85;
// Cue words rank at a lower weight too: "how long" should not outrank the subject of the question.
const LIGHT_WEIGHT = 0.5;

// Verbs and cue words that shape a question without naming its topic ("how fast do I tell…"):
// they still rank, but a section need not contain them to count as answering.
const LIGHT_WORDS = new Set(
  ('tell told say said happen happens mean means find give make go use work done doing ask asked asking worried concern concerned ' +
    'fast quick quickly soon long time timescale timescales deadline phone number call ring contact email details ' +
    'way ways best right thing things help need needs many much not option options ' +
    // Words that describe the child rather than the topic ("a year 5 lad", "my son"): light, never the subject.
    'boy boys girl girls lad lads lass kid kids son daughter pupil pupils student students ' +
    // Talk that carries the telling, not the subject ("tbh it actually sounds legit", "she rang this morning").
    'actually actualy really realy basically honestly literally tbh pretty sure reckon guess bit quite properly ' +
    'even still again anyway though rang phoned messaged emailed texted came come coming got gone going ' +
    'tomorrow yesterday morning afternoon week weeks')
    .split(' ')
    .map((w) => stem(w)),
);

const AGE_UNIT = new Set(['yr', 'yrs', 'year', 'years', 'y', 'yo']);
const SCHOOL_YEAR = /^(y|yr|year)(\d{1,2})$/;

/** Positions of a child's age or school year ("7 year old", "yr 5", "y9", "aged 14"): who, not what about. */
function ageWords(typed: readonly string[]): Set<number> {
  const out = new Set<number>();
  typed.forEach((w, i) => {
    if (SCHOOL_YEAR.test(w) || /^\d{1,2}(yo|yrs?)$/.test(w)) out.add(i);
    if (!/^\d{1,2}$/.test(w)) return;
    const next = typed[i + 1];
    const prev = typed[i - 1];
    if (next && AGE_UNIT.has(next)) {
      out.add(i).add(i + 1);
      if (typed[i + 2] === 'old') out.add(i + 2);
    } else if (prev && (AGE_UNIT.has(prev) || prev === 'aged')) out.add(i).add(i - 1);
  });
  return out;
}

/** `knownWord`: everyday words known elsewhere (the situation classes: "belt", "nits") that are not misspellings
 * of a content word just because the content never uses them. */
export function parseQuery(question: string, index: SearchIndex, glossary: Glossary, knownWord: (word: string) => boolean = () => false): ParsedQuery {
  const sequence: string[] = [];
  const byTerm = new Map<string, QueryTerm>();
  const keywordWords: string[] = [];

  const typed = words(question).slice(0, 60);
  const ages = ageWords(typed);
  typed.forEach((raw, position) => {
    if (ages.has(position)) return;
    const word = glossary.corrections.get(raw) ?? raw;
    const pseudonym = isPseudonym(typed, position);
    if (!pseudonym && (isStopWord(word) || (word.length < 2 && !/\d/.test(word)))) return;
    let term = stem(word);
    let weight = LIGHT_WORDS.has(stem(word)) ? LIGHT_WEIGHT : 1;
    if (!pseudonym && !isSaintsName(typed, position) && !index.df.has(term) && !index.vocabulary.has(word) && !knownWord(word)) {
      const corrected = correctSpelling(word, index);
      if (corrected) {
        term = index.vocabulary.get(corrected) ?? stem(corrected);
        weight *= CORRECTED_WEIGHT;
        keywordWords.push(corrected);
      }
    }
    keywordWords.push(word);
    sequence.push(term);
    const existing = byTerm.get(term);
    if (existing) existing.weight = Math.max(existing.weight, weight);
    else byTerm.set(term, queryTerm(term, weight, LIGHT_WORDS.has(term) ? 0.25 : 1, true, undefined, LIGHT_WORDS.has(term)));
  });

  for (const exp of glossary.expand(sequence)) {
    const stands = sequence.slice(exp.start, exp.start + exp.length);
    // An expansion never weighs more than the words it stands for (a cue word's synonyms stay light).
    const standsWeight = Math.max(...stands.map((t) => byTerm.get(t)?.weight ?? 1));
    for (const phrase of exp.phrases) {
      const w = (standsWeight * EXPANSION_WEIGHT) / Math.sqrt(phrase.length);
      for (const t of phrase) {
        keywordWords.push(t);
        const existing = byTerm.get(t);
        if (existing) {
          if (!existing.original) existing.weight = Math.max(existing.weight, w);
          continue;
        }
        byTerm.set(t, queryTerm(t, w, 0, false, stands, false));
      }
    }
  }
  return { terms: [...byTerm.values()], sequence, keywordQuery: [...new Set(keywordWords)].join(' ') };
}
