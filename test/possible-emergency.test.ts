// A possible emergency told with a question about the procedure: the 999 banner still comes first, then the answer
// to the question asked, then the emergency section; so too when it asks what to do. An emergency said to be happening
// right now, one that is an emergency on its own, a happening told without a question, or one asking only whom to call
// keeps the emergency section as the answer. Real Wigan knowledge.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ask, type AskDeps } from '../bot/ask/ask.ts';
import { createAnswerEngine } from '../bot/knowledge/answer.ts';
import { loadKnowledge } from '../bot/knowledge/load.ts';
import { asksAboutProcedure } from '../bot/knowledge/query-intent.ts';

const EMERGENCY_SECTION = 'wigan-contacts#a-child-is-in-immediate-danger-who-do-i-call';
let deps: AskDeps;
const order = (q: string) => ask(deps, q).hits.map((h) => h.section.id);

beforeAll(() => {
  const kb = loadKnowledge(join(import.meta.dirname, '..', 'knowledge'), 'wigan');
  deps = { engine: createAnswerEngine(kb), profile: kb.partnership, danger: kb.immediateDanger };
});

describe('a possible emergency with a procedural question', () => {
  const BRUISED_BABY = 'a 5 month old at our baby group has a bruise on his arm and dad says his cousin grabbed him, do I still need to refer it?';

  it('keeps the banner, answers the question asked first, and offers the emergency section next', () => {
    const asked = ask(deps, BRUISED_BABY);
    expect(asked.safety.immediateDanger).toBe(true);
    expect(asked.answered).toBe(true);
    const ids = order(BRUISED_BABY);
    // The question asks whether to refer: a section on bruised babies answers it; 999 is one step below.
    expect(ids[0]).not.toBe(EMERGENCY_SECTION);
    expect(ids[0]).toMatch(/non-mobile/);
    expect(ids[1]).toBe(EMERGENCY_SECTION);
  });

  it('"still got to ring it through?" asks whether to refer, so the answer to it comes first too', () => {
    const ids = order('6 month old has a small bruise on her forehead, nan says the toddler threw a brick at her, still got to ring it through?');
    expect(ids[0]).toMatch(/non-mobile|explanation|bruise/);
    expect(ids[1]).toBe(EMERGENCY_SECTION);
  });

  it('said to be happening right now: the emergency section leads', () => {
    expect(order(`${BRUISED_BABY} he is screaming right now`)[0]).toBe(EMERGENCY_SECTION);
  });

  it('an emergency on its own ("not breathing") leads whatever is asked', () => {
    expect(order('the 3 month old is not breathing properly, do I still need to refer it?')[0]).toBe(EMERGENCY_SECTION);
  });

  it('asking what to do: the section on the situation answers, the emergency section is next', () => {
    // The banner above the answer already says 999 if the child is in danger now; the bruised-baby section says the rest.
    const ids = order('a 5 month old at our baby group has a bruise on his arm and dad says his cousin grabbed him, what do I do');
    expect(ids[0]).toMatch(/non-mobile/);
    expect(ids[1]).toBe(EMERGENCY_SECTION);
  });

  it('"not safe" as a judgement, with a question about the disagreement: the escalation section answers, 999 is next', () => {
    // "Isn't safe" keeps the banner; it is the practitioner's view of a case, not something happening now.
    const q = "the conference decided no plan and I strongly disagree, the 4 year old isn't safe in my view. where do I take it?";
    expect(ask(deps, q).safety.immediateDanger).toBe(true);
    const ids = order(q);
    expect(ids[0]).toMatch(/^wigan-escalation/);
    expect(ids[1]).toBe(EMERGENCY_SECTION);
    // Said to be now, it leads.
    expect(order("the 4 year old isn't safe at home right now, where do I take it?")[0]).toBe(EMERGENCY_SECTION);
  });

  it('any other question, even one the story around it mentions a call in: the answer to it first, 999 next', () => {
    // "Does her job come into it?" is none of the named asks, but it is a question; the story's "call" is not asking whom to call.
    const q = 'went to a domestic call last night, the 4 month old had a bruise on her cheek, the mum works at a nursery. does her job come into it?';
    expect(ask(deps, q).safety.immediateDanger).toBe(true);
    const ids = order(q);
    expect(ids[0]).not.toBe(EMERGENCY_SECTION);
    expect(ids).toContain(EMERGENCY_SECTION);
  });

  it('asking only whom to call, the best section beside it not saying 999: the emergency section leads', () => {
    // "Who is responsible for referring..." answers whose call it is, but says nothing of 999.
    expect(order('a 5 month old at our baby group has a bruise on his arm and dad says his cousin grabbed him, who do I call')[0]).toBe(EMERGENCY_SECTION);
  });

  it('told without a question, nothing still going on: the section on the signs, which says 999 itself, then the emergency section', () => {
    const ids = order('a 5 month old at our baby group has a bruise on his arm and dad says his cousin grabbed him');
    expect(ids[0]).toMatch(/non-mobile/);
    expect(ids[1]).toBe(EMERGENCY_SECTION);
  });

  it('typed without a question mark, a last clause that opens as a question still asks: answered first, 999 next', () => {
    // "...have I got to do anything" is a question however it is punctuated; "...says she's no idea how" is a telling,
    // answered the same way here because the section on the signs says 999 itself.
    const ids = order('a 5 month old at our baby group has a bruise on his arm, dad says his cousin grabbed him. mum seems genuine, are we expected to do anything else');
    expect(ids[0]).toMatch(/non-mobile/);
    expect(ids[1]).toBe(EMERGENCY_SECTION);
    expect(order("a 5 month old at our baby group has a bruise on his arm and mum says she's no idea how it got there").slice(0, 2)).toEqual([expect.stringMatching(/non-mobile/), EMERGENCY_SECTION]);
    // Whom to call first, without its question mark.
    expect(order('a 5 month old at our baby group has a bruise on his arm and dad says his cousin grabbed him, who do i ring first')[0]).toBe(EMERGENCY_SECTION);
  });

  it('signs told with only "who do I ring?", nothing still going on: the section on them first when it says to call 999 itself', () => {
    // The non-mobile baby section names the front door and 999 in its own words; the banner still comes first.
    const ids = order('a 5 month old at our baby group has a bruise on his arm and dad says his cousin grabbed him, who do i ring');
    expect(ids[0]).toMatch(/non-mobile/);
    expect(ids[1]).toBe(EMERGENCY_SECTION);
  });

  it('asking whom to call first or now, or danger still going on at the door: the emergency section leads', () => {
    expect(order('a 5 month old at our baby group has a bruise on his arm and dad says his cousin grabbed him, who do i ring now')[0]).toBe(EMERGENCY_SECTION);
    expect(order('dad is at the door shouting he wants to see the kids and banging on the windows, who do I call')[0]).toBe(EMERGENCY_SECTION);
  });

  it('"gotta" is "got to": "still gotta ring them" asks whether to refer, not whom to ring', () => {
    const ids = order('6 month old has a small bruise on her forehead, nan says the toddler threw a brick at her, do I still gotta ring them??');
    expect(ids[0]).toMatch(/non-mobile|explanation|bruise/);
    expect(ids[1]).toBe(EMERGENCY_SECTION);
  });

  it('"999 or the front door?" asks which number to ring: the emergency section leads', () => {
    expect(order('on a visit, mum\'s partner has just thrown a plate at the toddler, I am in the car outside. 999 or MASH??')[0]).toBe(EMERGENCY_SECTION);
    expect(order('dad has just hit the 4 year old across the face in front of me, police or the front door?')[0]).toBe(EMERGENCY_SECTION);
  });

  it('"999 first or get the head?" asks which call comes first: the emergency section leads', () => {
    const q = "dad, who has a court order against him, is in reception demanding to take his daughter and won't leave. the police first or get the head?";
    expect(ask(deps, q).safety.immediateDanger).toBe(true);
    expect(order(q)[0]).toBe(EMERGENCY_SECTION);
  });

  it('"the GP will have dealt with it, surely?" asks whether I must refer: answered first, the emergency section next', () => {
    const ids = order('a 5 month old at our baby group has a bruise on his arm and dad says his cousin grabbed him. the GP saw him yesterday so they will have dealt with it surely?');
    expect(ids[0]).not.toBe(EMERGENCY_SECTION);
    expect(ids).toContain(EMERGENCY_SECTION);
  });

  it('"who is responsible?" and "not sure what happened" leave the emergency section first', () => {
    // Whose job the call is asks whom to call; "what happened" in a message about danger is its story.
    expect(order('a 5 month old at our baby group has a bruise on his arm and dad says his cousin grabbed him, who is responsible?')[0]).toBe(EMERGENCY_SECTION);
    expect(order('not sure what happened but a 5 month old at our baby group has a bruise on his arm and dad says his cousin grabbed him')[0]).toBe(EMERGENCY_SECTION);
  });
});

