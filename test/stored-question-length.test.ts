// A stored question that shares a story's background (the role, the act, who told) is not longer for those words, but
// it is never shorter than its own words at the background weight (bot/knowledge/rank.ts, SHORTEST_STORED_SHARE):
// otherwise one made mostly of the same role and act fits every such story perfectly and outranks what is asked.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../bot/knowledge/load.ts';
import { createAnswerEngine, type AnswerEngine } from '../bot/knowledge/answer.ts';

let engine: AnswerEngine;

beforeAll(() => {
  engine = createAnswerEngine(loadKnowledge(join(import.meta.dirname, '..', 'knowledge'), 'wigan'));
});

describe('a stored question sharing only the story', () => {
  it('fits less than perfectly: an imam accused of hitting a boy, asked whom to tell', () => {
    const hits = engine.answer('the imam was accused by a mum of hitting her boy, and all safeguarding goes through him, who do I tell', { noClarify: true }).hits;
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) expect(h.questionMatch ?? 0).toBeLessThan(0.95);
  });
});
