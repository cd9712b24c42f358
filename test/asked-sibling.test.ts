// What is asked chooses among the sections of one document (bot/knowledge/asked-sibling.ts), on a made-up document
// whose "what is it" section tells the same story as the question, as such sections' stored questions often do.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../bot/knowledge/load.ts';
import type { AnswerEngine } from '../bot/knowledge/answer.ts';
import { madeUpDoc, madeUpEngine } from './support/made-up-docs.ts';
import { ASK, readAsks, readIntent } from '../bot/knowledge/query-intent.ts';
import { preferTheAskedSibling } from '../bot/knowledge/asked-sibling.ts';
import type { SearchIndex } from '../bot/knowledge/search-index.ts';
import type { KnowledgeDoc } from '../bot/knowledge/types.ts';

// A made-up fostering document (its title is searched with its sections).
const doc = (sections: Array<[string, string, string, string[]]>, id = 'shire-fostering', area: KnowledgeDoc['area'] = 'thresholds'): KnowledgeDoc =>
  madeUpDoc(id, area, 'Children living with someone else', sections);

let real: ReturnType<typeof loadKnowledge>;
let engine: AnswerEngine;
const first = (q: string) => engine.answer(q, { noClarify: true }).hits[0]?.section.slug;

beforeAll(() => {
  real = loadKnowledge(join(import.meta.dirname, '..', 'knowledge'), 'wigan');
  engine = madeUpEngine(
    [
      doc([
        ['what', 'What is an informal family arrangement?', 'A child under 16 living for 28 days or more with an adult who is not a close relative.', ['a boy has been staying at his friend\'s house for weeks since a row with his dad']],
        ['do', 'I think a child is in an informal family arrangement: what do I do?', 'If a child is staying with another family for 28 days or more, tell the council so it can check the child is safe.', []],
        ['after', 'What happens after an arrangement is reported?', 'A social worker visits the home and the child.', []],
      ]),
    ],
    real.situations,
  );
});

describe('the sibling that answers what is asked', () => {
  it('a "what is it" section does not answer "do I need to do anything": the what-to-do sibling comes first', () => {
    // The story fits the "what is it" section's stored question; the ask fits the other heading.
    expect(first("girl in year 8 has been staying at her friend's house for weeks after a row with mum, do I need to do anything")).toBe('do');
  });

  it('"does anyone need to know?" with no sibling asking whether: the what-to-do sibling, not the definition', () => {
    expect(first("lad in year 10 has been staying with his mate's family for about a month since a row with his dad. do we need to tell anyone?")).toBe('do');
  });

  it('asked what it is, the "what is it" section keeps its place', () => {
    expect(first("a boy staying at his friend's house for weeks: what is that called")).toBe('what');
  });

  it('reads "do I need to do anything" as asking what to do, and "what\'s the best way to..." as no definition', () => {
    expect(readAsks('do I need to do anything about it') & ASK.whatToDo).toBeTruthy();
    expect(readAsks('anything we have to do') & ASK.whatToDo).toBeTruthy();
    expect(readAsks('whats a strategy meeting') & ASK.whatIs).toBeTruthy();
    expect(readAsks("what's the best way to get hold of them") & ASK.whatIs).toBe(0);
    expect(readAsks("what's the number for the out of hours team") & ASK.whatIs).toBe(0);
    // A deadline asked for is a time limit; a deadline already missed asks what follows.
    expect(readAsks("what's the deadline for telling them") & ASK.timescale).toBeTruthy();
    expect(readAsks("what's the deadline for telling them") & ASK.whatIs).toBe(0);
    expect(readAsks('what happens now we have missed the deadline') & ASK.timescale).toBe(0);
    // Who takes part is its own ask; "who will be at" is not "who will tell".
    expect(readAsks('will she be at the meeting herself, and who else goes') & ASK.whoAttends).toBeTruthy();
    expect(readAsks('who will be at the strategy meeting') & ASK.whoTells).toBe(0);
    expect(readAsks('who will tell the parents') & ASK.whoTells).toBeTruthy();
    // Told already, on a named day: "what happens now" asks what comes next, not what to do first.
    expect(readAsks('we told the designated officer on tuesday, what happens now') & ASK.whatNext).toBeTruthy();
    expect(readAsks('we told the designated officer on tuesday, what happens now') & ASK.whatToDo).toBe(0);
  });
});