describe('whose task a step is, in a message about danger', () => {
  const STILL_MISSING = 'our 14 year old in care went missing again, third time this month and still not back.';

  it('"who does the return interview?" asks about a step, not whom to call: the missing section first, 999 next', () => {
    const ids = order(`${STILL_MISSING} who does the return interview when she's back?`);
    expect(ids[0]).toMatch(/missing/);
    expect(ids[1]).toBe(EMERGENCY_SECTION);
  });

  it('"does she need a return interview" asks whether a step is needed: answered first', () => {
    expect(order(`${STILL_MISSING} does she need a return interview`)[0]).toMatch(/missing/);
  });

  it('"who do I ring?" about the same child: the missing section, which says to call 999 if she is in danger, then the emergency section', () => {
    const ids = order(`${STILL_MISSING} who do I ring?`);
    expect(ids[0]).toMatch(/missing/);
    expect(ids[1]).toBe(EMERGENCY_SECTION);
  });

  it('"who do I ring first?" about the same child asks which call comes first: the emergency section leads', () => {
    expect(order(`${STILL_MISSING} who do I ring first?`)[0]).toBe(EMERGENCY_SECTION);
  });
});

describe('whom to ring out of hours, in a message about danger', () => {
  const OUT_OF_HOURS = /out-of-hours/;

  it('asks for the number at night: the out-of-hours section, which itself says 999, leads; the emergency section is next', () => {
    // The banner already says 999; what they asked for is the number that answers at 3am.
    const q = 'half 3 in the morning, mum collapsed drunk on the sofa and the 2 little ones are on their own with her. who do I ring at this hour for social care?';
    const asked = ask(deps, q);
    expect(asked.safety.immediateDanger).toBe(true);
    expect(asked.hits[0].section.id).toMatch(OUT_OF_HOURS);
    expect(asked.hits[0].section.text).toMatch(/999/);
    expect(asked.hits[1].section.id).toBe(EMERGENCY_SECTION);
  });

  it('even said to be happening right now, the out-of-hours number leads when that is what is asked', () => {
    expect(order('the kids are alone in the flat right now and mum is passed out drunk, who do I ring out of hours?')[0]).toMatch(OUT_OF_HOURS);
  });

  it('the same danger asking only whom to call, with no time of day: the emergency section leads', () => {
    expect(order('the kids are alone in the flat right now and mum is passed out drunk, who do I ring?')[0]).toBe(EMERGENCY_SECTION);
  });
});

