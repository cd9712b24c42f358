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

  const out: Scored[] = [];
  for (const i of candidates) {
    const s = index.sections[i];
    let score = 0;
    let headingCovered = 0;
    const present = new Set<string>();
    // A glossary group counts once, at its best phrase term: a long synonym list must not outweigh the question.
    const expansionBest = new Map<string, number>();
    for (const w of weights) {
      const tfw = s.weighted.get(w.q.term) ?? 0;
      if (tfw === 0) continue;
      present.add(w.q.term);
      const contribution = w.q.weight * w.idf * ((tfw * (K1 + 1)) / (tfw + K1));
      if (w.q.original) score += contribution;
      else {
        const group = w.q.expands!.join(' ');
        expansionBest.set(group, Math.max(expansionBest.get(group) ?? 0, contribution));
      }
      if (s.tf.heading.has(w.q.term)) headingCovered += w.idf * (w.q.original ? 1 : 0.5);
    }
    for (const best of expansionBest.values()) score += best;
    // Coverage: each typed term counts once, found itself or through a glossary equivalent.
    let covered = 0;
    for (const w of weights) {
      if (!w.q.original) continue;
      const hit = present.has(w.q.term) ? 1 : expansionsOf.get(w.q.term)?.some((t) => present.has(t)) ? 0.8 : 0;
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
