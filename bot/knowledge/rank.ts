// Ranking the sections with a query term: BM25F over heading, title, tags and body, a document-level
// signal (is this the right document?), phrase and heading-coverage bonuses, and gentle intent nudges.
import { BM25_K1, sectionIdf, type SearchIndex } from './search-index.ts';
import type { ParsedQuery, QueryTerm } from './query.ts';
import { ASK, NARROW_ASKS, STEPS_BEFORE_REPORTING, type QueryIntent } from './query-intent.ts';

const K1 = BM25_K1;
const DOC_SIGNAL = 0.35;
const NATIONAL_FACTOR = 0.88;
// Headings are written as the practitioner's question, so covering the heading is the strongest single signal.
const HEADING_COVERAGE = 1.6;
// The practitioners' questions stored with a section: the best single one that matches counts, not the bag,
// so ten ways of asking do not add up to ten near-misses.
const QUESTION_MATCH = 2.2;
// And the best fit of the asking part alone ("...can I let him know?"), which a long story would otherwise drown.
const ASK_QUESTION_MATCH = 1;
// A situation lifts the sections it points at by a share of their score and by a fixed amount, so a section
// where the situation belongs can rank even when the question shares few words with it ("pinched" vs "harm").
const SITUATION_ADD = 2.5;
// A heading that asks what the question asks (who tells, can we, what level...): among siblings on the same
// subject, the one answering this question's ask.
const ASK_MATCH = 1.15;
// A stored question that shares its background words (the role, the act) with the question is not longer for them, but
// it is never shorter than its own words at the background weight: made only of a story's role and act, it would
// otherwise fit every story with them perfectly.
const SHORTEST_STORED_SHARE = 0.35;
const UNSPOKEN_ASK = ASK.whatToDo | ASK.whether;
// A heading with a narrow ask ("Why X matters") for a question that does not ask it: a sibling fits better.
const ASK_MISMATCH = 0.88;
const HOW_SOON = ASK.timescale | ASK.deadline | ASK.duration;
/** The question asks `asked` and not `other`; the heading asks `other` and not `asked`. */
const askedInsteadOf = (question: number, heading: number, asked: number, other: number) => (question & asked) !== 0 && !(question & other) && (heading & other) !== 0 && !(heading & asked);
// The emergency section, for a question that names no danger: the danger detector places it when it is needed.
const EMERGENCY_DAMPING = 0.7;
// A glossary equivalent of a typed word matches a stored question for a little less than the word itself.
const EQUIVALENT_SHARE = 0.8;
// Another word of a background word's class ("slapped" for "pinched", "coach" for "TA") matches a stored question as a
// glossary equivalent does: siblings are then told apart by what is asked, not by which act their examples happen to use.
const KIN_SHARE = EQUIVALENT_SHARE;

export interface Scored {
  index: number;
  score: number;
  /** Share of the question's (idf-weighted) terms this section matches, 0..1. */
  coverage: number;
  /** How closely the section's best stored practitioner question matches, 0..1. */
  questionMatch: number;
  /** The situation lift applied (1 = none). */
  lift: number;
}