describe('a parent come to collect drunk, right now', () => {
  it('happening now: the banner says 999; the section on that moment, which says when to call 999, leads; the emergency section is next', () => {
    // What to do at the door (keep the child, don't use force, 999 if they try to drive) is what is asked.
    const q = 'mum is at the nursery door to collect her 3 year old, slurring and can barely stand, she has the car keys. what do we do right now?';
    const asked = ask(deps, q);
    expect(asked.safety.immediateDanger).toBe(true);
    expect(asked.hits[0].section.id).toMatch(/drunk-or-high/);
    expect(asked.hits[0].section.text).toMatch(/call 999/);
    expect(asked.hits[1].section.id).toBe(EMERGENCY_SECTION);
  });

  it('"car\'s parked outside" is part of the danger, not office talk about parking: the pick-up section still leads', () => {
    // Read as a parking request, the question was not understood and the emergency section stood alone at the top.
    const asked = ask(deps, "dad's turned up to collect slurring and stinking of drink, car's parked outside, what do I do");
    expect(asked.confidence).toBe('high');
    expect(asked.hits[0].section.id).toMatch(/drunk-or-high/);
  });
});

describe('a drunk parent who is also grabbing the child', () => {
  it('the emergency section (the police, through 999) leads, whatever is asked; the pick-up section is next', () => {
    // before_emergency unless_danger: the pick-up section does not come first when the danger read is a child grabbed.
    const q = 'mum has turned up at after school club off her face, shouting and trying to grab her 4 year old off the staff, what do we do';
    const asked = ask(deps, q);
    expect(asked.safety.immediateDanger).toBe(true);
    expect(asked.safety.dangerKinds).toContain('child-grabbed');
    expect(asked.hits[0].section.id).toBe(EMERGENCY_SECTION);
    expect(asked.hits.slice(1, 3).map((h) => h.section.id).join(' ')).toMatch(/drunk-or-high/);
  });
});

