// Plain keyword search (bot/knowledge/plain-keywords.ts), the second opinion the ranking may take: a search box's
// BM25 over made-up sections, words as typed.
import { describe, expect, it } from 'vitest';
import MiniSearch from 'minisearch';
import { PlainKeywordRanking, plainSectionWords, type PlainSection } from '../bot/knowledge/plain-keywords.ts';

const sections: PlainSection[] = [
  { heading: 'Who do I call out of hours?', title: 'Contacts', body: 'Ring the emergency duty team at night and at weekends.\nwho do i ring at 2am' },
  { heading: 'How long does an assessment take?', title: 'Assessments', body: 'A decision within one working day; the assessment within 45 working days.\nhow long before they decide' },
  { heading: 'What is a strategy meeting?', title: 'Assessments', body: 'Police, social care and health share what they know and decide whether to start enquiries.' },
  { heading: 'Bruises on a baby', title: 'Injuries', body: 'A bruise on a baby who is not yet crawling is rare. Bruise bruise bruise.' },
];
const plain = new PlainKeywordRanking(sections.map(plainSectionWords));
const order = (q: string) => {
  const s = plain.scores(q);
  return [...s.keys()].filter((i) => s[i] > 0).sort((a, b) => s[b] - s[a] || a - b);
};

describe('plain keyword search', () => {
  it('puts first the section sharing most of the question words, stored questions included', () => {
    expect(order('how long before they decide')[0]).toBe(1);
    expect(order('who do i ring at night')[0]).toBe(0);
  });

  it('takes words as typed: function words count, and "bruises" is not "bruise"', () => {
    // "how" and "long" are only in section 1: a stemming search that drops stop words would have nothing to go on.
    expect(order('how long')).toEqual([1]);
    expect(order('bruises')).toEqual([3]);
    expect(order('bruised')).toEqual([]);
  });

  it('counts how many of the question words a section has: many words once beat one word many times', () => {
    // Section 3 says "bruise" five times; section 2 has "decide" and "police" once each.
    const s = plain.scores('bruise police decide');
    expect(s[2]).toBeGreaterThan(s[3]);
  });

  it('places a section among the others by the last question, and has no place for one without its words', () => {
    plain.scores('how long before they decide');
    expect(plain.placeOf(1)).toBe(0);
    expect(plain.placeOf(3)).toBeUndefined();
  });

  it('forgets the last question: its words leave no score behind', () => {
    plain.scores('bruise');
    const s = plain.scores('strategy meeting');
    expect(s[3]).toBe(0);
    expect(order('strategy meeting')).toEqual([2]);
  });

  it('lists its best sections for the last question, best first and at most as many as asked', () => {
    plain.scores('how long before they decide police');
    expect(plain.best(10)).toEqual(order('how long before they decide police'));
    expect(plain.best(1)).toEqual([1]);
    plain.scores('zebra');
    expect(plain.best(10)).toEqual([]);
  });

  it('is empty for a question of no indexed word, or of no word at all', () => {
    expect(order('zebra')).toEqual([]);
    expect(order('?!')).toEqual([]);
    expect(order('')).toEqual([]);
  });

  it('ranks as MiniSearch does with its defaults (the engine the bench measures against)', () => {
    const ms = new MiniSearch<PlainSection & { id: number }>({ fields: ['heading', 'title', 'body'] });
    ms.addAll(sections.map((s, id) => ({ ...s, id })));
    for (const q of ['how long before they decide', 'who do i ring at night', 'bruise on a baby', 'police and health']) {
      expect(order(q), q).toEqual(ms.search(q).map((r) => Number(r.id)));
    }
  });
});