describe('a section on the signs, and one on what to do', () => {
  let signs: AnswerEngine;
  beforeAll(() => {
    signs = madeUpEngine(
      [
        doc([
          ['spot', 'How might I notice a child who looks after a parent?', 'Lateness, tiredness, worry about home and missed clubs can mean a child cares for a parent.', ['a pupil who is always late and tired might be caring for someone at home']],
          ['do', 'I think a pupil looks after a parent: what do I do?', 'Talk to the child, tell your safeguarding lead and ask the council for a carers assessment.', []],
        ], 'shire-carers'),
      ],
      real.situations,
    );
  });
  const top = (q: string) => signs.answer(q, { noClarify: true }).hits[0]?.section.slug;

  it('a story then "what now" is answered by what to do, though the story fits the signs section as well', () => {
    expect(top('yr 8 lad always late and tired, I think he looks after his dad at home, what now')).toBe('do');
  });

  it('asked what to look out for, the signs section answers', () => {
    expect(top('a pupil might be looking after his dad, what should I be looking out for')).toBe('spot');
  });
});

describe('preferTheAskedSibling on a ranking', () => {
  // Just what the reordering reads: each section's document and what its heading asks.
  const sections = [
    { doc: { id: 'reporting' }, asks: ASK.whatToDo }, // 0: first steps, best story fit
    { doc: { id: 'after' }, asks: ASK.timescale | ASK.duration }, // 1: how long a case takes (another document)
    { doc: { id: 'reporting' }, asks: ASK.whoTells }, // 2
    { doc: { id: 'reporting' }, asks: ASK.timescale | ASK.deadline }, // 3: how quickly the officer must be told
  ];
  const index = { sections } as unknown as SearchIndex;
  const order = (question: string, ranked = [0, 1, 2, 3]) => {
    const list = ranked.map((i) => ({ index: i, score: 10 - i }));
    preferTheAskedSibling(list, index, readIntent(question));
    return list.map((r) => r.index);
  };

  it('moves the sibling asking for the time limit above its document\'s first section, past a document already first of its own', () => {
    // Section 1 asks for a time too, but is the first of its own document: the reporting one is still reordered.
    expect(order('how long have we got to pass it on')).toEqual([3, 0, 1, 2]);
  });

  it('a plain question about the timescale fits either kind of heading; one about how long a case takes, only that one', () => {
    // Both time headings fit "the timescale", so the reporting document's own sibling still moves up.
    expect(order('what is the timescale for passing it on')).toEqual([3, 0, 1, 2]);
    // "How long will it take" asks a duration: section 3's time limit is not it, and section 1 is first of its document.
    expect(order('how long will the whole thing take')).toEqual([0, 1, 2, 3]);
  });

  it('a time limit on the asker: the section on it, from another document of the same area, when it is close behind', () => {
    const two = (secondScore: number, secondArea = 'lado') => {
      const index = { sections: [
        { doc: { id: 'when-to-refer', area: 'lado' }, asks: ASK.whether }, // 0: does it have to be serious harm?
        { doc: { id: 'reporting', area: secondArea }, asks: ASK.timescale | ASK.deadline }, // 1: how quickly must I tell them?
      ] } as unknown as SearchIndex;
      const list = [{ index: 0, score: 10 }, { index: 1, score: secondScore }];
      preferTheAskedSibling(list, index, readIntent('she grabbed his wrist and left marks, how long have I got to let them know?'));
      return list.map((r) => r.index);
    };
    expect(two(9.5)).toEqual([1, 0]);
    // Far behind, the story's section stands; so it does when the time limit is another area's.
    expect(two(6)).toEqual([0, 1]);
    expect(two(9.5, 'thresholds')).toEqual([0, 1]);
  });

  it('asked what to write down while challenging, the sibling on what to record comes before the one on how to challenge', () => {
    const index = { sections: [
      { doc: { id: 'challenge' }, asks: ASK.challenge | ASK.howTo }, // 0: "How do I challenge a decision well?"
      { doc: { id: 'challenge' }, asks: ASK.record | ASK.challenge }, // 1: "What should I note down when I challenge?"
    ] } as unknown as SearchIndex;
    const list = [0, 1].map((i) => ({ index: i, score: 10 - i }));
    preferTheAskedSibling(list, index, readIntent("the duty team won't assess him, what do I need to be noting as I go"));
    expect(list.map((r) => r.index)).toEqual([1, 0]);
  });

  it('a first heading that asks what a thing is and what to do with it is no narrow definition: its sibling stays below', () => {
    const scheme = (firstAsks: number) => {
      const index = { sections: [
        { doc: { id: 'school-alerts' }, asks: firstAsks }, // 0: "What is the alert scheme, and what should a school do with one?"
        { doc: { id: 'school-alerts' }, asks: ASK.whatToDo }, // 1: "A child lives with violence at home: what should I do?"
      ] } as unknown as SearchIndex;
      const list = [0, 1].map((i) => ({ index: i, score: 10 - i }));
      preferTheAskedSibling(list, index, readIntent('went out to a house last night, do I need to let the nursery know myself or does that happen anyway'));
      return list.map((r) => r.index);
    };
    expect(scheme(ASK.whatIs | ASK.whatToDo)).toEqual([0, 1]);
    // A heading that only defines it gives way to the sibling on what to do.
    expect(scheme(ASK.whatIs)).toEqual([1, 0]);
  });

  it('asked what a review learned, the lessons come before the story of what happened, even when the story fits better', () => {
    const review = { sections: [
      { doc: { id: 'child-k' }, asks: ASK.findings }, // 0: "Child K: what happened?", its stored questions tell the story
      { doc: { id: 'child-k' }, asks: ASK.differently }, // 1: what to do differently
      { doc: { id: 'child-k' }, asks: ASK.lessons | ASK.findings }, // 2: "What did we learn from Child K?"
    ] } as unknown as SearchIndex;
    const list = [0, 1, 2].map((i) => ({ index: i, score: 10 - i }));
    preferTheAskedSibling(list, review, readIntent('what did they learn from the boy who was hurt by the dog'));
    expect(list.map((r) => r.index)).toEqual([2, 0, 1]);
    // Asked what happened, the story keeps its place.
    const same = [0, 1, 2].map((i) => ({ index: i, score: 10 - i }));
    preferTheAskedSibling(same, review, readIntent('what happened to the boy who was hurt by the dog'));
    expect(same.map((r) => r.index)).toEqual([0, 1, 2]);
  });

  it('asked what a team should ask itself, the briefing\'s questions come before the story it fits better', () => {
    const briefing = { sections: [
      { doc: { id: 'child-m' }, asks: ASK.story }, // 0: "Child M: what happened?", the story the question retells
      { doc: { id: 'child-m' }, asks: ASK.differently | ASK.discussion }, // 1: what to do differently, and questions for the team
    ] } as unknown as SearchIndex;
    const list = [0, 1].map((i) => ({ index: i, score: 10 - i }));
    preferTheAskedSibling(list, briefing, readIntent('running a briefing on the boy who drowned in the canal, what should we be asking ourselves'));
    expect(list.map((r) => r.index)).toEqual([1, 0]);
  });

  it('asked what an audit found, the findings come before the list of audits, even when the list fits the story better', () => {
    const audits = { sections: [
      { doc: { id: 'audits' }, asks: 0 }, // 0: "Which audits ran last year?", its stored questions name each theme
      { doc: { id: 'audits' }, asks: ASK.why }, // 1: why the partnership audits
      { doc: { id: 'audits' }, asks: ASK.findings }, // 2: "What did last year's audits find?"
    ] } as unknown as SearchIndex;
    const list = [0, 1, 2].map((i) => ({ index: i, score: 10 - i }));
    preferTheAskedSibling(list, audits, readIntent('what did the audit on children missing from home come up with, what did it find'));
    expect(list.map((r) => r.index)).toEqual([2, 0, 1]);
    // A kind of review named ("one of the learning reviews") is no question about what was found.
    expect(readAsks('will they do a serious case review or one of the learning reviews') & ASK.findings).toBe(0);
    expect(readAsks('was there any learning from that one') & ASK.findings).toBeTruthy();
  });

  it('asked whether the child will end up with a record, the section on that comes before the document\'s first steps', () => {
    const prevent = { sections: [
      { doc: { id: 'prevent' }, asks: ASK.whatToDo }, // 0: "I'm worried a child is being radicalised: what do I do?"
      { doc: { id: 'prevent' }, asks: 0 }, // 1: what a referral should say
      { doc: { id: 'prevent' }, asks: ASK.consequence }, // 2: "Will a referral get the child or family into trouble?"
    ] } as unknown as SearchIndex;
    const list = [0, 1, 2].map((i) => ({ index: i, score: 10 - i }));
    preferTheAskedSibling(list, prevent, readIntent("school want to refer him, his dad's worried he'll end up with a police record, will he?"));
    expect(list.map((r) => r.index)).toEqual([2, 0, 1]);
  });

  it('leaves the order alone when the first section already asks what the question asks, or the ask is a broad one', () => {
    expect(order('how long have we got to pass it on', [3, 1, 0, 2])).toEqual([3, 1, 0, 2]);
    expect(order('who do I tell')).toEqual([0, 1, 2, 3]);
  });
});

