// A question asking what a named thing is ("what's a rapid review?") is answered by the section whose heading asks
// just that, even when the story around it (a child's death) fits other sections better. Made-up documents, so the
// test does not lean on a partnership's wording.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../bot/knowledge/load.ts';
import type { AnswerEngine } from '../bot/knowledge/answer.ts';
import { definedBy, namesDefinedBy } from '../bot/knowledge/named-definition.ts';
import { madeUpDoc, madeUpEngine } from './support/made-up-docs.ts';

let engine: AnswerEngine;
const first = (q: string) => engine.answer(q, { noClarify: true }).hits[0]?.section.slug;

beforeAll(() => {
  const real = loadKnowledge(join(import.meta.dirname, '..', 'knowledge'), 'wigan');
  engine = madeUpEngine(
    [
      madeUpDoc('shire-child-deaths', 'learning', 'When a child dies', [
        ['deaths', 'What happens when a child dies?', 'Every death of a child is reviewed by the child death panel. Staff who knew the child may be asked for information.', [
          'a baby died in hospital last week, will we be asked for information',
          'child died on the ward, what happens next with reviews',
        ]],
      ]),
      madeUpDoc('shire-reviews', 'learning', 'Reviews of serious cases', [
        ['timescales', 'What are the timescales for a rapid review?', 'The partnership gathers information from agencies within 15 working days.', [
          'how long does the partnership have to do a rapid review after a child dies',
        ]],
        ['what', 'What is a rapid review?', 'A rapid review is a quick look by the partnership, after a child dies or is seriously harmed, at whether a fuller review is needed. It is about learning, not blame.', []],
      ]),
      madeUpDoc('shire-hub', 'thresholds', 'The Shire Hub', [
        ['what', 'What is the Shire Hub?', 'The Shire Hub is where agencies take a worry about a child: social care, police and health decide together what help is needed.', []],
        ['phone', 'What is the phone number for the Shire Hub?', 'Ring the Hub duty line during office hours; the number is on the contacts page, with the out-of-hours line beside it.', []],
      ]),
      madeUpDoc('shire-early-help', 'thresholds', 'Early help in Shire', [
        ['model', 'What is the SFQM model used in Shire?', 'Shire plans early help with the Strengths, Family, Questions and Meeting model: the family and the lead worker agree what is going well, what worries them and what will change.', []],
      ]),
    ],
    real.situations,
    // "RR" is the made-up partnership's short name for a rapid review.
    [{ term: 'RR', means: 'rapid review', also: [], misspellings: [] }],
  );
});

