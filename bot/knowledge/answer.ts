// answer(question): the pure heart of the assistant. Knowledge in, ranked sections out; no Teams, no I/O.
import { AREAS, type Area, type KnowledgeDoc, type Section } from './types.ts';
import type { KnowledgeBase } from './load.ts';
import { Glossary } from './glossary.ts';
import { buildSearchIndex, type SearchIndex } from './search-index.ts';
import { parseQuery, type QueryTerm } from './query.ts';
import { ASK, readIntent } from './query-intent.ts';
import { rankCandidates } from './rank.ts';
import { preferLocalSections, WINDOW as LOCAL_FIRST_WINDOW } from './local-first.ts';
import { readFormsOfAddress } from './forms-of-address.ts';
import { preferWhatNotToDo, WINDOW as WHAT_NOT_TO_DO_WINDOW } from './negative-ask.ts';
import { preferTheAskedSibling, WINDOW as ASKED_SIBLING_WINDOW } from './asked-sibling.ts';
import { placeTerms, preferTheNamedDefinition, WINDOW as NAMED_DEFINITION_WINDOW } from './named-definition.ts';
import { diversifyRunnersUp, WINDOW as RUNNERS_UP_WINDOW } from './diverse-runners-up.ts';
import { HeadingClasses, SituationReader, situationLifts, withoutOwnName } from './situations.ts';
import { stem, terms } from './text-analysis.ts';
import { askPart } from './ask-part.ts';
import { EMPTY_SITUATIONS, type ClarifySpec } from './situations-file.ts';
import { englishWords } from './english-words.ts';
import { heedSecondOpinion } from './second-opinion.ts';
import { docNames, sourcesNamed } from './named-source.ts';

export interface AnswerHit {
  section: Section;
  doc: KnowledgeDoc;
  score: number;
  coverage: number;
  /** How closely the section's best stored practitioner question matches (0..1); 1 for a section asked by id. */
  questionMatch?: number;
}

export type Confidence = 'high' | 'low' | 'none';

export interface Answer {
  question: string;
  /** Best first; at most `limit`. */
  hits: AnswerHit[];
  /** `low`/`none` -> the "I'm not sure" card with the nearest sections and who to ask, or a clarifying question. */
  confidence: Confidence;
  /** The situations the question describes (ids from situations.yml), strongest first. */
  situations: string[];
  /** Set when the words fit more than one situation and none is named: ask which, rather than guess. */
  clarify?: ClarifySpec;
  /** A situation it describes lets its section come before the emergency section (situations.yml before_emergency)... */
  beforeEmergency?: boolean;
  /** ...unless the danger read is one of these (immediate-danger situation ids or categories). */
  beforeEmergencyUnless?: string[];
}

export interface AnswerOptions {
  limit?: number;
  /** The question is already an answer to a clarifying question: never ask another. */
  noClarify?: boolean;
}

export interface AnswerEngine {
  answer(question: string, options?: AnswerOptions): Answer;
  section(sectionId: string): AnswerHit | undefined;
  doc(docId: string): KnowledgeDoc | undefined;
  readonly docs: readonly KnowledgeDoc[];
  readonly sectionCount: number;
}