export function rankCandidates(
  index: SearchIndex,
  query: ParsedQuery,
  intent: QueryIntent,
  /** Sections to rank even without a query term (plain search's best, the situation's); those with one are found anyway. */
  candidates: Iterable<number>,
  /** Plain keyword search's order of its best sections (0 = first), for a little score by place. */
  keywordRank: Map<number, number>,
  /** Per section, how much the question's situation lifts it (1 = neutral); none when no situation fits. */
  lifts?: Float64Array,
  /** Only the best this many are returned (the same ones, in the same order, as the head of the full list). */
  keep = Infinity,
  /** Per section, a factor on its score (1 = none): below 1 for a heading whose condition the question does not share
   *  (HeadingClasses), above 1 for a document the question names as its source (named-source.ts). */
  sectionFactor?: Float64Array,
): Scored[] {
  const idf = (t: string) => sectionIdf(index, t);
  const docN = index.docCount;
  const docIdf = (t: string) => {
    const df = index.docDf.get(t) ?? 0;
    return Math.log(1 + (docN - df + 0.5) / (df + 0.5));
  };
  const weights = query.terms.map((q) => ({ q, idf: idf(q.term), docIdf: docIdf(q.term) }));
  const originalIdf = weights.filter((w) => w.q.original).reduce((s, w) => s + w.idf * w.q.weight * w.q.coverageWeight, 0);
  const askIdf = weights.filter((w) => w.q.original && w.q.inAsk).reduce((s, w) => s + w.idf * w.q.weight * w.q.coverageWeight, 0);
  const headingIdf = weights.filter((w) => w.q.original).reduce((s, w) => s + w.idf * headingWeight(w.q), 0);
  const meanIdf = weights.length ? weights.reduce((s, w) => s + w.idf, 0) / weights.length : 1;
  const expansionsOf = new Map<string, string[]>();
  for (const q of query.terms) {
    for (const original of q.expands ?? []) expansionsOf.set(original, [...(expansionsOf.get(original) ?? []), q.term]);
  }
  // A bare subject ("LADO", "Prevent") is answered by its "What is" section; a question, a story or a number asked
  // for ("what's the MASH number?") is not.
  const narrowAsks = intent.asks || lifts || intent.wantsContact ? NARROW_ASKS : NARROW_ASKS & ~ASK.whatIs;
  // A heading only on what happens after a report answers nothing asked before one.
  const afterOnly = (asks: number) => intent.beforeReporting && asks === ASK.whatNext;
  // And one only on whether or how to pass it on answers nothing asked after it has gone ("...what happens from here?").
  const beforeOnly = (asks: number) => intent.afterReporting && (asks & STEPS_BEFORE_REPORTING) !== 0 && (asks & ~(STEPS_BEFORE_REPORTING | ASK.mayWe)) === 0;
  // What to do differently is what to do, in a learning briefing: asked what to do ("any advice I can pass on?"), its
  // heading answers it.
  const answeredAsks = intent.asks & ASK.whatToDo ? intent.asks | ASK.differently : intent.asks;
  const bigrams: string[] = [];
  for (let i = 1; i < query.sequence.length; i++) bigrams.push(`${query.sequence[i - 1]} ${query.sequence[i]}`);

  // Term by term over each term's postings (sections that have it), not section by section over every term:
  // most (term, section) pairs don't match, and only the ones that do are touched.
  const z = scratchFor(index);
  // The document signal for every document at once, term by term over the documents that use it (in the order of
  // the terms, as a document-by-document sum would add them).
  z.doc.fill(0);
  const dp = index.docPostings;
  for (const w of weights) {
    const id = dp.ids.get(w.q.term);
    if (id === undefined) continue;
    for (let j = dp.start[id]; j < dp.start[id + 1]; j++) z.doc[dp.items[j]] += w.q.weight * w.docIdf * dp.values[j];
  }
  // Phrase matches per section from the bigrams' postings, rather than every bigram looked up in every section.
  const bp = index.bigramPostings;
  const bigramIds: number[] = [];
  for (const b of bigrams) {
    const id = bp.ids.get(b);
    if (id === undefined) continue;
    bigramIds.push(id);
    for (let j = bp.start[id]; j < bp.start[id + 1]; j++) z.phrases[bp.items[j]]++;
  }
  // Lists of what was touched in preallocated arrays: growing a plain array per question was most of a query's garbage.
  const touched = z.touchedSections;
  let touchedCount = 0;
  const touch = (i: number) => {
    if (z.touched[i] === 0) {
      z.touched[i] = 1;
      touched[touchedCount++] = i;
    }
  };
  const contribution = (k: number, tfw: number) => weights[k].q.weight * weights[k].idf * ((tfw * (K1 + 1)) / (tfw + K1));
  let stamp = 0;
  // Typed terms: their score, heading coverage, and full coverage credit.
  for (let k = 0; k < weights.length; k++) {
    const w = weights[k];
    if (!w.q.original) continue;
    const p = index.termPostings.get(w.q.term);
    stamp++;
    if (p) {
      for (let j = 0; j < p.sections.length; j++) {
        const i = p.sections[j];
        touch(i);
        z.score[i] += contribution(k, p.weighted[j]);
        if (p.inHeading[j]) z.heading[i] += w.idf * headingWeight(w.q);
        z.covered[i] += w.idf * w.q.weight * w.q.coverageWeight;
        z.stamp[i] = stamp;
      }
    }
    // Found only through a glossary equivalent: most of the credit.
    for (const e of expansionsOf.get(w.q.term) ?? []) {
      const ep = index.termPostings.get(e);
      if (!ep) continue;
      for (let j = 0; j < ep.sections.length; j++) {
        const i = ep.sections[j];
        if (z.stamp[i] === stamp) continue;
        touch(i);
        z.stamp[i] = stamp;
        z.covered[i] += EQUIVALENT_SHARE * w.idf * w.q.weight * w.q.coverageWeight;
      }
    }
  }
  // Stored questions: each typed term (or, for a little less, its glossary equivalent or another word of its class) adds
  // its idf once per question.
  const qs = index.questions;
  const touchedQuestions = z.touchedQuestions;
  let touchedQuestionCount = 0;
  for (let k = 0; k < weights.length; k++) {
    const w = weights[k];
    if (!w.q.original) continue;
    stamp++;
    const credit = w.idf * w.q.weight * w.q.coverageWeight;
    const expansions = expansionsOf.get(w.q.term);
    const kin = w.q.kin ?? [];
    const glossaryForms = 1 + (expansions?.length ?? 0);
    const formCount = glossaryForms + kin.length;
    for (let f = 0; f < formCount; f++) {
      const p = index.questionPostings.get(f === 0 ? w.q.term : f < glossaryForms ? expansions![f - 1] : kin[f - glossaryForms]);
      if (!p) continue;
      const share = f === 0 ? 1 : f < glossaryForms ? EQUIVALENT_SHARE : KIN_SHARE;
      for (let j = 0; j < p.length; j++) {
        const g = p[j];
        if (z.qstamp[g] === stamp) continue;
        z.qstamp[g] = stamp;
        if (z.qtouched[g] === 0) {
          z.qtouched[g] = 1;
          touchedQuestions[touchedQuestionCount++] = g;
        }
        z.qacc[g] += share * credit;
        if (w.q.inAsk) z.qask[g] += share * credit;
        // A stored question that names the same background (a role, an act) is not longer for it.
        if (w.q.background) z.qbg[g] += w.idf * (1 - w.q.weight);
      }
    }
  }
  for (let t = 0; t < touchedQuestionCount; t++) {
    const g = touchedQuestions[t];
    const ownWeight = Math.max(qs.idf[g] - z.qbg[g], SHORTEST_STORED_SHARE * qs.idf[g], 1e-9);
    const sim = z.qacc[g] / Math.sqrt(Math.max(originalIdf, 1e-9) * ownWeight);
    const i = qs.section[g];
    if (sim > z.qbest[i]) z.qbest[i] = sim;
    if (askIdf > 0) {
      const askSim = z.qask[g] / Math.sqrt(askIdf * ownWeight);
      if (askSim > z.qaskBest[i]) z.qaskBest[i] = askSim;
    }
    z.qacc[g] = 0;
    z.qask[g] = 0;
    z.qbg[g] = 0;
    z.qstamp[g] = 0;
    z.qtouched[g] = 0;
  }

  // A glossary group counts once, at its best phrase term: a long synonym list must not outweigh the question.
  const groups = new Map<string, number[]>();
  weights.forEach((w, k) => {
    if (w.q.original) return;
    const key = w.q.expands!.join(' ');
    groups.set(key, [...(groups.get(key) ?? []), k]);
  });
  for (const members of groups.values()) {
    stamp++;
    const inGroup: number[] = [];
    for (const k of members) {
      const p = index.termPostings.get(weights[k].q.term);
      if (!p) continue;
      for (let j = 0; j < p.sections.length; j++) {
        const i = p.sections[j];
        touch(i);
        const c = contribution(k, p.weighted[j]);
        if (z.stamp[i] !== stamp) {
          z.stamp[i] = stamp;
          z.best[i] = c;
          inGroup.push(i);
        } else if (c > z.best[i]) z.best[i] = c;
        if (p.inHeading[j]) z.heading[i] += weights[k].idf * 0.5;
      }
    }
    for (const i of inGroup) z.score[i] += z.best[i];
  }
  for (const i of candidates) touch(i);

  const out: Scored[] = [];
  for (let t = 0; t < touchedCount; t++) {
    const i = touched[t];
    const s = index.sections[i];
    let score = z.score[i];
    // One addition per matching bigram, as many as before and in the same order, so the sum is the same to the bit.
    for (let c = z.phrases[i]; c > 0; c--) score += 0.45 * meanIdf;
    score += HEADING_COVERAGE * (z.heading[i] / Math.max(headingIdf, 1e-9)) * meanIdf;
    score += DOC_SIGNAL * z.doc[s.docIndex];
    score += QUESTION_MATCH * Math.min(1, z.qbest[i]) * meanIdf;
    score += ASK_QUESTION_MATCH * Math.min(1, z.qaskBest[i]) * meanIdf;
    const rank = keywordRank.get(i);
    if (rank !== undefined) score += (0.25 * meanIdf) / (1 + rank);
    if (intent.wantsTimescale && s.statesTimescale) score *= 1.15;
    if (intent.wantsContact && s.givesContact) score *= 1.15;
    if (!s.isLocal) score *= NATIONAL_FACTOR;
    if (sectionFactor) score *= sectionFactor[i];
    if (s.forEmergency && !intent.namesEmergency) score *= EMERGENCY_DAMPING;
    if (lifts && lifts[i] > 1) score = score * lifts[i] + (lifts[i] - 1) * SITUATION_ADD * meanIdf;
    else if (lifts) score *= lifts[i];
    // The ask applies after the situation: the situation says which subject, the ask which sibling section answers.
    // Told as passed on, a heading on passing it on misfits even when it shares a "may we" with the question.
    if (beforeOnly(s.asks) && !(intent.asks & s.asks & ~ASK.mayWe)) score *= ASK_MISMATCH;
    else if (answeredAsks & s.asks) score *= ASK_MATCH;
    // A happening told without a question ("the cook smacked a toddler at lunch") asks what to do, or whether it
    // goes on: among the sections its situation points at, the ones answering that.
    else if (!intent.asks && !intent.questioned && lifts && lifts[i] > 1 && s.asks & UNSPOKEN_ASK) score *= ASK_MATCH * ASK_MATCH;
    else if (s.asks & narrowAsks & ~answeredAsks || afterOnly(s.asks)) score *= ASK_MISMATCH;
    // A heading only on how quickly answers no other question asked ("does the LADO even need telling?").
    else if (intent.asks && !(intent.asks & HOW_SOON) && s.asks && !(s.asks & ~HOW_SOON)) score *= ASK_MISMATCH;
    // A time limit on the asker ("how long have I got?") is not how long something lasts, nor the other way round.
    else if (askedInsteadOf(intent.asks, s.asks, ASK.deadline, ASK.duration) || askedInsteadOf(intent.asks, s.asks, ASK.duration, ASK.deadline)) score *= ASK_MISMATCH;
    // A number asked for and nothing else ("LADO phone number pls"): a heading on whether to contact them answers another question.
    else if (intent.wantsContact && !intent.asks && s.asks === ASK.whether) score *= ASK_MISMATCH;
    const covered = z.covered[i];
    const questionMatch = Math.min(1, z.qbest[i]);
    z.reset(i);
    if (score <= 0) continue;
    // A full list and a sort costs more than the scoring when a question touches every section: keep the head only.
    if (out.length >= keep && !ranksBefore(score, i, out[out.length - 1])) continue;
    const scored = { index: i, score, coverage: Math.min(1, covered / Math.max(originalIdf, 1e-9)), questionMatch, lift: lifts ? lifts[i] : 1 };
    if (keep === Infinity) out.push(scored);
    else insertRanked(out, scored, keep);
  }
  // Every section a bigram names was touched through its terms; cleared here all the same, so none carries over.
  for (const id of bigramIds) for (let j = bp.start[id]; j < bp.start[id + 1]; j++) z.phrases[bp.items[j]] = 0;
  return keep === Infinity ? out.sort((a, b) => b.score - a.score || a.index - b.index) : out;
}

