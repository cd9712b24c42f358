// Ranking on the real Wigan knowledge: our own question set stays above a floor, and the engine's
// word handling (irregular verbs, case-review pseudonyms, cue words, synonym groups, spelling) holds.
// Questions here are our own wording, not the eval set's.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../bot/knowledge/load.ts';
import { createAnswerEngine, type AnswerEngine } from '../bot/knowledge/answer.ts';
import { stem, terms } from '../bot/knowledge/text-analysis.ts';
import { buildSearchIndex, withoutAsker } from '../bot/knowledge/search-index.ts';
import { parseQuery } from '../bot/knowledge/query.ts';
import { Glossary } from '../bot/knowledge/glossary.ts';
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
    expect(stem('childrens')).toBe(stem('child')); // "childrens services", without the apostrophe
  });

  it('"privates" are neither private fostering nor FGM\'s "genital"', () => {
    // Stemmed as "private", a disclosure about a child's privates found the private fostering sections.
    expect(stem('privates')).not.toBe(stem('private'));
    expect(stem('privates')).not.toBe(stem('genital'));
  });

  it('drops contractions typed without the apostrophe, as it drops them with it', () => {
    // "wouldnt" was a search word: "he wouldnt sit down" matched a section saying "would not".
    expect(terms('he wouldnt sit and they havent rung')).toEqual(terms('he sit and they rung'));
  });

  it('drops "pls" and "thx" as it drops "please" and "thanks"', () => {
    // A chat's "pls" was a rare word no section has, so it halved how much of "lado phone number pls" a section covered.
    expect(terms('lado phone number pls thx')).toEqual(terms('lado phone number please thanks'));
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

describe('a clear winner needs more than two words', () => {
  it('one word shared with a stored question is chance: "say a joke" is not answered from the section on banter', () => {
    expect(engine.answer('say a joke').confidence).not.toBe('high');
  });

  it('nor are two, with nothing of safeguarding in the question: what an acronym stands for is general knowledge', () => {
    // Wirral's consent section covers "GDPR" and "stand", and one of its stored questions shares them.
    const wirral = createAnswerEngine(loadKnowledge(KNOWLEDGE, 'wirral'));
    expect(wirral.answer('what does GDPR stand for').confidence).not.toBe('high');
  });
});

describe('a question asked before in other words', () => {
  it('is answered when one stored question fits it closely, with no safeguarding word in it', () => {
    // "Tiers of support" names no safeguarding word; the levels-of-need section's stored questions ask the same.
    const a = engine.answer("I'm an agency nurse new to the borough, how many tiers of support are used here and what are they named");
    expect(a.hits[0]?.section.id).toBe('wigan-thresholds-levels-of-need#what-are-wigans-four-levels-of-need');
    expect(a.confidence).toBe('high');
  });

  it('but not on two words: a name a case review gives a child, asked about as general knowledge', () => {
    expect(engine.answer("what's the george cross").confidence).not.toBe('high');
  });
});

describe('one safeguarding word in its ordinary sense', () => {
  it('is not evidence enough to answer on: a referral code, bruised apples', () => {
    expect(engine.answer('is there a referral code for the cycle scheme').confidence).not.toBe('high');
    expect(engine.answer('how do I stop the apples bruising in the lunch boxes').confidence).not.toBe('high');
  });

  it('but a name that means safeguarding wherever it is said is', () => {
    expect(engine.answer('who is the LADO for Wigan').confidence).toBe('high');
  });
});

describe('who asks, and words the content never uses', () => {
  it("leaves the asker out of a stored question's match, but keeps a question that only looks like it", () => {
    // "SSW here," would make every SSW's question look like this one.
    expect(withoutAsker("foster carer's SSW here, do the birth parents get told")).toBe('do the birth parents get told');
    expect(withoutAsker('DSL: can I ring the designated officer')).toBe('can I ring the designated officer');
    expect(withoutAsker("I'm a TA and a boy told me something")).toBe('a boy told me something');
    expect(withoutAsker('what is early help')).toBe('what is early help');
    expect(withoutAsker('the LADO: who is it')).toBe('the LADO: who is it');
  });

  it("practitioners' shorthand finds the procedure's words (knowledge/glossary.yml)", () => {
    const index = buildSearchIndex(engine.docs as never, 'wigan');
    const glossary = new Glossary(loadKnowledge(KNOWLEDGE, 'wigan').glossary);
    const expanded = (q: string) => parseQuery(q, index, glossary).terms.filter((t) => !t.original).map((t) => t.term);
    // "strat" is how a strategy meeting is said on the phone; "LAC" and "CLA" are a looked-after child.
    expect(expanded('invited to a strat tomorrow')).toEqual(expect.arrayContaining(terms('strategy meeting')));
    expect(expanded('is he CLA')).toEqual(expect.arrayContaining(terms('looked after child')));
    // "Stop her teaching while it's looked into" is suspension, in a head teacher's words.
    expect(expanded('can I stop her teaching while it is looked into')).toEqual(expect.arrayContaining(terms('suspended')));
  });

  it('every term has the same fields in the same order, typed or a glossary equivalent', () => {
    // One shape keeps V8's optimised ranking code: a term with a field added later made it start again (BENCHMARKS.md).
    const index = buildSearchIndex(engine.docs as never, 'wigan');
    const glossary = new Glossary(loadKnowledge(KNOWLEDGE, 'wigan').glossary);
    const parsed = parseQuery('our TA pinched a yr 2 boy, is he CLA, how long have i got to tell the LADO', index, glossary).terms;
    expect(parsed.some((t) => t.original) && parsed.some((t) => !t.original) && parsed.some((t) => t.light)).toBe(true);
    const shapes = new Set(parsed.map((t) => Object.keys(t).join(',')));
    expect([...shapes]).toHaveLength(1);
  });

  it('"mam" and "mom" are read as "mum", not guessed at as another word', () => {
    const index = buildSearchIndex(engine.docs as never, 'wigan');
    const glossary = new Glossary(loadKnowledge(KNOWLEDGE, 'wigan').glossary);
    const read = (q: string) => parseQuery(q, index, glossary).terms.map((t) => t.term);
    expect(read('mam says he is at his dads')).toContain(stem('mum'));
    expect(read("his mom's boyfriend")).toContain(stem('mum'));
  });

  it('"the longest" a thing can take is its maximum, as guidance says it', () => {
    // National guidance gives timescales as maximums ("at the most"); practitioners ask for "the longest".
    const index = buildSearchIndex(engine.docs as never, 'wigan');
    const glossary = new Glossary(loadKnowledge(KNOWLEDGE, 'wigan').glossary);
    const expanded = parseQuery('whats the longest an assessment can take', index, glossary).terms.filter((t) => !t.original).map((t) => t.term);
    expect(expanded).toContain(stem('maximum'));
  });

  it('the talk around a question weighs less than its subject ("tbh", "rang", "tomorrow")', () => {
    const index = buildSearchIndex(engine.docs as never, 'wigan');
    const parsed = parseQuery('tbh the SW rang and actually wants a strategy meeting tomorrow', index, new Glossary([])).terms;
    const weight = (w: string) => parsed.find((t) => t.term === stem(w))?.weight;
    expect(weight('rang')).toBeLessThan(weight('strategy')!);
    expect(weight('tomorrow')).toBeLessThan(weight('meeting')!);
    expect(weight('actually')).toBeLessThan(weight('strategy')!);
  });

  it('does not "correct" an everyday word the situation classes know ("broom" is not "groom")', () => {
    const index = buildSearchIndex(engine.docs as never, 'wigan');
    const glossary = new Glossary([]);
    const unknown = parseQuery('hit her with a broom', index, glossary).terms.map((t) => t.term);
    const known = parseQuery('hit her with a broom', index, glossary, (w) => w === 'broom').terms.map((t) => t.term);
    expect(known).toContain('broom');
    // Without the class words, the spelling corrector turns it into a content word (grooming!). The word must be
    // absent from Wigan's content for this to show: "belt" was the example until a question used it.
    expect(unknown).not.toContain('broom');
  });
});