// Confident when the first section covers enough of the question's words (a low bar: practitioners' stories carry
// many words no section has, and the evidence rule below is what keeps office requests out); or, with less coverage, when the
// question describes a situation and that section is where the situation points; or when one of the
// section's stored practitioner questions is a close match.
const MIN_COVERAGE = 0.15;
// A situation's lift on the first section large enough to say it is where the situation points. Only a
// situation of full strength (who did what) counts alone; a weaker one ("at the weekend", "what level") needs
// some of the question's words in the section too, or a heading that asks what the question asks ("at 2am, who
// do I ring" and "Who do I phone out of hours?").
const MIN_SITUATION_LIFT = 1.2;
const MIN_COVERAGE_WEAK_SITUATION = 0.1;
const MIN_QUESTION_MATCH = 0.55;
const OFF_DOMAIN_COVERAGE = 0.9;
// A child named and no other safeguarding word: the first section covers this much of the question, or a stored
// question fits this well (measured: "ideas for a year 3 science lesson" falls below, "6yo keeps playing with his
// dad's lighters" above once fire-setting is a sign of its own).
const ONLY_A_CHILD_COVERAGE = 0.4;
const ONLY_A_CHILD_QUESTION_MATCH = 0.35;
const OFF_DOMAIN_QUESTION_MATCH = 0.45;
// Or, in a question of three words or more, one of its stored questions fits closely and the section has some of the
// question's words: a practitioner asking what was asked before in other words ("how many tiers of support do they use
// here?"). Measured on 360 office and personal requests: none more answered at these bars, two at 0.55.
const CLOSE_QUESTION_MATCH = 0.6;
const CLOSE_QUESTION_COVERAGE = 0.3;
// Or a clear winner: the first section covers half the question, one of its stored questions partly fits, and it
// scores well ahead of the next ("a colleague I'm friends with... can I give her a heads up?" names no child).
const CLEAR_WINNER_COVERAGE = 0.5;
const CLEAR_WINNER_QUESTION_MATCH = 0.3;
const CLEAR_WINNER_MARGIN = 1.3;
// A winner on one or two words is chance, not evidence ("tell me a joke" and a section on "banter"; "what does GDPR
// stand for" and a stored question on consent).
const CLEAR_WINNER_WORDS = 3;
// A first section this close to the question's own words answers it whoever did what: no clarifying question. On the
// stored questions asked back unseen, every clarifying question above both bars came with the right section first.
const PICKED_COVERAGE = 0.7;
const PICKED_QUESTION_MATCH = 0.4;
// A background word (who, what happened) once its situation is recognised: it found the area, and the rest
// of the question chooses the section.
const BACKGROUND_WEIGHT = 0.35;
// A heading about someone other than whoever did it ("...about the headteacher" for "a foster carer locked him in").
const OTHER_DOER_FACTOR = 0.75;
// A heading that holds only on a condition the question does not share ("It's the weekend: ..." for a weekday story).
const CONDITION_MISSING_FACTOR = 0.8;
const SPEAKER_WEIGHT = 0.35;
// A document the question names while asking what it says ("what does Working Together say about challenge?").
const NAMED_SOURCE_FACTOR = 1.5;
// Plain keyword search's first this many sections are ranked, and given a little for their place in its order.
const KEYWORD_CANDIDATES = 40;
// The asking part of a story-then-question weighs this much more than the story (weighTheAsk). The story at 0.8, not
// 0.7: on 640 unread blind questions, five more right first and none fewer (the read sets, tuned at 0.7, lose a few).
const ASK_TERM_WEIGHT = 2;
const STORY_TERM_WEIGHT = 0.8;

/** A typed term in `set`, or a glossary equivalent standing only for terms in it ("coach" -> "colleague"). */
function standsFor(t: QueryTerm, set: ReadonlySet<string>): boolean {
  return t.original ? set.has(t.term) : !!t.expands?.length && t.expands.every((e) => set.has(e));
}