describe('"Why X matters" says what X is', () => {
  let learning: AnswerEngine;
  beforeAll(() => {
    learning = madeUpEngine(
      [
        madeUpDoc('shire-learning-quiet-lads', 'learning', 'Learning: quiet lads', [
          ['why', 'Why quiet lads matter', 'Quiet lads are boys who never cause trouble in class, so their worries go unseen by staff.', []],
          ['found', 'Quiet lads: what we found', 'Reviews found that these boys were rarely asked how things were at home.', []],
          ['do', 'Quiet lads: what to do differently', 'Ask them how things are at home, and note what they say.', []],
        ]),
      ],
      real.situations,
    );
  });

  it('"what do they mean by quiet lads?" is answered by the section on why they matter', () => {
    // The headings share the words; the ask (what it means) picks the section that says what they are.
    expect(learning.answer('what do they mean by quiet lads', { noClarify: true }).hits[0]?.section.slug).toBe('why');
  });

  it('a heading that asks why is still a why heading', () => {
    expect(readAsks('Why quiet lads matter') & ASK.why).toBeTruthy();
  });
});

describe('a personal duty to report', () => {
  let duty: AnswerEngine;
  beforeAll(() => {
    duty = madeUpEngine(
      [
        madeUpDoc('shire-branding', 'thresholds', 'Branding as a harmful practice', [
          ['do', 'I think a girl has been branded: what do I do?', 'Talk to your safeguarding lead and refer to the front door the same day. A girl who says she was branded as a child may be frightened to tell anyone else.', [
            'a girl in year 7 says she was branded on holiday abroad when she was little, what do I do',
          ]],
          ['duty', 'Is there a legal duty to report branding?', 'Yes: a teacher or nurse who learns of it must report it to the police personally, by the end of the next working day.', []],
        ]),
      ],
      real.situations,
    );
  });

  it('"do I have to ring the police myself or does the DSL?" is answered by the duty, not the first steps', () => {
    // The story fits the first steps' stored question; whose job it is picks the heading on the duty.
    expect(duty.answer('a girl in year 8 says she was branded abroad when she was small, do I have to ring the police myself or does the DSL do it?', { noClarify: true }).hits[0]?.section.slug).toBe('duty');
  });

  it('reads a duty to report, and "is it me that has to", as whose job it is', () => {
    expect(readAsks('Is there a legal duty to report branding?') & ASK.whoseJob).toBeTruthy();
    expect(readAsks('is it me that has to tell them, and by when?') & ASK.whoseJob).toBeTruthy();
    expect(readAsks('do I tell the police personally?') & ASK.whoseJob).toBeTruthy();
    expect(readAsks('do I report to police myself or pass it to the DSL?') & ASK.whoseJob).toBeTruthy();
  });
});

