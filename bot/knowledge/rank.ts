// Ranking on top of flexsearch's candidates: BM25F over heading, title, tags and body, a document-level
// signal (is this the right document?), phrase and heading-coverage bonuses, and gentle intent nudges.
import type { SearchIndex } from './search-index.ts';
import type { ParsedQuery } from './query.ts';
import type { QueryIntent } from './query-intent.ts';

const K1 = 1.2;
const DOC_SIGNAL = 0.35;
const NATIONAL_FACTOR = 0.88;
// Headings are written as the practitioner's question, so covering the heading is the strongest single signal.
const HEADING_COVERAGE = 1.6;

export interface Scored {
  index: number;
  score: number;
  /** Share of the question's (idf-weighted) terms this section matches, 0..1. */
  coverage: number;
}

export function rankCandidates(
  index: SearchIndex,
  query: ParsedQuery,
  intent: QueryIntent,
  candidates: Iterable<number>,
  flexRank: Map<number, number>,
): Scored[] {
  const n = index.sections.length;
  const idf = (t: string) => {
    const df = index.df.get(t) ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  };
  const docN = index.docTf.size;
  const docIdf = (t: string) => {
    const df = index.docDf.get(t) ?? 0;
    return Math.log(1 + (docN - df + 0.5) / (df + 0.5));
  };
  const weights = query.terms.map((q) => ({ q, idf: idf(q.term), docIdf: docIdf(q.term) }));
  const originalIdf = weights.filter((w) => w.q.original).reduce((s, w) => s + w.idf * w.q.weight * w.q.coverageWeight, 0);
  const headingIdf = weights.filter((w) => w.q.original).reduce((s, w) => s + w.idf, 0);
  const meanIdf = weights.length ? weights.reduce((s, w) => s + w.idf, 0) / weights.length : 1;
  const expansionsOf = new Map<string, string[]>();
  for (const q of query.terms) {
    for (const original of q.expands ?? []) expansionsOf.set(original, [...(expansionsOf.get(original) ?? []), q.term]);
  }
  const bigrams: string[] = [];
  for (let i = 1; i < query.sequence.length; i++) bigrams.push(`${query.sequence[i - 1]} ${query.sequence[i]}`);

  const docScores = new Map<string, number>();
  const docScore = (docId: string): number => {
    const cached = docScores.get(docId);
    if (cached !== undefined) return cached;
    const tf = index.docTf.get(docId)!;
    const norm = 1 - 0.75 + (0.75 * (index.docLen.get(docId) ?? 0)) / index.avgDocLen;
    let s = 0;
    for (const w of weights) {
      const f = tf.get(w.q.term) ?? 0;
      if (f) s += w.q.weight * w.docIdf * ((f * (K1 + 1)) / (f + K1 * norm));
    }
    docScores.set(docId, s);
    return s;
  };

  // Per-query lookups built once, so the loop over candidates allocates nothing per section.
  const terms = weights.map((w) => w.q.term);
  const groupKeys = [...new Set(weights.filter((w) => !w.q.original).map((w) => w.q.expands!.join(' ')))];
  const groupOf = weights.map((w) => (w.q.original ? -1 : groupKeys.indexOf(w.q.expands!.join(' '))));
  const expansionIndexes = weights.map((w) => (w.q.original ? (expansionsOf.get(w.q.term) ?? []).map((t) => terms.indexOf(t)) : []));
  const present = new Uint8Array(weights.length);
  const groupBest = new Float64Array(groupKeys.length);

  const out: Scored[] = [];
  for (const i of candidates) {
    const s = index.sections[i];
    let score = 0;
    let headingCovered = 0;
    present.fill(0);
    // A glossary group counts once, at its best phrase term: a long synonym list must not outweigh the question.
    groupBest.fill(0);
    for (let k = 0; k < weights.length; k++) {
      const w = weights[k];
      const tfw = s.weighted.get(terms[k]) ?? 0;
      if (tfw === 0) continue;
      present[k] = 1;
      const contribution = w.q.weight * w.idf * ((tfw * (K1 + 1)) / (tfw + K1));
      if (groupOf[k] < 0) score += contribution;
      else if (contribution > groupBest[groupOf[k]]) groupBest[groupOf[k]] = contribution;
      if (s.tf.heading.has(terms[k])) headingCovered += w.idf * (w.q.original ? 1 : 0.5);
    }
    for (let g = 0; g < groupBest.length; g++) score += groupBest[g];
    // Coverage: each typed term counts once, found itself or through a glossary equivalent.
    let covered = 0;
    for (let k = 0; k < weights.length; k++) {
      const w = weights[k];
      if (!w.q.original) continue;
      const hit = present[k] ? 1 : expansionIndexes[k].some((e) => present[e] === 1) ? 0.8 : 0;
      covered += hit * w.idf * w.q.weight * w.q.coverageWeight;
    }
    for (const b of bigrams) if (s.bigrams.has(b)) score += 0.45 * meanIdf;
    score += HEADING_COVERAGE * (headingCovered / Math.max(headingIdf, 1e-9)) * meanIdf;
    score += DOC_SIGNAL * docScore(s.doc.id);
    const rank = flexRank.get(i);
    if (rank !== undefined) score += (0.25 * meanIdf) / (1 + rank);
    if (intent.wantsTimescale && s.statesTimescale) score *= 1.15;
    if (intent.wantsContact && s.givesContact) score *= 1.15;
    if (!s.isLocal) score *= NATIONAL_FACTOR;
    if (score <= 0) continue;
    out.push({ index: i, score, coverage: Math.min(1, covered / Math.max(originalIdf, 1e-9)) });
  }
  return out.sort((a, b) => b.score - a.score || a.index - b.index);
}