export function createAnswerEngine(kb: Pick<KnowledgeBase, 'docs' | 'glossary' | 'partnership'> & { situations?: KnowledgeBase['situations'] }): AnswerEngine {
  const index: SearchIndex = buildSearchIndex(kb.docs, kb.partnership.id);
  const glossary = new Glossary(kb.glossary);
  // A word the content uses, or an ordinary English word ("wanted" is not "wasted"), is meant as typed.
  const english = englishWords();
  const reader = new SituationReader(withoutOwnName(kb.situations ?? EMPTY_SITUATIONS, kb.partnership.short_name), glossary.corrections, (w) => index.vocabulary.has(w) || english.has(w), kb.partnership.short_name);
  const place = placeTerms(kb.partnership.short_name ?? '');
  const liftsBySituation = situationLifts(reader, index.sections);
  const headingClasses = new HeadingClasses(reader, index.sections);
  const clarifyAdds = (kb.situations ?? EMPTY_SITUATIONS).clarify.flatMap((c) => c.choices.map((ch) => ch.adds.toLowerCase()));
  // Reused per question (answer() is synchronous): no allocation on the hot path.
  const combined = new Float64Array(index.sections.length);
  const most = new Float64Array(index.sections.length);
  const avoid = new Float64Array(index.sections.length);
  const sectionFactor = new Float64Array(index.sections.length);
  const bySection = new Map(index.sections.map((s, i) => [s.section.id, i]));
  // A small fixture knowledge base may name no emergency section.
  const emergencyIndex = kb.partnership.emergency ? bySection.get(kb.partnership.emergency.section) : undefined;
  const byDoc = new Map(kb.docs.map((d) => [d.id, d]));
  const names = docNames(kb.docs);
  // A word the situation layer or the glossary knows, or an ordinary English word, is meant as typed: never a misspelling.
  const knownWord = (w: string) => reader.knows(w) || glossary.uses(stem(w)) || english.has(w);

  return {
    docs: kb.docs,
    sectionCount: index.sections.length,
    doc: (id) => byDoc.get(id),
    section(sectionId) {
      const i = bySection.get(sectionId);
      if (i === undefined) return undefined;
      const s = index.sections[i];
      return { section: s.section, doc: s.doc, score: 1, coverage: 1 };
    },
    answer(question, options = {}) {
      const limit = options.limit ?? 5;
      // A clarifying choice re-asks with its words added ("... by someone who works with children"): they say which
      // situation, and are read as such, but they are not words to match ("works with children" is a heading elsewhere).
      const added = options.noClarify ? clarifyAdds.find((a) => question.trimEnd().toLowerCase().endsWith(a)) : undefined;
      const wording = added ? question.trimEnd().slice(0, -added.length) : question;
      const query = parseQuery(readFormsOfAddress(wording), index, glossary, knownWord);
      const situation = reader.read(readFormsOfAddress(question));
      const situations = situation.situations.map((s) => s.id);
      if (query.terms.length === 0) return { question, hits: [], confidence: 'none', situations };

      const intent = readIntent(question);
      weighTheAsk(query.terms, wording, index);
      // Who is speaking and how it reached them ("mum has complained", "HV here") says nothing about what is asked.
      for (const t of query.terms) {
        if (!standsFor(t, situation.speakerTerms)) continue;
        t.weight *= SPEAKER_WEIGHT;
        t.coverageWeight *= SPEAKER_WEIGHT;
      }
      let lifts: Float64Array | undefined;
      if (situations.length) {
        const answering = headingClasses.answering(reader.doersIn(situation.classes));
        const coversAsked = (intent.asks & ASK.covers) !== 0;
        for (const t of query.terms) {
          // A glossary equivalent of a background word ("coach" -> "colleague") is background too: it must not
          // pull towards a sibling whose heading happens to say "colleague".
          if (!standsFor(t, situation.backgroundTerms)) continue;
          // Asked whom the procedure covers, who did it is the question itself ("even though he's a foster carer?").
          if (coversAsked && standsFor(t, situation.doerTerms)) continue;
          t.weight *= BACKGROUND_WEIGHT;
          t.background = true;
          // Its class's other words ("slapped" for "pinched") match stored questions too (rank.ts KIN_SHARE).
          if (t.original) t.kin = situation.backgroundKin.get(t.term);
        }
        // Two situations pointing at the same section lift it by the larger lift and half the other; avoidances multiply.
        combined.fill(0);
        most.fill(0);
        avoid.fill(1);
        for (const id of situations) {
          const l = liftsBySituation.get(id)!;
          for (let i = 0; i < combined.length; i++) {
            if (l[i] > 1) {
              combined[i] += l[i] - 1;
              if (l[i] - 1 > most[i]) most[i] = l[i] - 1;
            } else if (l[i] < 1) avoid[i] *= l[i];
          }
        }
        // An area the situation steers away from is not avoided when the question names it: "two boys, one assaulted
        // the other: does this go to the LADO?" is child-on-child, and asks about the LADO all the same; "...didn't a
        // review say something about this?" asks about learning.
        const named = areaNamedIn(query.terms);
        for (const area of reader.areasNamed(situation.classes)) named.add(area);
        // Asking what was found or learned names the learning ("has the partnership picked up anything about it?").
        if (intent.asks & (ASK.findings | ASK.lessons)) named.add('learning');
        for (let i = 0; i < combined.length; i++) {
          const lift = 1 + most[i] + 0.5 * (combined[i] - most[i]);
          const avoided = (named.has(index.sections[i].doc.area) ? 1 : avoid[i]) * (headingClasses.fits(i, answering) ? 1 : OTHER_DOER_FACTOR);
          combined[i] = lift > 1 ? Math.max(1, lift * avoided) : avoided;
        }
        lifts = combined;
      }
      // Sections with any query term are ranked from the postings; plain keyword search adds its best, words as typed
      // or corrected, and the situation the sections it points at.
      index.plain.scores(query.keywordQuery);
      const keywordRank = new Map<number, number>();
      index.plain.best(KEYWORD_CANDIDATES).forEach((i, place) => keywordRank.set(i, place));
      const candidates: number[] = [...keywordRank.keys()];
      if (lifts) for (let i = 0; i < lifts.length; i++) if (lifts[i] > 1) candidates.push(i);
      // A heading that holds only on a condition the question does not share ("It's the weekend: ...").
      sectionFactor.fill(1);
      for (const i of headingClasses.withConditions) if (headingClasses.conditionMissing(i, situation.classes)) sectionFactor[i] = CONDITION_MISSING_FACTOR;
      // A document the question asks about by name ("what does KCSIE say…") is where it is answered.
      const namedDocs = sourcesNamed(wording, names);
      const askedStems = new Set(terms(wording));
      if (namedDocs.size) {
        for (let i = 0; i < sectionFactor.length; i++) {
          if (!namedDocs.has(index.sections[i].doc.id)) continue;
          sectionFactor[i] *= NAMED_SOURCE_FACTOR;
          candidates.push(i);
        }
      }
      // Only the head of the ranking is read: the hits, the runner-up, and the windows the reorderings look in.
      const ranked = rankCandidates(index, query, intent, candidates, keywordRank, lifts, Math.max(limit, 2, LOCAL_FIRST_WINDOW, WHAT_NOT_TO_DO_WINDOW, ASKED_SIBLING_WINDOW, NAMED_DEFINITION_WINDOW, RUNNERS_UP_WINDOW), sectionFactor);
      const arrange = (list: typeof ranked) => {
        preferLocalSections(list, index, namedDocs, askedStems);
        preferTheAskedSibling(list, index, intent);
        preferWhatNotToDo(list, index, intent);
        return preferTheNamedDefinition(list, index, wording, place, glossary);
      };
      // The order shown: where our first and second are close, plain keyword search has a say; the partnership's own
      // section, the asked sibling and the rest are then placed as always.
      const own = ranked.slice();
      const moved = heedSecondOpinion(ranked, wording, index, intent.asks);
      const definedInRanked = arrange(ranked);
      // Whether the question is understood is judged on our own order (placed the same way, when plain search moved
      // anything); the margin of a clear winner is over the best runner-up, read before the runners-up are reordered.
      // A heading there defining what the question asks to have explained ("what does SFEF stand for?") is evidence.
      const definesTheAsked = moved ? arrange(own) : definedInRanked;
      const order = moved ? own : ranked;
      const top = order[0];
      // That runner-up is the best section of another document: a sibling close behind is the same subject answered
      // from another side, not a sign that the question's subject is unclear. None in the window: far behind.
      const runnerUpScore = top ? (order.find((r) => index.sections[r.index].docIndex !== index.sections[top.index].docIndex)?.score ?? 0) : 0;
      diversifyRunnersUp(ranked, index, query.terms);
      const hits = ranked.slice(0, limit).map((r) => ({
        section: index.sections[r.index].section,
        doc: index.sections[r.index].doc,
        score: Math.round(r.score * 1000) / 1000,
        coverage: Math.round(r.coverage * 100) / 100,
        questionMatch: Math.round(r.questionMatch * 100) / 100,
      }));
      // Whether an act counts as abuse, asked with no story ("is shaking a baby physical abuse?"), has one answer
      // whoever did it: no clarifying question.
      const asksWhatCountsInGeneral = () => (intent.asks & ASK.level) !== 0 && !askPart(wording);
      // Nor when the question's own words pick one section: it covers most of them and one of its stored questions fits
      // ("how many allegations did the LADO deal with that year?" names an assault, and asks for a figure).
      const wordsPickOneSection = () => !!top && top.coverage >= PICKED_COVERAGE && top.questionMatch >= PICKED_QUESTION_MATCH;
      if (situation.clarify && !options.noClarify && !asksWhatCountsInGeneral() && !wordsPickOneSection()) return { question, hits, confidence: 'low', situations, clarify: situation.clarify };
      // A question with no safeguarding word in it and no full-strength situation (a worker's arrest is one) is
      // answered confidently only when the section covers nearly all of it and one of its stored questions fits, or one
      // of its stored questions fits closely, or it is a clear winner: a chance overlap ("meeting", "room") is not evidence.
      // Office talk ("my colleague wants to come back to work after sick leave") is none, whatever situation its words make;
      // so is talk of the speaker's own life ("what should I cook for my parents") with no safeguarding word in it.
      const nearlyAllCovered = !!top && top.coverage >= OFF_DOMAIN_COVERAGE && top.questionMatch >= OFF_DOMAIN_QUESTION_MATCH;
      const enoughWords = contentWords(query.terms) >= CLEAR_WINNER_WORDS;
      const closeToAStoredQuestion = !!top && enoughWords && top.questionMatch >= CLOSE_QUESTION_MATCH && top.coverage >= CLOSE_QUESTION_COVERAGE;
      const clearWinner = !!top && enoughWords && top.coverage >= CLEAR_WINNER_COVERAGE && top.questionMatch >= CLEAR_WINNER_QUESTION_MATCH && top.score >= CLEAR_WINNER_MARGIN * runnerUpScore;
      // A child named and nothing else of safeguarding ("ideas for a year 3 science lesson") is weak evidence: the section
      // must cover more of the question, or one of its stored questions fit.
      const childOnlyEvidence = !situation.weakEvidence || (!!top && (top.coverage >= ONLY_A_CHILD_COVERAGE || top.questionMatch >= ONLY_A_CHILD_QUESTION_MATCH));
      const evidence = !situation.officeTalk && !situation.personalTalk && childOnlyEvidence && (situation.inDomain || situation.situations.some((s) => s.strength >= 1) || definesTheAsked || nearlyAllCovered || closeToAStoredQuestion || clearWinner);
      const confident =
        !!top &&
        evidence &&
        (top.coverage >= MIN_COVERAGE ||
          situation.situations.some(
            (s) =>
              liftsBySituation.get(s.id)![top.index] >= MIN_SITUATION_LIFT &&
              (s.strength >= 1 || top.coverage >= MIN_COVERAGE_WEAK_SITUATION || (intent.asks & index.sections[top.index].asks) !== 0),
          ) ||
          top.questionMatch >= MIN_QUESTION_MATCH);
      const confidence: Confidence = !top ? 'none' : confident ? 'high' : 'low';
      // Only for the section that situation points at: "going to kill them both tonight" is not asking at night whom to ring.
      // Beside the partnership's emergency section only, as ask() reads it: a section headed "immediate risk while we
      // disagree" is the one that situation points at, not the emergency section.
      const firstBesideEmergency = ranked.slice(0, limit).find((r) => r.index !== emergencyIndex);
      const leading = firstBesideEmergency ? situation.situations.filter((s) => s.before_emergency && liftsBySituation.get(s.id)![firstBesideEmergency.index] > 1) : [];
      const beforeEmergencyUnless = leading.some((s) => s.before_emergency === true) ? [] : leading.flatMap((s) => (typeof s.before_emergency === 'object' ? s.before_emergency.unless_danger : []));
      return { question, hits, confidence, situations, beforeEmergency: leading.length > 0, beforeEmergencyUnless };
    },
  };
}

