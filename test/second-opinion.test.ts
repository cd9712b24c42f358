// Plain keyword search's say in the order (bot/knowledge/second-opinion.ts), on made-up sections and rankings.
import { describe, expect, it } from 'vitest';
import { PlainKeywordRanking, plainSectionWords, type PlainSection } from '../bot/knowledge/plain-keywords.ts';
import { heedSecondOpinion } from '../bot/knowledge/second-opinion.ts';
import type { SearchIndex } from '../bot/knowledge/search-index.ts';
import { readAsks } from '../bot/knowledge/query-intent.ts';

// Section 1's stored questions share the question's words; section 0 has none of them, section 4 a few. Section 2 is
// the emergency section.
const texts: PlainSection[] = [
  { heading: 'Strategy meetings', title: 'Enquiries', body: 'Police and health share information and plan enquiries.' },
  { heading: 'How long does an assessment take?', title: 'Assessments', body: 'Within 45 working days.\nhow long will social care take to decide\nhow long before they decide what happens' },
  { heading: 'A child is in immediate danger: call 999', title: 'Contacts', body: 'Call 999 now.' },
  { heading: 'Who can I talk to?', title: 'Contacts', body: 'Your designated safeguarding lead.' },
  { heading: 'After a referral', title: 'Assessments', body: 'Social care decide within one working day what happens next.' },
];
const plain = new PlainKeywordRanking(texts.map(plainSectionWords));
const index = { sections: texts.map((t) => ({ forEmergency: t.heading.includes('immediate danger') })), plain } as unknown as SearchIndex;
const QUESTION = 'how long before social care decide what happens';

// [section, score] or [section, score, how much the situation lifts it].
const heeded = (scores: Array<[number, number, number?]>, question = QUESTION) => {
  const ranked = scores.map(([i, score, lift = 1]) => ({ index: i, score, lift }));
  heedSecondOpinion(ranked, question, index);
  return ranked.map((r) => r.index);
};

describe('a second opinion from plain keyword search', () => {
  it('where our first and second are close, the one plain search puts first moves up', () => {
    expect(heeded([[0, 10], [1, 9], [3, 4]])).toEqual([1, 0, 3]);
  });

  it('a close call between two sections plain search also finds stays ours: its say is a nudge, not a vote', () => {
    // Plain search puts section 1 first and section 4 second; ours has them the other way round, close.
    expect(heeded([[4, 10], [1, 9], [3, 4]])).toEqual([4, 1, 3]);
  });

  it('our first well ahead of the next is our decision: the order stands', () => {
    // 10 against 7 is more than the decisive margin (1.35).
    expect(heeded([[0, 10], [1, 7], [3, 4]])).toEqual([0, 1, 3]);
  });

  it('a section the situation lifts less than our first is not moved above it: words do not overrule the situation', () => {
    // Section 0 shares none of the question's words; the situation put it first (lift 1.6 against 1.2).
    expect(heeded([[0, 10, 1.6], [1, 9, 1.2], [3, 4]])).toEqual([0, 1, 3]);
    // Lifted alike, the words decide between them as before.
    expect(heeded([[0, 10, 1.6], [1, 9, 1.6], [3, 4]])).toEqual([1, 0, 3]);
  });

  it('the emergency section first stays first, whatever the words', () => {
    expect(heeded([[2, 10], [1, 9.5], [0, 9]])).toEqual([2, 1, 0]);
  });

  it('a section plain search does not find keeps our order', () => {
    // "zebra" is in no section: plain search has no opinion.
    expect(heeded([[0, 10], [1, 9], [3, 8]], 'zebra crossing')).toEqual([0, 1, 3]);
  });

  it('leaves a ranking of one, or none, as it is', () => {
    expect(heeded([[0, 10]])).toEqual([0]);
    expect(heeded([])).toEqual([]);
  });
});

describe('an ask only some headings answer is ours to decide', () => {
  // Section 1's text and stored questions share the question's words; section 0's heading asks what the question asks
  // (and shares no other word with it).
  const asked: PlainSection[] = [
    { heading: 'Keeping notes', title: 'Recording', body: 'Dates, times and who was copied in.' },
    { heading: 'The plan is not happening', title: 'Disagreements', body: 'i disagree with the social worker about going home\ndisagreeing with the social worker what now' },
  ];
  const askedIndex = {
    sections: asked.map((t) => ({ forEmergency: false, asks: readAsks(t.heading) })),
    plain: new PlainKeywordRanking(asked.map(plainSectionWords)),
  } as unknown as SearchIndex;
  const order = (question: string) => {
    const ranked = [{ index: 0, score: 10, lift: 1 }, { index: 1, score: 9, lift: 1 }];
    heedSecondOpinion(ranked, question, askedIndex, readAsks(question));
    return ranked.map((r) => r.index);
  };

  it('our first heading asking what to write down stays first for a question asking it, whatever plain search finds', () => {
    expect(order('disagreeing with the social worker about going home, what do i need to write down')).toEqual([0, 1]);
  });

  it('without that ask, plain search has its say as before', () => {
    expect(order('disagreeing with the social worker about going home, what now')).toEqual([1, 0]);
  });
});
