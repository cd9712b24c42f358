// Recognises a child in immediate danger from the situation described, in any wording: who is at risk,
// that it is happening now or is about to, and how serious it is. The words are content
// (knowledge/immediate-danger.yml); this file only compiles them once and reads a message in one pass per class.
// Deliberately broad: a false alarm costs one banner line, a miss could cost a child.
import type { DangerLexicon, Need, Situation } from './danger-lexicon.ts';

export interface DangerFinding {
  immediateDanger: boolean;
  /** Ids of the situations recognised (for reports and tests; never logged with the text). */
  situations: string[];
  /** The categories of those situations ("violence", "threat", "left-alone"...), from the lexicon. */
  categories: string[];
  /** Said to be happening right now ("right now", "tonight"), or a situation that is an emergency on its own
   *  ("not breathing"): not one a practitioner could be asking a procedural question about. */
  acute: boolean;
  /** A situation that is still going on by its nature: someone at the door, grabbing, raging or in the room with the
   *  child (it needs both the child at risk and the now words), or a child being taken or held. */
  ongoing: boolean;
}

export interface DangerDetector {
  assess(text: string): DangerFinding;
}

/** The category of a child being taken or held: still happening whatever words say when. */
const TAKEN = 'taken';

/** Questions are answered from their first 1000 characters; safety reads a little further, never unbounded. */
const MAX_CHARS = 4000;

// Clauses end at punctuation and at the joining words practitioners use instead of it ("… and the baby is …").
const CLAUSE_BREAK = /[.,;:!?()\n\r]+|\s(?:and|but|so|then|because|cos|although|though|while|whilst)\s/gi;

/** Lower case, apostrophes dropped ("can't" -> "cant"), other punctuation -> space. */
function rawTokens(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´']/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

class Normaliser {
  /** Spellings whose key keeps its apostrophe ("od'd" is not "odd"): replaced before apostrophes are dropped. */
  private readonly withApostrophe?: RegExp;
  /** Compiled sources by lexicon word and line: the lexicon repeats its words ("his", "her") hundreds of times,
   *  and the checker and the detector compile the same lines. */
  readonly wordSources = new Map<string, string>();
  readonly phraseSources = new Map<string, string>();

  constructor(
    private readonly spellings: Record<string, string>,
    /** The lexicon's own words: "beatin" is read as "beating" when only the latter is one of them. */
    private readonly vocabulary: ReadonlySet<string> = new Set(),
  ) {
    const keys = Object.keys(spellings).filter((k) => k.includes("'"));
    if (keys.length) this.withApostrophe = new RegExp(`(?<![a-z0-9'])(?:${keys.map((k) => k.replace(/'/g, "['\u2019]")).join('|')})(?![a-z0-9'])`, 'g');
  }

  /** Tokens after txt-speak and contractions are spelled out ("rn" -> "right now", "16yo" -> "16 year old"). */
  words(text: string): string[] {
    let lower = text.toLowerCase();
    if (this.withApostrophe) lower = lower.replace(this.withApostrophe, (m) => ` ${this.spellings[m.replace(/\u2019/g, "'")]} `);
    const out: string[] = [];
    for (const raw of rawTokens(lower)) this.push(raw, out);
    return out;
  }

  private push(token: string, out: string[]): void {
    const spelled = this.spellings[token];
    if (spelled !== undefined) {
      out.push(...rawTokens(spelled));
      return;
    }
    const parts = token.split(/(?<=\d)(?=[a-z])|(?<=[a-z])(?=\d)/);
    if (parts.length === 1) out.push(token.endsWith('in') && !this.vocabulary.has(token) && this.vocabulary.has(`${token}g`) ? `${token}g` : token);
    else for (const p of parts) this.push(p, out);
  }
}

/** One word: `*` any ending, `#` a number; anything else spelled out as messages are (may become several words). */
function wordSource(word: string, norm: Normaliser): string {
  return cached(norm.wordSources, word, () => spelledWordSource(word, norm));
}

/** The value kept for `key`, made once. */
function cached(map: Map<string, string>, key: string, make: () => string): string {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make()));
  return value;
}

function spelledWordSource(word: string, norm: Normaliser): string {
  if (word === '#') return '\\d+';
  if (word.includes('*')) return word.toLowerCase().replace(/[^a-z0-9*]/g, '').replace(/\*/g, '[a-z0-9]*');
  return norm.words(word).join(' ');
}

/** `(a|b c)`: either of the words or phrases in the brackets. */
function groupSource(inner: string, norm: Normaliser): string {
  const options = inner
    .split('|')
    .map((o) => o.trim().split(/\s+/).filter(Boolean).map((w) => wordSource(w, norm)).filter(Boolean).join(' '))
    .filter(Boolean);
  return options.length <= 1 ? (options[0] ?? '') : `(?:${options.join('|')})`;
}