describe('a named thing asked about', () => {
  it('"what\'s a rapid review?" after a story of a child\'s death: the section that says what one is', () => {
    // The death fits the other sections' stored questions; the question asks what the review is.
    expect(first("a baby died on our ward last week and we've been asked for a chronology for a rapid review. what's a rapid review and is it about blame?")).toBe('what');
  });

  it('"what\'s the hub number again?" asks for a way to reach it, not what it is', () => {
    expect(first("what's the shire hub number again")).toBe('phone');
    expect(first("what's the shire hub")).toBe('what');
  });

  it('"...an RR on a family we had. What actually is that?": the thing named before by its short name', () => {
    // The glossary says what RR stands for, so the section defining a rapid review is the one asked about.
    expect(first("a baby died on our ward last week and we've been asked for a chronology for an RR. what actually is that")).toBe('what');
  });

  it('"what on earth is an RR?": the exasperation is no part of the name', () => {
    expect(first("a baby died on our ward last week and now everyone keeps saying RR. what on earth is an RR?")).toBe('what');
    // Answered as surely as without it.
    const plain = engine.answer('what is the SFQM model used in Shire');
    const exasperated = engine.answer('what on earth is the SFQM model used in Shire');
    expect(exasperated.hits[0]?.section.slug).toBe(plain.hits[0]?.section.slug);
    expect(exasperated.hits[0]?.coverage).toBe(plain.hits[0]?.coverage);
  });

  it('asked something else about it, the ranking stands: "how long does a rapid review take?"', () => {
    expect(first('a baby died on our ward last week, how long does the partnership have for the rapid review?')).toBe('timescales');
  });

  it('"what does a rapid review meeting actually mean for us?": the named thing with one more word still names it', () => {
    // Asked as meaning, of "a rapid review" with "meeting" after it; the death story fits the other sections.
    expect(first('a baby died on the ward and now there is a rapid review meeting. what does a rapid review meeting actually mean for us?')).toBe('what');
  });

  it('"what\'s the actual definition of a rapid review": the definition asked for by that name', () => {
    expect(first("a baby died on our ward last week, what's the actual definition of a rapid review")).toBe('what');
  });

  it('"what even is an RR in plain english": the definition, named by its short name', () => {
    expect(first('a baby died on our ward last week and now there is an RR. what even is an RR in plain english')).toBe('what');
  });

  it('"...a rapid review has been called. What actually is that?": the thing named before the question', () => {
    expect(first('a baby died on our ward last week and the manager says a rapid review has been called. what actually is that?')).toBe('what');
  });

  it('"...the partnership wants everyone\'s notes. is that a rapid review?": whether the story is the thing, answered by what it is', () => {
    // The story of a death fits the other sections; asked whether it is the named thing, its definition answers.
    expect(first('a baby died on our ward last week and the partnership wants everyone\'s notes by friday. is that a rapid review?')).toBe('what');
  });

  it('"...will they want our notes, or is it a rapid review?": a choice between two things, so the ranking stands', () => {
    // Asked as the second of two routes, the named thing is not asked to be explained.
    expect(first('a baby died on our ward last week and the partnership wants everyone\'s notes. is that a rapid review?')).toBe('what');
    expect(first('a baby died on our ward last week and the partnership wants everyone\'s notes. will they ask us for information or is that a rapid review?')).not.toBe('what');
  });

  it('"is that a rapid review and how long does the partnership have?": a second question joined on, so the ranking stands', () => {
    // Only the named thing on its own, at the end of the question, asks whether the story is that thing.
    expect(first('a baby died on our ward last week and the partnership wants everyone\'s notes, is that a rapid review and how long does the partnership have?')).toBe('timescales');
  });

  it('reads what a heading defines, and only a heading that asks just that', () => {
    expect(definedBy('What is a rapid review?')).toBe('rapid review');
    // An aside in brackets is not part of the name.
    expect(definedBy('What is a rapid review (a local review)?')).toBe('rapid review');
    expect(definedBy('What counts as a rapid review?')).toBe('rapid review');
    expect(definedBy('What is private fostering, and how do I report it?')).toBe('privat foster');
    expect(definedBy('What are the timescales for a rapid review?')).toBe('timescal rapid review');
    expect(definedBy('How do I refer?')).toBeUndefined();
  });

  it('reads the other names a defining heading gives: in brackets, or listed after a colon', () => {
    expect(namesDefinedBy('What is the Partnership Hub (MASH)?')).toEqual(['partnership hub', 'mash']);
    expect(namesDefinedBy('What is early help: the EHA, TAF and the lead professional?')).toEqual(['earli help', 'eha', 'taf', 'lead profession']);
    // A gloss and a choice in brackets are not other names.
    expect(namesDefinedBy('What is a rapid review (a local review)?')).toEqual(['rapid review']);
    expect(namesDefinedBy('What is the number for social care (the front door or MASH)?')).toEqual(['number social care']);
    expect(namesDefinedBy('How do I refer?')).toBeUndefined();
  });
});

describe('an abbreviation asked about', () => {
  it('"what does SFQM stand for?": the section defining the SFQM model, answered with confidence', () => {
    // No safeguarding word, but the content defines what is asked: that is evidence the question is in scope.
    expect(first('what does SFQM stand for')).toBe('model');
    expect(engine.answer('what does SFQM stand for').confidence).toBe('high');
  });

  it('letters the content does not define are not answered with confidence', () => {
    expect(engine.answer('what does QWZX stand for').confidence).not.toBe('high');
  });
});
