// Safety checks: immediate danger gets 999 first; personal data gets a warning and is never stored.
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../bot/knowledge/load.ts';
import { findPersonalData, personalDataMatches } from '../bot/safety/personal-data.ts';

const danger = loadKnowledge('knowledge', 'wigan').immediateDanger;
const suggestsImmediateDanger = (text: string) => danger.assess(text).immediateDanger;

describe('immediate danger', () => {
  it.each([
    'a child is being hurt tonight at home',
    'the baby is not breathing',
    'he says he is scared to go home',
    'she threatened to kill herself after school',
    'pupil has a knife in his bag',
    'toddler left alone in the flat',
    'dad is drunk and about to drive the kids home',
    'a 15 year old ran away tonight',
    'the boy is not safe at home right now',
    'tonight the children are in danger from her partner',
    // The same patterns said to be happening now still are.
    'our year 8 has gone missing again tonight, 4 times this term, and he is with older men right now',
    'her partner is taking the kids and driving off',
    "dad has taken the kids from school and won't say where they are",
    // "Back in" is a time only before a date: getting the children back in is now.
    'two older lads fighting with a knife at the gates, staff trying to get the kids back in',
    // Who someone is not is no denial, and "he's not her dad" is a warning.
    "a man who's not a parent is filming the girls in the changing room right now",
    "man at the desk with a girl of 5 who keeps saying he's not her dad, he wants to leave now",
    // The first aider is often with the child: no training question.
    'year 5 girl cut her hand on glass, it won\'t stop bleeding, first aider with her now',
    // Done with life, said outright; and a cutter at the house is there now.
    'he texted me saying hes done with it all and to tell his mum sorry',
    "the aunt says a woman has come to do the cutting on the 9 year old and she is there now",
    // A child talked into going off with an adult, and one hit by a van, told without a "now" word.
    'a man at the bus station keeps trying to get a boy of about 9 to come off with him to his car',
    'year 3 boy knocked over by a van outside the gates',
    // Children lighting fires, told as it happens.
    'two year 5 boys are lighting fires in the hedge behind the nursery right now',
    // Gone this week, with nothing said of coming back, may still be gone.
    'the 14 year old has gone missing this week',
    // An emergency asked as "is this a safeguarding thing?": the question stops no banner.
    'the 5 year old is blue round the lips and floppy and mum wont ring an ambulance, is this a safeguarding thing?',
  ])('flags "%s"', (text) => {
    expect(suggestsImmediateDanger(text)).toBe(true);
  });

  it.each([
    'What is significant harm?',
    'how do I make a referral to the front door',
    'what are the four LADO criteria',
    'found a bruise on a 4 month old what do I do',
    'how do I escalate a disagreement with social care',
    'what level is a family needing a TAF',
    'what should I do if a child is at risk of exploitation',
    // A pattern over weeks is a worry to refer, not an emergency now.
    'our year 8 keeps staying out late, his nan has reported him missing 4 times this term',
    // Fire-setting as a habit is a fire-safety worry to pass on.
    'he keeps lighting fires in the school toilets, does that need a referral',
    // The how-many-th time, counted over a term, with the child back: a pattern to pass on, not an emergency now.
    'our looked after girl, 13, came back at teatime; it is the second time she has run off this half term, who picks that up',
    // An adult's money taken is financial abuse, not a child being taken.
    'the children live with grandad and his son is taking his pension off him',
    // Where a young person has been, told afterwards, is a missing episode, not a child being taken.
    "our year 9 came back on Monday and won't say where he's been all weekend",
    // A child's fire-setting is a fire-safety worry, not a threat to kill.
    'the 8 year old keeps playing with matches and set fire to a bin at the park',
    // A punishment told as a habit ("when he's naughty") is a worry to refer, and a time before is the past.
    "the 6 year old says his stepdad locks him in the shed when he's naughty, who do I tell",
    'she took an overdose back in year 8 and is doing well now, should I tell her new school',
    // A video of violence sent round, and a certificate that ran out, are not an emergency.
    'a year 9 was sent a video of a stabbing on snapchat, do we tell his parents',
    "our paediatric first aid cert ran out in june, how often should it be renewed",
    // Done with the plan, not with life; time alone with an adult is a worry about that adult, not a child left alone.
    "dad says he's done with it, no more TAF meetings, can we close the early help plan",
    'the scout leader gives one 11 year old lifts on his own with him every week, is that ok',
    // Seizures only ever seen by a parent are a worry about fabricated illness; a drowning review asked about is learning.
    'mum says the 5 year old has seizures that nobody at school has ever seen, and now wants a wheelchair for him',
    'what did the bath seat drowning review tell us to say to parents of twins',
    // "A safeguarding concern?" about a worry that is not happening now still asks a question, not for 999.
    'the 7 year old came in with nits again and dirty clothes, is this a safeguarding concern?',
  ])('does not flag "%s"', (text) => {
    expect(suggestsImmediateDanger(text)).toBe(false);
  });
});

describe('personal data', () => {
  it.each([
    ['a boy called Jayden has bruises', 'name'],
    ['the mother, Mrs Smith, refused', 'name'],
    ['DOB 12/03/2019', 'date-of-birth'],
    ['born on 4 May', 'date-of-birth'],
    ['NHS number 943 476 5919', 'nhs-number'],
    ['call her on 07700 900123', 'phone'],
    ['email jo.bloggs@example.org', 'email'],
    ['lives at WN1 1AA', 'postcode'],
    ['at 12 Acacia Avenue', 'address'],
  ])('finds it in "%s"', (text, kind) => {
    expect(findPersonalData(text)).toContain(kind);
  });

  // Each of these got past the check before (issue 16).
  it.each([
    ['I called the social worker yesterday about a child called Barnaby', 'name'],
    ['Called Jayden, he is 6', 'name'],
    ['a girl called amelia says she is scared', 'name'],
    ['born 2015-03-14', 'date-of-birth'],
    ['born 14/3/15, in year 4', 'date-of-birth'],
    ['Zebedee Quartermaine has a bruise', 'name'],
    ['mum NI number QQ 12 34 56 C', 'ni-number'],
  ])('finds it in "%s"', (text, kind) => {
    expect(findPersonalData(text)).toContain(kind);
  });

  it('finds each name where it is: an innocent "called the" earlier does not hide a later name', () => {
    const text = 'I called the MASH and then spoke to a child called Barnaby';
    expect(personalDataMatches(text).map((m) => text.slice(m.start, m.end))).toEqual(['Barnaby']);
  });

  it.each(['how do I contact the LADO?', 'what is level 2 earliest help', 'the team called Early Help', 'a 4 month old baby with a bruise'])(
    'finds none in "%s"',
    (text) => {
      expect(findPersonalData(text)).toEqual([]);
    },
  );
});