const AREA_TERMS = new Map(AREAS.map((a) => [stem(a), a]));

/** The content areas a question names by their own word ("LADO", "escalation", "learning"). */
function areaNamedIn(queryTerms: QueryTerm[]): Set<Area> {
  const out = new Set<Area>();
  for (const t of queryTerms) {
    const area = t.original ? AREA_TERMS.get(t.term) : undefined;
    if (area) out.add(area);
  }
  return out;
}

/** The words a practitioner typed that carry meaning: not cue words ("tell", "ring"), not expansions. */
function contentWords(queryTerms: QueryTerm[]): number {
  let n = 0;
  for (const t of queryTerms) if (t.original && !t.light) n++;
  return n;
}

/** A story then a question ("...she's my friend. Can I give her a heads up?"): the story finds the subject, the
 *  question says which of its sections answers, so the question's words count more than the story's. Only when the
 *  question's own words are ones the content uses (otherwise the story is all there is to go on), and for the order
 *  only: coverage and stored-question fit, which decide confidence, stay as they were. */
function weighTheAsk(queryTerms: QueryTerm[], wording: string, index: SearchIndex): void {
  const asked = askPart(wording);
  if (!asked) return;
  // A phrase put in quotes earlier ("the trainer kept saying 'professionally curious'... what is it?") is what is asked.
  const askTerms = new Set([...terms(asked), ...quotedTerms(wording)]);
  const inAsk = (t: QueryTerm) => (t.original ? askTerms.has(t.term) : !!t.expands?.some((e) => askTerms.has(e)));
  if (!queryTerms.some((t) => t.original && inAsk(t) && index.df.has(t.term))) return;
  for (const t of queryTerms) {
    t.inAsk = inAsk(t);
    const factor = t.inAsk ? ASK_TERM_WEIGHT : STORY_TERM_WEIGHT;
    t.weight *= factor;
    t.coverageWeight /= factor;
  }
}

// A phrase in quotes: after a space or at the start, before punctuation, a space or the end; not an apostrophe in a word.
const QUOTED = /(?:^|[\s(])['‘"“]([^'’"”\n]{2,60}?)['’"”](?=[\s.,;:!?)]|$)/g;

function quotedTerms(wording: string): string[] {
  return [...wording.matchAll(QUOTED)].flatMap((m) => terms(m[1]));
}