/** The order of the ranking: higher score first, then the earlier section. */
function ranksBefore(score: number, index: number, other: Scored): boolean {
  return score > other.score || (score === other.score && index < other.index);
}

/** Inserts into a list kept in ranking order and at most `keep` long. */
function insertRanked(out: Scored[], scored: Scored, keep: number): void {
  let at = out.length;
  while (at > 0 && ranksBefore(scored.score, scored.index, out[at - 1])) at--;
  out.splice(at, 0, scored);
  if (out.length > keep) out.pop();
}

/** How much a typed word counts towards covering a heading: as it weighs in the question (the ask's words more than
 *  the story's, a background word less), except a cue word ("tell", "ring"), which counts once whatever its place. */
function headingWeight(q: QueryTerm): number {
  return q.light ? 1 : q.weight;
}

/** Per-section accumulators, kept per index and cleared section by section after each query. */
interface Scratch {
  score: Float64Array;
  heading: Float64Array;
  covered: Float64Array;
  best: Float64Array;
  /** Best stored-question similarity per section. */
  qbest: Float64Array;
  stamp: Int32Array;
  /** Per stored question: matched idf so far, and the term it was last credited for. */
  qacc: Float64Array;
  /** Per stored question: matched idf of the asking part's words; per section, the best such similarity. */
  qask: Float64Array;
  qaskBest: Float64Array;
  /** Per stored question: idf of the background words it shares with the question, discounted from its length. */
  qbg: Float64Array;
  qstamp: Int32Array;
  /** Per stored question: listed in touchedQuestions this query. */
  qtouched: Uint8Array;
  touchedQuestions: Int32Array;
  touched: Uint8Array;
  touchedSections: Int32Array;
  /** Per section: how many of the question's bigrams it has. */
  phrases: Int32Array;
  /** Per document: the document-level signal for this question. */
  doc: Float64Array;
  reset(i: number): void;
}

