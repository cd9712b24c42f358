// The ranking's speed tricks must not change what it returns: keeping only the head of the list gives the same
// sections in the same order as sorting them all, and the per-index scratch carries nothing from one question to
// the next. Our own question set (bench/) over Wigan's knowledge, so every question touches many sections.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../bot/knowledge/load.ts';
import { buildSearchIndex } from '../bot/knowledge/search-index.ts';
import { parseQuery } from '../bot/knowledge/query.ts';
import { readIntent } from '../bot/knowledge/query-intent.ts';
import { Glossary } from '../bot/knowledge/glossary.ts';
import { rankCandidates } from '../bot/knowledge/rank.ts';
import { ownQuestionsFile, readOwnQuestions } from '../scripts/bench/own-questions.ts';

const kb = loadKnowledge(join(import.meta.dirname, '..', 'knowledge'), 'wigan');
const index = buildSearchIndex(kb.docs, 'wigan');
const glossary = new Glossary(kb.glossary);
const questions = readOwnQuestions(ownQuestionsFile('wigan')).map((q) => q.q);
const rank = (q: string, keep?: number) => rankCandidates(index, parseQuery(q, index, glossary), readIntent(q), [], new Map(), undefined, keep);

describe('the head of the ranking', () => {
  it('is the same kept alone as at the top of the full list, for every question of our own set', () => {
    expect(questions.length).toBeGreaterThan(40);
    for (const q of questions) {
      const full = rank(q);
      for (const keep of [1, 3, 8]) expect(rank(q, keep), `${q} (keep ${keep})`).toEqual(full.slice(0, keep));
    }
  });

  it('does not depend on the question asked before it (the scratch is cleared)', () => {
    // Two questions sharing a phrase ("strategy meeting") and a document, asked in both orders.
    const a = 'who comes to a strategy meeting';
    const b = 'how soon is a strategy meeting held after a referral';
    const first = rank(a);
    rank(b);
    expect(rank(a)).toEqual(first);
    expect(first.length).toBeGreaterThan(8);
  });
});
