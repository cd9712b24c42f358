// Ranking on the real Wigan knowledge: our own question set stays above a floor, and the engine's
// word handling (irregular verbs, case-review pseudonyms, cue words, synonym groups, spelling) holds.
// Questions here are our own wording, not the eval set's.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../bot/knowledge/load.ts';
import { createAnswerEngine, type AnswerEngine } from '../bot/knowledge/answer.ts';
import { stem, terms } from '../bot/knowledge/text-analysis.ts';
import { ownQuestionsFile, readOwnQuestions, scoreOwn } from '../scripts/bench/own-questions.ts';

const KNOWLEDGE = join(import.meta.dirname, '..', 'knowledge');
let engine: AnswerEngine;
const top = (q: string, n = 3) => engine.answer(q, { limit: n }).hits.map((h) => h.section.id);

beforeAll(() => {
  engine = createAnswerEngine(loadKnowledge(KNOWLEDGE, 'wigan'));
});

describe('our own question set', () => {
  it('keeps top-1 at 60% or more and top-3 at 85% or more (a regression floor, not a target)', () => {
    const questions = readOwnQuestions(ownQuestionsFile('wigan'));
    expect(questions.length).toBeGreaterThan(40);
    const score = scoreOwn(questions, (q) => {
      const answer = engine.answer(q, { limit: 3 });
      return { answered: answer.confidence === 'high', sectionIds: answer.hits.map((h) => h.section.id) };
    });
    expect(score.top1).toBeGreaterThanOrEqual(60);
    expect(score.top3).toBeGreaterThanOrEqual(85);
  });
});

describe('word handling', () => {
  it('brings irregular forms to their base word', () => {
    expect(stem('kept')).toBe(stem('keep'));
    expect(stem('told')).toBe(stem('tell'));
    expect(stem('children')).toBe(stem('child'));
  });

  it('keeps the letter of a case-review pseudonym and drops other single letters', () => {
    expect(terms('Learning from Child D')).toContain('d');
    expect(terms('vitamin d and a plan')).not.toContain('d');
    expect(top('what came out of the Child D review')[0]).toMatch(/^wigan-learning-child-d#/);
  });

  it('reads "out of hours" as a phrase, not as any mention of hours', () => {
    expect(terms('out of hours')).toEqual(['out', 'hour']);
    expect(top('who do I ring at the weekend about a child')[0]).toMatch(/out-of-hours/);
  });

  it('lets a cue word ("how long") shape the answer without outranking the subject', () => {
    expect(top('how many years must allegation records be kept')).toContain('wigan-lado-outcomes#what-records-should-be-kept-after-an-allegation');
  });

  it('finds the procedure word through a synonym group', () => {
    expect(top('bed sharing with a newborn')[0]).toBe('wigan-learning-safer-sleep#co-sleeping-and-bed-sharing-when-is-the-risk-highest');
    expect(top('a toddler keeps running off from home overnight')[0]).toBe('wigan-thresholds-complex-safeguarding#a-child-keeps-going-missing-from-home-what-should-i-do');
    expect(top('can I share information without the parents\' permission')[0]).toBe('wigan-thresholds-consent#when-can-i-share-information-without-consent');
  });

  it('corrects real misspellings but leaves ordinary seven-letter words alone', () => {
    expect(top('how do I contact the ladoo')[0]).toMatch(/lado/);
    const despite = engine.answer('needs getting worse despite support', { limit: 5 }).hits;
    expect(despite.every((h) => h.doc.area !== 'escalation')).toBe(true);
  });
});
