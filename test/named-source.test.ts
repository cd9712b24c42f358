// A question that asks what a named publication says is answered from the document that summarises it (front matter
// `known_as:`), though the partnership's own page on the subject would otherwise come first. Made-up documents.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../bot/knowledge/load.ts';
import type { AnswerEngine } from '../bot/knowledge/answer.ts';
import { docNames, sourcesNamed } from '../bot/knowledge/named-source.ts';
import type { KnowledgeDoc } from '../bot/knowledge/types.ts';
import { terms } from '../bot/knowledge/text-analysis.ts';
import { madeUpDoc, madeUpEngine } from './support/made-up-docs.ts';

const local = madeUpDoc('shire-disagreements', 'escalation', 'Disagreeing with another agency in Shire', [
  ['challenge', 'How do I challenge another agency about a decision on a child?', 'Talk to the worker first, then your manager, then their manager. Record each step and the reasons for the challenge.', ['how do I challenge a decision I disagree with']],
  ['records', 'What should I write down when I disagree with a decision?', 'Write down the decision, why you disagree and who you spoke to.', []],
]);
const national: KnowledgeDoc = {
  ...madeUpDoc('national-joint-guidance', 'escalation', 'Joint Working Guidance 2030: what local procedures rely on', [
    ['challenge', 'What does the Joint Working Guidance expect about challenge between agencies?', 'Agencies should have a clear route for challenge, and practitioners should feel able to challenge decisions about a child.', ['what does the national guidance say about challenge']],
    ['what-is', 'What is the Joint Working Guidance?', 'Statutory guidance for every agency that works with children.', []],
  ]),
  partnership: 'national',
  tags: ['Joint Working Guidance', 'JWG'],
  knownAs: ['Joint Working Guidance', 'JWG'],
};

let engine: AnswerEngine;
beforeAll(() => {
  const real = loadKnowledge(join(import.meta.dirname, '..', 'knowledge'), 'wigan');
  engine = madeUpEngine([local, national], real.situations, real.glossary);
});
const first = (q: string) => engine.answer(q, { noClarify: true }).hits[0]?.section.id;

describe('a question that asks what a named publication says', () => {
  it('gets the section of the document known by that name, by its name or its initials', () => {
    // Without the name, the partnership's own page answers (below); naming the guidance asks for it.
    expect(first('what does the joint working guidance say if I want to challenge another agency about a decision on a child?')).toBe('national-joint-guidance#challenge');
    expect(first('is there anything in the JWG on challenging other agencies')).toBe('national-joint-guidance#challenge');
  });

  it("the partnership's own section stays first when the publication is not named", () => {
    expect(first('how do I challenge another agency when I disagree with their decision')).toBe('shire-disagreements#challenge');
  });

  it('naming the words in passing, with no ask about what the document says, changes nothing', () => {
    // "joint working" describes how we work here; nothing asks what a document says.
    expect(sourcesNamed('joint working guidance was followed and I still disagree, how do I challenge it', docNames([national]))).toEqual(new Set());
  });
});

describe('the names are read once from front matter', () => {
  it('keeps the stems of each name, and documents without names are left out', () => {
    const names = docNames([national, local]);
    expect([...names.keys()]).toEqual(['national-joint-guidance']);
    expect(names.get('national-joint-guidance')).toEqual([terms('Joint Working Guidance'), terms('JWG')]);
  });

  it('loads known_as from the real knowledge base: Working Together and KCSIE are named', () => {
    const real = loadKnowledge(join(import.meta.dirname, '..', 'knowledge'), 'wirral');
    const named = sourcesNamed('what does KCSIE say about low-level concerns, and what does Working Together say?', docNames(real.docs));
    expect([...named].sort()).toEqual(['national-kcsie-allegations-and-low-level-concerns', 'national-working-together-2023']);
  });
});