const scratches = new WeakMap<SearchIndex, Scratch>();

function scratchFor(index: SearchIndex): Scratch {
  let z = scratches.get(index);
  if (!z) {
    const n = index.sections.length;
    const made: Scratch = {
      score: new Float64Array(n),
      heading: new Float64Array(n),
      covered: new Float64Array(n),
      best: new Float64Array(n),
      qbest: new Float64Array(n),
      stamp: new Int32Array(n),
      qacc: new Float64Array(index.questions.section.length),
      qask: new Float64Array(index.questions.section.length),
      qaskBest: new Float64Array(n),
      qbg: new Float64Array(index.questions.section.length),
      qstamp: new Int32Array(index.questions.section.length),
      qtouched: new Uint8Array(index.questions.section.length),
      touchedQuestions: new Int32Array(index.questions.section.length),
      touched: new Uint8Array(n),
      touchedSections: new Int32Array(n),
      phrases: new Int32Array(n),
      doc: new Float64Array(index.docCount),
      reset(i) {
        made.score[i] = 0;
        made.heading[i] = 0;
        made.covered[i] = 0;
        made.qbest[i] = 0;
        made.qaskBest[i] = 0;
        made.stamp[i] = 0;
        made.touched[i] = 0;
      },
    };
    z = made;
    scratches.set(index, z);
  }
  return z;
}