describe('what to do, asked of a learning briefing', () => {
  let briefing: AnswerEngine;
  beforeAll(() => {
    briefing = madeUpEngine(
      [
        madeUpDoc('shire-learning-window-falls', 'learning', 'Learning briefing: Child K and window falls', [
          ['why', 'Why does window safety matter?', 'Young children fall from open windows every summer; a toddler can climb onto a bed or a chair by an open window in seconds, and window restrictors that are not fitted or are left off do not keep a child safe. A broken restrictor is no restrictor.', []],
          ['differently', 'Window safety: what to do differently', 'Give the window safety advice to every family with a toddler: fit restrictors, keep beds and chairs away from windows, and never leave a window open wide in a child\'s room.', []],
        ]),
      ],
      real.situations,
    );
  });

  it('"how should I tackle this with her?" is answered by what to do differently, not why it matters', () => {
    // The story's words are the "why" section's; what is asked is what to do, which the briefing calls doing differently.
    expect(briefing.answer('mum says she leaves the bedroom window wide open with the toddler napping next to it and the restrictor is broken, reckons he cant climb up. how should I tackle this with her', { noClarify: true }).hits[0]?.section.slug).toBe('differently');
  });
});

describe('a number asked for and nothing else', () => {
  let contacts: AnswerEngine;
  beforeAll(() => {
    contacts = madeUpEngine(
      [
        madeUpDoc('shire-designated-officer', 'lado', 'The designated officer for allegations', [
          ['when', 'When should I contact the designated officer?', 'When an adult who works with children, such as a coach at a junior club, may have harmed a child.', []],
          ['number', 'How do I contact the designated officer, and is there a phone number?', 'The phone number for the designated officer is on the council website; or use the online form.', []],
        ]),
      ],
      real.situations,
    );
  });

  it('a number for the designated officer is answered by the section with the number, not the one on whether to contact them', () => {
    // The question's coach and club fit the "when" section's text; a number asked for is no question of whether.
    expect(contacts.answer('phone number for the designated officer please, re a junior club coach', { noClarify: true }).hits[0]?.section.slug).toBe('number');
  });
});