describe('a section allowed before the emergency section leads only when it is that section', () => {
  it('"tonight" as when a threat will be carried out, asking whom to ring right now: the emergency section leads', () => {
    // "Tonight" reads as out of hours, whose section may lead; the best section beside the emergency one is not it.
    const q = 'waiting with a 9 year old at the bus stop now, he says his stepdad told him he\'d kill him and his mum tonight. who do I ring right now?';
    expect(ask(deps, q).safety.immediateDanger).toBe(true);
    expect(order(q)[0]).toBe(EMERGENCY_SECTION);
  });

  it('out of hours with a threat to kill, asking whom to phone: the emergency section leads, not the out-of-hours number', () => {
    // out-of-hours before_emergency unless_danger: threat-to-kill. Without the threat the out-of-hours number leads.
    const threat = "it's half 8 on a friday night and a 13 year old at cadets says his mum's boyfriend has said he'll kill him when he gets in. who do I phone?";
    const scared = "it's half 8 on a friday night and a 13 year old at cadets says he's scared to go home because his mum's boyfriend hits him. who do I phone?";
    expect(ask(deps, threat).safety.dangerKinds).toContain('threat-to-kill');
    expect(order(threat)[0]).toBe(EMERGENCY_SECTION);
    expect(order(scared)[0]).toBe('wigan-contacts#who-do-i-call-out-of-hours-at-night-or-at-the-weekend');
    expect(order(scared)[1]).toBe(EMERGENCY_SECTION);
  });

  it('cuts shown tonight, asking what to do now: the self-harm section, which says when to call 999, leads', () => {
    // Not the out-of-hours section's place ("tonight" is when, not whom to ring at night): self-harm's own.
    const q = 'private tutor. a year 10 girl showed me cuts on her arm tonight and begged me not to tell her parents. what do I do now';
    const ids = order(q);
    expect(ids[0]).toMatch(/self-harm/);
    expect(ids[1]).toBe(EMERGENCY_SECTION);
  });
});

describe('professionals disagreeing while the child may be at risk tonight', () => {
  it('asking whether the escalation stages come first: the section on going straight to 999 or the front door leads', () => {
    // That section itself says to call 999; the banner is above it and the emergency section next.
    const q = "we've been arguing with the duty team all week about the family and tonight the 7 year old says he daren't go home because mum's boyfriend will hurt him. do I have to do stage 1 first?";
    expect(ask(deps, q).safety.immediateDanger).toBe(true);
    const ids = order(q);
    expect(ids[0]).toBe('wigan-escalation-principles#a-child-is-at-immediate-risk-while-we-disagree-can-i-go-straight-to-the-front-door-or-999');
    expect(ids[1]).toBe(EMERGENCY_SECTION);
  });

  it('the same danger asking only what to do, with no disagreement: the emergency section leads', () => {
    expect(order("tonight the 7 year old says he daren't go home because mum's boyfriend will hurt him. what do I do")[0]).toBe(EMERGENCY_SECTION);
  });
});