/** One phrase as a regex source: words in order, `(a|b)` either, `...` up to four words in between. */
function sequenceSource(phrase: string, norm: Normaliser): string {
  let source = '';
  let words = 0;
  for (const [, group, word] of phrase.matchAll(/\(([^)]*)\)|([^\s()]+)/g)) {
    if (word === '...') {
      // A gap only between words: at either end it would match anything.
      if (words) source += '(?: [a-z0-9]+){0,4}';
      continue;
    }
    const part = group !== undefined ? groupSource(group, norm) : wordSource(word, norm);
    if (part) {
      source += source ? ` ${part}` : part;
      words++;
    }
  }
  return words ? source.replace(/\(\?: \[a-z0-9\]\+\)\{0,4\}$/, '') : '';
}

/** A line of the lexicon: phrases separated by `|` outside brackets, any of which matches. */
function phraseSource(line: string, norm: Normaliser): string {
  return cached(norm.phraseSources, line, () => lineSource(line, norm));
}

function lineSource(line: string, norm: Normaliser): string {
  const phrases: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of line.replace(/[\u2018\u2019']/g, '')) {
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (ch === '|' && depth === 0) {
      phrases.push(current);
      current = '';
    } else current += ch;
  }
  phrases.push(current);
  const sources = phrases.map((p) => sequenceSource(p, norm)).filter(Boolean);
  return sources.length <= 1 ? (sources[0] ?? '') : `(?:${sources.join('|')})`;
}

function compile(phrases: readonly string[], norm: Normaliser, flags = ''): RegExp | undefined {
  const sources = [...new Set(phrases.map((p) => phraseSource(p, norm)).filter(Boolean))];
  if (sources.length === 0) return undefined;
  // Longest first, so "not breathing properly" wins over "not breathing" where both start at the same word.
  sources.sort((a, b) => b.length - a.length);
  return new RegExp(`(?:^| )(?:${sources.join('|')})(?= |$)`, flags);
}

interface CompiledSituation {
  id: string;
  category: string;
  needs: Need[];
  /** Still going on by its nature (DangerFinding.ongoing), read once from the lexicon. */
  ongoing: boolean;
  matcher: RegExp;
  /** One of these must appear anywhere in the message too. */
  with?: RegExp;
}

/** Every plain word the lexicon's phrases use, to read dropped g's ("hittin") as the word they mean. */
function vocabulary(lexicon: DangerLexicon): Set<string> {
  const nn = lexicon.not_now;
  const lines = [lexicon.at_risk, lexicon.now, lexicon.right_now, nn.negation, nn.past, nn.asking, nn.reassurance, nn.not_danger, ...lexicon.situations.flatMap((s) => [s.words, s.with ?? []])].flat();
  return new Set(lines.flatMap((l) => rawTokens(l.replace(/[*#]\S*/g, ' '))));
}

// One normaliser per lexicon, so the checker (run first, at load) and the detector share their compiled sources.
const normalisers = new WeakMap<DangerLexicon, Normaliser>();

function normaliserFor(lexicon: DangerLexicon): Normaliser {
  let norm = normalisers.get(lexicon);
  if (!norm) normalisers.set(lexicon, (norm = new Normaliser(lexicon.spellings, vocabulary(lexicon))));
  return norm;
}

export function createDangerDetector(lexicon: DangerLexicon): DangerDetector {
  const norm = normaliserFor(lexicon);
  const nn = lexicon.not_now;
  const atRisk = compile(lexicon.at_risk, norm);
  const rightNow = compile(lexicon.right_now, norm);
  const now = compile([...lexicon.now, ...lexicon.right_now], norm);
  const negation = compile(nn.negation, norm);
  const past = compile(nn.past, norm, 'g');
  // The "since ..." phrases of `now` ("since breakfast"): still going on, whatever habit the clause also names.
  // Not "since #": "since 2019" is a long pattern, not this morning.
  const sincePhrases = lexicon.now.flatMap((line) => (/[()]/.test(line) ? [] : line.split('|'))).filter((p) => /^since [a-z]/.test(p.trim()));
  const stillGoing = compile(sincePhrases, norm);
  const asking = compile(nn.asking, norm);
  const reassurance = compile(nn.reassurance, norm);
  const notDanger = compile(nn.not_danger, norm, 'g');
  const situations: CompiledSituation[] = lexicon.situations.flatMap((s: Situation) => {
    const matcher = compile(s.words, norm, 'g');
    const withWords = s.with ? compile(s.with, norm) : undefined;
    const ongoing = (s.needs.includes('at_risk') && s.needs.includes('now')) || s.category === TAKEN;
    return matcher ? [{ id: s.id, category: s.category, needs: s.needs, ongoing, matcher, ...(withWords ? { with: withWords } : {}) }] : [];
  });

  const has = (re: RegExp | undefined, text: string) => (re ? re.test(text) : false);

  /** A past marker in the clause ("last year", "years ago"), but not "since last night" (still going on) nor
   *  "born last week" (an age, not when it happened). */
  const inThePast = (clause: string): boolean => {
    if (!past) return false;
    // "locked in the cellar as a punishment now": said to be now, whatever else the clause says.
    if (/(?:^| )now(?: |$)/.test(clause.replace(past, ' _')) || has(rightNow, clause) || has(stillGoing, clause)) return false;
    for (const m of clause.matchAll(past)) {
      const before = clause.slice(0, m.index).trimEnd();
      if (!/(?:^| )(?:since|from|born)$/.test(before)) return true;
    }
    return false;
  };

  /** A negation just before the match ("no immediate risk", "not in danger", "isn't scared to go home"). A phrase
   *  that is itself negative ("not breathing", "no adult") keeps its meaning: "no he's not breathing" is no denial. */
  const negated = (clause: string, match: RegExpExecArray | RegExpMatchArray): boolean => {
    if (!negation) return false;
    const phrase = match[0].trim();
    if (negation.test(phrase.split(' ').slice(0, 2).join(' '))) return false;
    const window = clause.slice(0, match.index).trim().split(' ').slice(-3).join(' ');
    return negation.test(window);
  };

  return {
    assess(text) {
      const limited = text.slice(0, MAX_CHARS);
      const whole = norm.words(limited).join(' ');
      // "Not in danger right now" says when it is not; "was fine when I saw her" is how the child was before.
      const wholeMeant = notDanger ? whole.replace(notDanger, ' _') : whole;
      const present = { at_risk: has(atRisk, whole), now: has(now, wholeMeant) };
      // Procedure, training and policy questions, and "everyone is fine now", are not emergencies,
      // unless the message also says it is happening right now.
      const saysRightNow = has(rightNow, wholeMeant);
      const reassured = has(reassurance, wholeMeant);
      if ((has(asking, whole) || reassured) && !saysRightNow) return { immediateDanger: false, situations: [], categories: [], acute: false, ongoing: false };

      const clauses = limited
        .split(CLAUSE_BREAK)
        .map((c) => norm.words(c).join(' '))
        .map((c) => (notDanger ? c.replace(notDanger, ' _').trim() : c))
        .filter(Boolean)
        // A clause told in the past counts for no situation: decided once, not once per situation.
        .filter((clause) => !inThePast(clause));
      const found: CompiledSituation[] = [];
      for (const s of situations) {
        if (!s.needs.every((n) => present[n])) continue;
        if (s.with && !s.with.test(whole)) continue;
        const hit = clauses.some((clause) => {
          for (const m of clause.matchAll(s.matcher)) if (!negated(clause, m)) return true;
          return false;
        });
        if (hit) found.push(s);
      }
      const acute = found.length > 0 && (saysRightNow || found.some((s) => s.needs.length === 0));
      const categories = [...new Set(found.map((s) => s.category))];
      return { immediateDanger: found.length > 0, situations: found.map((s) => s.id), categories, acute, ongoing: found.some((s) => s.ongoing) };
    },
  };
}

/** Compiles every phrase on its own so knowledge:check can name the one that is broken. */
export function lexiconProblems(lexicon: DangerLexicon, file: string): string[] {
  // The detector's normaliser: its vocabulary changes some words' spelling ("beatin"), never whether a phrase compiles.
  const norm = normaliserFor(lexicon);
  const problems: string[] = [];
  const check = (field: string, phrases: readonly string[]) =>
    phrases.forEach((p, i) => {
      const source = phraseSource(p, norm);
      if ((p.match(/\(/g) ?? []).length !== (p.match(/\)/g) ?? []).length) problems.push(`${file}: ${field}.${i}: "${p}" has unbalanced brackets`);
      else if (/\([^)]*\(/.test(p)) problems.push(`${file}: ${field}.${i}: "${p}" has brackets inside brackets, which phrases don't support (write each option out: (on his own|on her own))`);
      else if (/[?[\]{}+\\]/.test(p)) problems.push(`${file}: ${field}.${i}: "${p}" uses ${p.match(/[?[\]{}+\\]/)![0]}, which phrases don't support (use words, (a|b), *, # and ...)`);
      else if (!source) problems.push(`${file}: ${field}.${i}: "${p}" has no words to match`);
      else
        try {
          new RegExp(source);
        } catch {
          problems.push(`${file}: ${field}.${i}: "${p}" cannot be matched (use words, (a|b) for either, * for any ending, # for a number, ... for a gap)`);
        }
    });
  check('at_risk', lexicon.at_risk);
  check('now', lexicon.now);
  check('right_now', lexicon.right_now);
  for (const [k, v] of Object.entries(lexicon.not_now)) check(`not_now.${k}`, v);
  const ids = new Set<string>();
  lexicon.situations.forEach((s, i) => {
    if (ids.has(s.id)) problems.push(`${file}: situations.${i}.id: duplicate situation "${s.id}"`);
    ids.add(s.id);
    check(`situations.${i}.words`, s.words);
    if (s.with) check(`situations.${i}.with`, s.with);
  });
  if (lexicon.situations.length === 0) problems.push(`${file}: situations: none: the assistant could not recognise immediate danger`);
  return problems;
}
