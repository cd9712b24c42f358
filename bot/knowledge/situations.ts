// The situation behind a question: which classes of everyday words it uses (a role, an act, a baby, an injury)
// and which situations those combinations describe. Each situation steers the ranking towards the content it
// points at (areas, tags, words), so "our TA pinched a boy" reaches the LADO sections without saying "LADO".
import type { Area, KnowledgeDoc, Section } from './types.ts';
import type { ClarifySpec, SituationSpec, SituationsFile, TargetSpec } from './situations-file.ts';
import { isSaintsName, stem, words } from './text-analysis.ts';
import { damerauLevenshtein } from './spelling.ts';

// An age written as one word ("a 14yo", "my 9yrs old") is read as the class words say it ("14 yo").
const AGE_WRITTEN_TOGETHER = /\b(\d{1,2})(yo|yos|yrs|yr)\b/gi;
// "13 y/o" and "13y/o" are "13 yo": the slash would split them into letters no class has.
const AGE_WITH_A_SLASH = /\b(\d{1,2}) ?y\/o\b/gi;
// A number of years that is not an age ("she's been here 20 yrs", "for 3 yrs now") is time, not a child: "yr" alone
// is a child word for "yr 6".
const YEARS_OF_TIME = /\b(\d{1,2}) ?(yrs|yr)\b(?! ?(old|olds|o)\b)/gi;
// A class named by its year group ("my year 9s", "the yr 6s") is children of that year.
const YEAR_GROUP = /\b(year|yr) ?(\d{1,2})s\b/gi;
// Weeks of a pregnancy said without the word ("mum is 24 wks"): not a baby's age ("6 weeks old"), nor time ("3 weeks ago").
const WEEKS_PREGNANT = /\b(is|she's|shes|she is|now) (1[3-9]|[23]\d|4[0-2]) ?(wks|wk|weeks)\b(?! ?(old|ago|later|after|before|since|on|of)\b)/gi;
// A young person's boyfriend of an adult's age ("14yo ... her bf is 23"): an adult boyfriend, whatever the words. Only
// beside a child's age: "mum's boyfriend is 35" is no exploitation.
const ADULT_PARTNER_AGE = /\b(her|his|their) (boyfriend|bf|fella)(?:'s|s| is) (1[89]|[2-5]\d)\b(?! ?(mins|minutes|hours|days|weeks|months|miles|times|quid|pounds)\b)/gi;
const A_CHILDS_AGE = /\b1[0-7] ?(yo|y\/o|yrs? old|years? old)\b|\b(aged?|year|yr) 1?\d\b/i;
// "A volunteer is said to have hit..." reports what the volunteer did; "is said" would otherwise read as a speaker
// ("mum is saying"), since both stem alike.
const SAID_TO_HAVE = /\b(is|was|are|were|been|being) (said|reported|alleged|supposed|meant) to\b/gi;
// A role that opens the message on its own, before a colon, comma, full stop or dash ("youth worker: a lad says...",
// "DSL - the police have...", "childminder. the baby..."), is who is speaking, not who did something. Not "my
// colleague, she...": a possessive names someone else.
const OPENING = /^\s*([^,:;.?!\n\u2013-]{1,40}?)\s*(?:[,:;.]|\s[-\u2013]\s)/;
const NOT_THE_SPEAKER = new Set(['my', 'our', 'the', 'a', 'an', 'one', 'his', 'her', 'their', 'this', 'that']);
// Words before a role that make the opening a telling, not a name tag ("its about our head -", "she has been cut,").
const TELLS_SOMETHING = new Set(['about', 'i', 'he', 'she', 'they', 'we', 'it', 'its', 'is', 'was', 'has', 'have', 'had', 'been', 'are', 'were']);
// So too a role then where it is held, opening a longer phrase ("youth leader at our church, one of the girls...",
// "youth worker on the detached team.").
const WHERE_A_ROLE_IS_HELD = new Set(['at', 'in', 'from', 'for', 'with', 'on']);
// The message's first word, as words() would read it.
const FIRST_WORD = /[a-z0-9]+/i;
// A service named before the role in a name-tag opening ("early help keyworker.", "MASH social worker -"): part of who
// is speaking, like a setting, not a service that decided something.
const SERVICE_BEFORE_ROLE = new Set(['setting', 'early-help-work', 'decision-maker']);
/** "Seen by a parent shaking a toddler", "accused by a parent of slapping": who saw or accuses did not do it. Stems, as
 *  the question is read. */
const WITNESSED = new Set(['seen', 'saw', 'spotted', 'noticed', 'witnessed', 'reported', 'told', 'heard', 'caught', 'filmed', 'accused'].map((w) => stem(w)));
/** "Keeps giving one particular year 10 girl lifts home": the one given to, a few words after the verb, does not do the act. */
const GIVEN_TO = new Set(['give', 'gives', 'giving', 'gave', 'buy', 'buys', 'buying', 'bought', 'offer', 'offers', 'offering', 'offered'].map((w) => stem(w)));
/** The word, as typed, before the one a child told ("she told our school nurse she's sleeping with…"): who was told
 *  did not do it. Not "tell" ("do we tell the teacher?" asks about the teacher), which "told" stems to. */
const TOLD = new Set(['told', 'confided']);

/** Words that may stand between an act and the one it is done to ("grabbed a boy", "messaging her friend"). */
const DETERMINERS = new Set(['a', 'an', 'the', 'one', 'his', 'her', 'their', 'our', 'my', 'this', 'that', 'some'].map((w) => stem(w)));
/** "Also", stemmed: a doer phrase that starts with it is said of the doer ("he's also the DSL"). */
const ALSO = stem('also');

export interface SituationRead {
  /** Classes whose words the question uses. */
  classes: Set<string>;
  /** Situations that fit, strongest first. */
  situations: SituationSpec[];
  /** A clarifying question, when the words fit more than one situation and none is named. */
  clarify?: ClarifySpec;
  /** Stems of the background words (who, what happened) of a fitting situation: they rank lightly. */
  backgroundTerms: Set<string>;
  /** Per one-word background term, the one-word stems of its class ("pinch" -> "slap", "hit"...): the same part of
   *  the story in other words, for matching stored questions. */
  backgroundKin: Map<string, readonly string[]>;
  /** The question uses a word of a domain class (or the file names none): safeguarding evidence to answer on. */
  inDomain: boolean;
  /** The `domain` classes the question's words use (none for office talk). */
  domainClasses: string[];
  /** Its only domain classes are `weak` ones (but not two words of a `paired` one) and no situation fits, or it has one
   *  domain word and that not of a `strong` class: a chance overlap needs more to be answered on. */
  weakEvidence: boolean;
  /** Office, IT or HR talk with no child or harm in it (situations.yml `office`): never safeguarding evidence. */
  officeTalk: boolean;
  /** About the speaker's own life, with no domain word and no situation (situations.yml `personal`). */
  personalTalk: boolean;
  /** Stems saying who is speaking and how it reached them ("HV here", "mum has complained"): not what is asked. */
  speakerTerms: Set<string>;
  /** Stems of the background words that name who did it (situations.yml `doers`): what is asked when the question
   *  is whom a procedure covers ("...even though he's a foster carer?"). */
  doerTerms: Set<string>;
}

// How much a matched situation lifts a section it points at, per kind of pointer (added, then times strength).
const LIFT = { area: 0.25, tag: 0.3, words: 0.45 };
const AVOID_FACTOR = 0.4;

type Phrase = string[];

export class SituationReader {
  /** Phrases by first stem: the competing classes, and the overlay classes read on their own. */
  private readonly byFirst = new Map<string, PhraseMatch[]>();
  private readonly overlayByFirst = new Map<string, PhraseMatch[]>();
  /** Classes no rule names ("not-what-it-seems"): their phrases only keep their words from other classes, overlays too. */
  private readonly holdingOnly: Set<string>;
  /** Per class, the stems of its one-word phrases. */
  private readonly oneWordStems = new Map<string, string[]>();
  /** Every class's one-word phrases: words with a meaning of their own, which a `*` does not stand for. */
  private readonly classWordStems = new Set<string>();
  private readonly spec: SituationsFile;
  private readonly ownName?: RegExp;
  private readonly corrections: ReadonlyMap<string, string>;
  private readonly speakerBefore: Phrase[];
  private readonly speakerAfter: Phrase[];
  private readonly speakerOpeningAfter: Phrase[];
  /** Classes whose words can be the speaker (situations.yml speaker.classes); empty: any. */
  private readonly speakerClasses: ReadonlySet<string>;
  /** Classes of the speaker's own life (situations.yml `personal`). */
  private readonly personalClasses: ReadonlySet<string>;
  /** situations.yml `domain` and `strong`, as sets: looked at for every question. */
  private readonly domain: ReadonlySet<string>;
  private readonly strong: ReadonlySet<string>;
  /** situations.yml `partner_harm`, its phrases as stems. */
  private readonly partnerHarm?: { partners: string; by: ReadonlySet<string>; toPartner: Array<[string, Phrase[]]>; toParent: Phrase[]; childAfter: Phrase[]; as: string };
  /** situations.yml `names_area` as pairs, read once: looked at for every question. */
  private readonly areaNamers: ReadonlyArray<readonly [string, Area]>;

  /** The class words by length, for reading a misspelt one ("teachr", "slaped"). */
  private readonly classWords = new Map<number, string[]>();
  private readonly classWordSet = new Set<string>();
  private readonly isKnownWord: (word: string) => boolean;

  constructor(
    spec: SituationsFile,
    corrections: ReadonlyMap<string, string> = new Map(),
    isKnownWord: (word: string) => boolean = () => false,
    /** The partnership's own name: read past, so "that Wigan case where..." is "that case where...". */
    ownName?: string,
  ) {
    this.spec = spec;
    this.ownName = ownName ? new RegExp(`\\b${ownName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}('s)?\\b`, 'gi') : undefined;
    this.domain = new Set(spec.domain);
    this.strong = new Set(spec.strong);
    this.corrections = corrections;
    this.isKnownWord = isKnownWord;
    for (const list of Object.values(spec.classes)) {
      for (const w of list.flatMap((p) => words(p))) {
        if (w.length < 4 || /\d/.test(w) || this.classWordSet.has(w)) continue;
        this.classWordSet.add(w);
        const bucket = this.classWords.get(w.length) ?? [];
        bucket.push(w);
        this.classWords.set(w.length, bucket);
      }
    }
    const overlay = new Set(spec.overlay);
    // A class no rule of the file names ("not-what-it-seems") only holds its phrases' words away from other classes.
    const { classes: _, ...rules } = spec;
    const named = JSON.stringify(rules);
    this.holdingOnly = new Set(Object.keys(spec.classes).filter((cls) => !named.includes(`"${cls}"`)));
    for (const [cls, list] of Object.entries(spec.classes)) {
      const map = overlay.has(cls) ? this.overlayByFirst : this.byFirst;
      const oneWord = new Set<string>();
      for (const p of list) {
        const phrase = classPhrase(p, corrections);
        if (!phrase.length) continue;
        if (phrase.length === 1) {
          oneWord.add(phrase[0]);
          this.classWordStems.add(phrase[0]);
        }
        const bucket = map.get(phrase[0]) ?? [];
        const gapAt = phrase.indexOf(GAP);
        bucket.push({ phrase, cls, gapAt, wild: gapAt >= 0 || phrase.includes(ANY_WORD), span: phrase.length, lead: phrase.length });
        bucket.sort((a, b) => b.phrase.length - a.phrase.length);
        map.set(phrase[0], bucket);
      }
      this.oneWordStems.set(cls, [...oneWord]);
    }
    this.speakerBefore = spec.speaker.before.map((p) => stems(p, corrections)).filter((p) => p.length);
    this.speakerAfter = spec.speaker.after.map((p) => stems(p, corrections)).filter((p) => p.length);
    this.speakerOpeningAfter = spec.speaker.opening_after.map((p) => stems(p, corrections)).filter((p) => p.length);
    this.speakerClasses = new Set(spec.speaker.classes);
    this.personalClasses = new Set(spec.personal);
    this.areaNamers = Object.entries(spec.names_area);
    const ph = spec.partner_harm;
    const phrases = (list: string[]) => list.map((p) => stems(p, corrections)).filter((p) => p.length);
    if (ph) this.partnerHarm = { partners: ph.partners, by: new Set([ph.partners, ...ph.by]), toPartner: Object.entries(ph.to_partner).map(([whose, objects]) => [stem(whose), phrases(objects)]), toParent: phrases(ph.to_parent), childAfter: phrases(ph.child_after), as: ph.as };
  }

  /** Whether a word is one of the class words (an everyday word, not a misspelling). */
  knows(word: string): boolean {
    return this.classWordSet.has(word);
  }

  /** A word that is neither a class word nor in the content, one letter off a class word: that word. */
  private spell(word: string): string {
    if (word.length < 5 || /\d/.test(word) || this.classWordSet.has(word) || this.isKnownWord(word)) return word;
    // Not cached: the words of a question (a name, perhaps) are not kept after it is answered.
    return this.nearestClassWord(word);
  }

  private nearestClassWord(word: string): string {
    // One edit only: class words are everyday words, and two edits turn "shouting" into "shoving".
    const max = 1;
    for (let len = word.length - max; len <= word.length + max; len++) {
      for (const candidate of this.classWords.get(len) ?? []) {
        if (candidate[0] === word[0] && damerauLevenshtein(word, candidate, max) <= max) return candidate;
      }
    }
    return word;
  }

  /** Doer classes none of whose words is the nearest doer before an act in its sentence ("a parent says the head
   *  grabbed her son": family). When no act has a doer before it ("he was grabbed by the TA") every doer may have
   *  done it, except one only ever done to or told ("she told our school nurse…"). `harmed`: the classes those done to
   *  are read as (situations.yml). */
  private idleDoers(matched: ReadonlyArray<{ cls: string; terms: Phrase; at: number }>, seq: readonly string[], sentenceOf: readonly number[], toldAt: ReadonlySet<number>): { idle: string[]; harmed: string[] } {
    const doers = new Set(this.spec.doers);
    const acts = new Set(this.spec.acts);
    if (!doers.size || !acts.size) return { idle: [], harmed: [] };
    const busy = new Set<string>();
    // The one an act is done to ("messaging a year 10 girl on snapchat") does not do the acts after it.
    const objects = new Set<number>();
    const harmed: string[] = [];
    const actAt = new Set(matched.filter((m) => acts.has(m.cls)).map((m) => m.at));
    const witness = ({ at, terms }: { at: number; terms: Phrase }) => {
      const by = DETERMINERS.has(seq[at - 1]) ? at - 2 : at - 1;
      if (seq[by] === 'by' && WITNESSED.has(seq[by - 1])) return true;
      const told = toldAt.has(by) || (seq[by] === 'in' && toldAt.has(by - 1));
      return told && !actAt.has(at + terms.length);
    };
    const doerAt = new Set(matched.filter((m) => doers.has(m.cls)).map((m) => m.at));
    for (const at of doerAt) {
      for (let j = at - 1; j >= Math.max(0, at - 4) && sentenceOf[j] === sentenceOf[at]; j--) {
        if (GIVEN_TO.has(seq[j])) objects.add(at);
        if (actAt.has(j) || doerAt.has(j)) break;
      }
    }
    for (const act of matched) {
      if (!acts.has(act.cls)) continue;
      let k = act.at + act.terms.length;
      if (DETERMINERS.has(seq[k])) k++;
      for (const m of matched) {
        const as = this.spec.harmed[m.cls];
        if (m.at !== k || !as) continue;
        objects.add(k);
        harmed.push(as);
      }
    }
    for (const act of matched) {
      if (!acts.has(act.cls)) continue;
      // "grabbed by the TA": the doer comes after "by" (a word such as "the" or "her" may stand between).
      const by = act.at + act.terms.length;
      const after = seq[by] === 'by' ? matched.find((m) => doers.has(m.cls) && m.at > by && m.at <= by + 2) : undefined;
      let doer: { cls: string; at: number } | undefined = after;
      if (!doer) {
        for (const m of matched) {
          if (doers.has(m.cls) && m.at < act.at && !objects.has(m.at) && !witness(m) && sentenceOf[m.at] === sentenceOf[act.at] && (!doer || m.at > doer.at)) doer = m;
        }
      }
      if (!doer) continue;
      // All the doer words at that place: "foster carer" is one phrase of one class, but a phrase may be in two.
      for (const m of matched) if (m.at === doer.at && doers.has(m.cls)) busy.add(m.cls);
      const abused = this.doneToAParent(act, doer, matched, seq);
      if (abused) harmed.push(abused);
    }
    // "He's also the person we report to": said of the doer, so never idle.
    const ofTheDoer = (m: { terms: Phrase }) => m.terms[0] === ALSO;
    // With no doer before any act, every doer may have done it: all but those only ever done to, or told.
    const idle = [...doers].filter((c) => {
      const uses = matched.filter((m) => m.cls === c);
      if (uses.some(ofTheDoer)) return false;
      return uses.length > 0 && !busy.has(c) && (busy.size > 0 || uses.every((m) => objects.has(m.at) || witness(m)));
    });
    return { idle, harmed };
  }

  /** `partner_harm`: the class an act reads as when its doer's partner or a parent is the one it was done to. */
  private doneToAParent(act: { at: number; terms: Phrase }, doer: { at: number }, matched: ReadonlyArray<{ cls: string; terms: Phrase; at: number }>, seq: readonly string[]): string | undefined {
    const ph = this.partnerHarm;
    if (!ph) return undefined;
    const k = act.at + act.terms.length;
    // The doer's classes, a partner word among the doer's own words too: "her new fella" is read beside the family word.
    const doerIs = (classes: ReadonlySet<string>) => matched.some((m) => classes.has(m.cls) && m.at >= doer.at && m.at <= doer.at + 2);
    if (doerIs(ph.by) && ph.toParent.some((p) => startsAt(seq, k, p))) return ph.as;
    // "Her fella hit her": the partner is said as hers, and she is the one it was done to.
    const partner = matched.find((m) => m.cls === ph.partners && m.at >= doer.at && m.at <= doer.at + 2);
    if (!partner) return undefined;
    const whose = partner.terms.length > 1 ? partner.terms[0] : seq[partner.at - 1];
    const objects = ph.toPartner.find(([w]) => w === whose)?.[1] ?? [];
    const toPartner = objects.find((p) => startsAt(seq, k, p));
    if (!toPartner || ph.childAfter.some((p) => startsAt(seq, k + toPartner.length, p))) return undefined;
    return ph.as;
  }

  /** The condition classes (situations.yml `conditions`) among a read's classes. */
  conditionsIn(classes: ReadonlySet<string>): string[] {
    return this.spec.conditions.filter((c) => classes.has(c));
  }

  /** The doer classes (situations.yml `doers`) among a read's classes. */
  doersIn(classes: ReadonlySet<string>): string[] {
    return this.spec.doers.filter((c) => classes.has(c));
  }

  /** The heading doers that answer for `doer`: itself, and those that cover it (a member of staff covers the head). */
  coverersOf(doer: string): string[] {
    return [doer, ...Object.keys(this.spec.covers).filter((h) => this.spec.covers[h].includes(doer))];
  }

  /** A bit per doer class, in the order of situations.yml `doers`. */
  doerBits(doers: readonly string[]): number {
    let bits = 0;
    for (const d of doers) {
      const k = this.spec.doers.indexOf(d);
      if (k >= 0) bits |= 1 << k;
    }
    return bits;
  }

  /** The content areas the question's classes name ("a review about..." names learning; situations.yml `names_area`). */
  areasNamed(classes: ReadonlySet<string>): Area[] {
    const out: Area[] = [];
    for (const [cls, area] of this.areaNamers) if (classes.has(cls)) out.push(area);
    return out;
  }

  get situations(): readonly SituationSpec[] {
    return this.spec.situations;
  }

  /** The phrases that start at word `i`, the longest match first, with `span` (the words it covers) and `lead` (its
   *  words before any `...`, which it takes from the other classes). A `*` matches any word that is not a class word
   *  on its own: "one of our * leads" reads "one of our room leads", and "one of our * staff" does not read "one of
   *  our pupils staff" (a pupil, or the "social" of "social worker", keeps its meaning); "her" or "our" is always one.
   *  A `...` skips up to MAX_GAP words in the same sentence: "been cut ... abroad". At equal span the exact phrase wins. */
  private phrasesAt(byFirst: Map<string, PhraseMatch[]>, seq: Phrase, i: number, sentenceOf: readonly number[]): PhraseMatch[] {
    const bucket = byFirst.get(seq[i]);
    if (!bucket) return [];
    const at: PhraseMatch[] = [];
    for (const entry of bucket) {
      // Most phrases are words in order: matched as such, with nothing to skip or stand for.
      if (!entry.wild) {
        if (startsAt(seq, i, entry.phrase)) at.push(entry);
        continue;
      }
      const end = this.endOf(entry.phrase, 0, seq, i, sentenceOf[i], sentenceOf);
      if (end >= 0) at.push({ ...entry, span: end - i, lead: entry.gapAt < 0 ? end - i : entry.gapAt });
    }
    if (at.length < 2) return at;
    at.sort((a, b) => b.span - a.span);
    const span = at[0].span;
    const exact = at.some((m) => m.span === span && !m.wild);
    return exact ? at.filter((m) => m.span !== span || !m.wild) : at;
  }

  /** Where `phrase` from its k-th word, matched from word j of the sentence numbered `sentence`, ends; -1 when it
   *  does not match. */
  private endOf(phrase: Phrase, k: number, seq: Phrase, j: number, sentence: number, sentenceOf: readonly number[]): number {
    for (; k < phrase.length; k++, j++) {
      const t = phrase[k];
      if (t === GAP) {
        for (let skip = 0; skip <= MAX_GAP && sentenceOf[j + skip] === sentence; skip++) {
          const end = this.endOf(phrase, k + 1, seq, j + skip, sentence, sentenceOf);
          if (end >= 0) return end;
        }
        return -1;
      }
      if (t === ANY_WORD ? !this.standsForAnyWord(seq, j) : seq[j] !== t) return -1;
    }
    return j;
  }

  /** Whether word j is one a `*` may stand for: a determiner, or a word that is no class word and starts no phrase there. */
  private standsForAnyWord(seq: Phrase, j: number): boolean {
    if (j >= seq.length) return false;
    if (DETERMINERS.has(seq[j])) return true;
    if (this.classWordStems.has(seq[j])) return false;
    return !this.startsAPhrase(seq, j, () => true);
  }

  /** The service words before the role in a name-tag opening are the speaker's too: out of the classes read so far. */
  private retractTheOpening(roleAt: number, matched: Array<{ cls: string; terms: Phrase; at: number }>, classes: Set<string>, seq: Phrase, speakerTerms: Set<string>): void {
    const before = matched.filter((m) => m.at < roleAt);
    if (!before.length) return;
    matched.splice(0, matched.length, ...matched.filter((m) => m.at >= roleAt));
    for (const m of before) if (!matched.some((o) => o.cls === m.cls)) classes.delete(m.cls);
    for (const t of seq.slice(0, roleAt)) speakerTerms.add(t);
  }

  /** Whether a phrase (no `*` in it) of a class that `fits` starts at word j of the sentence. */
  private startsAPhrase(seq: Phrase, j: number, fits: (cls: string) => boolean): boolean {
    return [this.byFirst, this.overlayByFirst].some((m) => m.get(seq[j])?.some(({ phrase, wild, cls }) => !wild && fits(cls) && startsAt(seq, j, phrase)));
  }

  read(question: string): SituationRead {
    const sentenceOf: number[] = [];
    const toldAt = new Set<number>();
    const seq = (this.ownName ? question.replace(this.ownName, ' ') : question).replace(AGE_WITH_A_SLASH, '$1 yo').replace(AGE_WRITTEN_TOGETHER, '$1 $2').replace(YEARS_OF_TIME, '$1 years').replace(YEAR_GROUP, '$1 $2').replace(WEEKS_PREGNANT, '$1 $2 weeks pregnant').replace(ADULT_PARTNER_AGE, (said) => (A_CHILDS_AGE.test(question) ? `${said} an adult boyfriend` : said)).replace(SAID_TO_HAVE, 'allegedly').split(SENTENCE_END).flatMap((sentence, n) =>
      words(sentence).map((w, i, all) => {
        if (TOLD.has(w)) toldAt.add(sentenceOf.length);
        sentenceOf.push(n);
        const word = this.corrections.get(w) ?? w;
        return stem(isSaintsName(all, i) ? word : this.spell(word));
      }),
    );
    const opening = OPENING.exec(question);
    const openingWords = opening ? words(opening[1]) : [];
    // "A and E nurse - ...", "A&E doctor: ...": the "a" of the department is no article.
    const namesSomeoneElse = NOT_THE_SPEAKER.has(openingWords[0] ?? '') && !(openingWords[0] === 'a' && (openingWords[1] === 'and' || openingWords[1] === 'e'));
    const openingLength = openingWords.length <= 4 && !namesSomeoneElse ? openingWords.length : 0;
    // Not when the opening goes on to tell what happened ("TA at our school slapped a boy."): a phrase of a class that
    // is no person and no setting after the place.
    const tellsSomething = (cls: string) => cls !== 'setting' && !this.speakerClasses.has(cls);
    const tellsAfter = (from: number) => seq.slice(from, openingWords.length).some((_, k) => this.startsAPhrase(seq, from + k, tellsSomething));
    const opensWithRoleAndPlace = (len: number) => openingWords.length <= 7 && !namesSomeoneElse && WHERE_A_ROLE_IS_HELD.has(openingWords[len] ?? '') && !tellsAfter(len + 1);
    // A role's work, said first with no one doing it ("coaching the under 12s tonight and..."), is the speaker's own.
    const opensWithOwnWork = /[a-z]ing$/i.test(FIRST_WORD.exec(question)?.[0] ?? '');
    // A role opening its sentence, after at most a greeting ("hi all, HV here").
    const opensSentence = (i: number) => i - sentenceOf.indexOf(sentenceOf[i]) <= 2;
    const classes = new Set<string>();
    const matched: Array<{ cls: string; terms: Phrase; at: number }> = [];
    const mentioned = new Set<string>();
    const seen: Array<{ cls: string; at: number; len: number; phrase: string }> = [];
    /** Every phrase read before word i is a setting or a service (one of its classes is), as in "early help keyworker.". */
    const onlyServicesBefore = (i: number) => seen.every((s) => s.at >= i || seen.some((o) => o.at === s.at && SERVICE_BEFORE_ROLE.has(o.cls)));
    const speakerTerms = new Set<string>();
    // Longest phrase first, without overlaps: "foster dad" is a role, and its "dad" is not family too.
    const held: Array<{ at: number; len: number }> = [];
    for (const byFirst of [this.byFirst, this.overlayByFirst]) {
      const overlay = byFirst === this.overlayByFirst;
      for (let i = 0; i < seq.length; ) {
        const at = this.phrasesAt(byFirst, seq, i, sentenceOf);
        if (!at.length) {
          i++;
          continue;
        }
        // The longest match is chosen by its span; it takes from the other classes the words before any "...".
        const span = at[0].span;
        const len = at[0].lead;
        // An overlay is read beside the others, but not inside a longer phrase that only means something else: the
        // "review" of "review next visit" is no case review.
        if (overlay && held.some((s) => s.len > len && s.at <= i && i + len <= s.at + s.len)) {
          i++;
          continue;
        }
        if (!overlay && at.every((m) => m.span !== span || this.holdingOnly.has(m.cls))) held.push({ at: i, len });
        // Overlay classes ("my manager") hold whoever speaks: "my manager said leave it" is still my own organisation.
        const before = !overlay ? this.speakerBefore.find((p) => endsAt(seq, i, p)) : undefined;
        const after = overlay ? undefined : this.speakerAfter.find((p) => startsAt(seq, i + len, p)) ?? this.speakerOpeningAfter.find((p) => startsAt(seq, i + len, p) && opensSentence(i));
        const person = !this.speakerClasses.size || at.some((m) => m.span === span && this.speakerClasses.has(m.cls));
        // A setting, a service or a plain word before the role, the two the whole opening ("church youth leader. 15yo girl
        // says...", "duty nurse - ...", "early help keyworker."), is the speaker too; not when what comes before tells
        // something ("parent punched a teacher.").
        const plainWordsThenRole = !overlay && i > 0 && i + len === openingLength && !openingWords.slice(0, i).some((w) => NOT_THE_SPEAKER.has(w) || TELLS_SOMETHING.has(w)) && onlyServicesBefore(i);
        const speaker = person && (!!(before || after) || plainWordsThenRole || (!overlay && i === 0 && (len === openingLength || opensWithRoleAndPlace(len) || (len === 1 && opensWithOwnWork))));
        if (speaker) for (const t of [...seq.slice(i, i + len), ...(before ?? []), ...(after ?? [])]) speakerTerms.add(t);
        if (speaker && plainWordsThenRole) this.retractTheOpening(i, matched, classes, seq, speakerTerms);
        // The longest phrase can belong to more than one class ("touched": boundaries and sexual harm).
        // The speaker's own words still show the question is about safeguarding ("LADO phone number").
        for (const m of at) {
          if (m.span !== span) continue;
          mentioned.add(m.cls);
          seen.push({ cls: m.cls, at: i, len, phrase: seq.slice(i, i + len).join(' ') });
        }
        if (!speaker) {
          for (const m of at) {
            if (m.span !== span) continue;
            classes.add(m.cls);
            matched.push({ cls: m.cls, terms: seq.slice(i, i + len), at: i });
          }
        }
        i += len;
      }
    }
    const doers = this.idleDoers(matched, seq, sentenceOf, toldAt);
    for (const idle of doers.idle) classes.delete(idle);
    for (const c of doers.harmed) classes.add(c);
    // "My son", "my kids": the speaker's own family, not a child they work with. A domain word said only inside such a
    // phrase is no sign of safeguarding talk ("best way to get my toddler to sleep through"); a situation still forms.
    const own = seen.filter((m) => this.personalClasses.has(m.cls));
    if (own.length) {
      for (const cls of this.spec.domain) {
        const uses = seen.filter((m) => m.cls === cls);
        if (uses.length && uses.every((m) => own.some((o) => m.at >= o.at && m.at + m.len <= o.at + o.len))) mentioned.delete(cls);
      }
    }
    const has = (c: string) => classes.has(c);
    const fitting = this.spec.situations.filter((s) => !s.unless.some(has) && s.when.some((line) => line.every(has)));
    const replaced = new Set(fitting.flatMap((s) => s.replaces));
    const situations = fitting.filter((s) => !replaced.has(s.id)).sort((a, b) => b.strength - a.strength);
    const clarify = situations.length ? undefined : this.spec.clarify.find((c) => c.when.every(has) && !c.unless.some(has));
    // Background words are those of the classes that made a situation fit ("manager" in "go through my
    // manager" stays a full word when no disagreement was recognised).
    const backgroundTerms = new Set<string>();
    const used = new Set<string>();
    for (const s of situations) for (const line of s.when) if (line.every(has)) for (const c of line) used.add(c);
    const background = new Set(this.spec.background.filter((c) => used.has(c)));
    if (situations.length) for (const c of this.spec.incidental) background.add(c);
    const doerTerms = new Set<string>();
    for (const m of matched) {
      if (!background.has(m.cls)) continue;
      const doer = this.spec.doers.includes(m.cls);
      for (const t of m.terms) {
        backgroundTerms.add(t);
        if (doer) doerTerms.add(t);
      }
    }
    // The class's own lists, shared, not copied per question; the word itself in them matches nothing new (rank.ts).
    const backgroundKin = new Map<string, readonly string[]>();
    for (const m of matched) {
      if (!background.has(m.cls) || m.terms.length !== 1) continue;
      const kin = this.oneWordStems.get(m.cls) ?? [];
      const before = backgroundKin.get(m.terms[0]);
      backgroundKin.set(m.terms[0], before && before !== kin ? [...before, ...kin] : kin);
    }
    const officeTalk = this.spec.office.some((rule) => rule.classes.some((c) => mentioned.has(c)) && !rule.unless.some((c) => mentioned.has(c)));
    const domainClasses = this.spec.domain.filter((c) => mentioned.has(c));
    const inDomain = !officeTalk && (!this.spec.domain.length || domainClasses.length > 0);
    const personalTalk = !inDomain && !situations.length && this.spec.personal.some((c) => mentioned.has(c));
    // One domain word, unless it means safeguarding wherever it is said, and no situation: as weak as a child named
    // alone ("the spider plant looks neglected", "a referral code for the staff gym").
    const domainWords = new Set(seen.filter((m) => this.domain.has(m.cls) && mentioned.has(m.cls)).map((m) => m.at)).size;
    const oneOrdinaryWord = domainWords === 1 && !domainClasses.some((c) => this.strong.has(c));
    // Two different words: "the case ... the case" is one word said twice, not the procedure's words paired.
    const paired = this.spec.paired.some((cls) => mentioned.has(cls) && new Set(seen.filter((m) => m.cls === cls).map((m) => m.phrase)).size >= 2);
    const onlyWeak = domainClasses.every((c) => this.spec.weak.includes(c)) && !paired;
    const weakEvidence = domainClasses.length > 0 && !situations.length && (onlyWeak || oneOrdinaryWord);
    return { classes, situations, clarify, backgroundTerms, backgroundKin, inDomain, domainClasses, weakEvidence, officeTalk, personalTalk, speakerTerms, doerTerms };
  }
}

/** A class phrase's stems: a `*` in it stands for one word of no class, a `...` for up to MAX_GAP words. */
const ANY_WORD = '*';
const GAP = '...';
const MAX_GAP = 6;
function classPhrase(text: string, corrections: ReadonlyMap<string, string>): Phrase {
  const withWildcards = (part: string) => part.split('*').flatMap((p, k) => (k ? [ANY_WORD, ...stems(p, corrections)] : stems(p, corrections)));
  return text.split('...').flatMap((part, g) => (g ? [GAP, ...withWildcards(part)] : withWildcards(part)));
}
/** A class phrase: its stems, its class, where its first `...` is (-1: none), whether it has a `*` or a `...`. A
 *  match adds the words it spans and the words it takes (those before any `...`); a phrase of words in order (most of
 *  them) is its own match, those two set once, so reading a question allocates nothing for it. */
type PhraseMatch = { phrase: Phrase; cls: string; gapAt: number; wild: boolean; span: number; lead: number };

/** The situation classes without the partnership's own name: "lives in Bolton" is another area, "lives in Wigan"
 *  is home for Wigan and another area for Wirral, from one shared list. */
export function withoutOwnName(spec: SituationsFile, ownName: string | undefined): SituationsFile {
  if (!ownName) return spec;
  const own = stems(ownName).join(' ');
  const classes = Object.fromEntries(Object.entries(spec.classes).map(([cls, list]) => [cls, list.filter((p) => stems(p).join(' ') !== own)]));
  return { ...spec, classes };
}

/** What each section's heading names, read once. The doers ("...about the headteacher": a senior leader): a heading
 *  about someone other than whoever did it in the question fits it less. The conditions (situations.yml
 *  `conditions`: "It's the evening, weekend or holiday: ...", "The child lives outside Wigan: ..."): a heading
 *  whose condition the question does not share fits it less. */
export class HeadingClasses {
  /** Per section, a bit per doer class (situations.yml `doers`, in order) its heading names. */
  private readonly doerBits: Uint32Array;
  private readonly conditions: string[][];
  /** The sections whose heading names a condition: the only ones `conditionMissing` has to look at. */
  readonly withConditions: number[];
  constructor(
    private readonly reader: SituationReader,
    sections: ReadonlyArray<{ section: Section }>,
  ) {
    const reads = sections.map(({ section }) => reader.read(section.heading).classes);
    this.doerBits = Uint32Array.from(reads, (classes) => reader.doerBits(reader.doersIn(classes)));
    this.conditions = reads.map((classes) => reader.conditionsIn(classes));
    this.withConditions = this.conditions.flatMap((c, i) => (c.length ? [i] : []));
  }

  /** True when the heading of section `i` names a condition the question's classes do not have. */
  conditionMissing(i: number, questionClasses: ReadonlySet<string>): boolean {
    return this.conditions[i].some((c) => !questionClasses.has(c));
  }

  /** The heading doers that answer for the question's doers (`fits` takes it): themselves and those that cover them. */
  answering(questionDoers: readonly string[]): number {
    return this.reader.doerBits(questionDoers.flatMap((d) => this.reader.coverersOf(d)));
  }

  /** True when the heading names no doer, the question names none, or the heading names one that answers for it. */
  fits(i: number, answering: number): boolean {
    return this.doerBits[i] === 0 || answering === 0 || (this.doerBits[i] & answering) !== 0;
  }
}

/** Sentence ends: who did what is read within one sentence. */
const SENTENCE_END = /[.?!;\n]+/;

/** Per situation id, a multiplier per section (1 = not pointed at): computed once per index. */
export function situationLifts(reader: SituationReader, sections: ReadonlyArray<{ section: Section; doc: KnowledgeDoc }>): Map<string, Float64Array> {
  const out = new Map<string, Float64Array>();
  const sectionWords = sections.map(({ section, doc }) => {
    const parts = [section.heading, section.parentHeading ?? '', ...(section.questions ?? [])].map((t) => stems(t));
    return {
      text: ` ${parts.map((p) => p.join(' ')).join(' | ')} `,
      /** Every stem of the text: a phrase with a stem not in it cannot be in the text, so no search is needed. */
      stems: new Set(parts.flat()),
      tags: new Set(doc.tags.map((t) => stems(t).join(' '))),
      area: doc.area as string,
    };
  });
  // Stem -> the sections whose text has it: a phrase is looked for only where its first stem is.
  const sectionsWith = new Map<string, number[]>();
  sectionWords.forEach((w, i) => {
    for (const x of w.stems) {
      const list = sectionsWith.get(x);
      if (list) list.push(i);
      else sectionsWith.set(x, [i]);
    }
  });
  const everySection = sectionWords.map((_, i) => i);
  const hasWords = (w: (typeof sectionWords)[number], t: CompiledWords) => t.stems.every((x) => w.stems.has(x)) && w.text.includes(t.padded);
  /** Per section, 1 when its text has one of the phrases. */
  const withAnyOf = (phrases: readonly CompiledWords[]) => {
    const found = new Uint8Array(sectionWords.length);
    for (const t of phrases) {
      for (const i of t.stems.length ? (sectionsWith.get(t.stems[0]) ?? []) : everySection) if (!found[i] && hasWords(sectionWords[i], t)) found[i] = 1;
    }
    return found;
  };
  for (const s of reader.situations) {
    const lifts = new Float64Array(sections.length).fill(1);
    const prefer = compileTarget(s.prefer);
    const avoid = s.avoid ? compileTarget(s.avoid) : undefined;
    const preferred = withAnyOf(prefer.words);
    const avoided = avoid && withAnyOf(avoid.words);
    sectionWords.forEach((w, i) => {
      let lift = 0;
      if (prefer.areas.has(w.area)) lift += LIFT.area;
      if (prefer.tags.some((t) => w.tags.has(t))) lift += LIFT.tag;
      if (preferred[i]) lift += LIFT.words;
      let factor = 1 + lift * s.strength;
      if (avoid && (avoid.areas.has(w.area) || avoid.tags.some((t) => w.tags.has(t)) || avoided![i])) factor *= AVOID_FACTOR;
      lifts[i] = factor;
    });
    out.set(s.id, lifts);
  }
  return out;
}

/** A target phrase as stems, and as it is searched for in a section's text (whole stems, spaces either side). */
interface CompiledWords {
  stems: Phrase;
  padded: string;
}

function compileTarget(t: TargetSpec) {
  const words = t.words.map((x): CompiledWords => {
    const phrase = stems(x);
    return { stems: phrase, padded: ` ${phrase.join(' ')} ` };
  });
  return { areas: new Set<string>(t.areas), tags: t.tags.map((x) => stems(x).join(' ')), words };
}

const startsAt = (seq: readonly string[], i: number, p: Phrase) => p.every((t, k) => seq[i + k] === t);
const endsAt = (seq: Phrase, i: number, p: Phrase) => i >= p.length && startsAt(seq, i - p.length, p);

/** Every word, stop words kept ("left on their own" is a phrase), stemmed as the index stems. */
function stems(text: string, corrections: ReadonlyMap<string, string> = new Map()): Phrase {
  return words(text).map((w) => stem(corrections.get(w) ?? w));
}