describe('what counts as a procedural question', () => {
  it.each([
    ['do I still need to refer it?', true],
    ['she refused consent, can I still refer without her agreement?', true],
    ['is it ok to ring round the other parents first?', true],
    ['does the guidance on bruising apply to her?', true],
    ['do I ring someone today or keep an eye?', true],
    ['can I ask the other children what they saw first?', true],
    ['what level is that?', true],
    ['how long have I got to tell them?', true],
    ['what do I do', false],
    ['who do I call?', false],
    // Describing the situation, not asking: "isn't allowed contact", "won't let her leave".
    ["dad isn't allowed contact and is at the gate", false],
    ["the men won't let her leave the party", false],
  ])('%s -> %s', (q, expected) => {
    expect(asksAboutProcedure(q)).toBe(expected);
  });
});

describe('the detector says when danger is acute', () => {
  it.each([
    ['the baby is not breathing', true],
    ['dad is hitting mum right now and the kids are watching', true],
    ['i think the kids are being hit at home', false],
  ])('%s -> acute %s', (q, acute) => {
    const finding = deps.danger.assess(q);
    expect(finding.immediateDanger).toBe(true);
    expect(finding.acute).toBe(acute);
  });
});

describe('the detector says when danger is still going on by its nature', () => {
  it.each([
    // Someone at the door, and a child being taken, go on whatever words say when.
    ['dad is at the door shouting and banging on the windows, the kids are inside', true],
    ['a 7 year old at our club says her mums ex is outside and is going to take her home, she is terrified', true],
    // Signs and what was told: the banner, but nothing still happening at the scene.
    ['a 5 month old at our baby group has a bruise on his arm and dad says his cousin grabbed him', false],
    ['yr 3 told me this morning daddy pushed mummy into the wall', false],
  ])('%s -> ongoing %s', (q, ongoing) => {
    const finding = deps.danger.assess(q);
    expect(finding.immediateDanger).toBe(true);
    expect(finding.ongoing).toBe(ongoing);
  });
});

describe('"who do we ring at the weekend?"', () => {
  it('asked as "we", whom to ring out of hours still brings the out-of-hours number first, which itself says 999', () => {
    const ids = order('sunday afternoon at our youth camp a 13 year old says his mum hits him and he is scared to go home tomorrow. who do we ring at the weekend?');
    expect(ids[0]).toMatch(/out-of-hours|night-or-at-the-weekend/);
    expect(ids).toContain(EMERGENCY_SECTION);
  });
});

describe('signs of exploitation read as danger now', () => {
  it('the exploitation section, which says when to call 999, leads under the banner; a weapon keeps the emergency section first', () => {
    const q = 'yr 10 lad has turned up with new trainers and a second phone, older lads picking him up in cars after school, who do we involve';
    const asked = ask(deps, q);
    expect(asked.safety.immediateDanger).toBe(true);
    expect(asked.hits[0].section.id).toMatch(/county-lines|exploit/);
    expect(asked.hits[0].section.text).toMatch(/999/);
    const armed = 'year 9 lad just got picked up at the gates by older lads in a car, one of them has a knife, who do we involve';
    expect(ask(deps, armed).safety.immediateDanger).toBe(true);
    expect(order(armed)[0]).toBe(EMERGENCY_SECTION);
  });

  it('going missing is one of the signs, not another kind of danger: the exploitation section still leads', () => {
    const q = 'year 10 boy has gone missing overnight twice, came back with new trainers and a second phone, older lads collect him in cars, what should we do';
    const asked = ask(deps, q);
    expect(asked.safety.immediateDanger).toBe(true);
    expect(asked.safety.dangerKinds).toContain('missing');
    expect(asked.hits[0].section.id).toMatch(/county-lines|exploit/);
    expect(asked.hits[1].section.id).toBe(EMERGENCY_SECTION);
  });
});
