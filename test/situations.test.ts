// The situation behind a question, on a small made-up partnership (test/fixtures/situations) with the real,
// generic knowledge/situations.yml and glossary.yml: everyday words reach the section that fits the situation.
// Every question here is our own; each test says in one line why the order is what it is.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../bot/knowledge/load.ts';
import { createAnswerEngine, type AnswerEngine } from '../bot/knowledge/answer.ts';
import { parseSituations } from '../bot/knowledge/situations-file.ts';
import { HeadingClasses, SituationReader, withoutOwnName } from '../bot/knowledge/situations.ts';
import { readFormsOfAddress } from '../bot/knowledge/forms-of-address.ts';
import { preferLocalSections } from '../bot/knowledge/local-first.ts';
import { madeUpDoc, madeUpEngine } from './support/made-up-docs.ts';
import { ASK, readAsks, readIntent } from '../bot/knowledge/query-intent.ts';
import type { KnowledgeDoc, Section } from '../bot/knowledge/types.ts';
import { stem, terms } from '../bot/knowledge/text-analysis.ts';

const ROOT = join(import.meta.dirname, '..');
const FIXTURE = join(import.meta.dirname, 'fixtures', 'situations');
let engine: AnswerEngine;
let reader: SituationReader;
const first = (q: string) => engine.answer(q, { noClarify: true }).hits[0]?.section.id;
const ids = (q: string, n = 3) => engine.answer(q, { noClarify: true, limit: n }).hits.map((h) => h.section.id);
/** The situations a question is read as (by the real situations.yml). */
const sits = (q: string) => reader.read(q).situations.map((s) => s.id);

let real: ReturnType<typeof loadKnowledge>;

beforeAll(() => {
  real = loadKnowledge(join(ROOT, 'knowledge'), 'wigan');
  const fixture = loadKnowledge(FIXTURE, 'fixtureshire');
  engine = createAnswerEngine({ ...fixture, glossary: real.glossary, situations: real.situations });
  reader = new SituationReader(real.situations);
});

describe('who is involved and what happened', () => {
  it('a role word and an act of harm: an allegation against someone who works with children', () => {
    // "caretaker" + "slapped": the designated officer's sections, though neither word is in them.
    expect(first('the school caretaker slapped a year 4 boy in the corridor')).toBe('fixtureshire-allegations#when-does-a-concern-go-to-the-designated-officer');
    expect(engine.answer('the school caretaker slapped a year 4 boy in the corridor').confidence).toBe('high');
  });

  it('roles beyond teaching staff (kitchen, cleaning, clubs) are people who work with children', () => {
    // A cook or a cleaner is an adult in a position of trust too, so "smacked"/"shoved" by one is an allegation.
    for (const q of ['the cook at our nursery smacked a toddler at lunch', 'the school cleaner shoved a year 3 girl against the wall']) {
      expect(first(q)).toBe('fixtureshire-allegations#when-does-a-concern-go-to-the-designated-officer');
    }
  });

  it('a family member and the same act: harm at home, not the designated officer', () => {
    // "stepdad" + "slapped": the family situation points at thresholds and away from the LADO area.
    expect(first('her stepdad slapped her across the face last night')).toBe('fixtureshire-worried#im-worried-a-child-is-being-harmed-at-home-what-do-i-do');
  });

  it('a parent saying the practitioner hurt her child: an allegation about the asker, not harm at home', () => {
    // "Her son" names family, but the one said to have done it is "I".
    expect(sits("mum has complained about me, says I pushed her son out of the way at the gate")).toContain('allegation-about-me');
    expect(sits("mum has complained about me, says I pushed her son out of the way at the gate")).not.toContain('harm-at-home');
    expect(sits('mum pushed her son out of the way at the gate and he fell')).not.toContain('allegation-about-me');
  });

  it("a young person's own say over sharing is its own situation, not the parents' consent", () => {
    // "At his age" and "refuse" with a concern passed on: whether he can decide, not whether mum must agree.
    expect(sits("16 year old on my caseload says he doesn't want me telling social care, can he refuse at his age?")).toContain('young-persons-own-consent');
    expect(sits("mum says she doesn't want me telling social care, can she refuse?")).not.toContain('young-persons-own-consent');
  });

  it('an agency worker not coming back, with the LADO named: a worker leaving mid-allegation', () => {
    expect(sits("the agency TA we referred to the LADO has told them she isn't coming back, is that the end of it?")).toContain('worker-resigns');
    // Leaving alone is no question of safeguarding.
    expect(sits("our agency TA isn't coming back after christmas, who covers her class?")).not.toContain('worker-resigns');
  });

  it('grabbing a towel is not grabbing a child', () => {
    // "Grabs" is an act of harm only when it is done to someone.
    expect(sits('mum leaves the baby in the bath for a second while she grabs a towel, what do I tell her?')).not.toContain('harm-at-home');
    expect(sits('mum grabbed the 6 year old by the arm and shook him')).toContain('harm-at-home');
    // Done to a baby, whoever in the family did it, the baby's route: injury-to-a-baby replaces harm at home.
    expect(sits('mum grabbed the baby by the arm and shook him')).toContain('injury-to-a-baby');
    expect(sits('mum grabbed the baby by the arm and shook him')).not.toContain('harm-at-home');
  });

  it('another child: child-on-child abuse, and the designated officer for adults comes nowhere near', () => {
    // "an older boy" + "pushing": child-on-child, which avoids the LADO area.
    const top = ids('an older boy keeps pushing a year 7 into the lockers and kicking him');
    expect(top[0]).toBe('fixtureshire-peer-abuse#when-one-child-harms-another');
    expect(top.some((id) => id.startsWith('fixtureshire-allegations#'))).toBe(false);
  });

  it('child-on-child that asks about the designated officer by name: the area is not steered away from', () => {
    // The situation avoids the LADO area, but "does the LADO need to know?" asks about it: its answer must be reachable.
    expect(ids('an older boy keeps pushing a year 7 into the lockers and kicking him. is that one for the LADO?')).toContain(
      'fixtureshire-allegations#what-does-not-go-to-the-designated-officer',
    );
  });

  it("a parent saying no to a concern being passed on: the consent section, though it shares none of the story's words", () => {
    // "won't agree" + "passing ... on": consent refused; without the situation a learning briefing about dads came first.
    expect(first("mum won't agree to me passing my worries about her little boy on to anyone. can I still do it?")).toBe(
      'fixtureshire-consent#what-do-i-do-if-the-parents-refuse-consent',
    );
    // The same words about the office, with no child or concern in them, are not answered with confidence.
    expect(engine.answer("my colleague doesn't want me to share her home address with anyone").confidence).not.toBe('high');
  });

  it('a baby and a bruise: the non-mobile baby section, not the learning briefing that mentions both', () => {
    // The fathers briefing says "baby", "bruised" and "dad"; the situation avoids learning for a happening.
    expect(first('dad brought in his 3 month old with a bruise on her cheek')).toBe('fixtureshire-worried#bruises-on-a-baby-who-cannot-crawl');
  });

  it('a baby said by what he cannot do yet ("nowhere near crawling") is a baby too', () => {
    // No age given as "month old": the carer's words for a baby who is not yet mobile.
    const q = "my grandson's nowhere near crawling and he came back from contact with a little bruise on his ear";
    expect(sits(q)).toContain('injury-to-a-baby');
    expect(first(q)).toBe('fixtureshire-worried#bruises-on-a-baby-who-cannot-crawl');
  });

  it('signs of criminal exploitation reach county lines, though a stored question on sexual exploitation shares more words', () => {
    // The document's title names both kinds: which kind the signs point at is told by the sections' own headings.
    expect(first('lad in yr 10 has two phones and wads of cash, older lads pick him up in a car, what do I do')).toBe('fixtureshire-exploitation#county-lines-what-should-i-do');
  });

  it('going missing beside the signs of county lines is read as criminal exploitation, not going missing alone', () => {
    // Missing episodes are one of the signs: the exploitation route is the one that covers them.
    expect(sits('lad of 15 has new trainers and two phones and keeps disappearing for days, think he is running drugs')).toEqual(['criminal-exploitation']);
    expect(sits('lad of 15 keeps disappearing for days and comes back the next day')).toContain('going-missing');
  });

  it("a review's lesson about families moving between areas is learning, not a referral across the border", () => {
    expect(sits('the review about the family who moved in from another area with a DV history, what was the lesson')).not.toContain('other-area');
    expect(sits('the family moved in from another area last month and the kids are not in school')).toContain('child-in-other-area');
  });

  it('staff as the ones a complaint is about name the doer: no "who did it?" question', () => {
    expect(sits('ofsted were critical of how the council dealt with complaints about staff hurting children')).toContain('concern-about-worker');
    expect(reader.read('we have a rota problem, staff are off sick and the children are upset').situations.map((s) => s.id)).not.toContain('concern-about-worker');
  });

  it('a past case recalled ("what was that case where...") asks about learning, not about the injury it tells', () => {
    expect(sits('what was that case where the baby kept being taken to A&E before they found the broken bones')).not.toContain('injury-to-a-baby');
    // One's own case told the same way is the situation it describes.
    expect(sits('i have a case where the baby has a bruise on his ear')).toContain('injury-to-a-baby');
  });

  it('a family stepping back from early help, said in everyday words, reaches the section on withdrawn consent', () => {
    // "Won't engage" and "don't want us involved" are how a withdrawal is told; the heading says "withdrawn consent".
    expect(first("mum says she won't engage with the plan any more and wants us to close it")).toBe('fixtureshire-early-help#a-family-has-withdrawn-consent-to-early-help-what-now');
    expect(first("dad texted that they don't want us involved now, what do I do with the TAF")).toBe('fixtureshire-early-help#a-family-has-withdrawn-consent-to-early-help-what-now');
  });

  it('a plan that has changed nothing, and a decision to argue with, are disagreements too', () => {
    // "Since the plan" is a decision on the case; "still the same" and "argue with" are how the disagreement is said.
    expect(sits('six weeks since the plan was agreed and she is still the same, unwashed and tired, year 3')).toContain('professional-disagreement');
    expect(sits('the hub came back NFA on my referral for a 10 year old, can I argue with that')).toContain('professional-disagreement');
    // The neglect told as the reason for disagreeing is background: challenging the decision is what is asked.
    const ids = sits("the front door said NFA twice, the kids are always hungry and dirty, I don't agree, how do I challenge it");
    expect(ids).toContain('professional-disagreement');
    expect(ids).not.toContain('signs-of-neglect');
    // A plan going round in circles is the disagreement, said without "disagree".
    expect(sits('the social worker and core group keep rolling over the same actions and nothing moves on for the boy, can I escalate?')).toContain('professional-disagreement');
    // A case "about to close" is a decision too, and concerns left unanswered are how the disagreement starts.
    expect(sits("the family support worker hasn't responded to my concerns and the case is about to close, what can I do")).toContain('professional-disagreement');
  });

  it('a professional who wants to close the case: a disagreement, so escalation', () => {
    // "HV" + "wants to close" + "not happy": escalation, though the question never says "escalate".
    expect(first("the HV wants to close the case but I'm not happy about it")).toBe('fixtureshire-disagreements#i-disagree-with-another-agencys-decision-about-a-child');
  });

  it('neglect signs in everyday words reach the neglect section', () => {
    // "nits", "always hungry", "no coat": signs of neglect.
    expect(first('she has nits all the time, is always hungry and has no coat in winter')).toBe('fixtureshire-worried#neglect-what-to-look-for');
  });

  it('a child who stays out all night and comes back: going missing, though the question never says "missing"', () => {
    // "out all night" and "ran off" are how people say it; the section's own words are "missing" and "return home".
    expect(first('yr 8 lad has been out all night three times this month, mum rings the police each time, what do we do')).toBe('fixtureshire-young-people#a-child-goes-missing-from-home-what-should-happen');
    expect(first('she ran off from her foster placement again on friday, what should happen when she is back')).toBe('fixtureshire-young-people#a-child-goes-missing-from-home-what-should-happen');
    expect(engine.answer('he keeps disappearing overnight and turns up at school the next day').situations).toContain('going-missing');
    expect(engine.answer('she has been going off overnight and comes back the next day, yr 9').situations).toContain('going-missing');
  });

  it('an adult being abused is adult safeguarding, not harm to a child', () => {
    // "Taking his money" is said of the grandfather, an adult at risk.
    const read = reader.read('the grandad who minds the kids says his son is taking his money and his pension');
    expect(read.situations.map((s) => s.id)).toContain('adult-at-risk');
  });

  it('"foster dad" is a role, and its "dad" is not also family (longest phrase wins)', () => {
    const read = reader.read('her foster dad hit her with a slipper');
    expect([...read.classes]).toContain('works-with-children');
    expect([...read.classes]).not.toContain('family');
    expect(first('her foster dad hit her with a slipper')).toMatch(/^fixtureshire-allegations#/);
  });

  it('a worker in a relationship with a young person from work is an allegation, not a low-level concern', () => {
    // Abuse of a position of trust whatever the age: its own situation, pointing at the LADO like an allegation.
    const ids = sits('the youth leader has started dating a 17 year old from the club');
    expect(ids[0]).toBe('worker-in-a-relationship');
    expect(real.situations.situations.find((s) => s.id === ids[0])!.prefer.areas).toContain('lado');
    expect(ids).not.toContain('boundaries-of-worker');
  });

  it('the speaker\'s own role ("HV here") is not the person they are worried about', () => {
    // Without the speaker rule "HV" and "teacher" would read as the adult who did it.
    expect(sits('HV here, mum hit the toddler')).toEqual(['harm-at-home']);
    expect(sits("I'm a teacher and a parent hit their child")).toEqual(['harm-at-home']);
  });

  it('a role and where it is held opens as the speaker ("youth worker on the detached team."), unless the opening goes on to tell what happened', () => {
    // Read as a worker, the PCSO would block the county lines situation (it is not about a worker's conduct).
    expect(sits('youth worker on the detached team. a 14 yr old has a second phone, wads of cash and older lads picking him up')).toContain('criminal-exploitation');
    // "TA at our school slapped a boy." is the TA who did it, not the speaker.
    expect(sits('TA at our school slapped a boy. what do I do')).toContain('allegation-against-worker');
  });

  it('a plain word then the role, the whole opening ("duty nurse - ..."), is the speaker; "it\'s about our head - ..." is not', () => {
    // The nurse is not a worker whose charge outside work is in question; the head a parent complains about is the one accused.
    expect(sits('duty nurse - lad of 15 brought in after being charged with theft, mum says he hasnt been home for days, what now')).not.toContain('worker-life-outside-work');
    expect(sits("it's about our deputy head - a dad says he pushed his son against the lockers, who do I go to")).toContain('allegation-about-a-leader');
    // Told, not who is telling: "parent punched a teacher." opens with what happened.
    expect([...reader.read('parent punched a teacher. what now').speakerTerms]).not.toContain(stem('teacher'));
    expect([...reader.read('duty nurse - lad of 15 brought in after being charged with theft').speakerTerms]).toContain(stem('nurse'));
  });

  it('once the situation is known, the rest of the question chooses the section', () => {
    // "coach" and "grabbed" found the allegation sections; "warn" picks the one about warning the colleague.
    expect(first('the coach grabbed a lad by the neck, should I warn the coach')).toBe('fixtureshire-allegations#should-i-warn-the-colleague-concerned');
  });

  it("a stored practitioner question counts, even with none of the section's own words", () => {
    // "heads up" appears only in the section's stored questions.
    expect(first('can I give the teacher a heads up')).toBe('fixtureshire-allegations#should-i-warn-the-colleague-concerned');
  });
});

describe('words that misfire', () => {
  it('a charity appeal is not appealing a decision', () => {
    expect(readAsks('our winter coat appeal for the families at the centre, can we take used ones') & ASK.challenge).toBe(0);
    expect(reader.read('our winter coat appeal for the families at the centre').classes.has('disagreement')).toBe(false);
    // Appealing a decision still is.
    expect(readAsks('conference went for no plan, can we appeal it') & ASK.challenge).toBeTruthy();
    expect(reader.read('conference went for no plan, can we appeal it').classes.has('disagreement')).toBe(true);
  });

  const sits = (q: string) => reader.read(readFormsOfAddress(q)).situations.map((s) => s.id);

  it('"miss" naming a teacher is a member of staff, not a missing child; the verb "miss" stays', () => {
    // "Miss" stems like "missing": followed by what she did (or her surname) it is a person.
    expect(readFormsOfAddress('miss shoved him into the wall')).toBe('teacher shoved him into the wall');
    expect(readFormsOfAddress('Miss Patel pinched a year 1 girl')).toBe('teacher Patel pinched a year 1 girl');
    expect(readFormsOfAddress('he will miss school for the court date')).toBe('he will miss school for the court date');
    // "Mr X" or "Mrs X" who did something is how children name staff; "Mr Jones next door" did nothing in those words.
    expect(readFormsOfAddress('yr 3 told me mr x pulled her hair')).toBe('yr 3 told me teacher x pulled her hair');
    expect(readFormsOfAddress('Mr Jones next door is lovely')).toBe('Mr Jones next door is lovely');
    // Where he teaches, said between: "mr b in science grabbed him".
    expect(readFormsOfAddress('mr b in science threw a book at her')).toBe('teacher b in science threw a book at her');
    expect(readFormsOfAddress('Mr Jones from next door came round')).toBe('Mr Jones from next door came round');
    expect(sits('yr 3 told me mrs b grabbed her arm in the line')).toContain('allegation-against-worker');
    expect(sits('a year 2 boy says miss shoved him into the wall')).toContain('allegation-against-worker');
    expect(first('a year 2 boy says miss shoved him into the wall')).toMatch(/^fixtureshire-allegations#/);
  });

  it('more of the people who work with children, and rough handling said plainly', () => {
    // Residential, cover and supply staff are workers; "too rough with" is rough handling, "nip off" is not a nip.
    expect(sits('one of our residential staff was too rough with a 9 year old at bedtime')).toContain('allegation-against-worker');
    expect(sits('the agency cover worker held him down in the corridor, year 4')).toContain('allegation-against-worker');
    expect(sits('one of our casual workers at the holiday club smacked a 6 year old')).toContain('allegation-against-worker');
    expect(sits('mum says one of our practitioners shouted at her son and shook him')).toContain('allegation-against-worker');
    // "Is said to have" reports what the worker did: the worker is not the one speaking, as in "mum is saying".
    expect(sits('a volunteer at the club is said to have slapped a 7 year old')).toContain('allegation-against-worker');
    expect(sits('mum said she would nip off to the shop and leave the 6 year old with her sister')).not.toContain('allegation-against-worker');
  });

  it('everyday forms of who: "my nursery manager", "a yr 10 lad", an age written as one word ("a 13yo")', () => {
    // A manager named with the setting is still the practitioner's own line of management.
    expect(sits('i told my nursery manager about the marks on a toddler and she said to leave it')).toContain('own-organisation-not-acting');
    // A secondary pupil doing it is another child, whatever the school year is written as.
    expect(sits('a yr 10 lad has been touching a year 8 girl on the school bus')).toEqual(['child-on-child']);
    // "13yo" is a child, and "msgs" are messages: a volunteer messaging a child crosses a boundary.
    expect(sits('one of the club volunteers keeps sending a 13yo msgs late at night')).toContain('boundaries-of-worker');
  });

  it('a concern raised about a worker, with no act named, is the LADO\'s when a child is in it: a complaint alone is not', () => {
    // Managers often report that a concern exists before they say what was done; a parent or a pupil raising it is enough.
    expect(sits('a concern has been raised about one of our staff and a year 1 girl')).toContain('concern-about-worker');
    expect(reader.read('mum raised a concern about one of our coaches and her son').situations.find((s) => s.id === 'concern-about-worker')?.strength).toBeGreaterThanOrEqual(1);
    // With no child in it, this is office talk about a colleague.
    expect(sits('there was a complaint about my colleague parking in the head\'s space')).not.toContain('concern-about-worker');
  });

  it('an ordinary English word is meant as typed, not read as the class word one letter away', () => {
    // "wanted" is one letter from "wasted" (drunk, a danger with a child); it is an English word, so it stays.
    expect(engine.answer('i wanted to get social care involved for this 8 year old but dad said no').situations).not.toContain('danger-now');
  });

  it('a child under 16 put out of home and living at a friend\'s is private fostering, not homelessness', () => {
    const read = sits('a 14 yr old girl has been living with her friends for a month after her mum threw her out, do I tell anyone');
    expect(read).toContain('private-fostering-after-being-put-out');
    expect(read).not.toContain('homeless-young-person');
    // At 16 or 17 it is homelessness.
    expect(sits('a 17 yr old girl has been living with her friends for a month after her mum threw her out')).not.toContain('private-fostering-after-being-put-out');
  });

  it('FGM in the words a girl uses ("a special ceremony to become a woman", "cut down there"), not self-harm', () => {
    expect(sits('year 6 girl says she is going to her aunties in the holidays for a special ceremony to become a woman')).toEqual(['fgm']);
    expect(sits('she told the school nurse she was cut down there when she was small')).toEqual(['fgm']);
    expect(sits('she has been cutting her arms again')).not.toContain('fgm');
    // Cut while away, told with the visit: FGM; cutting herself on a visit is self-harm.
    expect(sits('a 12 yr old told the nurse she was cut while visiting relatives, she seems scared')).toContain('fgm');
    expect(sits('she cut herself when she went to stay at her dads')).not.toContain('fgm');
  });

  it('signs she may already have been cut (repeated water infections) with a family from a country where FGM is practised', () => {
    // The statutory guidance's indicators: neither the infections nor the country alone is a sign.
    expect(sits('8 year old girl keeps getting water infections since the family came over from Somalia, should I be worried')).toContain('fgm');
    expect(sits('8 year old girl keeps getting water infections, mum has taken her to the GP twice')).not.toContain('fgm');
  });

  it('idioms whose verb is an act of harm are not harm, and "heated" is not the office heating', () => {
    // "Dragging on" would be rough handling by nobody named: a clarifying question about a disagreement.
    expect(reader.read('our disagreement with the school nurse has been dragging on for weeks').clarify).toBeUndefined();
    expect(sits('the case hit a brick wall when the family moved')).toEqual([]);
    // A portal "kicking me back" hurts nobody: no "who did it?" question.
    expect(reader.read('the portal keeps kicking me back to the login page, can i save it').clarify).toBeUndefined();
    expect(reader.read('the portal keeps kicking me back to the login page, can i save it').classes.has('physical-harm')).toBe(false);
    // "Heated" stems like "heating": it made a hard conversation with a social worker office talk.
    expect(reader.read('a heated phone call with the social worker about a case').officeTalk).toBe(false);
    expect(reader.read('the heating is off in our office again').officeTalk).toBe(true);
  });

  it('casework told in everyday words is safeguarding evidence: home visits, a family I work with', () => {
    // Neither names a child, a harm or a procedure, yet both are practitioners talking about their cases.
    expect(reader.read('on our home visits we never see the partner').inDomain).toBe(true);
    expect(reader.read('a family i work with has moved and nobody told me').inDomain).toBe(true);
    expect(reader.read('my family are coming to visit at the weekend').inDomain).toBe(false);
    expect(reader.read('we cannot agree with another agency about what happens next').inDomain).toBe(true);
  });

  it('the section 11 audit, and the schools\' section 175 return, are safeguarding names', () => {
    expect(reader.read('the trust has asked me to fill in our section 11 return, what is it').inDomain).toBe(true);
    expect(reader.read('who does the s175 for a primary school').inDomain).toBe(true);
    expect(reader.read('my mum was sectioned last year').inDomain).toBe(false);
  });

  it('an email signature is office talk; a parent\'s signature on a consent form is not', () => {
    // A stored question about signing for consent made "add a signature to my emails" a clear winner.
    expect(reader.read('how do I put a signature on my emails').officeTalk).toBe(true);
    expect(reader.read('mum will not sign the consent form for the early help referral').officeTalk).toBe(false);
    // A DBS renewal and the union are HR; a DBS referral after an allegation is the LADO's.
    expect(reader.read('who pays when my dbs renewal is due').officeTalk).toBe(true);
    expect(reader.read('do we make a dbs referral now he has resigned after the allegation').officeTalk).toBe(false);
  });

  it('a carer\'s mileage and help with a child\'s reading are office talk, even with a foster child named; a harm beside them is not', () => {
    expect(reader.read('can I claim mileage for taking my foster daughter to her contact visits').officeTalk).toBe(true);
    expect(reader.read('what reading apps would help my foster son, he is 7 and behind with his reading').officeTalk).toBe(true);
    expect(reader.read('my foster son is behind with his reading and has bruises on his back he will not explain').officeTalk).toBe(false);
  });

  it('a room to book or a password to reset is office talk, even with children named; a harm beside it is not', () => {
    expect(reader.read('can I book the training room for the year 3 parents coffee morning').officeTalk).toBe(true);
    expect(reader.read('reset my password please, the reception class register is due in at 9').officeTalk).toBe(true);
    expect(reader.read('a year 3 boy told me in the meeting room that his dad hits him').officeTalk).toBe(false);
  });

  it('time back, pay and a medicine dose are office or clinical talk; an overdose is not', () => {
    expect(reader.read('can I take TOIL for the core group I went to on my day off').officeTalk).toBe(true);
    expect(reader.read('my DSL allowance is missing from this months pay again').officeTalk).toBe(true);
    expect(reader.read('what is the usual dose of sertraline for a 16 year old').officeTalk).toBe(true);
    expect(reader.read('a 15 year old says she took double her usual dose on purpose last night').officeTalk).toBe(false);
  });

  it("the speaker's own family with nothing of safeguarding in it is personal; with a child's situation it is not", () => {
    // A chance match with a stored question ("parents", "tonight") is no reason to answer a personal errand.
    expect(reader.read('what should I cook for my parents tonight').personalTalk).toBe(true);
    expect(reader.read('my mum keeps ringing me at work, how do I stop her').personalTalk).toBe(true);
    // A worker and a child in it: a situation, whoever's child it is.
    expect(reader.read("my son's football coach keeps messaging him on snapchat").personalTalk).toBe(false);
    // "Mum" without "my" is the child's mother, as practitioners say it.
    expect(reader.read('mum keeps ringing the school about the TAF').personalTalk).toBe(false);
    expect(reader.read('what time is the staff briefing').officeTalk).toBe(true);
  });

  it('a broken lift, the clocks changing, a parking ticket or a chat opener is office talk', () => {
    // "Out of order" is also a worker's behaviour, and "home visit" a safeguarding word: the longer phrase says which.
    expect(reader.read('who do i tell that the lift is out of order again').officeTalk).toBe(true);
    expect(reader.read('the new TA was way out of order with a year 2 boy today').officeTalk).toBe(false);
    expect(reader.read('how do i claim for a parking ticket i got on a home visit').officeTalk).toBe(true);
    expect(reader.read('hi, are you a real person?').officeTalk).toBe(true);
    expect(reader.read('where are staff meant to park at the office, I keep getting tickets').officeTalk).toBe(true);
  });

  it('running the class is school admin though it names the children; a harm in it is not', () => {
    expect(reader.read('can you find me a good phonics game for year 1').officeTalk).toBe(true);
    expect(reader.read('how many pupils can go on the minibus at once').officeTalk).toBe(true);
    expect(reader.read("a year 1 boy says his dad hit him when he couldn't do his phonics homework").officeTalk).toBe(false);
    // A subject's lesson to plan, with the year group named.
    expect(reader.read('could you plan me a year 4 history lesson about the romans').officeTalk).toBe(true);
    expect(reader.read('in the history lesson a year 4 girl told me her uncle touches her').officeTalk).toBe(false);
  });

  it("the speaker's own things are personal too, unless a child's situation is in it", () => {
    expect(reader.read("my car won't start, any tips").personalTalk).toBe(true);
    expect(reader.read('a year 9 girl turned up at my house last night saying her stepdad hit her').personalTalk).toBe(false);
  });

  it('cutting on arms or legs is self-harm, and "cutting" alone no longer means FGM', () => {
    // The glossary kept FGM's full name ("female genital cutting"), so the bare verb is not expanded to it.
    expect(sits('a lad in year 10 has been cutting his thighs')).toEqual(['self-harm']);
    const fgm = real.glossary.find((g) => g.term === 'FGM')!;
    expect(fgm.also).not.toContain('cutting');
  });

  it('a child in foster care is looked after, not privately fostered; harm by their carer is an allegation', () => {
    // "foster child" is a child in care even when the child is the one who "says" it.
    expect(sits('a foster child says her carer slapped her')[0]).toBe('harm-to-a-child-in-care');
    expect(sits('the foster child in my class is living with a new family')).not.toContain('private-fostering');
    expect(first('a foster child says her carer slapped her')).toMatch(/^fixtureshire-allegations#/);
  });

  it("an injury said of the mother is domestic abuse, not a baby's injury", () => {
    // "mum has bruises" is read as one phrase: the baby in the same question is not the injured one.
    expect(sits('midwife visit: mum has a black eye from her boyfriend, twins are 6 weeks old')).not.toContain('injury-to-a-baby');
    expect(sits('midwife visit: mum has a black eye from her boyfriend, twins are 6 weeks old')).toContain('domestic-abuse');
    // The baby's own injury still is.
    expect(sits("mum's boyfriend shook the 6 week old and there's a mark on his arm")).toContain('injury-to-a-baby');
  });

  it("living with a mate's family, or at her friend's house, is a child living away from home", () => {
    // "her friend" alone is another child in the story; the whole phrase says where she lives.
    expect(sits("a year 8 boy has been living with his mate's family since christmas, do I tell anyone")).toContain('private-fostering');
    expect(sits("she is 14 and has been living at her friend's house since she fell out with her mum")).toContain('private-fostering');
  });

  it('"I\'m only a volunteer coach" and "what do they want from a dance teacher?" are the asker, not a worker to report', () => {
    expect(sits("the police want me at a strategy discussion about a girl at brownies, I'm just a volunteer leader, what do I say")).toContain('asked-to-a-strategy-discussion');
    expect(sits('asked to a strat call tomorrow about a lad in my class, what will they expect from a swimming instructor')).toContain('asked-to-a-strategy-discussion');
  });

  it('a role said as a verb ("I coach", "I volunteer") is the speaker, not a worker to report', () => {
    // The lad's new trainers and trips "for work" are criminal exploitation; the coach asking is not the worker concerned.
    const coach = sits('I coach an under 12s team. one lad has new trainers and cash every week and went to another city for work at the weekend, who do I tell');
    expect(coach).toContain('criminal-exploitation');
    expect(coach).not.toContain('worker-life-outside-work');
  });

  it('a worker\'s post on social media about children who are not ours is her life outside work', () => {
    const read = sits("one of our coaches wrote on his tiktok that the kids round his way need a good hiding, none of ours. LADO?");
    expect(read).toContain('worker-life-outside-work');
    expect(read).not.toContain('allegation-against-worker');
  });

  it("a coach's own child hurt at home is what it means for his work with children, not the harm at home first", () => {
    const read = sits("a porter here coaches girls football on sundays. we hear she's been charged with assaulting her own son at home, nothing at football");
    expect(read).toContain('worker-life-outside-work');
    expect(read).not.toContain('harm-at-home');
  });

  it("a colleague's arrest outside work, said as one of the team or an assistant, is the worker's life outside work", () => {
    expect(sits('one of our health visitors was arrested at the weekend after a fight with her partner, nothing to do with work')).toContain('worker-life-outside-work');
    expect(sits("I'm a childminder with an assistant. she was arrested last night after a domestic at her house")).toContain('worker-life-outside-work');
  });

  it('a pool or a field let out to another organisation is an activity on our premises, not our own staff', () => {
    expect(sits('we let our pool out to a swim club in the evenings and a parent says their coach grabbed a boy by the neck')).toContain('activity-on-our-premises');
    expect(sits('the school hires out the field to a football club and one of their coaches swore at a 9 year old')).toContain('activity-on-our-premises');
    // "Is it us or them that tells?" asks who tells.
    expect(readAsks('they are not our staff, is it us or them that tells the designated officer') & ASK.whoTells).toBeTruthy();
  });

  it('a manager holding back a concern about harm at home: what to do about the manager is asked, not what the harm is', () => {
    const read = sits("I told my head about bruises on a lad's arms and what he said about his mum's boyfriend, she says leave it. what now");
    expect(read).toContain('own-organisation-not-acting');
    expect(read).not.toContain('harm-at-home');
  });

  it('a team lead messaging a young person is an allegation about a leader, wherever the young person is seen', () => {
    const read = sits("a teen on our CAMHS list says our team lead keeps messaging her on snapchat, he's my manager, who do I tell");
    expect(read).toContain('allegation-about-a-leader');
    expect(read).not.toContain('child-mental-health');
  });

  it('a mental health service named as where the practitioner works is the setting: a worker messaging a teen is still about the worker', () => {
    // child-mental-health steers away from the LADO; the service the story is told from is no sign of the child's own mental health.
    for (const q of ['camhs practitioner: a year 9 boy says his football coach keeps texting him late and buying him things', 'camhs nurse - girl of 15 says the dance teacher hit her with a cane']) {
      const read = sits(q);
      expect(read.some((id) => ['boundaries-of-worker', 'allegation-against-worker'].includes(id))).toBe(true);
      expect(read).not.toContain('child-mental-health');
    }
  });

  it('"headteacher won\'t let me refer" said bare is our own organisation holding it back, as "head won\'t" is', () => {
    expect(sits("headteacher refuses to pass on what the girl told me, says we'll monitor. what are my options")).toContain('own-organisation-not-acting');
  });

  it('a worry raised with the head, who will not refer: our own organisation not acting, not a disagreement with another agency', () => {
    expect(sits("I raised a worry about a boy with the head and she says I'm overreacting and won't refer, what now")).toEqual(['own-organisation-not-acting']);
  });

  it('supply said as schools say it ("we use an agency for supply"), and a child\'s desk, are not office talk', () => {
    const read = reader.read("we use an agency for supply and one of them shoved his desk across into a year 4 boy");
    expect(read.classes.has('works-with-children')).toBe(true);
    expect(read.classes.has('office-request')).toBe(false);
  });

  it("a social worker who hasn't done the plan's actions, or keeps cancelling, is a disagreement; the plan's own reviews are no case review", () => {
    const read = sits("the SW hasn't done any of the actions from the last two reviews on the CIN plan for the 3 kids, can I escalate");
    expect(read).toContain('professional-disagreement');
    expect(read).not.toContain('asks-what-a-review-found');
    expect(sits('the social worker keeps cancelling the core groups for the 2 year old and nothing has been done about the damp, can I escalate')).toContain('professional-disagreement');
  });

  it('"an allegation from a parent is about our head" is an allegation about a leader', () => {
    expect(sits("an allegation from a parent is about our headteacher, I'm the chair of governors, what do I do")).toContain('allegation-about-a-leader');
  });

  it('cuts on her forearm are self-harm, not harm at home for the dad in the story', () => {
    const read = sits('a 14 year old at our club showed me cuts on her forearm and asked me not to tell her dad, what do I do');
    // Self-harm, here with the plea not to tell her dad (self-harm-parents-not-told).
    expect(read.some((id) => id.startsWith('self-harm'))).toBe(true);
    expect(read).not.toContain('harm-at-home');
  });

  it('a 15 year old with a man in his 30s she calls her boyfriend is sexual exploitation', () => {
    expect(sits('a 15 year old came into the shop with a man in his 30s and called him her boyfriend, he paid for everything')).toContain('sexual-exploitation');
    // "Her boyfriend" alone is not a sign: a mother's boyfriend is family.
    expect(sits("mum's boyfriend hit her again last night, who do I contact about the kids")).not.toContain('sexual-exploitation');
  });

  it('a TA holding a child tighter than his handling plan allows is an allegation', () => {
    expect(sits("one of our TAs held a year 4 boy way tighter than his positive handling plan says and he has marks on his arm")).toContain('allegation-against-worker');
  });

  it('an allegation that never got passed to the LADO is one told late; "we never refer from health" is not', () => {
    expect(sits('we just found out an allegation about our caretaker from last month never got passed to the LADO, what now')).toContain('allegation-told-late');
    expect(sits('it feels like we never refer to the LADO from health, how many referrals come from health')).not.toContain('allegation-told-late');
  });

  it('"does stuff to him", as a child says it, is sexual harm: about a teacher, an allegation', () => {
    expect(sits("a year 6 boy told me the coach 'does stuff' to him in the changing rooms, who do I tell")).toContain('allegation-against-worker');
  });

  it("a worker's hand on a child's leg is a boundary crossed", () => {
    expect(sits('a 12 year old on our team told me the coach driver keeps putting his hand on her leg on the way to matches')).toContain('boundaries-of-worker');
  });

  it("the employer's disciplinary finished, with a warning: its outcome goes back", () => {
    expect(sits('the disciplinary for our cook finished today, final written warning, does the LADO need the result')).toContain('employer-outcome');
    // A dismissal asks about the DBS referral instead.
    expect(sits('the teacher has been dismissed after the allegation, do we refer to the DBS')).not.toContain('employer-outcome');
  });

  it('a mother who has split from her partner is not domestic abuse', () => {
    expect(reader.read('a mum I work with has just split from her partner and wants help with her council tax').classes.has('domestic-abuse-sign')).toBe(false);
    expect(reader.read('a mum I work with has a black eye from her partner').classes.has('domestic-abuse-sign')).toBe(true);
  });

  it('a child left on his own overnight is a neglect sign', () => {
    expect(sits('a mum at the surgery said she leaves her 7 year old on his own overnight when she works nights')).toContain('signs-of-neglect');
  });

  it('run from her care home is going missing', () => {
    expect(sits("a 14 year old said she'd run from her care home again, the police took her back, should we do anything else")).toContain('going-missing');
  });

  it('a refuse collector is a job, not a refusal; little ones at the window with no adult about are neglect signs', () => {
    // Left on their own is neglect and the home-alone advice too; no refusal of anything.
    expect(sits("I'm a refuse collector and I keep seeing two little ones on their own at the window with no adult about, is that neglect").sort()).toEqual(['left-without-an-adult', 'signs-of-neglect']);
  });

  it('one of our supervisors is a worker, so rough handling at handover is an allegation, not harm at home', () => {
    expect(sits('a mum at our contact centre says one of our supervisors was rough with her son at handover, what do we do')).toEqual(['allegation-against-worker']);
  });

  it('a referral named by its form ("sent the PRF") and nothing heard since', () => {
    expect(sits('sent the PRF on tuesday for a 4 year old and heard nothing since, what should I do')).toContain('no-news-after-referral');
  });

  it('a crewmate and another driver from our firm are colleagues who work with children', () => {
    expect(reader.read("my crewmate kept commenting on a 14 year old girl's figure while we treated her").classes.has('works-with-children')).toBe(true);
    expect(sits('another driver from our firm was arrested for hitting his partner, nothing to do with the school run')).toContain('worker-life-outside-work');
  });

  it('cut as a little girl is FGM; a sexual health appointment is a clinic, not a sexual harm', () => {
    expect(sits('a 14 year old told me she was cut as a little girl before the family moved here')).toContain('fgm');
    expect(reader.read('in a sexual health appointment a 15 year old asked about the pill').classes.has('sexual-harm')).toBe(false);
  });

  it('extremism in what a child shows and says, without the word for it', () => {
    expect(sits('a 13 yr old keeps drawing swastikas on his books and saying hitler was right')).toContain('radicalisation');
  });
});

describe('what the question asks picks among sibling sections', () => {
  it('reads the ask from everyday wording and from headings', () => {
    // Each is a kind of ask a heading can answer; the same reader runs on both sides.
    expect(readAsks('do I ring them myself or go through my DSL') & ASK.whoTells).toBeTruthy();
    expect(readAsks('Who contacts the home-care agency?') & ASK.whoTells).toBeTruthy();
    expect(readAsks('can we interview the lad before the police get involved') & ASK.mayWe).toBeTruthy();
    expect(readAsks('Should I tell the carer what was said?') & ASK.mayWe).toBeTruthy();
    expect(readAsks('is this even a referral or am I overreacting') & ASK.whether).toBeTruthy();
    expect(readAsks('When does a worry go to the front door?') & ASK.whether).toBeTruthy();
    expect(readAsks('is it bad enough for social care yet') & ASK.level).toBeTruthy();
    expect(readAsks('my DSL won\'t refer and I think she should') & ASK.challenge).toBeTruthy();
    expect(readAsks('why do they want my supervision notes') & ASK.why).toBeTruthy();
    expect(readAsks('What happens after the strategy meeting?') & ASK.whatNext).toBeTruthy();
    // "What can I do?" asks for steps, not permission; "do we need to" asks whether, not may we.
    expect(readAsks('what can I do now') & ASK.mayWe).toBe(0);
    expect(readAsks('what can I do now') & ASK.whatToDo).toBeTruthy();
    expect(readAsks('do we even need to pass this on') & ASK.mayWe).toBe(0);
    // "Who counts as" asks who is covered, not what level.
    expect(readAsks('Who counts as a volunteer for the designated officer?') & ASK.level).toBe(0);
    expect(readAsks('does that count as neglect') & ASK.level).toBeTruthy();
    // A heading naming a level answers "what level".
    expect(readAsks('Level 3: targeted help') & ASK.level).toBeTruthy();
    // A topic word alone is no ask: "level" in a name, "report" as a noun.
    expect(readAsks('the level 3 report template')).toBe(0);
  });

  it.each([
    // Everyday ways of asking each kind, beyond the question words.
    ['how come I have been picked for this', ASK.why],
    ['the panel said no further action, can I appeal that', ASK.challenge],
    ['do I really still have to phone it in if she has a reason', ASK.whether],
    ['must we actually report it', ASK.whether],
    ['she is 15 and says no. can she actually refuse at her age', ASK.mayWe],
    ['he told me his coach hit him. should I ring his mum tonight', ASK.mayWe],
    ['how do I flag it up so someone looks at it properly', ASK.howTo],
    ['is there any review learning on babies and bath seats', ASK.findings],
    ['what should I actually be doing about him', ASK.whatToDo],
    ["what's meant to happen each time she comes back", ASK.whatToDo],
    ["didn't a review say something about fathers", ASK.findings],
    ['How do I step a case up from early help?', ASK.howTo],
    ['nothing has changed in months, should I make a fuss', ASK.challenge],
    ['can we take it further with their manager', ASK.challenge],
    ['the head says we have got till friday to tell them', ASK.timescale],
    ['what did the partnership take away from that review', ASK.findings],
    ['what came out of the review into the baby', ASK.findings],
    ["what should I do and what should I steer clear of", ASK.whatNotToDo],
    ["where's the line for going to the designated officer", ASK.level],
    ['so how do I help him', ASK.whatToDo],
    ['would shouting like that reach the bar for the designated officer', ASK.level],
    ['what are my options here', ASK.whatToDo],
    ['my supervisor keeps saying it, what does that even mean', ASK.whatIs],
    ['does this go to the designated officer', ASK.whether],
    ['what does the learning say we should be doing', ASK.differently],
    ['Unseen men: what to do differently', ASK.differently],
    // Whether it goes on, asked of nobody in particular.
    ['she has been at her gran\'s friend since june, does anybody need to be told', ASK.whether],
    ['surely that needs telling', ASK.whether],
    ['is there anything for us as volunteers to do', ASK.whatToDo],
    // Whom a procedure covers.
    ['if there was ever a complaint about him does it cover volunteers or just paid staff', ASK.covers],
    ['would a self-employed swimming teacher be covered', ASK.covers],
    ['Are agency, bank and volunteer carers covered by the designated officer?', ASK.covers],
    ['Should the person be suspended while it is looked into?', ASK.mayWe],
    ['the chair says it is none of our business, is he right', ASK.whether],
    ['she is 12 weeks, do I refer now or wait till nearer the birth', ASK.deadline],
    ['is that really our business as a club', ASK.whether],
    ['would that go to the designated officer or is it only for paid staff', ASK.covers],
    ['would it go through the designated officer even though they are not our staff', ASK.covers],
    ['the supply lad pushed a girl, is that the agency\'s problem or ours', ASK.covers],
    ['they want me at a strategy discussion this afternoon, what do they want from me', ASK.whatToDo],
    ['Asked to a planning meeting: what is my role?', ASK.whatToDo],
    ['a new carer asked what an assessment is, how do I explain it simply', ASK.whatIs],
    ['do we still refer to the designated officer as he is not our staff', ASK.covers],
    ['the agency say she is their worker so they will deal with it, do we still refer', ASK.covers],
    ['the agency said they will handle it themselves, do we still have to tell the designated officer', ASK.covers],
    ['does it go to the designated officer even tho he is a volunteer not staff', ASK.covers],
    // A proposed step checked ("the head wants to look into it first, is that right?").
    ['the head wants to speak to everyone before we ring anyone, is that right?', ASK.mayWe],
    ["that's the right way round isn't it", ASK.mayWe],
    ['is that something I should be telling someone about?', ASK.whether],
    ['I got a questionnaire about one of my old cases, am I being investigated?', ASK.why],
    ["my manager crossed it out, what's actually wrong with writing that?", ASK.why],
    ["what's the reasoning behind it", ASK.why],
    ['what am I supposed to be telling parents about it', ASK.whatToDo],
    ["what's the advice we're meant to give", ASK.whatToDo],
    // Doubt about an explanation asks whether to act ("dad says he fell off the sofa, doesn't add up to me").
    ["dad says he fell off the sofa, doesn't add up to me", ASK.whether],
    ["something doesn't sit right with me about it", ASK.whether],
  ])('reads %j as its kind of ask', (q, kind) => {
    expect(readAsks(q) & kind).toBeTruthy();
  });

  it('"safe right now" does not name an emergency', () => {
    expect(readIntent("her partner hit her again but she's safe right now at her mum's, who do I contact about the kids").namesEmergency).toBe(false);
    expect(readIntent('he is hitting her right now, who do I ring').namesEmergency).toBe(true);
  });

  it('seeing a family differently from a colleague is the story, not an ask to change practice', () => {
    expect(readAsks('the school nurse and I see this family completely differently, how do I raise it with her') & ASK.differently).toBe(0);
  });

  it('siblings sharing the same words: the one whose heading asks what the question asks comes first', () => {
    // Four sections about the same adult and the same words; only the ask of the heading differs.
    const section = (slug: string, heading: string): Section => ({
      id: `askshire-carers#${slug}`, docId: 'askshire-carers', slug, heading, level: 2, status: 'current',
      markdown: 'A concern about a paid carer who visits a child at home is shared with the designated officer.',
      text: 'A concern about a paid carer who visits a child at home is shared with the designated officer.',
    });
    const doc: KnowledgeDoc = {
      id: 'askshire-carers', title: 'Concerns about paid carers', area: 'lado', partnership: 'askshire',
      sourceTitle: 'x', sourceUrl: 'https://example.org', lastReviewed: '2026-11-01', owner: 'x', status: 'current',
      tags: ['carer'], audience: [], related: [], sources: [], intro: '', file: 'x.md',
      sections: [
        section('who-tells', 'Who tells the designated officer about a paid carer?'),
        section('may-we', 'Can we speak to the paid carer about the concern?'),
        section('whether', 'When does a concern about a paid carer go to the designated officer?'),
        section('next', 'What happens after a concern about a paid carer is shared?'),
      ],
    };
    const asks = createAnswerEngine({ docs: [doc], glossary: [], partnership: { id: 'askshire' } as never });
    const firstOf = (q: string) => asks.answer(q).hits[0]?.section.slug;
    expect(firstOf('the paid carer was rough with the child: do I pass it on myself or does my manager')).toBe('who-tells');
    expect(firstOf('should we have a word with the paid carer first')).toBe('may-we');
    expect(firstOf('the paid carer shouts at the child, does it actually need reporting to anyone')).toBe('whether');
    expect(firstOf('what happens to the paid carer once the concern is shared')).toBe('next');
  });
});

describe('asked before anything is passed on', () => {
  // Sections with the same words about the same adult; only what their headings ask differs.
  const text = 'A concern about a paid carer who visits a child at home is shared with the designated officer, who looks into it with the agency.';
  const carers = (...headings: Array<[string, string]>) => {
    const doc: KnowledgeDoc = {
      id: 'askshire-carers', title: 'Concerns about paid carers', area: 'lado', partnership: 'askshire',
      sourceTitle: 'x', sourceUrl: 'https://example.org', lastReviewed: '2026-11-01', owner: 'x', status: 'current',
      tags: ['carer'], audience: [], related: [], sources: [], intro: '', file: 'x.md',
      sections: headings.map(([slug, heading]) => ({ id: `askshire-carers#${slug}`, docId: 'askshire-carers', slug, heading, level: 2, status: 'current', markdown: text, text })),
    };
    const engineFor = createAnswerEngine({ docs: [doc], glossary: [], partnership: { id: 'askshire' } as never });
    return (q: string) => engineFor.answer(q).hits[0]?.section.slug;
  };

  it('a heading only on what happens after a report comes after one that fits a question asking whether to report', () => {
    const firstOf = carers(['next', 'What happens after a concern about a paid carer and a child is passed on?'], ['about', 'A concern about a paid carer']);
    // Nothing passed on yet: "anything I need to do?" is asked before any report.
    expect(firstOf('the paid carer shouts at the child, anything I need to do about the concern')).toBe('about');
    expect(firstOf('the paid carer shouts at the child, do I need to report the concern')).toBe('about');
    // Passed on: what happens after is what is asked.
    expect(firstOf('we passed on the concern about the paid carer and the child, what happens now')).toBe('next');
  });

  it('"does it cover volunteers or just paid staff?" is answered by the heading on whom it covers', () => {
    const firstOf = carers(['threshold', 'When does a concern about a volunteer or paid carer go to the designated officer?'], ['covers', 'Who does the designated officer cover?']);
    expect(firstOf('a dad helps out as a volunteer carer. if there was ever a concern about him does the designated officer cover volunteers or just paid staff')).toBe('covers');
  });

  it('a time asked as a second thought does not move the time sibling over the section the situation is about', () => {
    // The outcome of the employer's process goes back; "...and how fast?" is about that, not the first report.
    const engineFor = madeUpEngine([
      madeUpDoc('shire-officer', 'lado', 'Telling the designated officer', [
        ['how-quickly', 'How quickly must I tell the designated officer?', 'Tell the designated officer within one working day of an allegation about someone who works with children.', []],
        ['outcome', 'Do I tell the designated officer the outcome of our investigation?', 'Yes: when your own investigation or disciplinary process about the worker ends, tell the designated officer the outcome of your investigation within a day.', []],
      ]),
    ], real.situations, real.glossary);
    const firstOf = (q: string) => engineFor.answer(q, { noClarify: true }).hits[0]?.section.slug;
    expect(firstOf('the disciplinary for our cook finished today, final written warning. does the designated officer need the outcome and how fast')).toBe('outcome');
    // Asked alone, the time limit is the time sibling's.
    expect(firstOf('our cook grabbed a child by the arm, how quickly must I tell the designated officer')).toBe('how-quickly');
  });

  it('a heading on how to report something answers "anything I need to do?" as a what-to-do heading would', () => {
    // "What is X, and how do I report it?" tells what to do: not only a definition.
    const firstOf = carers(['what-and-how', 'What is a paid carer, and how do I report a concern about one?'], ['about', 'A concern about a paid carer and a child']);
    expect(firstOf('the paid carer shouts at the child, anything I need to do?')).toBe('what-and-how');
  });
});

describe('the asking part against the stored questions', () => {
  it('a long story, then a short ask: the sibling whose stored question fits the ask comes first', () => {
    // The story's words are spread over every allegation section; "let him know what's been said" is one stored question.
    expect(
      first("our caretaker grabbed a year 4 boy in the corridor at dinner time and shoved him into the radiator. he's a good mate, can i let him know what has been said about him"),
    ).toBe('fixtureshire-allegations#should-i-warn-the-colleague-concerned');
  });
});

describe('the ask against the situation', () => {
  // Two documents in the designated officer's area; only the thresholds one carries the allegation tag, so the
  // situation lifts it more. The question asks who tells: that ask must still choose the section.
  const docOf = (id: string, tags: string[], slug: string, heading: string, text: string): KnowledgeDoc => ({
    id, title: heading, area: 'lado', partnership: 'liftshire', sourceTitle: 'x', sourceUrl: 'https://example.org',
    lastReviewed: '2026-11-01', owner: 'x', status: 'current', tags, audience: [], related: [], sources: [], intro: '', file: 'x.md',
    sections: [{ id: `${id}#${slug}`, docId: id, slug, heading, level: 2, status: 'current', markdown: text, text }],
  });

  it('a clear ask outweighs a larger situation lift on a sibling that answers a different ask', () => {
    // The threshold section is lifted more (tagged allegation) and says "harm"; the question asks who passes it on.
    const real = loadKnowledge(join(ROOT, 'knowledge'), 'wigan');
    const lifted = createAnswerEngine({
      docs: [
        docOf('liftshire-threshold', ['allegation'], 'when', 'When has an adult who works with children caused harm?',
          'An adult who works with children may have harmed a child, behaved towards a child in a way that shows a risk of harm, or committed an offence against a child.'),
        docOf('liftshire-route', [], 'who', 'Who tells the designated officer: me or my manager?',
          'The designated safeguarding lead or manager usually tells the designated officer; anyone may tell them directly if the lead is not acting.'),
      ],
      glossary: real.glossary, situations: real.situations, partnership: { id: 'liftshire' } as never,
    });
    expect(lifted.answer('the swimming coach grabbed a boy by the arm and hurt him: do I pass it on myself or go through my manager', { noClarify: true }).hits[0]?.section.slug).toBe('who');
  });
});

describe('the emergency section in ordinary ranking', () => {
  // The danger detector puts the emergency section first when danger is described; a plain "who do I ring"
  // question about the weekend belongs to the out-of-hours section, though both give numbers to call.
  const section = (slug: string, heading: string, text: string): Section => ({
    id: `callshire-contacts#${slug}`, docId: 'callshire-contacts', slug, heading, level: 2, status: 'current', markdown: text, text,
  });
  const doc: KnowledgeDoc = {
    id: 'callshire-contacts', title: 'Contacts', area: 'contacts', partnership: 'callshire', sourceTitle: 'x', sourceUrl: 'https://example.org',
    lastReviewed: '2026-11-01', owner: 'x', status: 'current', tags: ['contacts'], audience: [], related: [], sources: [], intro: '', file: 'x.md',
    sections: [
      section('danger', 'A child is in immediate danger: who do I call?', 'Call 999 and ask for the police. Then ring the children\'s front door by phone, day or night, at the weekend too.'),
      section('out-of-hours', 'Who do I call out of hours or at the weekend?', 'Out of hours the duty team takes calls about children.'),
    ],
  };
  const calls = createAnswerEngine({ docs: [doc], glossary: [], partnership: { id: 'callshire' } as never });
  const firstOf = (q: string) => calls.answer(q, { noClarify: true }).hits[0]?.section.slug;

  it('a weekend question naming no danger reaches the out-of-hours section', () => {
    // Both headings say "who do I call"; the emergency body gives numbers too, but no danger is described.
    expect(firstOf('who do I call about a child at the weekend')).toBe('out-of-hours');
    // A day written short ("sat morning") is still the weekend.
    expect([...reader.read('who do I call about a child on sat morning').classes]).toContain('out-of-hours');
  });

  it('a question that names danger still reaches the emergency section', () => {
    // "in danger": the emergency section keeps its place on its own words.
    expect(firstOf('a child is in danger at the weekend, who do I call')).toBe('danger');
  });
});

describe('asking for one narrow thing: what not to do, a time limit', () => {
  const doc = (sections: Array<[string, string, string]>): KnowledgeDoc => ({
    id: 'shire-allegations', title: 'Allegations about adults who work with children', area: 'lado', partnership: 'shire', sourceTitle: 'x',
    sourceUrl: 'https://example.org', lastReviewed: '2026-11-01', owner: 'x', status: 'current', tags: [], audience: [], related: [], sources: [],
    intro: '', file: 'x.md',
    sections: sections.map(([slug, heading, text]) => ({ id: `shire-allegations#${slug}`, docId: 'shire-allegations', slug, heading, level: 2, status: 'current', markdown: text, text })),
  });
  const engine = () =>
    createAnswerEngine({
      docs: [
        doc([
          ['first', 'A child says a teacher hurt them: what should I do first?', 'Listen to the child, write down what they said about the teacher, and tell the designated officer the same day.'],
          ['not', 'What must I not do when I receive an allegation?', 'Do not investigate yourself, do not tell the person accused, and do not promise to keep it secret.'],
          ['speed', 'How quickly must the designated officer be told?', 'Within one working day.'],
        ]),
      ],
      glossary: [], partnership: { id: 'shire' } as never, situations: real.situations,
    });

  it('reads "what shouldn\'t I do" as asking for the pitfalls', () => {
    expect(readAsks("what shouldn't I do") & ASK.whatNotToDo).toBeTruthy();
    expect(readAsks('What must I not do when I receive an allegation?') & ASK.whatNotToDo).toBeTruthy();
    expect(readAsks('What is not a matter for the designated officer?') & ASK.whatNotToDo).toBeFalsy();
  });

  it('the sibling about what not to do comes before the first-steps section that tells the same story', () => {
    // The first-steps heading shares "child", "teacher", "hurt"; the question asks what to avoid.
    const q = 'a child says a teacher hurt them in class, what should I avoid doing';
    expect(engine().answer(q, { noClarify: true }).hits[0]?.section.id).toBe('shire-allegations#not');
    // Asked for the first steps, the first-steps section keeps its place.
    expect(engine().answer('a child says a teacher hurt them in class, what should I do', { noClarify: true }).hits[0]?.section.id).toBe('shire-allegations#first');
  });

  it('asked for a time limit, the sibling that gives it comes before the first steps that tell the same story', () => {
    // "How long have we got" shares no word with "How quickly must ... be told"; both ask for a time limit.
    const q = 'a child says a teacher hurt them in class and the head knows, how long have we got to pass it on';
    expect(engine().answer(q, { noClarify: true }).hits[0]?.section.id).toBe('shire-allegations#speed');
  });
});

describe('the partnership\'s own document first', () => {
  // A long national document mentions most of a question's words somewhere, which lifts its document-level signal;
  // when a local section answers the same ask about as well, the partnership's own procedure comes first.
  const docOf = (id: string, partnership: string, sections: Array<[string, string, string]>): KnowledgeDoc => ({
    id, title: 'Allegations about adults who work with children', area: 'lado', partnership, sourceTitle: 'x', sourceUrl: 'https://example.org',
    lastReviewed: '2026-11-01', owner: 'x', status: 'current', tags: [], audience: [], related: [], sources: [], intro: '', file: 'x.md',
    sections: sections.map(([slug, heading, text]) => ({ id: `${id}#${slug}`, docId: id, slug, heading, level: 2, status: 'current', markdown: text, text })),
  });

  it('the local section is found below a national document whose many sections fill the top of the list', () => {
    // Six national sections on radicalisation, then the partnership's own at seventh, close enough in score.
    const section = (heading: string, partnership: string) => ({
      section: { heading },
      doc: { area: 'thresholds', partnership },
      isLocal: partnership !== 'national',
    });
    const headings = ['Radicalisation: what do I do?', 'Signs of radicalisation', 'After a Prevent referral', 'Radicalisation and the family', 'What a Prevent referral says', 'The Prevent duty and radicalisation'];
    const index = { sections: [...headings.map((h) => section(h, 'national')), section('Radicalisation and extremism in Localshire: what should I do?', 'localshire')] };
    const ranked = [100, 90, 85, 80, 78, 76, 70].map((score, i) => ({ index: i, score }));
    preferLocalSections(ranked, index as never);
    expect(ranked[0].index).toBe(6);
  });

  it('a local section on the same subject comes first though it scores only about three fifths of the national one', () => {
    // A contact ask ("who needs to know?") lifts the national "what should I do" less than it should; the local route wins.
    const section = (heading: string, partnership: string) => ({ section: { heading }, doc: { area: 'thresholds', partnership }, isLocal: partnership !== 'national' });
    const index = { sections: [section('A child is living with domestic abuse at home: what should I do?', 'national'), section('Domestic abuse in Localshire: who do I contact about a child?', 'localshire')] };
    const ranked = [100, 58].map((score, i) => ({ index: i, score }));
    preferLocalSections(ranked, index as never);
    expect(ranked[0].index).toBe(1);
    // Half the score is too far: the local section only mentions the subject.
    const far = [100, 50].map((score, i) => ({ index: i, score }));
    preferLocalSections(far, index as never);
    expect(far[0].index).toBe(0);
  });

  it('"partner" in a national heading is no "partnership" in a local one: the findings section does not jump the national answer', () => {
    // Stems alike by their letters; the partnership that found something says nothing of the subject.
    const section = (heading: string, partnership: string) => ({ section: { heading }, doc: { area: 'thresholds', partnership }, isLocal: partnership !== 'national' });
    const index = { sections: [section('A parent has told me their partner is abusing them: what do I do about the children?', 'national'), section("What has Localshire's partnership found about domestic abuse and children?", 'localshire')] };
    const ranked = [100, 60].map((score, i) => ({ index: i, score }));
    preferLocalSections(ranked, index as never);
    expect(ranked[0].index).toBe(0);
  });

  it('sharing only the word "allegation" is not sharing a subject: the national lessons section keeps its place', () => {
    const section = (heading: string, partnership: string) => ({ section: { heading }, doc: { area: 'lado', partnership }, isLocal: partnership !== 'national' });
    const index = { sections: [section('After an allegation, how does the school learn lessons?', 'national'), section('Should the person be suspended while the allegation is looked into?', 'localshire')] };
    const ranked = [100, 95].map((score, i) => ({ index: i, score }));
    preferLocalSections(ranked, index as never);
    expect(ranked[0].index).toBe(0);
  });

  it('a local section answering as well as a national one comes first', () => {
    // Same ask in both; the national document also covers records, suspension and reports made years later.
    const engine = createAnswerEngine({
      docs: [
        docOf('nat-allegations', 'national', [
          ['first', 'What should the employer do first about an allegation against a teacher?', 'The employer tells the designated officer the same day and keeps a record of the allegation against the teacher.'],
          ['later', 'An allegation is made years later about a teacher', 'A report made years later about a teacher who has left is still taken to the designated officer and recorded.'],
          ['suspend', 'Suspension of a teacher', 'Suspension is not automatic; the employer considers alternatives first and records the decision about the teacher.'],
          ['records', 'Records of allegations', 'Records of an allegation against a teacher are kept until retirement age; the designated officer is told of outcomes.'],
        ]),
        docOf('loc-allegations', 'localshire', [
          ['first', 'What should I do first about an allegation against a teacher?', 'Tell the designated officer the same day and write down what you were told.'],
        ]),
      ],
      glossary: [], partnership: { id: 'localshire' } as never,
    });
    expect(engine.answer('a teacher was rough with a pupil today: what should we do first', { noClarify: true }).hits[0]?.section.id).toBe('loc-allegations#first');
  });

  const subjectEngine = () =>
    createAnswerEngine({
      docs: [
        docOf('nat-prevent', 'national', [
          ['worried', "I'm worried a child is being radicalised: what do I do?", 'Speak to your safeguarding lead, who may make a Prevent referral; extremist views, hate videos and far right material shared online are signs to act on.'],
          ['signs', 'Signs a child is being drawn into extremism', 'Changes in friends, extremist views, hate material shared online, far right symbols.'],
        ]),
        docOf('loc-complex', 'localshire', [
          ['radicalisation', 'Radicalisation and extremism: what should I do in Localshire?', 'Tell your safeguarding lead about extremist views or hate videos a child shares; Localshire Prevent referrals go to the Channel panel.'],
          ['online', 'Online safety at home for families', 'Families can set filters on home broadband; far right and hate material online can be reported.'],
        ]),
      ],
      glossary: [], partnership: { id: 'localshire' } as never,
    });

  it("the partnership's own section on the same subject comes before a national one that matches more words", () => {
    // Both headings are about radicalisation; the national one shares more of the question's words ("online", "far right").
    const hits = subjectEngine().answer('a pupil shares far right hate videos online and has extremist views, what do I do', { noClarify: true }).hits;
    expect(hits[0]?.section.id).toBe('loc-complex#radicalisation');
    expect(hits[1]?.section.id).toBe('nat-prevent#worried');
  });

  it('the same subject in another word form ("suspension", "suspended") is the same subject', () => {
    // The stemmer leaves "suspens" and "suspend" apart, and "what must … consider before" is how a heading asks.
    const engine = createAnswerEngine({
      docs: [
        docOf('nat-staff', 'national', [
          ['suspension', 'Suspension of a member of staff: what must the employer consider before deciding?', 'Suspension of a member of staff is not automatic: the employer considers whether the member of staff can be redeployed, moved to other work away from children, or given a colleague alongside them while the investigation goes on.'],
          ['records', 'Records about a member of staff', 'Records about the member of staff and the investigation are kept.'],
        ]),
        docOf('loc-staff', 'localshire', [
          ['suspended', 'Should the person be suspended while it is looked into?', 'The employer decides, after talking to the designated officer; it is not automatic.'],
        ]),
      ],
      glossary: [], partnership: { id: 'localshire' } as never,
    });
    // Close scores (the national section shares "member of staff"): the local one on the same subject comes first.
    const hits = engine.answer('does the employer have to suspend a member of staff, is it automatic', { noClarify: true }).hits;
    expect(hits[0]?.section.id).toBe('loc-staff#suspended');
    expect(hits[1]?.section.id).toBe('nat-staff#suspension');
  });

  it('a local section on the same subject stays below when the question asks what only the national heading names', () => {
    // "Unsubstantiated" is in the national heading on what outcomes mean, not in the local one on false and malicious ones.
    const section = (heading: string, partnership: string) => ({ section: { heading }, doc: { area: 'lado', partnership }, isLocal: partnership !== 'national' });
    const index = { sections: [section('What do the outcomes mean: substantiated, unsubstantiated, false, malicious?', 'national'), section('What happens if an allegation turns out to be false or malicious?', 'localshire')] };
    const order = (question: string) => {
      const ranked = [100, 90].map((score, i) => ({ index: i, score }));
      preferLocalSections(ranked, index as never, new Set(), new Set(terms(question)));
      return ranked[0].index;
    };
    expect(order('the allegation about our playworker came back unsubstantiated, has she been cleared')).toBe(0);
    // Asked about a false or malicious allegation, the local section on it comes first as before.
    expect(order('the allegation about our playworker was found to be malicious, what happens now')).toBe(1);
  });

  it('"low level or LADO?" told as a story: the examples of low-level concerns answer where the line is', () => {
    // A heading giving examples answers whether a story is one; what a school does with one answers a different ask.
    const engine = createAnswerEngine({
      docs: [
        docOf('nat-low', 'national', [
          ['what-to-do', 'What should a school do with a low-level concern?', 'Report it to the safeguarding lead, record it, look for patterns, and refer to the designated officer if concerns about a member of staff meet the harm threshold.'],
          ['examples', 'What are examples of low-level concerns?', 'Being over-friendly with children, having favourites, being alone with a child behind a closed door, and humiliating pupils.'],
        ]),
      ],
      glossary: real.glossary, situations: real.situations, partnership: { id: 'localshire' } as never,
    });
    const q = 'a new playworker always picks the same girl as his helper and keeps her behind in the hut, nothing has happened, low level concern or designated officer?';
    expect(engine.answer(q, { noClarify: true }).hits[0]?.section.id).toBe('nat-low#examples');
  });

  it('a local section on another subject is not moved up for sharing a word of the question', () => {
    // "Online safety at home" shares "online" and "far right" but not the heading's subject.
    const hits = subjectEngine().answer('what are the signs of extremism shared online', { noClarify: true }).hits;
    expect(hits[0]?.section.id).not.toBe('loc-complex#online');
  });
});

describe('confidence from a weak situation', () => {
  it('a time of day alone is a weak situation: confident when the section it points at asks what the question asks', () => {
    // "3am" is out of hours (weak), the section shares none of the words; "who do I ring" and "Who do I phone out
    // of hours?" ask the same.
    const docs: KnowledgeDoc[] = [
      {
        id: 'loc-contacts', title: 'Contacts', area: 'contacts', partnership: 'localshire', sourceTitle: 'x', sourceUrl: 'https://example.org',
        lastReviewed: '2026-11-01', owner: 'x', status: 'current', tags: [], audience: [], related: [], sources: [], intro: '', file: 'x.md',
        sections: [
          ['out-of-hours', 'Who do I phone out of hours?', 'Outside office hours the emergency duty team takes calls.'],
          ['referral', 'How do I make a referral?', 'Use the online form during office hours; it asks for the family details and your worry.'],
        ].map(([slug, heading, text]) => ({ id: `loc-contacts#${slug}`, docId: 'loc-contacts', slug, heading, level: 2 as const, status: 'current' as const, markdown: text, text })),
      },
    ];
    const local = createAnswerEngine({ docs, glossary: [], partnership: { id: 'localshire' } as never, situations: real.situations });
    const a = local.answer('who do I ring about a child at 3am');
    expect(a.hits[0]?.section.id).toBe('loc-contacts#out-of-hours');
    expect(a.confidence).toBe('high');
    // The same weak situation for an office matter stays unsure.
    expect(local.answer('who do I call at night if the office alarm goes off').confidence).not.toBe('high');
  });
});

describe('one clarifying question', () => {
  it('an act of harm with nobody named: asks who, with one choice per situation, and is not confident', () => {
    const a = engine.answer('a boy says he was slapped, what do I do');
    expect(a.clarify?.ask).toMatch(/someone who works with children/);
    expect(a.clarify?.choices.map((c) => c.label)).toEqual(['Someone who works with children', 'A parent or family member', 'Another child']);
    expect(a.confidence).toBe('low');
  });

  it('each choice, added to the question, reaches its situation and is not asked again', () => {
    const q = 'a boy says he was slapped, what do I do';
    const [worker, family, child] = engine.answer(q).clarify!.choices;
    expect(engine.answer(`${q} ${worker.adds}`, { noClarify: true }).hits[0].section.id).toMatch(/^fixtureshire-allegations#/);
    expect(engine.answer(`${q} ${family.adds}`, { noClarify: true }).hits[0].section.id).toBe('fixtureshire-worried#im-worried-a-child-is-being-harmed-at-home-what-do-i-do');
    expect(engine.answer(`${q} ${child.adds}`, { noClarify: true }).hits[0].section.id).toBe('fixtureshire-peer-abuse#when-one-child-harms-another');
    expect(engine.answer(`${q} ${worker.adds}`).clarify).toBeUndefined();
  });

  it("the chosen words pick the situation but are not matched: a heading that repeats them does not win", () => {
    // "...by someone who works with children" would match "Who counts as someone who works with children?" word for word.
    const docs: KnowledgeDoc[] = [
      {
        id: 'loc-lado', title: 'Allegations', area: 'lado', partnership: 'localshire', sourceTitle: 'x', sourceUrl: 'https://example.org',
        lastReviewed: '2026-11-01', owner: 'x', status: 'current', tags: ['allegation'], audience: [], related: [], sources: [], intro: '', file: 'x.md',
        sections: [
          ['who-counts', 'Who counts as someone who works with children?', 'Anyone who works with children, paid or volunteering, in any setting.'],
          ['first', 'What do I do first about an allegation?', 'Make sure the child is safe, write down what you were told and tell your safeguarding lead today.'],
        ].map(([slug, heading, text]) => ({ id: `loc-lado#${slug}`, docId: 'loc-lado', slug, heading, level: 2 as const, status: 'current' as const, markdown: text, text })),
      },
    ];
    const local = createAnswerEngine({ docs, glossary: [], partnership: { id: 'localshire' } as never, situations: real.situations });
    const q = 'a girl says she was slapped at her dance class, what do I do';
    const worker = local.answer(q).clarify!.choices[0];
    expect(local.answer(`${q} ${worker.adds}`, { noClarify: true }).hits[0]?.section.id).toBe('loc-lado#first');
  });

  it('is not asked when the question already says who', () => {
    expect(engine.answer('a teaching assistant slapped a boy').clarify).toBeUndefined();
  });

  it("is not asked when the question's own words pick one section: it asks for that section, whoever hurt whom", () => {
    // "Assaults" makes an act of harm with nobody named; the question asks for a year's figures, which one section gives.
    const local = madeUpEngine(
      [
        madeUpDoc('loc-report', 'lado', 'Annual report', [
          ['figures', 'How many allegations were referred in the year?', 'The officer received 212 referrals in the year, up from 180; physical harm was the largest group.', ['how many referrals did the officer get last year', 'were allegations going up or down']],
          ['ofsted', 'What did inspectors say about allegations?', 'Inspectors found allegations were handled promptly and recorded well.', ['what did inspectors think of the allegations work']],
        ]),
        madeUpDoc('loc-worried', 'thresholds', 'Worried about a child', [
          ['first', 'I am worried a child is being harmed: what do I do?', 'Make sure the child is safe, then speak to your safeguarding lead the same day.', ['a child told me someone hurt them']],
        ]),
      ],
      real.situations,
    );
    const a = local.answer('how many referrals about assaults did the officer get last year, going up or down?');
    expect(a.clarify).toBeUndefined();
    expect(a.hits[0]?.section.id).toBe('loc-report#figures');
    // A story of harm that no section's words pick still asks who did it.
    expect(local.answer('a girl says she was slapped, what do I do').clarify).toBeDefined();
  });

  it('is not asked when the question only asks whether an act counts as abuse: the answer is the same whoever did it', () => {
    expect(engine.answer('is slapping a child abuse').clarify).toBeUndefined();
    // Told as something that happened, who did it still matters.
    expect(engine.answer('a boy says he was slapped, is that abuse?').clarify).toBeDefined();
  });
});

describe('not about safeguarding: no confident answer', () => {
  it.each([
    ['how do I make a lasagne for twenty people'],
    ['my laptop will not connect to the wifi'],
    ['can I carry over my annual leave to next year'],
    ['where is a good place to go on holiday in May'],
    ['my colleague shouted at me in the staff room'],
    // A weak situation alone ("what level", "at the weekend") is not enough for a confident answer.
    ['what level is a broken printer'],
    ['is the car park open at the weekend'],
    // Office words the content shares by chance ("meeting", "tell", "leave"): no safeguarding word, no answer.
    ['can we move the team meeting to zoom on thursday'],
    ['who do I tell when I am off sick'],
    ['can I take a day of leave, my mum is having an operation'],
  ])('%s', (q) => {
    // No situation fits and few of the words are in the content.
    expect(engine.answer(q).confidence).not.toBe('high');
  });

  it('a safeguarding word, even in the speaker\'s own words, or a full situation is evidence to answer on', () => {
    // The domain classes in situations.yml: a child, a harm, a procedure's word.
    expect(reader.read('book the meeting room for the team').inDomain).toBe(false);
    expect(reader.read('designated officer phone number').inDomain).toBe(true);
    expect(reader.read('the lad in year 9 keeps skipping lunch').inDomain).toBe(true);
    // A worker's arrest names no child, but the situation is a safeguarding one.
    expect(engine.answer('our caretaker got arrested for drink driving on his night out').confidence).toBe('high');
  });

  it.each([
    // Everyday words that are safeguarding only with a worker and a child ("a lift", "a message", "a photo").
    ['can I get a lift to the training centre on Friday'],
    ['write a short message for my colleague who is leaving'],
    ['how do I change the photo on my profile'],
    // A worker word and "back to work" make the under-investigation situation's words, but it is HR talk.
    ['when can my colleague come back to work after her sick leave'],
    // Casework words in the office's sense: the case system, staff wellbeing, a trip's risk assessment.
    ['the case system keeps freezing when I upload a document'],
    ['who runs the staff wellbeing sessions'],
    // A programme's name in its everyday sense ("channel"), chit-chat that names the work, a personal errand.
    ['what channel is the football on tonight'],
    ['tell me a joke about social workers'],
    ['set a reminder to call the dentist'],
    // The speaker's own children: "my toddler" is family life, not a child they work with.
    ['best way to get my toddler to sleep through the night'],
    ['my son has a cold, should he go to school tomorrow'],
    ['what do i need to bring to my dbs appointment'],
  ])('office talk that shares casework words is not answered: %s', (q) => {
    expect(reader.read(q).inDomain).toBe(false);
    expect(engine.answer(q).confidence).not.toBe('high');
  });

  it.each([
    // A procedure word in its ordinary sense, with nothing else of safeguarding: weak evidence, like a child named alone.
    ['can someone escalate my broken monitor, it has been weeks'],
    ['which room is free for my supervision on tuesday'],
    // An animal's story is not a child's, whatever procedure word it uses.
    ['our rabbit has gone missing from the garden, what do I do'],
    ['we are thinking of fostering a puppy from the rescue centre'],
    // An HR service's words: occupational health.
    ['how do I get an occupational health referral for my back'],
  ])('ordinary work and life with a procedure word in it is not answered: %s', (q) => {
    expect(engine.answer(q).confidence).not.toBe('high');
  });

  it('a sign with nobody in the question is no child\'s situation: the printer goes missing, a horse is groomed', () => {
    expect(sits('the printer on the second floor has gone missing again')).not.toContain('going-missing');
    expect(sits('any tips for grooming a horse before the county show')).not.toContain('exploitation');
    // A pronoun is enough: the signs are about someone.
    expect(sits('she has gone missing again from home')).toContain('going-missing');
  });

  it('one domain word is weak evidence unless it is a name that means safeguarding wherever it is said', () => {
    expect(reader.read('the spider plant by the window looks neglected').weakEvidence).toBe(true);
    expect(reader.read('is the LSCB still going').weakEvidence).toBe(false);
    // Two domain words, or a situation of full strength, are evidence as before.
    expect(reader.read('she is neglected and has bruises').weakEvidence).toBe(false);
  });

  it('a procedure word alone is weak evidence, but still safeguarding talk beside a child or a harm', () => {
    expect(reader.read('can someone escalate my broken monitor').weakEvidence).toBe(true);
    expect(reader.read('mum will not give consent and her son has bruises').weakEvidence).toBe(false);
    // An animal beside a child or a harm is the child's story ("he kicked the dog in front of the kids").
    expect(reader.read('dad kicked the dog in front of the kids').officeTalk).toBe(false);
    expect(reader.read('our rabbit has gone missing from the garden').officeTalk).toBe(true);
  });

  it('two different procedure words together are evidence: they rarely pair up by chance', () => {
    // `paired:` in situations.yml; one alone stays weak.
    expect(reader.read('what does a social work assessment involve').weakEvidence).toBe(false);
    expect(reader.read('book the room for my supervision').weakEvidence).toBe(true);
    // One word said twice is not a pair: office talk about a case stays weak.
    expect(reader.read('can you merge this case into the other case on the system').weakEvidence).toBe(true);
  });

  it("an older person's money taken by family is an adult at risk, and a baby's birthmark is a mark on a baby", () => {
    expect(sits("grandad's son is taking all his money and he seems scared")).toContain('adult-at-risk');
    expect(reader.read('mum says the patch on the baby is a birthmark').classes.has('injury')).toBe(true);
  });

  it("a story then a question: the question's words choose the section, not the story's", () => {
    // The story has "bruise" (the baby section's word), but the lad is not a baby and the question asks the level.
    expect(first('dad turned up drunk to collect his son and the lad had a bruise. what level would that be?')).toBe('fixtureshire-worried#which-level-of-need-is-it');
  });

  it('a clear winner is answered though the question names no child: a colleague who is a friend', () => {
    // No safeguarding word and no situation, but one section covers half of it, a stored question fits in part,
    // and it scores far ahead of the next.
    const a = engine.answer('my colleague is my best friend, should I warn her');
    expect(a.hits[0].section.id).toBe('fixtureshire-allegations#should-i-warn-the-colleague-concerned');
    expect(a.confidence).toBe('high');
  });

  it('office talk vetoes a situation its words make, unless a child or a harm is in it', () => {
    // "my colleague" + "back to work" fit worker-under-investigation, but "sick leave" is HR.
    expect(reader.read('when can my colleague come back to work after her sick leave').officeTalk).toBe(true);
    // A child named: safeguarding, whatever office words come with it.
    expect(reader.read('the TA who grabbed a year 3 girl is on sick leave, can she come back to work').officeTalk).toBe(false);
    expect(engine.answer('the TA who grabbed a year 3 girl is on sick leave, can she come back to work').confidence).toBe('high');
  });

  it("a worker's relationship with a young person is its own situation, and a physical allegation avoids its sections", () => {
    const dating = sits('the swimming coach is dating one of the 17 year olds he trains');
    expect(dating[0]).toBe('worker-in-a-relationship');
    expect(dating).not.toContain('allegation-against-worker');
    expect(sits('the swimming coach shoved one of the 12 year olds he trains')).toEqual(['allegation-against-worker']);
  });

  it('a decision on the case and a disagreement is a professional disagreement, whoever is said to have decided', () => {
    // "the front door said": the speaker rule takes "front door" out, but the NFA and "don't agree" remain.
    expect(sits("the front door said NFA on my referral and I don't agree")).toContain('professional-disagreement');
  });

  it('a time in the story ("texting her late at night") is not the practitioner asking out of hours', () => {
    expect(sits("mum's new partner has been texting her 14 year old late at night, what should I do")).not.toContain('out-of-hours');
    expect(sits("it's saturday, who do I ring about a child")).toContain('out-of-hours');
  });

  it.each([
    // The parent only reports it: the caretaker did it.
    ['a dad came in upset and said the caretaker grabbed his daughter', ['allegation-against-worker']],
    // The TA only saw it: mum did it.
    ['the TA saw mum slap him at pick up', ['harm-at-home']],
    // "by the TA": the doer after the act; mum did the other.
    ['he was grabbed by the TA and mum hit him', ['allegation-against-worker', 'harm-at-home']],
    // The other sentence's dad did nothing.
    ['the coach kicked him. his dad is furious', ['allegation-against-worker']],
  ])('who did it: %s', (q, ids) => {
    expect(sits(q).sort()).toEqual(ids);
  });

  it('workplace disagreements and conduct towards staff fit no situation: those need a child or a case', () => {
    expect(reader.read('I disagree with my manager about my appraisal').situations).toEqual([]);
    expect(reader.read('my colleague shouted at me in the staff room').situations).toEqual([]);
    expect(sits('the SW wants to close the case and I am not happy')).toEqual(['professional-disagreement']);
  });
});

describe('more situations in plain words', () => {
  it("the practitioner's own manager holding a concern back: the section on going round them, not the inter-agency one", () => {
    // "my manager" + "won't let me": own organisation not acting, which replaces the general disagreement.
    const q = "my manager won't let me refer the girl, she says we just monitor it";
    expect(sits(q)).toEqual(['own-organisation-not-acting']);
    expect(first(q)).toBe('fixtureshire-disagreements#my-manager-or-own-organisation-is-not-acting-on-my-concern');
  });

  it('a manager who disagrees with another agency is still the inter-agency disagreement', () => {
    // No holding back here: the manager is on the practitioner's side.
    expect(first("my manager disagrees with the social worker's decision to close the case")).toBe('fixtureshire-disagreements#i-disagree-with-another-agencys-decision-about-a-child');
  });

  it('a child hurting themselves reaches self-harm, though "cuts" is also an injury word', () => {
    expect(first('a year 9 girl showed me cuts on her arms and says she has been self harming')).toBe('fixtureshire-young-people#a-young-person-is-self-harming-what-do-i-do');
    expect(first('a year 10 lad told me he has been cutting himself')).toBe('fixtureshire-young-people#a-young-person-is-self-harming-what-do-i-do');
  });

  it('a child who looks after a parent is a young carer, with neither word in the question', () => {
    expect(first('he looks after his mum most nights and falls asleep in lessons')).toBe('fixtureshire-young-people#is-this-child-a-young-carer');
  });

  it('harm by a worker long ago goes to the section on reports made years later', () => {
    // "when she was at school": non-recent, which sets the ordinary allegation situation aside.
    const q = 'a woman says the caretaker hurt her when she was at school in the nineties';
    expect(sits(q)).toEqual(['non-recent-allegation']);
    expect(first(q)).toBe('fixtureshire-allegations#someone-says-a-worker-harmed-them-years-ago');
  });

  it('"hurt" said plainly about a worker is an allegation, answered with confidence', () => {
    const a = engine.answer('the swimming coach hurt one of the boys in the changing rooms', { noClarify: true });
    expect(a.situations).toContain('allegation-against-worker');
    expect(a.hits[0]?.doc.id).toBe('fixtureshire-allegations');
    expect(a.confidence).toBe('high');
  });

  it('"locked out" is an emergency only with a child in it; office and IT requests are not answered', () => {
    expect(sits('a 6 year old was locked out of the house all night')).toContain('danger-now');
    for (const q of ['my colleague is locked out of her laptop again, who do I ring', 'locked out of the case management system, who can reset my password']) {
      expect(reader.read(q).situations).toEqual([]);
      expect(engine.answer(q).confidence).not.toBe('high');
    }
  });

  it("the speaker's words are known, so they rank lightly: who is telling is not what is asked", () => {
    const read = reader.read('a dad has complained that the football coach grabbed his son');
    expect([...read.speakerTerms]).toContain(stem('dad'));
    expect([...read.speakerTerms]).toContain(stem('complained'));
    expect(read.situations.map((s) => s.id)).toEqual(['allegation-against-worker']);
  });

  it("the practitioner's own manager is their own organisation whoever speaks (overlay class)", () => {
    // "said" would make "our DSL" the speaker; own-organisation is read beside the other classes.
    expect(sits("our DSL said to leave it but I'm sure the girl is being neglected")).toContain('own-organisation-not-acting');
    // "my headteacher" is a senior leader as well as the practitioner's own organisation.
    expect([...reader.read('my headteacher slapped a pupil').classes]).toEqual(expect.arrayContaining(['own-organisation', 'senior-leader']));
  });

  it("shaking a baby is the baby's situation; a partner pushing mum around with a baby in the home is domestic abuse", () => {
    expect(sits('dad shook the baby when she would not stop crying')).toContain('injury-to-a-baby');
    const push = sits('her partner pushes her around and the baby is 6 weeks old');
    expect(push).toContain('domestic-abuse');
    expect(push).not.toContain('injury-to-a-baby');
  });

  it('a question about what a review found is not a happening: no situation steers it away from learning', () => {
    expect(sits('what did the review say about neglect')).toEqual(['asks-what-a-review-found']);
    expect(sits('she is always hungry and smells, is it neglect')).toContain('signs-of-neglect');
    // Signs of neglect, asking what to do differently: the learning on neglect, which the happening would steer away from.
    const asked = sits('the kids are always hungry and in dirty clothes, what should we be doing differently');
    expect(asked).toContain('neglect-learning');
    expect(asked).not.toContain('signs-of-neglect');
  });

  it('a misspelt role or act is still read ("caretakr", "slaped")', () => {
    expect(sits('the caretakr slaped a year 4 boy')).toContain('allegation-against-worker');
    expect(first('the caretakr slaped a year 4 boy')).toBe('fixtureshire-allegations#when-does-a-concern-go-to-the-designated-officer');
    // A word the content uses is left alone: "teaches" is not "teacher".
    const knowing = new SituationReader(real.situations, new Map(), (w) => w === 'teaches');
    expect([...knowing.read('she teaches the toddlers').classes]).not.toContain('works-with-children');
  });

  it('a weekend is out of hours only when the question asks whom to reach or what to do', () => {
    // "left on their own all weekend" describes the neglect; it does not ask for the out-of-hours team.
    expect(sits('the kids next door are left on their own all weekend')).not.toContain('out-of-hours');
    expect(sits('who do I ring at the weekend about a child')).toContain('out-of-hours');
  });

  it('reads the newer asks from everyday wording and headings', () => {
    // Something already done: "what happens now" asks what comes next, not what to do first.
    expect(readAsks("I've sent the referral about the coach, what happens now") & ASK.whatNext).toBeTruthy();
    expect(readAsks("I've sent the referral about the coach, what happens now") & ASK.whatToDo).toBe(0);
    expect(readAsks('the coach grabbed a boy, what happens now') & ASK.whatToDo).toBeTruthy();
    // A threshold heading answers "does this need to go to them?".
    expect(readAsks('What is the threshold for a referral to the designated officer?') & ASK.whether).toBeTruthy();
    expect(readAsks('the panel said it was unfounded, what does that mean for her') & ASK.whatIs).toBeTruthy();
    expect(readAsks('What do the outcomes mean?') & ASK.whatIs).toBeTruthy();
    expect(readAsks('what do I do now') & ASK.whatIs).toBe(0);
    expect(readAsks('Dads: what we learned') & ASK.findings).toBeTruthy();
    expect(readAsks('Fathers: questions for your team') & ASK.discussion).toBeTruthy();
  });

  it('words that stem like ordinary ones are not read as the class ("extremely", "preventing", "cooking", "dropped off")', () => {
    expect(sits("I'm extremely worried about this boy, how can we prevent it happening again")).not.toContain('radicalisation');
    expect(sits('a year 8 lad shares far right videos, is it a prevent thing')).toContain('radicalisation');
    expect([...reader.read('she has to do all the cooking for her brothers').classes]).not.toContain('works-with-children');
    expect(sits('she has to do all the cooking for her brothers')).toContain('young-carer');
    expect(sits('mum dropped the baby off at nursery with a bit of a cough')).toEqual([]);
    expect(sits('dad dropped the baby and she has a lump on her head')).toContain('injury-to-a-baby');
  });

  it('a relative "who" is not the question "who tells"', () => {
    // "a girl who comes to the club ... report it": whether to report, not who reports.
    expect(readAsks('a girl who comes to the club told me something, do I need to report it') & ASK.whoTells).toBe(0);
    expect(readAsks('not sure who tells the designated officer') & ASK.whoTells).toBeTruthy();
    expect(readAsks('Who tells the designated officer?') & ASK.whoTells).toBeTruthy();
  });
});

describe('learning briefings: findings, why it matters, questions for a team', () => {
  // Three siblings share the subject's words; what the question asks picks one.
  it('asking what was learned reaches the findings', () => {
    expect(first('any learning about dads from reviews')).toBe('fixtureshire-fathers#what-reviews-taught-us-about-dads');
  });

  it('asking for discussion questions reaches the questions for your team', () => {
    expect(first('questions to discuss with my team about fathers')).toBe('fixtureshire-fathers#fathers-and-male-carers-questions-for-your-team');
  });

  it('asking why reaches the "why it matters" section, and only then', () => {
    expect(first('why do fathers matter so much')).toBe('fixtureshire-fathers#why-fathers-and-male-carers-matter');
    expect(ids('any learning about dads from reviews')[0]).not.toBe('fixtureshire-fathers#why-fathers-and-male-carers-matter');
  });
});

describe('a * in a class phrase stands for one word of no class', () => {
  const spec = (classes: Record<string, string[]>) => {
    const { situations, problems } = parseSituations({
      classes: { staff: ['member of staff'], harm: ['hit'], ...classes },
      situations: [{ id: 'staff-harm', about: 'staff harming a child', when: [['staff', 'harm']], prefer: { areas: ['lado'] } }],
    });
    expect(problems).toEqual([]);
    return new SituationReader(situations);
  };
  const read = (r: SituationReader, q: string) => [...r.read(q).classes].sort();

  it('reads a role by the word it leads with, any word in the middle', () => {
    const r = spec({ staff: ['one of our * leads'], harm: ['shoved'], pupil: ['pupils'] });
    // "room" and "forest school" are nobody's class words: both are leads of ours.
    expect(read(r, 'one of our room leads shoved a toddler')).toEqual(['harm', 'staff']);
    expect(r.read('one of our room leads shoved a toddler').situations.map((s) => s.id)).toEqual(['staff-harm']);
    expect(read(r, 'one of our craft leads shoved him')).toEqual(['harm', 'staff']);
  });

  it('never stands for a word with a class of its own, nor for a missing word', () => {
    const r = spec({ staff: ['one of our * leads', 'one of our * staff'], harm: ['shoved'], pupil: ['pupils'] });
    // "pupils" is a pupil: the * does not swallow it into a member of staff.
    expect(read(r, 'one of our pupils staff the tuck shop')).toEqual(['pupil']);
    // The phrase needs a word where the * is.
    expect(read(r, 'one of our leads')).toEqual([]);
  });

  it('stands for "her" or "his", which name whose place it is', () => {
    const r = spec({ away: ['living at * flat'], about: ['her', 'his'] });
    expect(read(r, 'she has been living at her flat for weeks')).toContain('away');
  });

  it('an exact phrase of the same length wins', () => {
    const r = spec({ staff: ['one of our * leads'], harm: ['one of our kitchen leads'] });
    expect(read(r, 'one of our kitchen leads')).toEqual(['harm']);
  });

  it('a ... skips a few words of the same sentence, and the words before it are the phrase\'s own', () => {
    const r = spec({ fgm: ['been cut ... abroad'], selfharm: ['been cut'], told: ['told me'] });
    // The longer reading wins at "been"; the "told me" inside the gap is still read.
    expect(read(r, 'she has been cut, she told me it was done abroad')).toEqual(['fgm', 'told']);
    // Not across a sentence, nor over more than a few words.
    expect(read(r, 'she has been cut. Her family went abroad')).toEqual(['selfharm']);
    expect(read(r, 'she has been cut on her arm and leg and her family were all away abroad')).toEqual(['selfharm']);
  });

  it('the file check names a * or a ... as the first word, a ... last, and two in a row', () => {
    const raw = parseYaml(readFileSync(join(ROOT, 'knowledge', 'situations.yml'), 'utf8'));
    raw.classes['works-with-children'].push('* leader', 'one of our * * leads', '... leader', 'cut ...', 'cut ... * abroad');
    const problems = parseSituations(raw).problems.join('\n');
    expect(problems).toContain('"* leader"');
    expect(problems).toContain('"one of our * * leads"');
    expect(problems).toContain('"... leader"');
    expect(problems).toContain('"cut ..."');
    expect(problems).toContain('"cut ... * abroad"');
  });
});

describe('an adult said to be one', () => {
  it('"his side of things" is the accused\'s account, not an adult at risk', () => {
    const read = sits('the caretaker grabbed a year 3 by the arm and left a bruise, what is his side of things though');
    expect(read).toContain('allegation-against-worker');
    expect(read).not.toContain('adult-said-at-risk');
  });

  it('"the man who punched him is an adult" says who did it, not that an adult is at risk', () => {
    expect(sits('the man who punched the boy at the park is an adult, not another pupil')).not.toContain('adult-said-at-risk');
  });
});

describe('an act done to a partner or a parent is domestic abuse, one done to a child is not', () => {
  it.each([
    // Her partner did it to her: the partner is said as hers.
    ['mum said her husband punched her on saturday, the children are 3 and 7'],
    ['mum says her partner shoved her into the door frame'],
    // Anyone at home did it to a parent.
    ["the lad says his nan's partner pushed his mum down the stairs"],
    // The house smashed up, or the police there, as a child tells it.
    ["the 6 year old says dad smashed up the flat again and mummy cried"],
  ])('%s', (q) => expect(sits(q)).toContain('domestic-abuse'));

  it('told with whether to pass it on without her agreement: consent is the question', () => {
    const read = sits("mum says her partner hits her but she doesn't want it passed on, can I still tell social care");
    expect(read).toContain('consent-refused');
    expect(read).not.toContain('domestic-abuse');
  });

  it.each([
    // "Her son" follows: the child was hurt.
    ['her fella hit her son with a belt'],
    // "Him" is the child: mum's boyfriend is not his partner.
    ["mum's boyfriend kicked him in the stomach, he is 6"],
  ])('not: %s', (q) => {
    expect(sits(q)).not.toContain('domestic-abuse');
    expect(sits(q)).toContain('harm-at-home');
  });
});

describe('situations.yml is checked', () => {
  it('names the file, the place and the unknown class', () => {
    const raw = parseYaml(readFileSync(join(ROOT, 'knowledge', 'situations.yml'), 'utf8'));
    raw.situations[0].when.push(['no-such-class']);
    raw.clarify[0].choices = [{ label: 'only one', adds: 'x' }];
    const { problems } = parseSituations(raw);
    expect(problems.join('\n')).toMatch(/clarify\.0\.choices/);
  });

  it('reports an unknown class in a situation', () => {
    const raw = parseYaml(readFileSync(join(ROOT, 'knowledge', 'situations.yml'), 'utf8'));
    raw.situations[0].when.push(['no-such-class']);
    expect(parseSituations(raw).problems.join('\n')).toContain('no class "no-such-class"');
  });

  it('reports an unknown class in partner_harm', () => {
    const raw = parseYaml(readFileSync(join(ROOT, 'knowledge', 'situations.yml'), 'utf8'));
    raw.partner_harm.partners = 'no-such-class';
    expect(parseSituations(raw).problems.join('\n')).toContain('partner_harm: no class "no-such-class"');
  });

  it('reports an unknown class in strong', () => {
    const raw = parseYaml(readFileSync(join(ROOT, 'knowledge', 'situations.yml'), 'utf8'));
    raw.strong = ['no-such-class'];
    expect(parseSituations(raw).problems.join('\n')).toContain('strong: no class "no-such-class"');
  });

  it('reports a paired class that is not weak', () => {
    const raw = parseYaml(readFileSync(join(ROOT, 'knowledge', 'situations.yml'), 'utf8'));
    raw.paired = ['safeguarding-name'];
    expect(parseSituations(raw).problems.join('\n')).toContain('paired: "safeguarding-name" is not a weak class');
  });

  it('reports an unknown class, or an area that does not exist, in names_area', () => {
    const raw = parseYaml(readFileSync(join(ROOT, 'knowledge', 'situations.yml'), 'utf8'));
    raw.names_area = { 'no-such-class': 'learning' };
    expect(parseSituations(raw).problems.join('\n')).toContain('names_area: no class "no-such-class"');
    raw.names_area = { 'asks-about-learning': 'gossip' };
    expect(parseSituations(raw).problems.join('\n')).toMatch(/names_area/);
  });
});

describe('situations told in everyday words', () => {
  it.each([
    // A lead of ours named by what they lead (a * in the class phrase): a worker, not a stranger.
    ['one of our craft leads pushed a 4 year old over at snack time', 'allegation-against-worker'],
    // Whose flat, said by a name: a child living away from home with someone who is not family.
    ["a year 8 has been staying at Kayleigh's flat for three weeks, they are not related", 'private-fostering'],
    // A conference named by its letters, the speaker's own role beside it: asked to a conference.
    ['my first RCPC as deputy head on Thursday for a reception child, do I write something beforehand', 'asked-to-a-conference'],
    // Cutting told with the place it was done a few words later: female genital mutilation, not self-harm.
    ['a year 6 girl says she was cut when they all went back home to visit her grandma', 'fgm'],
    // An adult, said to be one, hurt by a partner: the adults' side, not a child's.
    ["my client is 22 so she's an adult, but her partner keeps hitting her, who do I go to", 'adult-said-at-risk'],
    // Out of hours, whom to ring: about a child at home, or about someone who works with children.
    ['bank holiday monday, a girl in my guide unit says her brother hits her, which number do I ring', 'out-of-hours'],
    ['its sunday morning and the swimming instructor grabbed a boy by the neck at the gala, who do I phone', 'out-of-hours-allegation'],
    ['we have had an allegation about a staff member reported to us on a bank holiday, which number do I ring', 'out-of-hours-allegation'],
    // A match made for a child, told with words between.
    ["her dad has lined up an older husband for her in Bangladesh, she is 15", 'forced-marriage'],
    // A worker stepping down before an allegation is settled, and the wish to stop there.
    ['the volunteer coach we referred to the LADO has offered to step down if we drop it, can we', 'worker-resigns'],
    // A referral made with the child named in between, then silence.
    ['I referred the 4 year old twins to the front door last tuesday and have heard nothing since', 'no-news-after-referral'],
    // A junior team's manager is a coach: harm by him is an allegation, not a disagreement with a line manager.
    ['the u9s manager shoved one of the boys off the pitch at training', 'allegation-against-worker'],
    // A man at the home nobody knows, as mum describes him; the practitioner's own "am I paranoid?" is no mental illness.
    ["there's always a man sat in the lounge who never speaks to us, mum says he is just a friend who helps out. am I being paranoid", 'unseen-man'],
    // Never there when the worker visits, and "just a mate" in mum's words.
    ['the man living with mum is never there when we visit and nobody knows much about him', 'unseen-man'],
    // Going through the family's file with other agencies is a case audit.
    ['someone from the board wants to look through our files on one of our families with other agencies, why', 'asked-about-an-audit'],
    // The death of a child known to many, and "so the partnership looks at it properly": asking for a review.
    ['a baby known to three of our services has died, how do I get someone to look at it properly', 'asking-for-a-review'],
    // A family on a plan moving to another area: what happens to the plan, not who to ring now.
    ['mum is moving the three children to Leeds in the summer, they are on child in need plans, does it transfer', 'family-moving-area'],
    // A tool asked for, the neglect told as why: the tool, not the level of the neglect.
    ['kids always grubby and hungry for years now, is there a scoring tool to measure the care at home', 'asks-for-a-tool'],
    // Whose job it is to put a case forward for review.
    ['toddler in hospital with a head injury, we all had worries about home, is it on me to flag it for a review', 'asking-for-a-review'],
    // Looking into it first, said with words between: the allegation's first steps, not its outcome.
    ['a parent says our receptionist shoved her boy, we will look into it internally first and then decide if the LADO needs it', 'investigating-first'],
    // The employer's own look into it has ended, said in everyday words: its outcome goes back to the LADO.
    ['we wrapped up our own investigation into the swim teacher and it was not upheld, do we need to feed back the outcome', 'employer-outcome'],
    // Drunk at pick-up, said by the drink he smells of.
    ['grandad came for the reception class twins stinking of lager and swaying, can we say no', 'parent-under-the-influence'],
    // A partner's violence told as what happened at the house, the police called last weekend: not an out-of-hours call.
    ['mum says her partner has been kicking off again and the police were called to the house last weekend, what do I do about the kids', 'domestic-abuse'],
    // Left by someone, the children named in between.
    ['dad works nights and leaves the 5 and 8 year old by themselves till morning', 'left-without-an-adult'],
    // The parent away, the place said by name.
    ["dad has gone to Dubai for work and the 12 year old is living with his uncle's girlfriend", 'living-with-relative'],
    // What a child says happened to a parent is domestic abuse, though no one says "domestic".
    ['a boy in year 4 says his dad throws things at mum when he has been drinking', 'domestic-abuse'],
    ['little girl in nursery told us daddy hurt mummy last night', 'domestic-abuse'],
    // A parent telling of her own partner's violence, with the children at home: domestic abuse, not a child hurt.
    ['mum told me at the clinic her husband hits her and the kids see it, what do I do', 'domestic-abuse'],
    // A child's own mental health, in everyday words.
    ['one of my year 9s has been really anxious and has stopped eating, who do I talk to', 'child-mental-health'],
    // Topics named by what happened, not by the policy's name.
    ['a 16 year old in my form was kicked out by her stepdad last night and is sofa surfing', 'homeless-young-person'],
    ['dad stank of booze at pick up and was slurring his words, the twins are 4', 'parent-under-the-influence'],
    ['a pupil says his aunt prayed over him all night to get the evil spirit out', 'faith-or-belief-abuse'],
    ['year 11 girl says her parents have found her a husband back home for the summer', 'forced-marriage'],
    ['the after school club leader pulled a boy off the bench by his hood', 'allegation-against-worker'],
    // Someone around a child with a conviction or on the register; "moved in with her" is a partner, not private fostering.
    ['mums new boyfriend is on the sex offenders register and has moved in with her and the kids', 'person-posing-a-risk'],
    ['one of our dinner ladies has a new partner with a conviction for offences against children', 'worker-life-outside-work'],
  ])('a situation told in everyday words: %s', (q, id) => {
    expect(sits(q)).toContain(id);
  });

  it('a partner moving in with mum is not a child living away from home', () => {
    expect(sits('mums new boyfriend is on the sex offenders register and has moved in with her')).not.toContain('private-fostering');
  });

  it('a parent\'s own low mood is not the child\'s mental health, and withdrawn consent is no sign of it', () => {
    expect(sits('mum is depressed and struggling with the baby')).not.toContain('child-mental-health');
    expect(sits('dad has withdrawn consent for the early help plan for his son')).not.toContain('child-mental-health');
  });

  it('"privately fostered children" is private fostering, not children in care', () => {
    // "Fostered children" alone would read as looked after; named as private fostering, it is not.
    const ids = sits('how often are privately fostered children visited');
    expect(ids).toContain('private-fostering-named');
    expect(ids).not.toContain('looked-after-child');
    expect(sits('our foster child has told me something worrying')).toContain('looked-after-child');
  });

  it('a harm told about the speaker\'s own child still makes its situation', () => {
    // "My son" is no sign of safeguarding talk on its own; a worker hitting him is.
    const read = reader.read('my son says his PE teacher hit him at school today');
    expect(read.situations.map((x) => x.id)).toContain('allegation-against-worker');
    expect(read.inDomain).toBe(true);
  });

  it('a role opening the message before a colon or comma is who speaks, not who did it', () => {
    expect(sits('youth worker: a lad says he owes the older lads money and they give him lifts')).not.toContain('boundaries-of-worker');
    expect(sits('sports coach, a 12 year old told me an older boy grabbed him in the changing room')).not.toContain('allegation-against-worker');
    // Named with "my" or "the", the role is someone else: "my colleague, she grabbed a boy" is an allegation.
    expect(sits('my colleague, she grabbed a year 3 boy by the arm')).toContain('allegation-against-worker');
  });
});

describe('who an act is done to, and where', () => {

  it('the child an act is done to is not another child who did it', () => {
    // "texting a year 11 girl": the girl is who it is done to, so the worker crossing boundaries stands.
    expect(sits('the site manager keeps texting a year 11 girl late at night on instagram')).toContain('boundaries-of-worker');
    expect([...reader.read('the site manager keeps texting a year 11 girl late at night on instagram').classes]).not.toContain('another-child');
    // A pupil doing it to a pupil is still between children.
    expect(sits('a year 10 lad keeps texting a year 7 girl on instagram')).not.toContain('boundaries-of-worker');
  });

  it('alcohol and nights away given or arranged by a worker cross boundaries', () => {
    expect(sits('the cadet instructor took three of the boys camping and let them drink cider')).toContain('boundaries-of-worker');
    expect(sits('a residential worker let a 15 year old stay over at her flat')).toContain('boundaries-of-worker');
  });

  it('a partner hitting her, told as going on: domestic abuse, not harm to the child', () => {
    // "her partner" is family, read first; the longer phrase with it says who is hurt.
    expect(sits('mum says her partner has been hitting her in front of the children')).toEqual(['domestic-abuse']);
  });

  it('a place named as where the child lives is another area; the partnership\'s own name is home', () => {
    const spec = parseSituations(parseYaml(readFileSync(join(ROOT, 'knowledge', 'situations.yml'), 'utf8'))).situations;
    const wigan = new SituationReader(withoutOwnName(spec, 'Wigan'));
    const wirral = new SituationReader(withoutOwnName(spec, 'Wirral'));
    expect(wigan.read('one of our nursery children lives in bolton, who do I ring').situations.map((s) => s.id)).toContain('child-in-other-area');
    expect(wigan.read('the child lives in wigan, who do I ring').situations.map((s) => s.id)).not.toContain('child-in-other-area');
    expect(wigan.read('the child lives in wigan, who do I ring').situations.map((s) => s.id)).not.toContain('other-area');
    expect(wirral.read('the child lives in wigan, who do I ring').situations.map((s) => s.id)).toContain('child-in-other-area');
    // A worker who lives elsewhere, with an allegation: the LADO of the worker's area, so the wider situation.
    expect(wigan.read('the TA who slapped a year 2 lives in bolton, which LADO do I ring').situations.map((s) => s.id)).toContain('other-area');
    // Whose learning it is, not where anyone lives.
    expect(wigan.read('learning from bolton case reviews about children and neglect').situations.map((s) => s.id)).not.toContain('other-area');
  });

  it("the partnership's own name is read past: \"that Wigan case where...\" asks about a case review", () => {
    const spec = parseSituations(parseYaml(readFileSync(join(ROOT, 'knowledge', 'situations.yml'), 'utf8'))).situations;
    const wigan = new SituationReader(withoutOwnName(spec, 'Wigan'), new Map(), () => false, 'Wigan');
    expect(wigan.read("what was that Wigan case where the toddler's bruises were missed").classes).toContain('asks-about-learning');
    // Another partnership's name still stands between the words.
    const wirral = new SituationReader(withoutOwnName(spec, 'Wirral'), new Map(), () => false, 'Wirral');
    expect(wirral.read("what was that Wigan case where the toddler's bruises were missed").classes).not.toContain('asks-about-learning');
  });

  it('arranging an outing names children but is not safeguarding, until a harm is told', () => {
    expect(reader.read('need to hire a coach for the year 4 trip, which company do we use').officeTalk).toBe(true);
    expect(reader.read('the coach driver on the year 4 trip grabbed a boy by the neck').officeTalk).toBe(false);
  });

  it("the speaker's own little one is their own life", () => {
    expect(reader.read('my own little girl has a temperature, can she still go to nursery').personalTalk).toBe(true);
  });
});

describe('a heading about someone other than whoever did it', () => {
  // Headings are read once for the doers they name; "covers" says a member of staff answers for the head too.
  const section = (heading: string) => ({ section: { heading } as Section });
  let doers: HeadingClasses;
  beforeAll(() => {
    doers = new HeadingClasses(reader, [
      section('An allegation has been made about the headteacher: who do I tell?'),
      section('Someone has made an allegation against a member of staff: what first?'),
      section("I'm worried about a child: what should I do first?"),
    ]);
  });

  it('a heading naming the head fits a question about the head, not one about a foster carer', () => {
    expect(doers.fits(0, doers.answering(['senior-leader']))).toBe(true);
    expect(doers.fits(0, doers.answering(['works-with-children']))).toBe(false);
  });

  it('a heading naming a member of staff answers for the head too', () => {
    expect(doers.fits(1, doers.answering(['senior-leader']))).toBe(true);
    expect(doers.fits(1, doers.answering(['family']))).toBe(false);
  });

  it('a heading naming nobody fits anyone', () => {
    expect(doers.fits(2, doers.answering(['family']))).toBe(true);
  });

  it('a heading that holds only at the weekend fits a question that says nothing of the time less', () => {
    const withTime = new HeadingClasses(reader, [section("It's the evening, weekend or holiday: what do I do about an allegation?"), section('What must I not do?')]);
    expect(withTime.withConditions).toEqual([0]);
    expect(withTime.conditionMissing(0, reader.read('the TA grabbed a boy by the arm').classes)).toBe(true);
    expect(withTime.conditionMissing(0, reader.read('it is saturday and the TA grabbed a boy by the arm').classes)).toBe(false);
  });
});

describe('harms are not speakers, patterns are not emergencies, a death is its review', () => {

  it('"...cuts on her arms, says it is nothing": the harm stays, though "says" follows it', () => {
    // Only people speak (speaker.classes): a self-harm phrase before "says" is what happened.
    expect(sits('year 8 girl came to the office with cuts on her arms, says it is nothing')).toContain('self-harm');
  });

  it('a parent who keeps arriving drunk is a pattern to act on, not danger this minute', () => {
    expect(sits('dad keeps turning up drunk to collect his 5 year old')).not.toContain('danger-now');
    expect(sits('dad is drunk at the gate and trying to take his 5 year old')).toContain('danger-now');
    // "keep" as in carrying on is not a pattern.
    expect(sits('do I have to keep waiting, the 6 year old says she is scared to go home')).toContain('danger-now');
  });

  it("a child's death points at the reviews that follow it", () => {
    expect(sits('a child on our books died suddenly last week, what happens next')).toContain('child-death');
  });
});

describe('taken away', () => {

  it('a parent threatening to take the children abroad: a child may be taken', () => {
    expect(sits('dad has told the school he will take the kids abroad and not bring them back')).toContain('child-may-be-taken');
  });

  it('taken abroad to be married is forced marriage, with its own sections', () => {
    const ids = sits('a year 12 girl says her parents are taking her abroad at Easter to marry a cousin');
    expect(ids).toContain('forced-marriage');
    expect(ids).not.toContain('child-may-be-taken');
  });
});

describe('harm while early help is in place', () => {
  it('an injury in a family with early help: step up, in place of harm at home', () => {
    // The step-up sections say refer now, not at the next meeting: more than the general harm-at-home answer.
    const ids = sits('we have a TAF going with this family and the 4 year old came in with a burn on her arm');
    expect(ids).toContain('harm-during-early-help');
    expect(ids).not.toContain('harm-at-home');
  });

  it('someone a child knows only from a game or an app is online grooming; a worker on snapchat is not', () => {
    expect(sits('a year 5 girl says a man on roblox keeps asking where she lives and sends her robux')).toContain('online-grooming');
    expect(sits('a year 9 girl has an online boyfriend she has never met, he says he is 16')).toContain('online-grooming');
    // A worker's messages are the worker's boundaries; a parent's number on whatsapp is nobody unknown.
    expect(sits('a new teacher has added some year 11s on snapchat')).not.toContain('online-grooming');
    expect(sits("the TA has the boy's mum on whatsapp")).not.toContain('online-grooming');
  });

  it('a parent "sent down", and a child "not in school for weeks", in everyday words', () => {
    // Neither says "prison" or "missing education"; both have their own sections.
    expect(sits('her dad got sent down in the summer and she has gone very quiet in class')).toContain('family-member-in-prison');
    expect(sits("the new family's 7 year old hasn't been in school for a month, no school place yet")).toContain('child-out-of-school');
    // A worker's own arrest is the worker's conduct, not a child's parent in prison.
    expect(sits('our caretaker has been on remand since friday')).not.toContain('family-member-in-prison');
  });

  it("a parent's mental health beside the children is the parental mental health situation, not the child's own", () => {
    expect(sits('dad has bipolar and has stopped taking his tablets, the kids are 3 and 5')).toContain('parent-mental-health');
    // Told by mum about her son: the son's anxiety ("mum says" makes mum the speaker).
    expect(sits("mum says her son has really bad anxiety and won't go to school")).not.toContain('parent-mental-health');
  });

  it('a baby put down on the sofa or in the parents\' bed is safer sleep, told in parents\' words', () => {
    // No "co-sleeping" said: "falls asleep on the settee with mum" is how it is told; the safer sleep sections answer it.
    expect(sits("mum says the 6 week old falls asleep on the settee with her most evenings, what advice do I give?")).toContain('unsafe-sleep');
    expect(sits('dad says the baby has been in bed with them since she came home, they have no cot')).toContain('unsafe-sleep');
    expect(sits('the toddler fell off the sofa and banged his arm')).not.toContain('unsafe-sleep');
    // Asked as advice: "what should I tell new mums about where the baby sleeps?"
    expect(sits('what should I tell new mums about where the baby sleeps before they leave the ward')).toContain('unsafe-sleep');
  });

  it('"how do I step this up" from an early help plan is the step up, whatever the worry', () => {
    // Said as the step itself: the section on stepping a case up, not the levels of need the worry would fit.
    expect(sits("the early help plan isn't working, mum's drinking again and the kids are missing school, how do we step this up?")).toContain('harm-during-early-help');
  });
});

describe('everyday words for who and what', () => {

  it('asking whether the parents must agree first is the consent question', () => {
    expect(sits('do I need to ask mum first before I ring social care')).toContain('asking-consent');
  });

  it('an old man being fleeced by his son is an adult at risk', () => {
    expect(sits('old fella down our street is being fleeced by his grandson')).toContain('adult-at-risk');
  });

  it('"head won\'t refer" is the practitioner\'s own organisation not acting', () => {
    expect(sits("head won't refer, says mum is doing her best, I'm not happy")).toContain('own-organisation-not-acting');
  });

  it('a pupil doing a parent\'s medication and getting the younger ones up is a young carer', () => {
    expect(sits('lad in year 6 sorts his mams meds and gets his sister up for school')).toContain('young-carer');
  });

  it('"missed it" is not a child gone missing, and the school newsletter is not safeguarding', () => {
    expect(reader.read('did the rugby go ahead last night, I missed it').inDomain).toBe(false);
    expect(reader.read('help me word the newsletter about non-uniform day for the kids').officeTalk).toBe(true);
    expect(reader.read('she went missing from the park on saturday').inDomain).toBe(true);
  });
});

describe('who saw it, and colleagues as staff call each other', () => {

  it('"seen by a parent shaking a toddler": the one who saw it did not do it', () => {
    const ids = sits('one of the other girls at the nursery was seen by a parent shaking a toddler by the arms');
    expect(ids).toContain('allegation-against-worker');
    expect(ids).not.toContain('harm-at-home');
  });

  it('"grabbed by the TA" still has the TA as the doer', () => {
    expect(sits('a year 3 boy was grabbed by the TA in the lunch queue')).toContain('allegation-against-worker');
  });
});

describe('an explanation that does not fit', () => {

  it('an injury with a doubted explanation points at the sections on explanations', () => {
    expect(sits("year 2 girl has a black eye, mum says she walked into a door but it doesn't add up")).toContain('injury-explanation-doubted');
  });

  it("a baby's injury stays the baby's situation", () => {
    const ids = sits("3 month old with a bruise on his ear, dad says his sister did it, I'm not convinced");
    expect(ids).toContain('injury-to-a-baby');
    expect(ids).not.toContain('injury-explanation-doubted');
  });
});

describe('a child who arrived alone', () => {
  it('from abroad with no adult: unaccompanied, with its own sections', () => {
    const ids = sits('a girl was found at the port, no english, no adult with her, says she is 15');
    expect(ids).toContain('child-arrived-alone');
  });

  it('with no papers or documents, however the rest is told', () => {
    // "No papers" is what the front desk notices first; the child's own words may be few.
    expect(sits('14 yr old lad at the front desk, no papers and nobody with him, what now')).toContain('child-arrived-alone');
    expect(sits('mum lost the papers for the school trip form')).not.toContain('child-arrived-alone');
  });
});

describe('a child named and nothing else of safeguarding', () => {
  it('is weak evidence: requests about lessons, classes or parties are not answered with confidence', () => {
    for (const q of ['any ideas for a fun year 4 science lesson', 'how big should a classroom for 30 pupils be', 'where is good for a kids birthday party']) {
      expect(reader.read(q).domainClasses).toEqual(['child-or-young-person']);
      expect(engine.answer(q).confidence, q).not.toBe('high');
    }
  });

  it('a sign of harm beside the child is evidence of its own (fire-setting, living with a family friend)', () => {
    expect(reader.read('the 7 year old keeps playing with lighters at home').domainClasses).toContain('fire-setting-sign');
    expect(reader.read("a 12 year old is living with her mum's best mate while mum is in hospital").domainClasses).toContain('living-away');
    // A friend in the story is not where the child lives.
    expect(sits("mum's friend slapped him at the weekend")).not.toContain('private-fostering');
  });
});

describe('strangers, lifts and placements', () => {

  it('an unknown adult watching children points at the community safety sections', () => {
    expect(sits('a strange man has been hanging around the gates at home time taking pictures of the kids')).toContain('stranger-near-children');
  });

  it('a volunteer driving a child home alone crosses boundaries', () => {
    expect(sits('one of our church volunteers drives her home after choir on his own')).toContain('boundaries-of-worker');
  });

  it('"my placement" is a child in care', () => {
    expect(sits('foster carer here, my placement came back from family time with a mark on his face')).toContain('looked-after-child');
  });
});

describe('openings, body words and newsletters', () => {

  it('a role alone before a full stop is the speaker: "childminder. the baby has a mark..." is not an allegation', () => {
    expect(sits('childminder. 4 month old has a blue grey mark on the bottom of her back, mum says she was born with it')).not.toContain('allegation-against-worker');
  });

  it('a safeguarding question for the newsletter is still a safeguarding question', () => {
    expect(reader.read('what did the case reviews find about neglect? writing a piece for the newsletter').officeTalk).toBe(false);
  });

  it('young children undressed together is sexual behaviour between children', () => {
    expect(sits('two boys in reception were found with their pants down in the toilets')).toContain('child-on-child');
  });
});

describe('a man nobody knows, a case for review, a conference got it wrong', () => {

  it('a man in the home the worker knows nothing about points at the learning on unseen men', () => {
    expect(sits("HV, realised I know nothing about the baby's dad, who stays over most nights")).toContain('unseen-man');
  });

  it('agencies missing things for a seriously harmed child is a case to raise for review', () => {
    expect(sits('a 14 year old was badly hurt and every agency missed the signs for months, how do we get it looked at properly')).toContain(
      'asking-for-a-review',
    );
    // Naming a review as learning is not asking for one.
    expect(sits('learning from serious case reviews about neglect')).not.toContain('asking-for-a-review');
    // "Looked into properly" asks for a review, not about a worker under investigation.
    const read = sits('things were missed by all of us before that toddler died, can the board have it looked into properly');
    expect(read).toContain('asking-for-a-review');
    expect(read).not.toContain('worker-under-investigation');
  });

  it('a conference deciding no plan, thought badly wrong, is a disagreement to take further: with the conference', () => {
    expect(sits("went to the conference today, they decided no plan for the 3 kids, I think they've got it badly wrong")).toContain(
      'conference-decision-disputed',
    );
  });
});

describe('hardship and the partnership itself', () => {

  it('a family with no gas and no food is hardship; a pupil sanctioned at school is not', () => {
    expect(sits('mum of two, no gas on the meter and nothing in for tea tonight')).toContain('family-in-hardship');
    expect(sits('the girl who made it up about her teacher, is it just a sanction for her')).not.toContain('family-in-hardship');
  });

  it('the safeguarding board and social services are safeguarding words', () => {
    expect(reader.read('is the safeguarding board still going').inDomain).toBe(true);
    expect(reader.read('do I have to report her to social services').inDomain).toBe(true);
  });
});

describe('more everyday words', () => {

  it('a teenager buying lots of paracetamol is a self-harm worry', () => {
    expect(sits('a 14 year old keeps buying lots of paracetamol at our pharmacy')).toContain('self-harm');
  });

  it("a parent's partner who won't let a child leave the house is harm at home", () => {
    expect(sits("a 13 year old rang saying her mum's boyfriend won't let her leave the house")).toContain('harm-at-home');
  });

  it('an uncle showing a child videos that upset him is harm at home, not nothing', () => {
    expect(sits('the 11 year old says his uncle shows him videos on his phone that scare him')).toContain('harm-at-home');
  });
});

describe('fire', () => {

  it('a child setting fires points at fire safety; the learning from a child who died in a fire does not', () => {
    expect(sits('the 8 year old keeps nicking his dads lighters and set the bin smouldering')).toContain('fire-setting');
    // Scorch marks on his carpet are the fire, not an injury at home.
    expect(sits("his nan found scorch marks on the 7 year old's carpet, he keeps taking her lighter")).toEqual(['fire-setting']);
    expect(sits('what did they learn from the little boy who died playing with a lighter')).not.toContain('fire-setting');
  });
});

describe('the toxic trio', () => {
  it('domestic abuse, mental ill health and drink or drugs together: the trio, not domestic abuse alone', () => {
    const ids = sits('mum has depression, dad drinks heavily and there is domestic abuse, what about the alcohol misuse on top');
    expect(ids).toContain('toxic-trio');
    expect(ids).not.toContain('domestic-abuse');
  });

  it('a harm word opening the message before a comma is not its speaker', () => {
    expect(sits('domestic abuse, what do I do')).toContain('domestic-abuse');
  });
});

describe('a helpline', () => {
  it('asked for an anonymous line, or a line a child can ring: the helplines section, answered with confidence', () => {
    // "A family I'm worried about" alone fits the sections on working with families; the helpline situation says which.
    const helplines = 'fixtureshire-worried#helplines-advice-from-a-charity-and-a-line-for-children';
    expect(first("is there an anonymous line I can phone about a family I'm worried about")).toBe(helplines);
    const forAChild = engine.answer("a 13 year old wants someone to talk to who isn't school, is there a child line she can ring", { noClarify: true });
    expect(forAChild.hits[0]?.section.id).toBe(helplines);
    expect(forAChild.confidence).toBe('high');
  });

  it('the NSPCC named as the author of a guide is not a call to its helpline', () => {
    expect(sits('the NSPCC guide on neglect, what does it say about home conditions')).not.toContain('helpline');
    expect(sits('can I ring the NSPCC about this family')).toContain('helpline');
  });
});

describe('safeguarding words inside longer phrases', () => {
  it('"allegations against staff" is safeguarding talk, though its phrase also tells a concern raised', () => {
    // The longest phrase wins the words; listed in both classes, it counts for both.
    expect(reader.read('for governor training, what did inspectors say about how allegations against staff are handled').inDomain).toBe(true);
  });

  it('the words of professional curiosity are safeguarding talk', () => {
    expect(reader.read("what does 'respectful uncertainty' look like on a home visit").inDomain).toBe(true);
    expect(reader.read('what does the independent scrutineer actually do').inDomain).toBe(true);
  });
});

describe('a question that names an area the situation steers away from', () => {
  // Two made-up documents: what to do for a young carer, and a review's learning about young carers.
  const one = (id: string, area: KnowledgeDoc['area'], heading: string, text: string) => madeUpDoc(id, area, heading, [['s', heading, text, []]]);
  const docs = [
    one('shire-carers', 'thresholds', 'A pupil looks after a parent: who do I contact?', 'Tell the young carers service and your safeguarding lead; a young carer may need a carers assessment.'),
    one('shire-child-q', 'learning', 'Child Q: what we learned about young carers', 'No one asked the boy what caring for his mum meant for him; young carers must be asked and seen.'),
  ];
  const learningScore = (namesArea: boolean, q: string) =>
    madeUpEngine(docs, namesArea ? real.situations : { ...real.situations, names_area: {} }, real.glossary)
      .answer(q, { noClarify: true }).hits.find((h) => h.doc.id === 'shire-child-q')?.score ?? 0;

  it('"a 7 minute briefing" names learning, which a young carer\'s situation otherwise steers away from', () => {
    const q = 'a boy in year 7 looks after his mum who has MS, is there a 7 minute briefing on young carers?';
    expect(reader.areasNamed(reader.read(q).classes)).toContain('learning');
    // The situation's avoidance of learning is lifted: the learning section scores well over half as much again.
    expect(learningScore(true, q)).toBeGreaterThan(1.5 * learningScore(false, q));
  });

  it('asking what was learned names learning too, with no word for a review', () => {
    // "Any lessons" asks what reviews taught: the situation's avoidance of learning is lifted (steered away, the learning
    // section scores about half the other; named, over three quarters).
    const hits = madeUpEngine(docs, { ...real.situations, names_area: {} }, real.glossary)
      .answer('a boy in year 7 looks after his mum who has MS, any lessons for us about young carers?', { noClarify: true }).hits;
    const score = (id: string) => hits.find((h) => h.doc.id === id)?.score ?? 0;
    expect(score('shire-child-q')).toBeGreaterThan(0.75 * score('shire-carers'));
  });

  it('without the review named, the learning section stays steered away from', () => {
    const q = 'a boy in year 7 looks after his mum who has MS, who do I contact?';
    expect(reader.areasNamed(reader.read(q).classes)).not.toContain('learning');
    expect(learningScore(true, q)).toBe(learningScore(false, q));
  });
});

describe('what someone "did to" a child', () => {
  it('a child telling what the head did to him is an allegation about a leader, though the act is not named', () => {
    expect(sits('a pupil has told me something about what our head did to him')).toEqual(expect.arrayContaining(['allegation-against-worker', 'allegation-about-a-leader']));
    // Said of a thing, not a child: no harm.
    expect(sits('our head did the timetable on her own again')).not.toContain('allegation-about-a-leader');
  });
});

describe('words that blame the child', () => {
  it('"putting herself at risk" in a record is a situation of its own: the learning on the words we use', () => {
    expect(sits("a colleague's notes say the 14 year old is putting herself at risk going to older lads' flats, why did my manager make her change it")).toContain('victim-blaming-language');
    expect(sits('a 14 year old keeps going to older lads flats at night')).not.toContain('victim-blaming-language');
  });
});

describe('a happening told with no question at all', () => {
  it('asks what to do: the first-steps section leads a how-to sibling whose stored question shares the act', () => {
    // "What do I put in my notes" shares "slapped"; nothing was asked, so what to do first is the answer.
    const shire = madeUpEngine(
      [
        madeUpDoc('shire-al', 'lado', 'Allegations', [
          ['first', 'Someone has made an allegation against a member of staff: what should I do first?', 'Make sure the child is safe, write down what you were told and tell your designated officer the same day.', ['a child says a teacher hit her, what do I do now', 'a parent says a coach grabbed her son, first steps']],
          ['record', 'How do I record what a child tells me about a member of staff?', 'Write it in the words used, with the time, date and place, and sign it.', ['a boy says he was slapped, what do I put in my notes', 'how do I write up a disclosure about a teacher']],
          ['quick', 'How quickly must I tell the designated officer?', 'Within one working day.', ['deadline for telling the designated officer']],
        ]),
      ],
      real.situations,
      real.glossary,
    );
    expect(shire.answer('the caretaker slapped a year 1 girl on the arm at lunch', { noClarify: true }).hits[0]?.section.id).toBe('shire-al#first');
  });
});

describe('a clear winner among siblings', () => {
  it('is answered though its sibling is close behind: both are the same subject, the other document is far behind', () => {
    // No safeguarding word, so only a clear winner is answered; the margin is over the other document, not the sibling.
    const shire = madeUpEngine(
      [
        madeUpDoc('shire-esc', 'escalation', 'Learning about challenge', [
          ['other', 'What have other reviews found about challenge between professionals?', 'Reviews elsewhere found professionals were reluctant to challenge each other and deferred to the most senior person.', ['what do reviews in other places say about challenge']],
          ['ours', 'What have our own reviews found about challenge?', 'Our reviews found challenge was rarely recorded and professionals did not challenge each other.', ['did our own reviews say anything about challenge']],
        ]),
        madeUpDoc('shire-worried', 'thresholds', 'Worried about a child', [['w', "I'm worried about a child: what should I do first?", 'Talk to your safeguarding lead.', ['worried about a pupil']]]),
      ],
      real.situations,
      real.glossary,
    );
    const q = 'what have reviews elsewhere said about professionals not challenging each other';
    expect(reader.read(q).inDomain).toBe(false);
    const a = shire.answer(q);
    expect(a.hits.map((h) => h.section.id).slice(0, 2)).toEqual(['shire-esc#other', 'shire-esc#ours']);
    expect(a.hits[1].score).toBeGreaterThan(a.hits[0].score / 1.3);
    expect(a.confidence).toBe('high');
  });
});

describe('cutting told as something done long ago or abroad', () => {
  it.each(['a year 8 girl says she was cut abroad when she was younger', 'mum told the HV her eldest was cut back home as a baby'])('is FGM: %s', (q) =>
    expect(sits(q)).toContain('fgm'),
  );

  it('a cut knee on a trip is not', () => {
    expect(sits('she cut her knee when she was little on a school trip')).not.toContain('fgm');
  });
});

describe('the same story in other words', () => {
  it('a stored question with another role and another act of the same kind fits the question', () => {
    // "Coach grabbed" and "caretaker pinched" are both someone who works with children harming a child.
    expect(reader.read('the caretaker pinched a girl in year 2').backgroundKin.get(stem('pinched'))).toContain(stem('grabbed'));
    const shire = madeUpEngine(
      [
        madeUpDoc('shire-al', 'lado', 'Allegations', [
          ['first', 'Someone has made an allegation against a member of staff: what should I do first?', 'Tell your designated officer the same day.', ['a coach grabbed a lad at training']],
        ]),
        madeUpDoc('shire-worried', 'thresholds', 'Worried about a child', [['w', "I'm worried about a child: what should I do first?", 'Talk to your safeguarding lead.', ['worried about a pupil']]]),
      ],
      real.situations,
      real.glossary,
    );
    const hit = shire.answer('the caretaker pinched a girl in year 2', { noClarify: true }).hits.find((h) => h.section.id === 'shire-al#first');
    expect(hit?.questionMatch).toBeGreaterThan(0.3);
  });
});

describe('the story of a reviewed case, its lessons, and a count', () => {
  const review = madeUpDoc('shire-review-child-k', 'learning', 'Child K', [
    ['child-k-what-happened', 'Child K: what happened?', 'A toddler drowned in a paddling pool in the garden while an older sibling watched him.', []],
    ['child-k-what-did-we-learn', 'Child K: what did we learn?', 'The Child K review found that supervision of a toddler near water was not talked about at home visits.', []],
  ]);
  const report = madeUpDoc('shire-lado-report', 'lado', 'Designated officer annual report', [
    ['kinds-of-allegation', 'What kinds of allegation were made about staff?', 'Of the allegations about staff the designated officer got in the year, most were of physical harm.', []],
    ['how-many', 'How many allegations did the designated officer deal with?', 'There were 212 in the year.', []],
  ]);
  let engine: AnswerEngine;
  beforeAll(() => (engine = madeUpEngine([review, report], real.situations)));
  const firstOf = (q: string) => engine.answer(q, { noClarify: true }).hits[0]?.section.slug;

  it('"what actually happened" reaches the story, though the lessons sibling says "review"', () => {
    // The story heading asks the story only, and the question asks it.
    expect(firstOf('what actually happened in the Child K review?')).toBe('child-k-what-happened');
  });

  it('what a review found still reaches its lessons', () => {
    // Guard: the story heading does not take a findings question.
    expect(firstOf('what did the Child K review find?')).toBe('child-k-what-did-we-learn');
  });

  it('"how many ... did they get" reaches the count, though the question names staff like its sibling', () => {
    // "allegations about staff" fits both headings' words; asking a count picks the count.
    expect(firstOf('how many allegations about staff did the designated officer get that year')).toBe('how-many');
  });
});

describe('more people, signs and terms in everyday words', () => {
  it('health staff on a ward and sessional club staff are people who work with children', () => {
    // A healthcare assistant's rough handling is an allegation; sessional staff dating a young person is a worker's relationship.
    expect(sits('the HCA on the childrens ward yanked a boy off the bed by his arm')).toContain('allegation-against-worker');
    expect(sits('one of our sessional staff is going out with a 17 year old from the centre')).toContain('worker-in-a-relationship');
  });

  it('running or helping with a children\'s group in one\'s own time makes someone a person who works with children', () => {
    // The counter assistant's arrest is about a Brownie leader: conduct outside work, not a family's domestic abuse.
    expect(sits('our receptionist runs a brownies pack and was arrested at the weekend for a domestic')).toContain('worker-life-outside-work');
  });

  it('"lifted by the police for a domestic at her house" is a worker\'s conduct outside work, not a worker alone with a child', () => {
    // "At her house" belongs to the domestic, not to a child taken to a worker's home; "lifted" is arrested, not a lift.
    const read = sits('our dance teacher got lifted by the police for a domestic at her house, none of the pupils involved');
    expect(read).toContain('worker-life-outside-work');
    expect(read).not.toContain('boundaries-of-worker');
  });

  it('a concern waved away by my own lead ("she just says it\'s nothing") is my organisation not acting', () => {
    // Told twice and brushed aside: the route when your own organisation will not act, not 999 or first steps.
    expect(sits("I've raised the boy who comes in with marks twice with our DSL and she says it's nothing, what now")).toContain('own-organisation-not-acting');
  });

  it('abuse "when he was a pupil here", told by the adult now, is non-recent', () => {
    // Said by a parent now about his own school days: not a child to protect today.
    const ids = sits('a dad at pick up says our caretaker abused him when he was a pupil here, what do we do');
    expect(ids).toContain('non-recent-allegation');
  });

  it('"can I give him a heads up?" about a worker an allegation is about asks whether to tell him', () => {
    // The question is about warning the worker, not the first steps the allegation itself would get.
    const ids = sits('a parent says our coach grabbed her son at training, can I give him a heads up before the LADO rings him?');
    expect(ids).toContain('warning-the-accused');
    expect(ids).not.toContain('allegation-against-worker');
    expect(sits('mum says the coach grabbed her son at training, what do I do?')).not.toContain('warning-the-accused');
  });

  it('"she\'s from an agency, not one of ours" asks whom the LADO covers, beside the allegation', () => {
    expect(sits('the cover teacher shoved a boy in year 5, she came through an agency, does it still go to the LADO?')).toContain('worker-not-our-employee');
    expect(sits('the cover teacher shoved a boy in year 5, does it go to the LADO?')).not.toContain('worker-not-our-employee');
  });

  it('hospital doctors and scout leaders are people who work with children', () => {
    // A consultant named by an adult patient years later is a non-recent allegation; a leader told late is a late referral.
    expect(sits('a woman told me one of our consultants abused her as a teenager on the ward, 20 years ago')).toContain('non-recent-allegation');
    expect(sits("a mum told another leader a fortnight ago that one of our leaders hit her son at camp, and it's only just come to me")).toContain('allegation-told-late');
  });

  it('"review it at the next visit" is no case review: a baby\'s bruise is still the baby\'s bruise', () => {
    // "Review" reads as asking about learning, which sets the baby situation aside; inside a longer everyday phrase it
    // does not, while "what did the case review say" still does.
    const read = reader.read("bruise on a 3 month old's cheek, the GP wants to review next visit, should we refer now?");
    expect(read.classes).not.toContain('asks-about-learning');
    expect(read.situations.map((s) => s.id)).toContain('injury-to-a-baby');
    expect(reader.read('what did the case review say about bruised babies').classes).toContain('asks-about-learning');
  });

  it('students on placement, a referral "to the MASH", and carrying on "till we hear back", in everyday words', () => {
    // A student nurse is staff; "referred to the MASH" is a referral made, yet "refer to social care" still passes it on;
    // whether someone "can carry on coaching" asks about suspension.
    expect(sits('a dad says a student nurse was really rough with his baby on the ward')).toContain('allegation-against-worker');
    expect(sits('referred to the mash 10 days ago, not heard anything, is that normal')).toContain('no-news-after-referral');
    expect(sits('she refused point blank for me to refer to social care, can I still')).toContain('consent-refused');
    expect(sits('the chair reported our coach to the LADO, can he carry on coaching till we hear back')).toContain('worker-under-investigation');
  });

  it('"what numbers should we put up?" asks for the contact list; a colleague is someone who works with children', () => {
    expect(sits('what numbers should we put up on the club noticeboard for safeguarding?')).toContain('contact-list');
    // Numbers alone are no safeguarding: the situation is weak, so an office list is not answered on it.
    expect(sits('what numbers should we put up for the IT helpdesk')).toContain('contact-list');
    expect(reader.read('what numbers should we put up for the IT helpdesk').situations.every((s) => s.strength < 1)).toBe(true);
    expect(sits('my colleague keeps taking photos of the kids on her own phone for memories')).toContain('boundaries-of-worker');
  });

  it('"slammed him into a wall" is rough handling; a friend\'s child "living with them since the summer" is private fostering', () => {
    expect(sits('one of the support workers slammed the lad into the door frame last night')).toContain('allegation-against-worker');
    expect(sits("a neighbour's 13 year old has been living with them since easter while her dad is in prison")).toContain('private-fostering');
  });

  it('a worker rude to a parent, reported by the parent as a safeguarding matter: a complaint, not for the designated officer', () => {
    // The LADO's work is harm or risk to children; a worker's manner towards an adult is the employer's complaint.
    expect(first('a dad wants us to report our receptionist to the designated officer because she was rude to a parent on the phone, does that go to them?')).toBe('fixtureshire-allegations#what-does-not-go-to-the-designated-officer');
    expect(sits('our breakfast club assistant snapped at mum at the door and mum says she is reporting her for safeguarding')).toContain('complaint-not-allegation');
    // Rude to a parent and rough with a child is an allegation.
    expect(sits('our breakfast club assistant snapped at mum at the door and grabbed the boy by the arm, is that safeguarding')).not.toContain('complaint-not-allegation');
  });

  it('"does anyone talk to him when he\'s back?" after going missing asks about the return, whatever the signs of exploitation', () => {
    // New trainers and a second phone say county lines; the question is the talk after a missing episode.
    const story = 'the 14 year old keeps going missing overnight and comes back with a second phone and new trainers.';
    expect(first(`${story} does anyone talk to him when he's back?`)).toBe('fixtureshire-young-people#a-child-goes-missing-from-home-what-should-happen');
    expect(first(`${story} what should I do?`)).toBe('fixtureshire-exploitation#county-lines-what-should-i-do');
  });

  it('"the difference between level 3 and level 4" asks about the levels of need; "level 3 training" does not', () => {
    expect(sits('what is the difference between level 3 and level 4 round here')).toContain('which-level');
    expect(sits('do all our staff need level 3 training this year')).not.toContain('which-level');
  });

  it('"children\'s services have got it wrong" is a disagreement with a decision-maker, however the service is named', () => {
    expect(sits("i think childrens services have got it wrong on a family we keep getting called to, can I push back")).toContain('professional-disagreement');
  });

  it('"keeps letting two girls stay in his room with the door shut" is a worker\'s boundary, not a letting of the premises', () => {
    // "Letting" and "lettings" both stem to "let": only a letting named with its hall or agreement is premises use.
    const q = 'a male teacher keeps letting the same year 5 girl stay in his room at break with the door shut, is that one for the LADO';
    expect(sits(q)).toContain('boundaries-of-worker');
    expect(sits(q)).not.toContain('activity-on-our-premises');
    expect(sits('the karate club in our hall lettings agreement: one of their coaches slapped a boy')).toContain('activity-on-our-premises');
  });

  it('a parent "absolutely steaming" at pick-up is under the influence; "steaming" about a detention is not', () => {
    expect(sits("dad's come for his 6 year old absolutely steaming with the car keys in his hand")).toContain('parent-under-the-influence');
    expect(sits('dad was steaming about his son getting a detention, he shouted at reception')).not.toContain('parent-under-the-influence');
  });

  it('"am I allowed to tell her it\'s gone to the LADO?" is warning the person accused', () => {
    expect(sits("our playworker grabbed a boy by the arm, she keeps asking me, can I tell her it's gone to the LADO")).toContain('warning-the-accused');
  });

  it('a girl going abroad for a long trip to a country where FGM is practised, for a "special party": a risk of FGM', () => {
    // Two indicators together, as the statutory guidance lists them; neither alone is read as FGM.
    expect(sits("year 3 girl says she's going to Somalia for the whole summer for a special party for her")).toContain('fgm');
    expect(sits('year 3 girl is having a special party for her birthday at the soft play')).not.toContain('fgm');
    expect(sits('year 3 girl is going to Egypt for two weeks at half term')).not.toContain('fgm');
  });

  it('a private hire driver who takes children to school works with children', () => {
    expect(sits('the PH driver on our school run has been arrested for assaulting his partner, does the LADO need to know')).toContain('worker-life-outside-work');
  });

  it('"I\'m not happy... how does step down usually work?" asks how step down works, not how to challenge it', () => {
    // Told with a disagreement and no such question, the decision is the thing to challenge.
    expect(sits("the SW wants to step the family down to early help and I'm not happy, how does step down usually work?")).toContain('step-down-asked');
    expect(sits("the SW wants to step the family down to early help and I'm not happy, how do I challenge it?")).toContain('professional-disagreement');
  });

  it('an adult youth leader "seen holding hands" with a 17 year old from the group is a worker in a relationship', () => {
    expect(sits('one of our adult leaders was seen holding hands in town with a 17 year old girl from the youth group')).toContain('worker-in-a-relationship');
  });

  it('an allegation about a visitor who is "not school staff" asks who the LADO covers, whoever the visitor is', () => {
    // No role word needed: the allegation and "not school staff" are the question.
    expect(sits("if a pupil made an allegation about one of the visiting police team, does that go to the LADO even though they're not school staff")).toContain('worker-not-our-employee');
  });

  it('"referred him to the front door on Monday and heard nothing back" is no news after a referral, told as a verb', () => {
    expect(sits('referred a 9 year old to the front door on monday and heard nothing back, what now')).toContain('no-news-after-referral');
  });

  it('a partner who has "just popped out" on every visit, and a mum who goes vague about him, is an unseen man', () => {
    expect(sits("mum's boyfriend has always just popped out when I visit and she goes vague when I ask about him")).toContain('unseen-man');
  });

  it('"nobody has been back in touch" is no news after a referral, not touching a child', () => {
    // "Touch" stems like "touched"; in "in touch" it is contact, so no sexual harm or boundary crossing is read.
    const read = reader.read('made a referral a month ago about the twins and nobody has been back in touch with us');
    expect(read.classes).not.toContain('sexual-harm');
    expect(read.classes).not.toContain('boundary-crossing');
    expect(read.situations.map((s) => s.id)).toContain('no-news-after-referral');
  });

  it('abuse "as a teenager" told by an adult now is non-recent', () => {
    // Said long after, by the adult the child grew into: the non-recent allegation, not a child to protect today.
    expect(sits('a man rang to say his old scout leader touched him as a teenager')).toContain('non-recent-allegation');
  });

  it('antidepressants are a sign of mental ill health, and with drink and domestic abuse make the toxic trio', () => {
    expect(sits('dad drinks every night, hits mum, and she is on antidepressants')).toContain('toxic-trio');
    // The three together are the toxic trio, not the parent's mental health alone.
    expect(sits('dad drinks every night, hits mum, and she is on antidepressants')).not.toContain('parent-mental-health');
  });

  it('data protection about a family\'s records is information sharing; named alone it is general knowledge', () => {
    expect(sits('can we refuse to hand over our notes on a family because of GDPR')).toContain('sharing-records');
    expect(sits('the police asked for info on a family we see, do we need the parents ok')).toContain('sharing-records');
    expect(sits('HR asked for info on my annual leave')).toEqual([]);
    expect(sits('mum asked for info about the after school club')).not.toContain('sharing-records');
    expect(sits('what does GDPR stand for')).toEqual([]);
    expect(reader.read('what does GDPR stand for').inDomain).toBe(false);
  });

  it('named practice patterns from reviews are safeguarding words', () => {
    // "Disguised compliance" means safeguarding work wherever it is said.
    expect(reader.read('what does disguised compliance look like').inDomain).toBe(true);
  });

  it('a parent signing a promise as the plan is a written agreement', () => {
    // Reviews warn such agreements show nothing has changed; the sections on them answer it.
    expect(sits('the plan is that dad signed something saying he won\'t come round any more')).toContain('written-agreement');
    // Signing as such is consent, not a written agreement.
    expect(sits('does mum need to sign something to agree to early help?')).not.toContain('written-agreement');
  });

  it('"after 5 yrs at the council" is the speaker\'s service, not a child\'s year group, so leave talk stays office talk', () => {
    expect(reader.read('how much annual leave do i get after 5 yrs at the council').officeTalk).toBe(true);
    expect(reader.read('a yr 5 boy told me about annual leave his dad took').officeTalk).toBe(false);
  });

  it('"roughly how many" is about a number, not rough handling', () => {
    expect(reader.read('roughly how many referrals does the front door get').classes.has('physical-harm')).toBe(false);
    expect(reader.read('the dinner lady handled him roughly').classes.has('physical-harm')).toBe(true);
  });

  it('an older person taken advantage of "money-wise" is an adult at risk; an age alone is not', () => {
    expect(sits('a neighbour in her 80s is being taken advantage of money-wise by her lodger')).toContain('adult-at-risk');
    expect(sits('grandad in his 70s picks him up drunk most days')).not.toContain('adult-at-risk');
  });
});

describe('an allegation now is not one about long ago', () => {
  // Two made-up sections on allegations about staff, one on abuse said to have happened years ago.
  const lado = madeUpDoc('shire-staff', 'lado', 'Allegations about staff', [
    ['now', 'A child says a member of staff hurt them: who do I tell?', 'Tell the designated officer the same day.', []],
    ['long-ago', 'Someone says a member of staff abused them years ago: who do I tell?', 'An adult may say a teacher pinched or hurt them as a child. Tell the designated officer, as for any allegation.', ['a former pupil says a teacher pinched her years ago']],
  ]);
  it('a pinch today reaches the allegation now, though the long-ago section\'s words say "pinched"', () => {
    // The situation of a current allegation steers away from sections about years ago.
    const engine = madeUpEngine([lado], real.situations, real.glossary);
    expect(engine.answer('the dinner lady pinched a year 3 girl', { noClarify: true }).hits[0]?.section.slug).toBe('now');
  });
});

describe('whose job it is, when someone else might do it', () => {
  // Two made-up sections on a bruised baby: the first steps, and who must refer.
  const baby = madeUpDoc('shire-baby', 'thresholds', 'Bruises on babies', [
    ['first-steps', 'I have found a bruise on a baby who cannot crawl yet: what do I do?', 'Refer the bruise on the baby to the front door today, even if the GP or a health visitor has seen the baby.', []],
    ['whose-job', 'Who is responsible for referring an injury to a baby?', 'The first professional who sees it.', []],
  ]);
  it('"the GP said he would sort it, do I still refer myself?" reaches who is responsible', () => {
    // The first steps share the story's words (bruise, baby, GP, refer); the question asks whose job the referral is.
    const engine = madeUpEngine([baby], real.situations, real.glossary);
    expect(engine.answer('small bruise on a baby at my visit, the GP said he would sort it. do I still refer it myself?', { noClarify: true }).hits[0]?.section.slug).toBe('whose-job');
  });
});

describe('a case stepped down, and a referral with no news since', () => {
  // Made-up sections: step down, step up, a disagreement, and chasing up a referral.
  const docs = [
    madeUpDoc('shire-steps', 'thresholds', 'Step up and step down', [
      ['down', 'How does step down from social care to early help work?', 'When social care close a case and step down to early help, a lead professional takes over the plan with the family.', []],
      ['up', 'How do I step a case up from early help to social care?', 'When worries grow during early help, refer to social care and share the early help assessment.', []],
    ]),
    madeUpDoc('shire-differences', 'escalation', 'Disagreeing with a decision', [
      ['disagree', 'I disagree with a decision on a child: what can I do?', 'Talk to the worker who made the decision first, then escalate to managers.', []],
    ]),
    madeUpDoc('shire-after-referral', 'thresholds', 'After a referral', [
      ['heard-back', 'I have not heard anything back after my referral: what should I do?', 'Chase it up: phone the front door with the reference number and ask what was decided.', []],
      ['not-happy', 'I am not happy with the decision on my referral: what can I do?', 'Ask for the reasons and escalate if you still disagree.', []],
    ]),
  ];
  let engine: AnswerEngine;
  beforeAll(() => (engine = madeUpEngine(docs, real.situations, real.glossary)));
  const firstOf = (q: string) => engine.answer(q, { noClarify: true }).hits[0]?.section.id;

  it('a social worker stepping a case down asks how step down works, not how to disagree', () => {
    // A decision on the case by a decision maker, with no disagreement told: step down, not escalation.
    const q = 'the SW is closing it and stepping the case down to early help, school to lead. how does that work?';
    expect(sits(q)).toContain('step-down');
    expect(sits(q)).not.toContain('professional-disagreement');
    expect(firstOf(q)).toBe('shire-steps#down');
  });

  it('stepped down and the practitioner disagrees: a disagreement, not how step down works', () => {
    const read = sits('the SW is stepping it down to early help but I really do not agree, dad is still drinking');
    expect(read).toContain('professional-disagreement');
    expect(read).not.toContain('step-down');
  });

  it('a referral made and nothing heard since: chasing it up', () => {
    // "not heard a thing" beside "put a referral in": no-news-after-referral, not the decision or how to refer.
    expect(sits('put a referral in last week about a year 4 lad, not heard a thing since')).toContain('no-news-after-referral');
    expect(firstOf('put a referral in last week about a year 4 lad, not heard a thing since')).toBe('shire-after-referral#heard-back');
  });
});

describe('more words for who, what and where (this pass)', () => {
  it('a child living with a relative or while the parents are abroad may be privately fostered, unless harm is told', () => {
    expect(sits('year 2 boy has been living with his cousin since his parents went abroad')).toContain('living-with-relative');
    // Harm by the relative is harm at home: the relative stays a family member who hits.
    const harm = sits('year 5 girl living with her nan who hits her with a belt');
    expect(harm).toContain('harm-at-home');
    expect(harm).not.toContain('living-with-relative');
  });

  it('cars are a sign of either kind of exploitation: the other signs choose', () => {
    const cars = sits('she is 15 and keeps getting into cars with older lads');
    expect(cars).toContain('exploitation');
    expect(cars).not.toContain('criminal-exploitation');
    expect(sits('lad has two phones and keeps getting picked up in cars')).toContain('criminal-exploitation');
  });

  it('a conference that decided is a decision maker, and "no CP plan" a decision to challenge: the conference\'s', () => {
    expect(sits('conference decided no CP plan and I dont agree')).toContain('conference-decision-disputed');
  });

  it('"one of my practitioners" is a worker, and kicking a ball at a child or calling him useless is harm by one', () => {
    expect(sits('a mum has accused one of my practitioners of rough handling her son at changing time')).toContain('allegation-against-worker');
    expect(sits('the football coach booted a ball at a lad on purpose')).toContain('allegation-against-worker');
    expect(sits('the PE teacher called him useless in front of the class')).toContain('allegation-against-worker');
  });
});

describe('which area\'s designated officer', () => {
  // Made-up siblings: conduct outside work, and which designated officer when work and home are in two areas.
  const lado = madeUpDoc('shire-officer', 'lado', 'When to tell the designated officer', [
    ['outside-work', 'Does behaviour outside work count?', 'An arrest or what a worker does at home can show a risk to the children they work with: tell the designated officer.', []],
    ['which-officer', 'The person works in another area: which designated officer do I contact?', 'Contact the designated officer for the area where the person works.', []],
  ]);
  it('an arrest told, then "which LADO?": the sibling that says which area', () => {
    const engine = madeUpEngine([lado], real.situations, real.glossary);
    expect(engine.answer('arrested a teacher last night for assaulting a child, he lives here but works in another town, which LADO?', { noClarify: true }).hits[0]?.section.slug).toBe('which-officer');
  });
});

describe('a child asking for a secret, and more people and signs', () => {
  it('"begged me not to tell anyone, I said ok" is a child asking for a secret, not a parent refusing consent', () => {
    const read = sits('a year 6 told me her stepdad hits her and begged me not to tell anyone, I said ok');
    expect(read).toContain('secret-asked');
    expect(read).not.toContain('consent-refused');
  });

  it('"can we give it to her?", asked for a family\'s information the parent has not agreed to, is passing it on', () => {
    expect(sits("health visitor asked for the family's history, mum hasn't agreed, can we give it to her")).toContain('consent-refused');
  });

  it('"mum said no, can I still involve social services?" is consent refused: involving them is passing it on', () => {
    expect(sits('mum said no way when I mentioned it, can I still involve social services?')).toContain('consent-refused');
  });

  it('"...not to tell her mum" is left to consent: one person, not a secret from everyone', () => {
    expect(sits('a 15 yr old wants the pill and begs me not to tell her mum')).not.toContain('secret-asked');
  });

  it('a GP who was rough with a child is a worker; a parent who stopped her own meds is no young carer', () => {
    expect(sits('one of the GPs was rough with a toddler during the exam')).toContain('allegation-against-worker');
    expect(sits('mum with bipolar has stopped her meds and the 2 year old is at home with her')).not.toContain('young-carer');
  });

  it('a partner "always at work" when the midwife visits is an unseen man', () => {
    expect(sits('we only ever see mum at home visits, her partner is always at work')).toContain('unseen-man');
  });

  it('"came to the front desk" is where a worry was told, not office talk', () => {
    expect(reader.read('a dad came to the front desk and said his son is being bullied online').officeTalk).toBe(false);
    expect(reader.read('can I book a desk by the window').officeTalk).toBe(true);
  });
});

describe('looking into an allegation first, asking a parent\'s consent, and a family\'s council forms', () => {
  it('"the head will have a word with her first" about a worker who hurt a child is looking into it first', () => {
    expect(sits('the dinner lady shoved a boy onto the bench and the head says she will have a word with her first')).toContain('investigating-first');
    // A manager talking to a parent first is not an allegation looked into.
    expect(sits('my manager will speak to her first before we refer the baby')).not.toContain('investigating-first');
  });

  it('"do I need dads consent before I send it?" asks whether the parents must agree', () => {
    expect(sits('do I need dads consent before I send a referral to the front door')).toContain('asking-consent');
  });

  it('help with a family\'s council tax form is office talk; hardship with hungry children is not', () => {
    expect(reader.read('can you help a family fill in their council tax reduction form').officeTalk).toBe(true);
    expect(reader.read("they are behind on council tax, how do they apply for a reduction").officeTalk).toBe(true);
    expect(reader.read('the kids are coming in hungry and the family have council tax reduction problems').officeTalk).toBe(false);
  });
});

describe('the continuum named', () => {
  it('"the continuum" means the partnership\'s levels of need wherever it is said', () => {
    expect(reader.read('where is that on the continuum').inDomain).toBe(true);
    expect(reader.read('where is that on the continuum').weakEvidence).toBe(false);
  });
});

describe('the head teacher in two words, and a phrase in quotes', () => {
  it('"the head teacher grabbed her" is an allegation about a leader', () => {
    expect(sits('a girl told me the head teacher grabbed her blazer and shoved her against the wall')).toContain('allegation-about-a-leader');
  });

  it('a phrase put in quotes in a story is what "what is it?" asks about', () => {
    // Made-up sections: one on the quoted term, one sharing the story's words (a training day for the team).
    const docs = [
      madeUpDoc('shire-curiosity', 'learning', 'Respectful uncertainty', [
        ['what-it-means', 'What respectful uncertainty means', 'Respectful uncertainty is checking what families tell you rather than taking it at face value.', []],
      ]),
      madeUpDoc('shire-training', 'audits', 'Training for the team', [
        ['training-day', 'What happens on a training day?', 'A training day covers what staff need for their role.', []],
      ]),
    ];
    const engine = madeUpEngine(docs, real.situations, real.glossary);
    const q = "our team had a training day and the trainer kept saying 'respectful uncertainty'. I'm lunchtime staff, what is it exactly?";
    expect(engine.answer(q, { noClarify: true }).hits[0]?.section.id).toBe('shire-curiosity#what-it-means');
  });
});

describe('a police call-out in police words', () => {
  it('"attended a domestic" with children in the house is domestic abuse, and "when it kicked off" no danger now', () => {
    const read = sits('attended a domestic, 3 kids in the house, youngest in the room when it kicked off. who do I tell about the kids?');
    expect(read).toContain('domestic-abuse');
    expect(read).not.toContain('danger-now');
  });
});

describe('who was told is not who did it, and sex under 16', () => {
  it('"told our school nurse she is sleeping with…": the nurse was told; a young person under 16 is sexually active', () => {
    const read = sits('15 yr old told our school nurse she is sleeping with her 19 year old boyfriend, do we report it');
    expect(read).toContain('under-16-sexual-activity');
    expect(read).not.toContain('worker-in-a-relationship');
  });

  it('a worker in the story is still a worker: "disclosed the PE teacher touched her", "the PE teacher is sleeping with a 15 year old"', () => {
    expect(sits('a year 6 girl disclosed the PE teacher touched her')).toContain('allegation-against-worker');
    const worker = sits('our PE teacher is sleeping with a 15 year old pupil');
    expect(worker).toContain('worker-in-a-relationship-with-a-younger-child');
    expect(worker).not.toContain('under-16-sexual-activity');
  });

  it('"do we tell the teacher?" asks about the teacher the allegation is about', () => {
    expect(sits('do we tell the teacher someone has made an allegation about them')).toContain('concern-about-worker');
  });
});

describe('a reviewed case by its pseudonym', () => {
  it('"Child D" named asks about a review, so a baby\'s bruise in the story is not an injury to act on now', () => {
    const read = reader.read("manager mentioned 'child D' when we talked about bruising on babies, what happened in that one");
    expect(read.classes.has('asks-about-learning')).toBe(true);
    expect(read.situations.map((s) => s.id)).not.toContain('injury-to-a-baby');
  });

  it('"a child 3 or 4 years old" is an age, not a review', () => {
    expect(reader.read('a child 3 or 4 years old with bruises on his back').classes.has('asks-about-learning')).toBe(false);
  });
});

describe('the decision not to refer, told as "we"', () => {
  it('"the head says we\'re not referring" is the practitioner\'s own organisation not acting', () => {
    expect(sits("I'm a TA, worried about a boy in my class but the head says we're not referring. what can I do?")).toContain('own-organisation-not-acting');
  });
});

describe('an allegation passed on late', () => {
  it('"we told the LADO days late" is a late referral, whoever it is about', () => {
    // What follows lateness is its own question: the first steps on an allegation are long past.
    expect(sits('the mum complained about our caretaker and we only rang the LADO days late, what now?')).toContain('allegation-told-late');
    expect(sits('the deputy sat on the allegation about the PE teacher for ages before anyone rang')).toContain('allegation-told-late');
  });

  it('a referral with no news a week after is not one told late', () => {
    expect(sits("a week after the referral to MASH I still haven't heard anything")).not.toContain('allegation-told-late');
  });

  it('a bus running late is no referral told late', () => {
    expect(sits('the bus was ten minutes late and a year 2 was left at the gate')).not.toContain('allegation-told-late');
  });
});

describe('a home as a visitor sees it', () => {
  it('"nothing in the fridge" and "dog mess" are signs of neglect, not the office fridge', () => {
    const read = reader.read('called round about the boiler, two toddlers, nothing in the fridge and dog mess on the stairs');
    expect(read.situations.map((s) => s.id)).toContain('signs-of-neglect');
    expect(read.officeTalk).toBe(false);
    expect(reader.read('who cleans the staff fridge in the office').officeTalk).toBe(true);
  });

  it('a carer "out of it" with the children there is a carer under the influence', () => {
    expect(sits('went to fit a smoke alarm, mum was completely out of it and the baby was crying in the cot')).toContain('parent-under-the-influence');
  });
});

describe('money is office talk, even with a child named', () => {
  it('a carer\'s weekly allowance for a 10 year old is not a safeguarding question', () => {
    expect(reader.read('what is the weekly allowance for a 10 year old with our foster carers').officeTalk).toBe(true);
    // Not "allowance" alone: stemmed, it is also "allowed", and a carer's conduct is no office question.
    expect(reader.read('is a foster carer allowed to lock a 10 year old in her room').officeTalk).toBe(false);
  });

  it('unless hardship or a harm is told with it', () => {
    expect(reader.read('mum says she cant pay the nursery fees and the 3 year old comes in hungry every day').officeTalk).toBe(false);
  });
});

describe('years that are not an age', () => {
  it('"been here 20 yrs" is time, not a child; "a 9 yr old" and "yr 6" still are', () => {
    expect(reader.read('write a card for our receptionist, she has been here 20 yrs').classes.has('child-or-young-person')).toBe(false);
    expect(reader.read('a 9 yr old girl says').classes.has('child-or-young-person')).toBe(true);
    expect(reader.read('the lad is 9 yrs old').classes.has('child-or-young-person')).toBe(true);
    expect(reader.read('my yr 6 group').classes.has('child-or-young-person')).toBe(true);
  });
});

describe('a youth justice worker and "they\'re together"', () => {
  it('a YOT worker seeing a 17 year old on the caseload is a worker in a relationship', () => {
    // YOT is a service by name; "colleague in YOT" is someone who works with children.
    expect(sits("a youth offending officer is meeting a 16 yr old lad from our caseload, he says they're together")).toContain('worker-in-a-relationship');
  });
});

describe('a long trip abroad for a wedding', () => {
  it('a young person scared of a summer abroad for a family wedding may be at risk of forced marriage', () => {
    expect(sits('year 11 girl is off abroad all summer for a family wedding and keeps crying about it')).toContain('forced-marriage');
    expect(sits('year 11 girl has been to a lovely wedding')).not.toContain('forced-marriage');
  });
});

describe('asked about one of my cases for an audit', () => {
  it('"they\'ve sent me a questionnaire about an old case, am I in bother?" is the practitioner\'s part in an audit', () => {
    expect(sits("the partnership sent me a questionnaire about an old case of mine, am I in bother?")).toContain('asked-about-an-audit');
  });

  it('emailed one, with who sent it between, about a child rather than a family, is being asked too', () => {
    expect(sits("had a questionnaire from the partnership about a pupil I taught two years ago, what's it for")).toContain('asked-about-an-audit');
    expect(sits('got emailed a questionnaire yesterday, no idea why')).toContain('asked-about-an-audit');
  });

  it('asking what an audit questionnaire found is not being asked to fill one in', () => {
    expect(sits('what did the audit questionnaire find about supervision?')).not.toContain('asked-about-an-audit');
  });
});

describe('a worker who resigns', () => {
  it('"the TA we are looking into has handed her notice in" is a worker leaving before the allegation is resolved', () => {
    // Resigning ends no allegation; the sections on that say so.
    expect(sits('the TA we are investigating has handed her notice in, can we close it?')).toContain('worker-resigns');
    expect(sits('our caretaker resigned after a parent complained he shouted at her son')).toContain('worker-resigns');
    // The referral names the allegation: "the coach we reported to the LADO has left the club".
    expect(sits('the coach we reported to the LADO last month has left the club, do we carry on?')).toContain('worker-resigns');
  });

  it('"send her home pending" is a worker under investigation', () => {
    expect(sits('the nursery manager wants to send the room leader home pending the outcome')).toContain('worker-under-investigation');
  });

  it('a parent resigning from her job is no worker leaving', () => {
    expect(sits('mum resigned from her job and the family have no money')).not.toContain('worker-resigns');
  });
});

describe('a worker off duty, with their own child', () => {
  it('"a lad who works at a nursery smacked his own daughter at a party" is his life outside work, not an allegation about work', () => {
    const read = sits('a lad who works at a nursery smacked his own daughter at a party, does it matter for his job?');
    expect(read).toContain('worker-life-outside-work');
    expect(read).not.toContain('allegation-against-worker');
  });

  it('"round the head" is where a child was hit, not the head teacher', () => {
    const read = reader.read('a bloke clipped his son round the head');
    expect(read.classes.has('senior-leader')).toBe(false);
    expect(read.classes.has('decision-maker')).toBe(false);
    expect(read.classes.has('physical-harm')).toBe(true);
    // "The head" on its own is still the head teacher.
    expect(reader.read('the head grabbed a year 4 by the arm').classes.has('senior-leader')).toBe(true);
  });
});

describe('the manager of a children\'s home', () => {
  it('"the registered manager" is a leader, so the allegation goes round them', () => {
    expect(sits('a lad in our home says the registered manager hit him, and I report to her')).toContain('allegation-about-a-leader');
  });
});

describe('older men, in everyday words', () => {
  it('"different older blokes in cars", a new iPhone and her nails done: a girl who may be sexually exploited', () => {
    expect(sits('year 9 girl keeps getting collected by older blokes in cars, new iphone and her nails done every week')).toContain('sexual-exploitation');
  });

  it('"a man in his 20s" with gifts and new trainers: exploitation, the kind left to the sections', () => {
    // Signs of both kinds: neither is chosen for the practitioner.
    expect(sits('a 15 yo lad is picked up by a man in his 20s, new trainers and a new iphone')).toContain('exploitation');
  });
});

describe('a review by its pseudonym is safeguarding talk', () => {
  it('"teaching the juniors about Child K: what were the missed chances?" is in the domain, not a child named alone', () => {
    const read = reader.read('teaching the juniors about Child K next week, what were the missed chances?');
    expect(read.inDomain).toBe(true);
    expect(read.weakEvidence).toBe(false);
  });
});

describe('a nursery\'s room staff', () => {
  it('"one of the baby room staff" who handled a child roughly is someone who works with children', () => {
    expect(sits('one of the baby room staff yanked a toddler off the mat by his arm')).toContain('allegation-against-worker');
  });
});

describe('a worker leaving, without an allegation', () => {
  it('"our TA resigned, who covers her group?" is no allegation about a worker who resigns', () => {
    expect(sits('our TA resigned, who covers her group next term?')).not.toContain('worker-resigns');
  });
});

describe('the safeguarding lead as the one accused', () => {
  it('"our DSL grabbed him" is about the person allegations go to; "I told our DSL the TA grabbed him" is not', () => {
    // The doer logic reads who did it: the DSL before "grabbed", or the TA before it.
    expect(sits('a dad rang to say our DSL grabbed his son by the collar on the stairs')).toContain('allegation-about-a-leader');
    const told = sits('I told our DSL that the TA grabbed a year 4 boy by the arm');
    expect(told).toContain('allegation-against-worker');
    expect(told).not.toContain('allegation-about-a-leader');
  });

  it('the DSL named only as the one who would refer keeps the question about consent', () => {
    // No act of harm, so the DSL does nothing here: parents refusing is the situation.
    const q = "dad doesn't want social services involved. can our DSL still refer without his consent?";
    expect(sits(q)).toContain('consent-refused');
    expect(sits(q)).not.toContain('allegation-about-a-leader');
  });
});

describe('an injury explained two ways', () => {
  it('"first said the oven, then said the iron" doubts the explanation; touching the oven is no touching of a child', () => {
    const q = 'toddler has a burn on her palm, nan first said she touched the oven, then said it was the iron';
    const read = reader.read(q);
    expect(read.situations.map((s) => s.id)).toContain('injury-explanation-doubted');
    // The doubted explanation, not harm at home in general, which steers away from the injury sections.
    expect(read.situations.map((s) => s.id)).not.toContain('harm-at-home');
    expect([...read.classes]).not.toContain('sexual-harm');
  });
});

describe('a line the child can ring', () => {
  it('"is there a number she can ring herself?" asks for the children\'s helpline, confidently', () => {
    // Only a child and a phone number are said; the child calling for herself is what the helpline section answers.
    const q = 'my niece is 12 and says some things she just cannot tell me. is there a number she can ring herself?';
    expect(first(q)).toBe('fixtureshire-worried#helplines-advice-from-a-charity-and-a-line-for-children');
    expect(engine.answer(q).confidence).toBe('high');
  });
});

describe('what a review found about a situation like mine', () => {
  it('asked what a review found, the learning comes first whatever the story is about', () => {
    // The story (a baby bruised, a boyfriend) would reach the thresholds sections; the question asks what a review found.
    const q = "baby had a bruise and mum's boyfriend never comes to visits. someone said a review looked at this kind of thing, what did it find?";
    expect(sits(q)).toContain('asks-what-a-review-found');
    expect(first(q)).toBe('fixtureshire-fathers#what-reviews-taught-us-about-dads');
  });
});

describe('an adult, said outright', () => {
  it('"worried about him, not the child" is an adult at risk', () => {
    // An older relative with bruises, and the asker says the worry is the adult.
    expect(sits('the grandad who collects her has bruises and seems muddled, it is him I am worried about, not the child')).toContain('adult-at-risk');
  });
});

describe('a night worker, and nothing happened at work', () => {
  it('"a night worker pushed him" is someone who works with children, not a question to clarify', () => {
    const read = reader.read('a lad in the home says a night worker shoved him into the door frame');
    expect(read.situations.map((s) => s.id)).toContain('allegation-against-worker');
    expect(read.clarify).toBeUndefined();
  });

  it('"nothing\'s happened at work" is no plan going nowhere', () => {
    // The stems of "nothing's happened" are those of "nothing happening", a disagreement's words.
    expect([...reader.read("her husband was arrested at the weekend, nothing's happened at work, do we tell anyone?").classes]).not.toContain('disagreement');
  });
});

describe('a baby in the bath', () => {
  it('a bath seat, and mum nipping out to grab the towels: bath safety, not a parent grabbing a child', () => {
    const read = reader.read('she puts the 8 month old in a bath seat and pops downstairs to grab towels, what do I tell her');
    expect(read.situations.map((s) => s.id)).toContain('unsafe-bathing');
    // Grabbing towels is no act of harm.
    expect([...read.classes]).not.toContain('physical-harm');
    expect(read.situations.map((s) => s.id)).not.toContain('harm-at-home');
  });
});

describe('a foster carer giving up, a coach too friendly online, a review by its initials', () => {
  it('a foster carer under investigation who wants to deregister: a worker leaving before it is resolved', () => {
    // "Carer" is the foster carer here; giving up registration is leaving.
    expect(sits('the carer under investigation has given notice and wants to deregister, can we close it')).toContain('worker-resigns');
  });

  it('"calls her gorgeous and follows her on insta": someone who works with children crossing boundaries', () => {
    expect(sits('the swimming coach keeps calling a 14 year old gorgeous and follows her on insta')).toContain('boundaries-of-worker');
  });

  it('"the key messages from that LCSPR" asks what a review found', () => {
    expect(sits('what were the key messages from that LCSPR about the teenager who moved to adult services')).toContain('asks-what-a-review-found');
  });
});

describe('a referral with no news', () => {
  it('"referred a family in ... not heard a thing" is chasing a referral', () => {
    expect(sits('referred a family in to the front door ten days ago and not heard a thing')).toContain('no-news-after-referral');
  });

  it('the referral phrase keeps the child it names: "referred a child" still says the question is about a child', () => {
    // referral-made is read beside the other classes, so "a child" is not swallowed by the longer phrase.
    expect([...reader.read('we referred a child in to social care a month ago and nothing has changed').classes]).toContain('child-or-young-person');
  });

  it('a "10 wk old" is a baby', () => {
    expect(sits('10 wk old with a small bruise on his ear, what do I do')).toContain('injury-to-a-baby');
  });
});

describe('a church choir', () => {
  it('the choir leader who shook a boy is someone who works with children', () => {
    expect(sits('the choir leader shook a 9 year old boy by the shoulders at practice')).toContain('allegation-against-worker');
  });
});

describe('ages with a slash, learning for an inset day, the escalation procedure by name', () => {
  it('"13 y/o" is an age under 16, spaced or not', () => {
    expect([...reader.read('my 13 y/o niece keeps going missing at night').classes]).toContain('under-16-age');
    expect([...reader.read('a 14y/o keeps going missing at night').classes]).toContain('under-16-age');
  });

  it('the learning from case reviews for an inset day is not office talk', () => {
    // "Inset day" is office talk on its own; what the reviews found is what is asked.
    const read = reader.read('the head wants the learning from our case reviews for the inset day');
    expect(read.officeTalk).toBe(false);
    expect(reader.read('what time does the inset day start').officeTalk).toBe(true);
  });

  it('"the escalation procedure" named alone is safeguarding evidence enough', () => {
    expect(reader.read('does anyone round here actually use the escalation procedure?').weakEvidence).toBe(false);
  });
});

describe('an unpaid volunteer', () => {
  it('"does it apply when we\'re not paid?" asks whether the designated officer covers volunteers', () => {
    expect(sits("one of our volunteers shoved a child at cubs, does the LADO even apply when we're not paid?")).toContain('worker-not-our-employee');
  });
});

describe('strangling, as it is told', () => {
  it('"her partner had his hands round her throat" is domestic abuse', () => {
    expect(sits('mum said her partner had his hands round her throat on saturday, the baby was in the room')).toContain('domestic-abuse');
  });
});

describe('someone not on the staff', () => {
  it('"she isn\'t staff, does it still go to the LADO?" asks whether she is covered, not the first steps', () => {
    const q = "a parent helper on the reading rota grabbed a year 1 by the arm. she isn't staff, does it still go to the LADO?";
    expect(sits(q)).toContain('worker-not-our-employee');
    expect(sits(q)).not.toContain('allegation-against-worker');
  });
});

describe('everyday wordings of known situations', () => {
  it.each([
    // Each with a one-line reason: the words name the situation, not the procedure.
    ['the judo club that rents our school hall, a parent says the coach shoved her lad', 'activity-on-our-premises'], // a letting, said with "school" between
    ['we should of told the LADO last week about the coach and we did not, what now', 'allegation-told-late'], // owned up to afterwards
    ['a girl of 7 gets off the bus and lets herself into an empty house every day', 'signs-of-neglect'], // home alone, in a driver's words
    ['the head wants to hear from the kids before we ring anyone about the teacher', 'investigating-first'], // looking into it before telling
    ['a 14 year old says she is being taken abroad this summer to get engaged to her cousin', 'forced-marriage'], // an engagement arranged for a child
    ["mum told the nurse her partner keeps knocking her about in front of the kids, she's safe right now at her mum's", 'domestic-abuse'], // domestic abuse in everyday words; safe now is not danger now
    ["our DSL says it doesn't meet threshold and won't refer, can I ring the front door myself?", 'own-organisation-not-acting'], // the DSL said bare is our own organisation
    ["the youth pastor keeps taking one boy into the vestry on his own, and he's also the person we report worries to", 'allegation-about-a-leader'], // "also the person we report to" is said of the one doing it
  ])('%j', (q, id) => {
    expect(sits(q)).toContain(id);
  });

  it('"I\'m a self employed driving instructor" is the speaker, not a worker something is alleged about', () => {
    expect(sits("I'm a self employed driving instructor, my 17 year old learner has a split lip and says her dad did it")).not.toContain('worker-not-our-employee');
    expect(sits('a self employed driving instructor keeps texting a 17 year old learner late at night, she is not our staff')).not.toContain('harm-at-home');
  });

  it('"come back like nothing happened" after an outcome is no disagreement', () => {
    expect(sits("the LADO closed it as unsubstantiated, does that mean he can come back like nothing happened?")).not.toContain('professional-disagreement');
  });

  it("Teams showing me as 'away' is office talk, not a child taken away", () => {
    const read = reader.read("how do I stop teams showing me as 'away' when I'm out on visits all day");
    expect(read.officeTalk).toBe(true);
  });
});

describe('whom the procedure covers, asked beside the story', () => {
  // Made-up sections, so the test does not depend on Wigan's wording: one on when a concern goes on, one on whom it covers.
  const engineFor = () =>
    madeUpEngine([
      madeUpDoc('shire-officer', 'lado', 'Concerns about people who work with children', [
        ['when', 'When does a concern about a worker go to the designated officer?', 'When a worker has harmed a child, pushed, hit or hurt them, or may have: harm, not significant harm, is the bar. Tell your designated officer the same day.', ['does a slap by a worker go to the designated officer']],
        ['who', 'Who does the designated officer cover?', 'Anyone who works with children, whatever their contract: paid staff, volunteers, agency and supply staff, self-employed tutors, and foster carers and adopters.', ['does the designated officer cover volunteers']],
      ]),
    ], real.situations, real.glossary);

  it('"a parent now says he shoved her son": the parent tells it, the worker did it (not harm at home)', () => {
    const q = 'we had a cover teacher in on monday and a parent now says he shoved her son into a wall';
    expect(sits(q)).toContain('allegation-against-worker');
    expect(sits(q)).not.toContain('harm-at-home');
  });

  it('"even though he\'s a carer, not an employee": who did it is what is asked, so the heading on whom it covers leads', () => {
    const firstOf = (q: string) => engineFor().answer(q, { noClarify: true }).hits[0]?.section.slug;
    expect(readAsks('does that go to the designated officer even tho he is a carer not an employee') & ASK.covers).toBeTruthy();
    expect(firstOf('a boy in placement says his foster dad pushed him into a wall. does that go to the designated officer even tho he is a carer not an employee?')).toBe('who');
    // Without that ask, the same story is about when a concern goes on.
    expect(firstOf('a boy in placement says his foster dad pushed him into a wall. does that go to the designated officer?')).toBe('when');
  });
});

describe('a learning briefing: why it matters, and what to do differently', () => {
  // Made-up sections: the briefing's "what to do differently" also says what to write, so only the ask tells them apart.
  const engineFor = () =>
    madeUpEngine([
      madeUpDoc('shire-learning-words', 'learning', 'Learning: the words we write', [
        ['why', 'Why does this learning about the words we write matter?', 'Writing that a girl "puts herself at risk" makes the child responsible for being abused, and agencies respond to the words.', []],
        ['differently', 'The words we write: what to do differently', 'Describe what adults do to the child in notes, not the child\'s choices; tell parents and carers what the risks are.', ['what should I write in my notes instead of putting herself at risk']],
      ]),
    ], real.situations, real.glossary);
  const firstOf = (q: string) => engineFor().answer(q, { noClarify: true }).hits[0]?.section.slug;

  it('"what\'s actually wrong with saying that?" asks why, so the heading on why it matters leads', () => {
    expect(firstOf("my manager crossed out 'putting herself at risk' in my notes about a 15 year old, what's actually wrong with saying that?")).toBe('why');
  });

  it('"what am I supposed to be telling parents?" asks what to do: the heading on what to do differently is no mismatch', () => {
    expect(firstOf('what am I supposed to be telling parents about the words we write in notes?')).toBe('differently');
  });
});

describe('rough handling with and without an injury', () => {
  it('"grabbed his wrist but he wasn\'t hurt": whether it is serious enough is the question; with red marks it is not', () => {
    expect(sits("the TA grabbed his wrist but he wasn't hurt at all, does it still go to the LADO?")).toContain('harm-without-injury');
    expect(sits('the TA grabbed his wrist and left red marks, what do I do first?')).not.toContain('harm-without-injury');
    // "Not hurting anyone" is about what she does, not an injury.
    expect(sits("one of our staff posts the kids' photos on her own status, she's not hurting anyone but is it for the LADO?")).not.toContain('harm-without-injury');
  });

  it('a section whose stored questions tell the same story with no mark does not lead a story with marks', () => {
    // Made-up sections, so the test does not depend on Wigan's wording.
    const engineFor = madeUpEngine([
      madeUpDoc('shire-officer', 'lado', 'Concerns about people who work with children', [
        ['first', 'A worker may have hurt a child: what should I do first?', 'Write down what you were told, tell your designated officer the same day, and do not investigate yourself.', ['a child says the teacher hurt her, what now']],
        ['serious', 'Does it have to be significant harm before I tell the designated officer?', 'No: harm, not significant harm, is the bar, so a concern can go on even if the child was not hurt.', ['the dinner lady grabbed a boy by the wrist in the lunch queue, no mark, does it still go', 'the TA yanked a lad by the arm, he was not hurt at all, still the designated officer?']],
      ]),
    ], real.situations, real.glossary);
    const firstOf = (q: string) => engineFor.answer(q, { noClarify: true }).hits[0]?.section.slug;
    expect(firstOf('one of our dinner ladies grabbed a boy by the wrist in the lunch queue and left red marks, what do I do first?')).toBe('first');
    expect(firstOf("one of our dinner ladies grabbed a boy by the wrist in the lunch queue, he wasn't hurt at all, does it still go?")).toBe('serious');
  });
});

describe('a letting, an RSO, running gear, an admissions form', () => {
  it('the karate club that hires our hall: the letting, not whether they are covered or the first steps', () => {
    const q = "the karate club that hires our hall on mondays, one of their instructors slapped a boy. they're not our staff, what do we do?";
    expect(sits(q)).toContain('activity-on-our-premises');
    expect(sits(q)).not.toContain('worker-not-our-employee');
  });

  it('"one of my RSOs has moved in with a mum of two" is a person posing a risk', () => {
    expect(sits('one of my RSOs has moved in with a mum of two young kids without telling us')).toContain('person-posing-a-risk');
  });

  it('"being used to run gear" is criminal exploitation', () => {
    expect(sits('a 15 year old is being used to run gear to other towns by older lads')).toContain('criminal-exploitation');
  });

  it('an admissions form saying she lives with a family friend is not office talk', () => {
    // "Admissions form" is school admin; a child living away from her parents is the question.
    expect(reader.read("the admissions form says she's living with her mum's friend while mum works abroad for months").officeTalk).toBe(false);
  });
});

describe('hospital words', () => {
  it('"paeds" is children\'s medicine and "in charge" a role: no abuser, no criminal charge', () => {
    const classes = [...reader.read("paeds ward, I'm the nurse in charge tonight. what do I do about a parent shouting at staff?").classes];
    expect(classes).not.toContain('risk-person-sign');
    expect(classes).not.toContain('conduct-outside-work');
  });
});

describe("a childminder's assistant", () => {
  it('an assistant a childminder employs, arrested after a domestic: a worker\'s life outside work', () => {
    // Not the domestic abuse situation: the question is whether the worker's conduct matters to the children minded.
    const q = 'one of the assistants I employ was arrested at the weekend after a domestic, nothing to do with the children, do I tell anyone?';
    expect(sits(q)).toContain('worker-life-outside-work');
    expect(sits(q)).not.toContain('domestic-abuse');
  });

  it('"none of the actions have happened" is a plan going nowhere', () => {
    expect([...reader.read('the CP plan has run for months and none of the actions have happened').classes]).toContain('disagreement');
  });
});

describe('a learning word in office talk', () => {
  it('"themes" for a school event is no review asked about', () => {
    // The situation that brings the learning sections first is not read from school admin talk.
    expect(sits('can you suggest themes for the year 4 class assembly and the summer fair raffle?')).not.toContain('asks-what-a-review-found');
    expect(sits('what were the themes from the reviews about neglect?')).toContain('asks-what-a-review-found');
  });
});

describe('a deacon, a lead who will not refer, a school nursing trip, a complaint about the head', () => {
  it('the deacon who grabbed a girl is someone who works with children', () => {
    expect(sits('a girl in our youth group says the deacon grabbed her wrist and swore at her')).toContain('allegation-against-worker');
  });

  it('"my practice safeguarding lead says it isn\'t worth referring" is my own organisation not acting', () => {
    expect(sits("my practice safeguarding lead says my worry isn't worth referring, can I go above her?")).toContain('own-organisation-not-acting');
  });

  it('the school nursing team booking a coach for a gala is school admin, not a nurse in a story', () => {
    const read = reader.read('our school nursing team want to hire a coach company for the year 5 sports day, who do we book through?');
    expect(read.domainClasses).not.toContain('safeguarding-topic');
    expect(read.officeTalk).toBe(true);
  });

  it('an allegation about the head, told as a concern raised, is about a leader', () => {
    expect(sits('a parent has raised a concern about our headteacher, who do I take it to?')).toContain('allegation-about-a-leader');
  });
});

describe('pharmacy staff, and men in their twenties', () => {
  it('a pharmacy counter assistant messaging a girl is someone who works with children crossing boundaries', () => {
    expect(sits('the pharmacy counter assistant has been snapchatting a 14 year old girl who collects her inhaler')).toContain('boundaries-of-worker');
  });

  it('a 15 year old girl dropped off by lads in their 20s: sexual exploitation', () => {
    expect(sits('15 year old girl keeps being dropped off drunk by lads in their 20s')).toContain('sexual-exploitation');
  });
});

describe('a day in a setting\'s name, a gift no one gave, a smooth account, the speaker\'s own part', () => {
  it('"sunday school" is where it happened, not a call out of hours', () => {
    // The weekend is out of hours; a Sunday school is a setting like a youth club.
    expect(reader.read('the man who runs our sunday school shouted at a boy and shook him').classes).not.toContain('out-of-hours');
    expect(reader.read('it is sunday and I am worried about a girl in my class').classes).toContain('out-of-hours');
  });

  it('a phone nobody bought her is a sign of exploitation, not a worker\'s gift', () => {
    const read = reader.read('a girl in our care keeps coming back with a new phone nobody bought her');
    expect(read.situations.map((s) => s.id)).not.toContain('boundaries-of-worker');
    expect(read.classes).toContain('criminal-exploitation-sign');
    // A worker who bought her one is still a boundary.
    expect(sits('our support worker bought her a phone and messages her late at night')).toContain('boundaries-of-worker');
  });

  it('"health visitor, what\'s my role?" is the speaker asking, not a worker who did something', () => {
    expect(reader.read('a 14 year old keeps going off for days and comes back with cash. health visitor, what\'s my role?').doerTerms.size).toBe(0);
  });

  it('"vanishing for days" is going missing', () => {
    expect(reader.read('a 13 year old lad keeps vanishing for days and nobody knows where').classes).toContain('goes-missing');
  });

  it('an account that sounds rehearsed is professional curiosity, unless an injury is told', () => {
    expect(sits('every time I visit the family say all the right things and the children back them up word for word')).toContain('account-seems-too-good');
    // With an injury, the injury situations weigh the explanation.
    expect(sits('his story about the bruise on the baby sounds rehearsed')).not.toContain('account-seems-too-good');
  });

  it('"do we speak to mum and dad first?" asks about permission', () => {
    expect(reader.read('a girl told a volunteer her uncle touches her, do we speak to mum and dad first?').classes).toContain('asks-permission');
  });
});

describe('a father never met, a case pressed, a refusal to share, children left without an adult', () => {
  it('"dad works away, not met him once" is a man the practitioner knows nothing about', () => {
    expect(sits('mum says her partner works away, I have not met him once since the baby was born')).toContain('unseen-man');
  });

  it('"should I be pushing on this?" presses a case; it pushes no child', () => {
    // Pushing a child is a harm; pushing on a case is advocacy.
    expect(sits('I have only ever seen mum at the flat, should I be pushing on this?')).not.toContain('harm-at-home');
    expect(sits('her stepdad keeps pushing her about at home')).toContain('harm-at-home');
  });

  it('"does he have to agree first?" and "without her knowing" ask about permission', () => {
    expect(reader.read('dad won\'t let us share anything, does he have to agree first?').classes).toContain('asks-permission');
    expect(reader.read('can I pass my worries to social care without mum knowing?').classes).toContain('asks-permission');
  });

  it('children on their own at night are left without an adult, and the home-alone advice comes first', () => {
    expect(sits('two children aged 5 and 7 were on their own at midnight while dad was out')).toContain('left-without-an-adult');
    // A worker who left a child alone is the LADO's, not home-alone advice.
    expect(sits('our minibus driver left a 6 year old on his own at the depot')).not.toContain('left-without-an-adult');
  });
});

describe('a worker\'s conduct said as small', () => {
  it('"nothing bad as such but it feels off" about a worker is a possible low-level concern', () => {
    expect(sits('our caretaker keeps giving one girl lifts and little presents, nothing bad as such but it feels off')).toContain('worker-conduct-feels-off');
    // A harm told outright is an allegation, however it is framed.
    expect(sits('the coach slapped a boy, probably nothing but I feel uneasy about it')).not.toContain('worker-conduct-feels-off');
  });

  it('"nothing sexual" denies a sexual element; it names none', () => {
    expect(reader.read('a volunteer keeps posting photos of the kids on his facebook, nothing sexual').classes).not.toContain('sexual-harm');
  });
});

describe('a pregnancy with a history, a plan that drifts', () => {
  it('pregnant with children removed before, or using drugs, is a worry about the unborn baby', () => {
    expect(sits('she is 18 weeks pregnant and her two older children were removed from her care')).toContain('pre-birth-worry');
    expect(sits('mum to be is still using heroin, what do I do')).toContain('pre-birth-worry');
    // A pregnancy on its own is no worry about the baby.
    expect(sits('a teacher at our school is pregnant, who covers her DSL role?')).not.toContain('pre-birth-worry');
  });

  it('months on a plan with a social worker who keeps giving mum more time is a disagreement to escalate', () => {
    expect(sits('been on a CP plan for a year, the social worker keeps saying give mum more time')).toContain('professional-disagreement');
  });
});

describe('told days after, a boss by another name, a man in his twenties, marks and tests', () => {
  it('"we only rang the LADO four days after" is an allegation told late, and still names the LADO', () => {
    expect(sits('we only rang the LADO four days after it happened because the head was away')).toContain('allegation-told-late');
  });

  it('"my duty manager said leave it" is my own organisation not acting', () => {
    expect(sits('I told my duty manager about the marks on his arms and she said leave it, what now')).toContain('own-organisation-not-acting');
  });

  it('"a lad in his 20s" picking up a 14 year old is a sign of sexual exploitation', () => {
    expect(reader.read('a 14 year old girl keeps getting picked up by a lad in his 20s').classes).toContain('sexual-exploitation-sign');
  });

  it('"who am I supposed to ring?" asks for a contact', () => {
    expect(reader.read('it is saturday night and a boy says he cannot go home, who am I supposed to ring?').classes).toContain('contact-ask');
  });

  it('the pass mark for a phonics check is school business, not safeguarding', () => {
    expect(reader.read('what is the pass mark for the phonics screening this year?').officeTalk).toBe(true);
  });
});

describe('asked to be more curious', () => {
  it('"my manager says be more curious" is professional curiosity, though nobody names it', () => {
    expect(sits('my manager says I should be more curious with this family, what does that mean day to day')).toContain('asked-to-be-curious');
    expect(sits('I do not want to take what mum tells me at face value')).toContain('asked-to-be-curious');
  });
});

describe('exploitation with signs of both kinds', () => {
  it('a girl picked up by older lads in cars is a sign of sexual exploitation', () => {
    expect(sits('a 15 year old girl keeps getting picked up by older lads in cars')).toContain('sexual-exploitation');
  });

  it('picked up by older lads and carrying two phones: exploitation, neither kind ruled out', () => {
    // Both kinds of sign: each specific situation stands down, and the general one remains.
    expect(sits('a 13 year old lad keeps getting picked up by older lads in a car and has two phones')).toContain('exploitation');
  });
});

describe('booking a room for a meeting about a family', () => {
  it('"book the big room for a TAF, the calendar won\'t let me" is office talk, though a TAF is early help', () => {
    expect(reader.read('how do I book the big room for a TAF on friday, the calendar won\'t let me').officeTalk).toBe(true);
    // A worry told beside it is not office talk.
    expect(reader.read('I need to book the big room for a TAF, the boy came in with bruises again').officeTalk).toBe(false);
  });
});

describe('a room booked by number, an inbox, a feeling about a decision, a formal dispute', () => {
  it('"book room 2 for a core group" is office talk; a form that "landed in my inbox" is not', () => {
    expect(reader.read('could someone book room 2 for a core group on monday at 2').officeTalk).toBe(true);
    // Where a form arrived is not what is asked: the section 11 return is the question.
    expect(reader.read('the section 11 return has landed in my inbox, what is it for').officeTalk).toBe(false);
    // A family group is where a worry was seen, not business to arrange.
    expect(reader.read('at stay and play mum left the baby screaming in the pram for an hour again').officeTalk).toBe(false);
  });

  it('anger at a closed case, said as a feeling, is a disagreement', () => {
    expect(sits('social care closed the case yesterday and I am livid, the children are still going hungry')).toContain('professional-disagreement');
  });

  it('"formally dispute a step-down" is a disagreement, not only a step-down', () => {
    expect(sits('we want to formally dispute the step-down from social care to early help for this family')).toContain('professional-disagreement');
  });
});

describe('a worker and a child under 16, a doubted account of a burn, a parent asking for secrecy', () => {
  it('a coach messaging a 12 year old at night is crossing boundaries with a younger child, away from the 16 and 17 sections', () => {
    expect(sits('the coach has been messaging a 12 year old on whatsapp late at night')).toEqual(expect.arrayContaining(['boundaries-of-worker', 'boundaries-with-a-younger-child']));
    // A 17 year old: only the general situation, and the sections on 16 and 17 year olds may answer.
    expect(sits('the coach has been messaging a 17 year old on whatsapp late at night')).not.toContain('boundaries-with-a-younger-child');
  });

  it('"have a chat with him first" is looking into it before passing it on', () => {
    expect(reader.read('a TA keeps texting a year 8 girl, should I have a chat with him first').classes).toContain('looking-into-it-first');
  });

  it('a burn that "doesn\'t look like" what the child says is a doubted explanation', () => {
    expect(sits('a year 4 girl has a burn on her hand, says she did it on the oven, it doesn\'t look like an oven burn')).toContain('injury-explanation-doubted');
  });

  it('a parent asking for secrecy is the family\'s consent; a child asking is a child\'s secret', () => {
    const parent = sits('dad has asked me not to tell anyone about mum\'s drinking, can I still share it with the DSL');
    expect(parent).toContain('consent-refused');
    expect(parent).not.toContain('secret-asked');
    expect(sits('a boy asked me not to tell anyone what his stepdad does, can I promise that')).toContain('secret-asked');
  });

  it('the practitioner\'s own reluctance is not a refusal of consent', () => {
    const found = sits('do I need mum\'s permission before I ring the hub? I do not want to make things worse at home');
    expect(found).toContain('asking-consent');
    expect(found).not.toContain('consent-refused');
  });
});

describe('living with a family friend, a passenger assistant, a strategy meeting by its short name', () => {
  it('a child living with a family friend while mum works abroad may be privately fostered', () => {
    expect(sits('a 6 year old has been living with a family friend since september because mum is working abroad')).toContain('private-fostering');
  });

  it('a passenger assistant on school transport works with children', () => {
    expect(reader.read('the passenger assistant grabbed a boy by the arm getting off the bus').classes).toContain('works-with-children');
  });

  it('"strat" and "ring the hub" are safeguarding words', () => {
    expect(reader.read('strat on thursday, what do I bring').classes).toContain('safeguarding-name');
    expect(reader.read('should I ring the hub about this family').classes).toContain('passing-on');
  });
});

describe('a worker\'s devices seized, the work said as what they do, a man at the address, an audit survey', () => {
  it('"police seized his laptop" is conduct outside work, not an IT question; "he still runs our group" is his work', () => {
    const r = reader.read('a volunteer told me the police seized his laptop, he still runs our under 10s group');
    expect(r.officeTalk).toBe(false);
    expect(r.classes).toContain('conduct-outside-work');
    expect(r.situations.map((s) => s.id)).toContain('worker-life-outside-work');
  });

  it('a man living at the address who is not on the tenancy is an unseen man', () => {
    expect(sits('there seems to be a man living at the address but he is not on the tenancy, the children mention him')).toContain('unseen-man');
  });

  it('an "audit survey" about a family is being asked about an audit', () => {
    expect(sits('I have been asked to fill in an audit survey about a family I worked with, will it be used against me')).toContain('asked-about-an-audit');
  });
});

describe('a child\'s words for parents, a health review, a death told as it happened, a child collecting medicines', () => {
  it('"daddy hurts her" is harm at home, and "made me swear not to tell" is a secret asked', () => {
    const q = 'a 6 year old told me daddy hurts her when mummy goes out, and made me swear not to tell';
    expect(sits(q.replace(', and made me swear not to tell', ''))).toContain('harm-at-home');
    // With the secret asked, the secret is the question (secret-asked stands in for harm at home).
    expect(sits(q)).toContain('secret-asked');
  });

  it('a contraception or 27 month review is an appointment, not a case review', () => {
    expect(reader.read('at her contraception review mum said her partner pushed her down the stairs').classes).not.toContain('asks-about-learning');
    expect(reader.read('at the 27 month review the toddler had a bruise on his cheek').classes).not.toContain('asks-about-learning');
    // A case review asked about is still one.
    expect(reader.read('what did the case review find about bruising in toddlers').classes).toContain('asks-about-learning');
  });

  it('a young child who died on the ward is a child death (with worries about home, one where harm was feared)', () => {
    expect(reader.read('a 2 year old died on the ward overnight, we had worries about home, what happens now').classes.has('child-death')).toBe(true);
    expect(sits('a 2 year old died on the ward overnight, we had worries about home, what happens now')).toContain('death-where-harm-was-feared');
  });

  it('a child collecting a parent\'s medicines from the pharmacy may be a young carer', () => {
    expect(sits('a 10 year old collects her mum\'s meds from us every week and does all the shopping')).toContain('young-carer');
  });

  it('"it never quite adds up" beside an injury doubts the explanation', () => {
    expect(sits('the bruises are always from falling off his bike, it never quite adds up')).toContain('injury-explanation-doubted');
  });
});

describe('a free room, a letter about nits, what the audits found', () => {
  it('"is there a room free" and a letter about nits are office and school talk', () => {
    expect(reader.read('is there a room free at the town hall on friday for a core group').officeTalk).toBe(true);
    expect(reader.read('can you draft a letter about head lice going round year 1').officeTalk).toBe(true);
  });

  it('the main messages from the audits ask what the audits found', () => {
    expect(sits('I need the main messages from the audits for a governors report')).toContain('asks-what-an-audit-found');
  });
});

describe('coercive control, an officer who is the speaker, a case meeting called a review, whose call it is', () => {
  it('a partner who takes her bank card and checks her phone is domestic abuse', () => {
    expect(sits('at the baby check mum said her partner takes her bank card and checks her phone every night')).toContain('domestic-abuse');
  });

  it('"PC on response" and "off duty PC" are who is speaking, not a worker in the story', () => {
    const onResponse = reader.read('PC on response, attended a domestic last night with two children in the house');
    expect(onResponse.classes).not.toContain('works-with-children');
    expect(onResponse.situations.map((s) => s.id)).toContain('domestic-abuse');
    expect(reader.read('off duty PC, I saw a dad shouting at a small boy in the park').classes).not.toContain('works-with-children');
  });

  it('"at the review" is a case meeting, not a case review asked about', () => {
    expect(reader.read('I disagreed with the social worker at the review, they want to close it').classes).not.toContain('asks-about-learning');
  });

  it('"is that her call?" asks whether the young person can decide', () => {
    expect(sits('a 15 year old does not want her dad told about her clinic appointments, is that her call?')).toContain('young-persons-own-consent');
  });

  it('a disagreement already raised directly that stands is past the first stage', () => {
    expect(sits('I have already spoken to the social worker directly and she won\'t budge, what is the next step')).toContain('disagreement-past-the-first-stage');
  });

  it('a custody detention officer making jokey comments to girls is a worker crossing boundaries', () => {
    expect(sits('a custody detention officer keeps making jokey comments to the teenage girls brought in')).toContain('boundaries-of-worker');
  });
});

describe('a manager who says do not refer, a step up said as moving up, a death by suicide, the police ringing school', () => {
  it('"my team leader says don\'t refer" about a doubted injury is my own organisation not acting', () => {
    const found = sits('a 6 year old has a burn and the story keeps changing, my team leader says don\'t refer, can I go over her head?');
    expect(found).toContain('own-organisation-not-acting');
    expect(found).not.toContain('injury-explanation-doubted');
  });

  it('"older kids were removed" beside a pregnancy is a pre-birth worry', () => {
    expect(sits('she is 20 weeks pregnant and her two older kids were removed last year')).toContain('pre-birth-worry');
  });

  it('"said no to level 4, do a CAF instead" is a decision to challenge, and the abuse behind it is why', () => {
    const found = sits('the front door said no to level 4 and told me to do a CAF instead, I still think the kids are not safe with dad hitting mum, what can I do');
    expect(found).toContain('professional-disagreement');
    expect(found).not.toContain('domestic-abuse');
  });

  it('"how do we get this moved up to social care" from early help is a step up', () => {
    expect(sits('the early help plan has gone nowhere for months and the kids are still hungry, how do we get this moved up to social care')).toContain('harm-during-early-help');
  });

  it('a young person who took their own life is a death to review, not self-harm to respond to', () => {
    const found = sits('a 16 year old we knew took his own life last month and I think agencies missed things, how do I get it reviewed');
    expect(found).toContain('asking-for-a-review');
    expect(found).not.toContain('self-harm');
    // Told without a review asked for, the death itself.
    expect(sits('a 16 year old we knew took his own life last month, what happens now')).toContain('child-death');
  });

  it('the police ringing school about a domestic last night is Operation Encompass', () => {
    expect(sits('police rang this morning, they were called to a year 5 boy\'s house last night for a domestic')).toContain('police-notified-school');
    expect(sits('what do we do with an encompass email')).toContain('police-notified-school');
  });

  it('a baby that crawls or walks is no longer the non-mobile protocol; one that only rolls over still is', () => {
    expect(sits('4 month old has a red mark on her forehead, dad says the dog knocked into her')).toContain('injury-to-a-baby');
    expect(sits('10 month old is crawling everywhere now and has a bruise on his knee')).not.toContain('injury-to-a-baby');
    expect(sits('she rolls over but isnt crawling yet, 6 month old, bruise on her arm')).toContain('injury-to-a-baby');
  });

  it('a crew at an adult patient who finds a baby asleep on a drunk parent: unsafe sleep, not an adult at risk', () => {
    const found = sits('ambulance for an adult callout, the baby was asleep on his chest on the sofa and he had been drinking');
    expect(found).toContain('unsafe-sleep');
    expect(found).not.toContain('adult-at-risk');
  });

  it("a teenager staying at an adult 'friend's' flat who gives her drink is exploitation, not private fostering", () => {
    const found = sits('14 yr old stays most nights at a 24 year old man\'s flat, he buys her alcohol and she says hes her mate');
    expect(found).toContain('sexual-exploitation');
    expect(found).not.toContain('private-fostering');
  });

  it("a child's own 'please don't tell' is a secret asked for", () => {
    expect(sits('lad said his stepdad kicks him, then please dont tell anyone sir')).toContain('secret-asked');
  });

  it("disagreeing with the front door's decision is a disagreement, with no child named", () => {
    expect(sits('if I disagree with the MASH decision what are the steps')).toContain('professional-disagreement');
  });

  it('planning messy play on a seasonal theme is no learning theme', () => {
    expect(reader.read('ideas for messy play with toddlers, a winter theme').classes).toContain('school-admin');
  });

  it('nude pictures and a demand for money or they get shared: sextortion', () => {
    expect(sits('year 10 girl sent a nude to a lad on snap, now he wants 50 quid or hes sending it to her whole class')).toContain('sextortion');
    // Pictures shared, with no threat: not sextortion.
    expect(sits('two year 9s have been swapping nudes with each other on snapchat')).not.toContain('sextortion');
  });

  it('a partner who "works away" or whom mum is vague about is a man the practitioner does not know', () => {
    expect(sits("midwife, mum's boyfriend works away she says, I have never met him, baby due in a month")).toContain('unseen-man');
    expect(sits('at every visit she goes vague about the dad, toddler is 2')).toContain('unseen-man');
  });

  it('"pushing to meet him" presses the case; it pushes no one', () => {
    expect(reader.read('should I be pushing to meet the new partner').classes).not.toContain('physical-harm');
  });

  it('a form about a family one worked with, sent for a case audit, is being asked about an audit', () => {
    expect(sits('our team got picked for a case audit and I have a form about my work with the family, do I have to')).toContain('asked-about-an-audit');
  });

  it('grabbing information or a coffee is no harm to anyone', () => {
    expect(sits('I need to grab info off the SENCO before I finish the referral, will the form save')).not.toContain('allegation-against-worker');
  });

  it('a volunteer who is "very huggy" and "sits too close", with nothing you could pin down, is conduct that feels off', () => {
    const found = sits('one of our volunteers is very huggy with the year 10s and sits too close, nothing you could pin down');
    expect(found).toContain('worker-conduct-feels-off');
    expect(found).not.toContain('allegation-against-worker');
  });

  it('Teams signing me out, or the large room to book, is office talk', () => {
    expect(reader.read('teams keeps logging me out every hour').classes).toContain('office-request');
    expect(reader.read('can I book the large room for a core group').classes).toContain('office-request');
  });

  it('"how far should I be digging?" behind a family\'s ready answers is professional curiosity, whatever worries are listed', () => {
    const found = sits('dad always has an excuse, no food in, dog mess, "cash comes friday". part of me believes him, how far should I dig');
    expect(found).toContain('how-far-to-dig');
    expect(found).not.toContain('family-in-hardship');
  });

  it('dinner supervisors work with children; one arrested over her own children is conduct outside work', () => {
    expect(sits('one of our dinner supervisors was arrested at the weekend over her own kids, nothing at school, LADO?')).toContain('worker-life-outside-work');
  });

  it('"stopping with her mum\'s mate" since mum went abroad is where a child lives: private fostering', () => {
    expect(sits("year 5 lad has been stopping with his mum's mate for two months while she works in Spain")).toContain('private-fostering');
  });

  it('"she\'s seeing" a 17 year old from the club is a relationship', () => {
    expect(sits("our receptionist also coaches at the club and she's seeing a 17 yr old from there")).toContain('worker-in-a-relationship');
  });

  it('a parent saying no, and whether to go ahead without her say so: consent refused', () => {
    expect(sits("mum has told me she won't have social services round, can I still phone them without her ok?")).toContain('consent-refused');
  });

  it('whom to phone at 7 on a Friday is the out-of-hours question, whatever harm is feared; locking up is no prison', () => {
    const found = sits("gone 7 and I'm locking up, a year 9 girl says her stepdad will batter her when she gets in, who am I meant to phone");
    expect(found).toContain('out-of-hours');
    expect(found).not.toContain('harm-at-home');
    expect(found).not.toContain('family-member-in-prison');
  });

  it('a case handed back to early help with school as lead is a step down', () => {
    expect(sits('social care are closing it and passing it back to early help with school as lead, what do we do')).toContain('step-down');
  });

  it('the weather is office talk', () => {
    expect(reader.read('is it going to rain on sports day').classes).toContain('office-request');
  });

  it('"the audit form" is the practitioner\'s part in an audit', () => {
    expect(sits('if I say in the audit form that our manager ignored it, will he find out')).toContain('asked-about-an-audit');
  });

  it('a role and where it is held, opening the message, is the speaker ("youth leader at our church, ...")', () => {
    const read = reader.read('youth leader at our chapel, a girl of 14 keeps getting picked up by men in their 20s in cars');
    expect(read.situations.map((s) => s.id)).toContain('sexual-exploitation');
    expect(read.classes).not.toContain('works-with-children');
    // The same role told as what someone did is still the one it is about.
    expect(sits('our youth leader keeps giving a 14 year old girl lifts home on her own')).not.toContain('sexual-exploitation');
  });

  it('the manager who "is normally our DSL" is a leader; "came to me saying" is who tells it', () => {
    const found = sits('a dad came to me saying the manager grabbed his son, the manager is normally our DSL, who do I tell');
    expect(found).toContain('allegation-about-a-leader');
    expect(found).not.toContain('harm-at-home');
  });

  it('"couldn\'t save him" is a child\'s death', () => {
    expect(sits('paramedic, a 2 year old we were called to this morning, we couldnt save him, what happens now')).toContain('child-death');
  });

  it('a plan nobody carries out is drift on the plan, not a new worry about a child with a social worker', () => {
    const found = sits('child protection plan since the spring, none of the actions done, health visitor never turns up, do I escalate');
    expect(found).toContain('plan-going-nowhere');
    expect(found).not.toContain('already-has-a-social-worker');
  });

  it('"am I being pushy?" is keenness, not a shove', () => {
    expect(reader.read('family keep missing appointments, am I being pushy if I chase the GP again').classes).not.toContain('physical-harm');
  });

  it('a strategy call the practitioner is asked to is their part in it; one refused is a disagreement', () => {
    expect(sits('been asked onto a strat call this afternoon about a toddler on my caseload, what do they want from me')).toContain('asked-to-a-strategy-discussion');
    expect(sits('raised it with her twice and the social worker still will not call a strategy meeting, who next')).not.toContain('asked-to-a-strategy-discussion');
  });

  it('the ward sister saying not to bother is the practitioner\'s own organisation holding a concern back', () => {
    expect(sits('the nurse in charge told me not to bother reporting a dad who smelt of drink on the children\'s ward')).toContain('own-organisation-not-acting');
  });

  it('asking to phone a service rather than email it wants the phone line', () => {
    expect(sits('can I ring the front door directly or is it email only, it is urgent-ish')).toContain('phone-line-wanted');
  });

  it('a referral already in, and what happens to it now, is the front door\'s next steps, not the worry behind it', () => {
    const found = sits('sent the referral to the front door this morning about a dad hitting mum in front of the kids, what happens now');
    expect(found).toContain('after-my-referral');
    expect(found).not.toContain('domestic-abuse');
  });

  it('"my service user\'s kids" are a client\'s children; a mum who "doesn\'t want it anymore" withdraws from the help', () => {
    const read = reader.read('early help for my service user\'s children, mum says she doesnt want it anymore, what now');
    expect(read.classes).not.toContain('own-organisation');
    expect(read.situations.map((s) => s.id)).toContain('help-withdrawn');
  });

  it('a setting and a role opening the message ("church youth leader.") are the speaker', () => {
    expect(reader.read('mosque volunteer. a girl of 14 in our group is being picked up by men in their 20s').classes).not.toContain('works-with-children');
    // Told as what someone did, the same words are the one it is about.
    expect(reader.read('mosque volunteer slapped a boy of 9').classes).toContain('works-with-children');
  });

  it('pay bands and job adverts are office talk', () => {
    expect(reader.read('which pay band is the family support worker job advert, thinking of applying').classes).toContain('office-request');
  });

  it('a volunteer accused who has since walked away: whether it still goes on, not the first steps', () => {
    const found = sits('a scout volunteer was accused of slapping a cub and has walked away from the group, do we still report it');
    expect(found).toContain('worker-resigns');
    expect(found).not.toContain('allegation-against-worker');
  });

  it('the accused\'s own union rep is the allegation\'s process; a union rep asked about alone is office talk', () => {
    const read = reader.read('the coach we referred has resigned and his union rep wants us to drop it, can we');
    expect(read.classes).toContain('accused-union-rep');
    expect(read.classes).not.toContain('office-request');
    expect(reader.read('who is the union rep for support staff').classes).toContain('office-request');
  });

  it('"one of our crew" works with children', () => {
    expect(sits('one of our crew was overheard making sexual remarks to a 14 year old patient')).toContain('allegation-against-worker');
  });

  it('a partner who goes upstairs whenever the practitioner arrives is a man nobody sees', () => {
    expect(sits("mum's boyfriend won't give his name and disappears upstairs on every visit, should I press her")).toContain('unseen-man');
  });

  it('whether rough handling needs to go beyond the setting is the LADO criteria; boundaries crossed are a low-level question', () => {
    expect(sits('the site manager shoved a year 5 into the railings, deputy head says a word with him will do, is that enough')).toContain('whether-it-goes-to-the-lado');
    expect(sits('a dance teacher keeps texting a 13 year old about her weekends, nothing sexual, do we deal with it in house')).not.toContain('whether-it-goes-to-the-lado');
  });

  it('going back to question a child who has told is the section on a child telling, not the harm at home', () => {
    const found = sits('a boy in year 2 told the TA his uncle hits him, should I ask the boy more about it before I pass it on');
    expect(found).toContain('questioning-a-child-who-told');
    expect(found).not.toContain('harm-at-home');
  });

  it('a dose of Calpol and the leavers disco are school business, not safeguarding', () => {
    expect(reader.read('what dose of calpol can a 4 year old have for a temperature').classes).toContain('school-admin');
    expect(reader.read('can we book the school hall for the leavers disco').classes).toContain('school-admin');
  });

  it('an email asking about a family, "something about an audit", is the practitioner\'s part in an audit', () => {
    expect(sits('school nurse, had an email asking me about a family from 2023, something about an audit, do I have to reply')).toContain('asked-about-an-audit');
  });

  it('how a worry is worded in the notes ("chooses to go off with older lads") is victim-blaming language; a girl who says it is her choice is not', () => {
    expect(sits("our records say a 14yo 'chooses to go' to parties with older men, the trainer says we shouldn't word it like that, why")).toContain('victim-blaming-language');
    expect(sits("16 year old says the 25 year old is her boyfriend and it's her choice, she is happy, who do I tell")).not.toContain('victim-blaming-language');
  });

  it('"accused by a parent of slapping" is the worker\'s act, not the parent\'s; the one worries go through is a leader', () => {
    expect(reader.read('the scout leader has been accused by a parent of slapping her son').classes).toContain('works-with-children');
    expect(sits('the imam was accused by a mum of hitting her boy, and all safeguarding goes through him, who do I tell')).toContain('allegation-about-a-leader');
  });

  it('a referral closed and the practitioner unhappy about it is a professional disagreement', () => {
    expect(sits('CSC closed our referral on a 4 year old who comes in hungry every day, really unhappy about it, what now')).toContain('professional-disagreement');
  });

  it('a manager named bare who says leave it is the practitioner\'s own organisation holding it back', () => {
    expect(sits("the club manager says it isn't bad enough to pass on and told me to leave it, can I go over him")).toContain('own-organisation-not-acting');
  });

  it('a child reported missing by her foster carer is a looked-after child going missing, not private fostering', () => {
    const found = sits('12 year old reported missing by her foster carer twice this month, turns up next day saying she was at a mates house');
    expect(found).toContain('going-missing');
    expect(found).not.toContain('private-fostering');
  });

  it('stopping with a friend\'s family since mum moved abroad is private fostering', () => {
    expect(sits("a year 9 boy has been staying with his friend's family for six weeks since his dad moved to Poland")).toContain('private-fostering');
  });

  it('"emailed the request form" is a referral made; what happens to it next is asked', () => {
    expect(sits('emailed the request form to the front door on Monday, what happens next, will anyone ring me')).toContain('after-my-referral');
  });

  it('children found on their own in a flat, mum not back till late, are children left alone', () => {
    expect(sits('on a visit found a 5 and 7 year old on their own in the flat, neighbour says mum is not back till late most nights')).toContain('left-without-an-adult');
  });

  it('a pupil filming another getting changed is harm by another child', () => {
    expect(sits('two year 9 girls at netball, one filmed the other getting changed and sent it round, what now')).toContain('child-on-child');
  });

  it('a topless picture and a demand with a sum ("pay £150 or he posts it") is sextortion', () => {
    expect(sits('year 8 girl sent a topless selfie to a boy from tiktok, now he is demanding £150 or he posts it to her school')).toContain('sextortion');
  });

  it('"who am I ringing at this hour?" asks whom to call out of hours', () => {
    expect(sits('sunday night at the swimming gala, a 10 year old says mum will batter him if he goes home, who am I ringing at this hour')).toContain('out-of-hours');
  });

  it('an adult who begged the practitioner not to tell, asked as whether her OK is needed, is consent refused, not a child\'s secret', () => {
    const found = sits('dad told me mum pushed him down the stairs and begged me not to tell anyone, can I refer the kids without his ok');
    expect(found).toContain('consent-refused');
    expect(found).not.toContain('secret-asked');
  });

  it('the referral form\'s own choice ("targeted services or statutory?", "L3 or L4") asks which level', () => {
    expect(sits('filling in the PRF, dad drinks and the kids are late every day, do I tick targeted services or statutory')).toContain('which-level');
    expect(sits('the online form wants L3 or L4 for a family with no food in, which one')).toContain('which-level');
  });

  it('a laptop that died halfway through the online referral is about the form, not office talk; a laptop alone is', () => {
    expect(reader.read('my laptop died halfway through the online referral, is there a way to save it').classes).toContain('referral-form-named');
    expect(reader.read('my laptop died halfway through the online referral, is there a way to save it').classes).toContain('safeguarding-topic');
    expect(reader.read('my laptop keeps crashing, who do I ring').classes).toContain('office-request');
  });

  it('"did time for something to do with kids" is a person posing a risk; "learned anything from cases like this" asks about learning', () => {
    expect(sits("mum's new partner moved in and a neighbour says he did time for something to do with kids")).toContain('person-posing-a-risk');
    expect(reader.read('has the partnership learned anything from cases like this one').classes).toContain('asks-about-learning');
  });

  it('"ask about the dads and boyfriends" is the men nobody sees; "one of her staff" works with children', () => {
    expect(sits('why do we keep being told to ask about the dads and boyfriends on visits')).toContain('unseen-man');
    expect(reader.read('the nursery manager rang, one of her staff smacked a toddler').classes).toContain('works-with-children');
  });

  it('the one given lifts or presents ("keeps giving a year 9 girl lifts home") is not the doer: the worker is', () => {
    expect(reader.read('the caretaker keeps giving one year 9 girl lifts home').classes).toContain('works-with-children');
    expect(reader.read('the caretaker keeps buying a year 9 girl presents').classes).toContain('works-with-children');
  });

  it('"a case file check" and "an online survey about a family" are the practitioner\'s part in an audit', () => {
    expect(sits('my name came up for a case file check on a family I saw last year, do I have to do it')).toContain('asked-about-an-audit');
  });

  it('helping a parent wash and dress is a caring role; "kicked her out" and sleeping on a mate\'s floor is homelessness', () => {
    expect(sits('lad in year 9 is late most days, he is helping his dad get dressed and washed before school since the stroke')).toContain('young-carer');
    expect(sits('17 year old at college says her nan kicked her out and she is on a friends floor this week')).toContain('homeless-young-person');
  });

  it('a grade in a martial art is no belt used to hit; parcels run for older lads and a debt to them are criminal exploitation', () => {
    expect(reader.read('our judo coach is dating one of the brown belts, she is 17').classes).not.toContain('physical-harm');
    expect(sits('a 15 year old on the estate is carrying parcels for some lads and says he owes them money now')).toContain('criminal-exploitation');
  });

  it('asked whether a young person gets a say, the consent section answers, not the harm told', () => {
    expect(sits('16 year old says mum slaps her but she doesnt want me telling anyone, does she get a say')).toEqual(['young-persons-own-consent']);
  });

  it('a worker who overheard it passed it on: the story is the child\'s, not an allegation against the worker', () => {
    expect(sits('our caretaker overheard a year 10 saying older lads pay him to carry parcels to another town')).toContain('criminal-exploitation');
  });

  it('an audit\'s theme is not a case to act on; "choosing to hang round with older men" in notes is the wording asked about', () => {
    expect(sits('our team took part in the domestic abuse case audit, do we ever hear back')).toEqual(['asked-about-an-audit']);
    expect(sits('my manager said not to write that a 14 year old is choosing to hang round with older men, what is wrong with it')).toContain('victim-blaming-language');
  });

  it('the employer\'s decision told as made ("decided no further action") is the outcome for the LADO; asked whether to sort it internally is not', () => {
    expect(sits('our academy has finished looking into the complaint about the PE teacher, we decided no further action, does the LADO need to know')).toContain('employer-outcome');
    expect(sits('a coach pushed a boy over at training, is this for the LADO or can we sort it internally')).not.toContain('employer-outcome');
  });

  it('going above the duty social worker is a disagreement; "the LA say" is a decision; flirty messages are a relationship', () => {
    expect(sits('they closed it again with nothing done, the boy is still hungry every day, who can I go to above the social worker')).toContain('professional-disagreement');
    expect(sits('LA say no strategy meeting is needed for the girl, I think that is wrong')).toContain('professional-disagreement');
    expect(reader.read('our 20 year old volunteer sends a 16 year old flirty messages').classes).toContain('relationship');
  });

  it('out of jail for something with a child is a person posing a risk; visits on Sundays are a habit, not out of hours', () => {
    expect(sits('my daughter has a new partner just out of prison for something to do with a child, she wants him at ours on Sundays')).toContain('person-posing-a-risk');
    expect(sits('my daughter has a new partner just out of prison for something to do with a child, she wants him at ours on Sundays')).not.toContain('out-of-hours');
  });

  it('a supervised sex offender moving in with a mum is a risk, not private fostering; booted out and sofa hopping is homelessness', () => {
    expect(sits('man on my caseload with indecent images convictions has moved in with a woman who has a 7 year old')).toContain('person-posing-a-risk');
    expect(sits('man on my caseload with indecent images convictions has moved in with a woman who has a 7 year old')).not.toContain('private-fostering');
    expect(sits('17 year old got booted out by his mum, sofa hopping at mates since')).toEqual(['homeless-young-person']);
  });

  it('harm to a child who cannot tell us points at the disabled children\'s section too', () => {
    expect(sits('non verbal 9 year old in a wheelchair has bruises on his arms nobody can explain')).toContain('harm-to-a-disabled-child');
    expect(sits('9 year old has bruises on his arms nobody can explain')).not.toContain('harm-to-a-disabled-child');
  });

  it('a worker meeting up with a pupil outside school is a relationship; a survey from the partnership about a mum is an audit', () => {
    expect(sits('our PE teacher has been meeting up with a year 12 girl at weekends')).toContain('worker-in-a-relationship');
    expect(sits('got a survey from the partnership about a mum I saw years ago, why me')).toContain('asked-about-an-audit');
  });

  it('a man who waits in the car and never comes in is an unseen man; dropping a toddler off is no harm', () => {
    expect(sits('mum has a new fella, he drops the baby off at nursery but stays in the car and never comes in')).toEqual(['unseen-man']);
  });

  it('told to be more curious about a story of harm, curiosity is the question', () => {
    expect(sits('dad always has a reason for the bruises and I just go with it, my manager says I need to be more curious')).toEqual(['asked-to-be-curious']);
  });

  it('whether a parent has to agree before a referral is the question, not the neglect told', () => {
    expect(sits('toddler always hungry and filthy, does mum have to agree before I ring the front door')).toEqual(['asking-consent']);
  });

  it('a parent relapsing and off her antipsychotics is a parent\'s mental health', () => {
    expect(sits('mum has relapsed and stopped her antipsychotics, she is alone with the kids')).toContain('parent-mental-health');
  });

  it('not back overnight is going missing; "she is choosing to see him" in the notes is the wording; co-slept is unsafe sleep', () => {
    expect(sits('our 14 year old resident has not come back overnight again, what is the process')).toContain('going-missing');
    expect(sits('her social worker wrote that the 14 year old is choosing to see the 25 year old, that feels wrong')).toContain('victim-blaming-language');
    expect(sits('mum says she co-slept with all her babies and they were fine, what do I tell her')).toContain('unsafe-sleep');
  });

  it('a child to be "cleansed" of a devil is faith-based abuse; taken abroad "to be cut" is FGM, whoever tells it', () => {
    expect(sits('aunty says they want the boy cleansed because he has a devil in him')).toContain('faith-or-belief-abuse');
    expect(sits('mum I support through DA services says her mother in law will take her girl abroad in the holidays to be cut')).toContain('fgm');
  });

  it('a plan that is mum signing to say he will not come back is a written agreement; our own DSL holding back a DA disclosure is our organisation not acting', () => {
    expect(sits('the whole safety plan is mum signing to say she will not let him back in the house')).toContain('written-agreement');
    expect(sits('my DSL told me not to bother passing on that the 5 year old says daddy hits mummy')).toEqual(['own-organisation-not-acting']);
  });

  it('a head who shut a boy in a room and held the door is an allegation about a leader', () => {
    expect(sits('a parent says our headteacher shut her son in the sensory room and held the door')).toContain('allegation-about-a-leader');
  });

  it('"book me the small room" is office talk even with a child named; so is a hall for a training session', () => {
    expect(reader.read('can you book me the small room on friday for a meeting with a 13 year old').officeTalk).toBe(true);
    expect(reader.read('please book the church hall for our safeguarding training on monday evening').officeTalk).toBe(true);
  });

  it('"the coach we reported has quit": a worker leaving before an allegation is resolved', () => {
    expect(sits('the coach we reported has quit, can we close it now')).toContain('worker-resigns');
    // Reported missing is not a worker reported.
    expect(sits('13 year old reported missing by her foster carer three times this term')).toContain('going-missing');
  });

  it('a coach who has quit has left; an ENT referral letter is a clinical request', () => {
    expect(reader.read('the coach we reported to the LADO has quit the club').classes).toContain('worker-leaving');
    expect(reader.read('please write an ENT referral letter for a 6 year old with tonsillitis').officeTalk).toBe(true);
  });

  it('a child telling a TA that mum\'s boyfriend hit him is a disclosure; the same harm told by mum is hers, and a TA who did it is the LADO\'s', () => {
    expect(sits('a reception girl just told me her mums boyfriend hit her with a slipper, do i ring social care or tell the DSL')).toContain('child-tells-of-harm-at-home');
    expect(sits('mum told me her partner slapped her in front of the children last night')).not.toContain('child-tells-of-harm-at-home');
    expect(sits('a year 3 boy just told me a TA slapped him in the toilets')).not.toContain('child-tells-of-harm-at-home');
  });

  it('a parent telling the practitioner of her partner\'s violence is what to do about the children when a parent tells', () => {
    expect(sits('mum disclosed at the weigh in that her boyfriend had his hands round her throat on saturday, baby was there')).toContain('parent-tells-of-domestic-abuse');
    // Told by someone else, it is domestic abuse, not a parent's own disclosure.
    expect(sits('police say mum\'s boyfriend had his hands round her throat on saturday, baby was there')).not.toContain('parent-tells-of-domestic-abuse');
  });

  it('"wants the implant" is sexual activity; "has a pic of him and wants £200 or it goes to his mates" is sextortion', () => {
    expect(sits('13 year old asking for the implant, boyfriend is 14, does her mum have to know')).toContain('under-16-sexual-activity');
    expect(sits('someone a year 9 lad met on a game has a pic of him and wants £200 or it goes to his whole class')).toContain('sextortion');
  });

  it('"why is that wording a problem" about a child said to choose older men is victim-blaming language, not help with a letter', () => {
    const read = reader.read("my senior asked me to change a note that said a 15 year old was 'choosing to go to parties with older men', why is that wording a problem");
    expect(read.officeTalk).toBe(false);
    expect(read.situations.map((s) => s.id)).toContain('victim-blaming-language');
  });

  it('a "#" standing alone is a clinician\'s fracture; an A and E nurse opening the message is who is speaking', () => {
    expect(reader.read('6 year old with a # wrist and nobody can say how').classes.has('injury')).toBe(true);
    expect(reader.read('6 year old with a wrist and nobody can say how').classes.has('injury')).toBe(false);
    expect(reader.read('A and E nurse - 6 year old with a bruise on his cheek').classes.has('works-with-children')).toBe(false);
    // "A nurse" is someone else: the article names another person.
    expect(reader.read('a nurse - she slapped a 6 year old on the ward').classes.has('works-with-children')).toBe(true);
  });

  it('a breakfast club worker\'s favourite on her knee, "nothing else but", is conduct that feels off; a dad\'s changing version is a doubted explanation', () => {
    expect(sits('the lady who runs breakfast club has one little boy on her knee every morning, nothing else but I noticed, LADO or just tell the head?')).toContain('worker-conduct-feels-off');
    expect(sits('5 year old with a broken arm, dad says he slipped on the stairs, his version changed when we asked again')).toContain('injury-explanation-doubted');
  });

  it('mum really low, drinking more and a partner who controls the money is the toxic trio', () => {
    expect(sits('mum is really low, drinking more, and her partner controls all the money, 2 kids under 4')).toContain('toxic-trio');
  });

  it('"came back NFA, I\'m not having it" disagrees with the decision; a family "done with the support" steps back from early help', () => {
    expect(sits('referred a 9 year old to the front door, came back NFA, not having it, what now')).toContain('professional-disagreement');
    expect(sits('mum says they are done with the support and want it stopped, we had a TAF last week')).toContain('help-withdrawn');
  });

  it('a 20 year old care leaver no one checks on is what care leavers are owed; a child found far from home with a phone that never stops is criminal exploitation', () => {
    expect(sits('20 year old care leaver living alone, keeps getting into fights, nobody checks on him, who do we contact')).toContain('care-leaver');
    expect(sits('found a 15 year old in a stairwell miles from home, phone keeps ringing, who do i tell')).toContain('criminal-exploitation');
  });

  it('"my sgt says don\'t bother with a PPN" is our own organisation not acting', () => {
    expect(sits("my sgt says don't bother with a PPN for the toddler at the address, I'm not happy")).toContain('own-organisation-not-acting');
  });

  it('rain for the year 3 trip is the weather, a child named or not; "how would I flag it" after a stabbing asks for a review', () => {
    expect(reader.read('will it rain on friday? taking the reception class to the zoo').officeTalk).toBe(true);
    expect(sits('a boy we worked with for years was stabbed on saturday, everyone knew he was at risk, could this turn into a review')).toContain('asking-for-a-review');
  });

  it('"our head won\'t ring CSC" is our own organisation not acting, not an allegation about the head to the LADO first', () => {
    expect(sits("our head won't ring CSC about the bruises, says the family are doing their best, can I go round her")).toContain('own-organisation-not-acting');
  });

  it('"we disagree and he goes home tonight: do I go through the stages first?" is a child at risk while we disagree', () => {
    expect(sits('social care and the school disagree about the 6 year old going home tonight, do I have to follow the stages first')).toContain('risk-while-disagreeing');
    // A disagreement with no risk now is resolved by its stages.
    expect(sits('we disagree with the plan from last month, what are the stages')).not.toContain('risk-while-disagreeing');
  });

  it('a girl at homework club taken abroad to marry is forced marriage, not club admin', () => {
    const read = reader.read('year 9 girl at our homework club says she is being taken abroad in the holidays to marry her cousin');
    expect(read.officeTalk).toBe(false);
    expect(read.situations.map((s) => s.id)).toContain('forced-marriage');
  });

  it('"can she stop me passing it on?" asks about her own consent; "not clapped eyes on them, just taking his word" asks how far to dig', () => {
    expect(sits("14 year old says her stepdad comes in her room at night, says she'll deny it if I tell, can she stop me passing it on")).toContain('young-persons-own-consent');
    expect(sits("dad always says the kids are at his mum's, I've not clapped eyes on them since the summer, I've been taking his word")).toContain('how-far-to-dig');
  });

  it('a station manager touching a cadet is an allegation about a leader; "says I yanked him" is an allegation about me', () => {
    expect(sits('a parent says our station manager touched her 15 year old cadet, he is my line manager')).toContain('allegation-about-a-leader');
    expect(sits("foster carer, my lad's school says I yanked him by the arm, what happens now")).toContain('allegation-about-me');
  });

  it('"can I keep it quiet" asks about keeping a child\'s secret', () => {
    expect(sits('a girl in year 5 told me her cousin hurts her, can I keep it quiet for now')).toContain('secret-asked');
  });
});

describe('the twenty-ninth pass: pregnancy in weeks, adult partners, relationships by age, managers, barring', () => {
  it('"here" names the speaker only where a role opens the sentence: "school nurse here" is who asks, "till the baby\'s here" is not', () => {
    expect([...reader.read('school nurse here, a 15 year old has told me her boyfriend is 24').speakerTerms]).toContain(stem('nurse'));
    expect([...reader.read("she is due soon, should I wait till baby's here before I refer").speakerTerms]).not.toContain(stem('baby'));
  });

  it('weeks of a pregnancy said as a number are a pregnancy; a baby\'s age in weeks and time in weeks are not', () => {
    // "She's 28 weeks" with children removed before: a referral before the birth.
    expect(sits("she's 28 weeks and her first two were removed into care, do I refer now")).toContain('pre-birth-worry');
    expect(reader.read('the baby is 6 weeks old and mum seems low').classes.has('pregnancy')).toBe(false);
    expect(reader.read('she has been off school for 20 weeks now').classes.has('pregnancy')).toBe(false);
  });

  it('a boyfriend whose age is an adult\'s is an adult boyfriend; a boyfriend of 16 is a peer', () => {
    expect(reader.read("the 14 year old's boyfriend is 26 and picks her up from school").classes.has('sexual-exploitation-sign')).toBe(true);
    expect(reader.read('she is 15 and her boyfriend is 16, they are in the same form').classes.has('sexual-exploitation-sign')).toBe(false);
    // Said of a parent's partner, with no child's age beside it, an adult's age is only an adult's.
    expect(reader.read("mum says her boyfriend is 35 and he's moving in next month").classes.has('sexual-exploitation-sign')).toBe(false);
    expect(reader.read('year 9 girl, her bf is 22 and collects her from the gates').classes.has('sexual-exploitation-sign')).toBe(true);
  });

  it('a worker\'s romance with a 16 or 17 year old is more than a boundary crossed; with a child under 16 it is its own situation', () => {
    const older = sits('one of our coaches keeps sending a 17 year old player heart emojis and miss you messages');
    expect(older[0]).toBe('worker-in-a-relationship');
    expect(older).not.toContain('boundaries-of-worker');
    // Under 16, the sections on a 16 or 17 year old are the wrong age: the four criteria are the answer.
    const younger = sits('the drama teacher is seeing a 14 year old from the school show');
    expect(younger).toContain('worker-in-a-relationship-with-a-younger-child');
    expect(younger).not.toContain('worker-in-a-relationship');
  });

  it('a disagreement the managers have already tried to resolve is past the managers\' stage', () => {
    expect(sits('my manager has spoken to their team manager twice and they still disagree about the referral')).toContain('disagreement-past-the-managers');
    // Said only to the other worker, it is the stage with the managers.
    expect(sits('spoken to the sw twice and we still disagree')).not.toContain('disagreement-past-the-managers');
  });

  it('"do we tell the DBS?" after a dismissal is the employer\'s barring referral, not the allegation\'s first steps', () => {
    const read = sits('the allegation against our caretaker was upheld and he has been dismissed, do we have to refer to the DBS');
    expect(read).toContain('barring-referral');
    expect(read).not.toContain('concern-about-worker');
    // One's own DBS check is office talk, not this.
    expect(sits('when is my dbs renewal due')).not.toContain('barring-referral');
  });

  it('hatred of a group taking hold is radicalisation, whoever the child is', () => {
    const read = sits('an unaccompanied 15 year old in our care says a man at the gym told him non-believers deserve to die');
    expect(read[0]).toBe('radicalisation');
    expect(read).not.toContain('child-arrived-alone');
  });

  it('ordinary words are not office talk: "bugs" as why a child was off, homework beside a caring role, a salaried GP', () => {
    expect(reader.read("mum says the missed appointments were all tummy bugs, how do I ask more without upsetting her").officeTalk).toBe(false);
    expect(reader.read('year 8 girl cares for her dad who has MS, never hands in homework, always exhausted').officeTalk).toBe(false);
    expect(reader.read('one of our salaried GPs has been arrested, when do I tell the LADO').officeTalk).toBe(false);
    // Staffing ratios for an inspection are early years regulation, not the safeguarding procedures.
    expect(reader.read('what is the staff to child ratio in the baby room, inspection next week').officeTalk).toBe(true);
  });

  it('"will it count as a complaint against her?" beside a disagreement asks whether escalation is a complaint', () => {
    expect(sits("if I question the duty social worker's decision is that a formal complaint about him")).toContain('escalation-or-complaint');
    // A complaint with no one's decision in it is not this.
    expect(sits('a parent wants to make a complaint about the lunch menu')).not.toContain('escalation-or-complaint');
  });

  it('a child in care who keeps vanishing is a child going missing, named only as "our LAC"', () => {
    expect(sits('one of our LAC has gone missing again, third time this week')).toContain('going-missing');
  });

  it('a mother "so flat" since the birth is a parent\'s mental health', () => {
    expect(sits("mum has been so flat lately and hardly says a word, the toddler is always hungry")).toContain('parent-mental-health');
  });

  it('a conference decision disputed is its own disagreement; asked to a conference is not', () => {
    expect(sits('at the ICPC yesterday they went for no plan and I disagree, how do I challenge the conference')).toContain('conference-decision-disputed');
    expect(sits('first ICPC tomorrow, what will they ask me')).not.toContain('conference-decision-disputed');
  });

  it('"can I ring the LADO or is it email only?" asks how to reach the LADO, whatever happened', () => {
    const read = sits('a dinner lady grabbed a boy by the collar today, can I phone the LADO or do they only take emails');
    expect(read[0]).toBe('phone-line-wanted');
    expect(read).not.toContain('allegation-against-worker');
  });

  it('office talk in everyday words: thrown out of Teams is no kick, a child "burning up" asked about is a dose, not a burn', () => {
    const teams = reader.read('teams keeps kicking me out every five minutes on the school laptop');
    expect(teams.officeTalk).toBe(true);
    expect(teams.classes.has('physical-harm')).toBe(false);
    expect(reader.read('how much calpol can a 3 year old have, she is burning up').officeTalk).toBe(true);
  });

  it('"mum says absolutely no to me referring" is consent refused', () => {
    expect(sits('dad says absolutely no to me referring his son to early help, can I still do it')).toContain('consent-refused');
  });

  it('"the significant harm bar" is no barring referral; "my skipper says not a police matter" is our own organisation not acting', () => {
    expect(reader.read('is one red mark on a 7 year old over the significant harm bar for a strategy discussion').classes.has('barring-named')).toBe(false);
    expect(sits('told my skipper twice about the kids at that flat and he says not a police matter, who else can I go to')).toContain('own-organisation-not-acting');
  });

  it('asked to write a chronology for a review is contributing to the review, not the death as news', () => {
    const read = sits('asked to write a chronology for the rapid review after a baby died, what is it for');
    expect(read[0]).toBe('contributing-to-a-review');
    expect(read).not.toContain('child-death');
  });

  it('a burn from "mum\'s hair straighteners" is an injury, not a grab of mum\'s hair', () => {
    const read = reader.read('3 year old with a burn on his hand, dad says he grabbed mums hair straighteners');
    expect(read.classes.has('injury')).toBe(true);
    expect(read.classes.has('domestic-abuse-sign')).toBe(false);
  });
});


describe('the thirtieth pass: a carer who is not family, food taken home, faith teachers, told where it was said', () => {
  it('staying with someone who is not family is private fostering, whoever that someone is', () => {
    // Neither "a lady from her church" nor "a mate from work" is listed as a place to stay: the two parts are read together.
    expect(sits('the 11 year old has been staying with a couple from church since his mum went into rehab')).toContain('private-fostering');
    expect(sits("dad's working away so she's living with a friend from work of his, is that allowed")).toContain('private-fostering');
    // Living with her nan is a relative; a mate from work who hit him is no carer.
    expect(sits('staying with her nan while mum is in hospital')).not.toContain('private-fostering');
    expect(sits("mum's mate from work slapped him at the party")).not.toContain('private-fostering');
  });

  it('food hidden or taken home by a young child is a sign of neglect', () => {
    expect(reader.read('our reception boy keeps hiding food in his bag to take home').classes.has('neglect-sign')).toBe(true);
  });

  it('a teacher at the mosque or the madrasa is someone who works with children', () => {
    expect(sits('the maulana at the evening madrasa slapped a 9 year old for talking')).toContain('allegation-against-worker');
  });

  it('a child telling, said with where or by age ("told me at circle time", "the 5 year old told me"), is a disclosure', () => {
    expect(reader.read('she told me at circle time that mummy hits her with a slipper').classes.has('child-told')).toBe(true);
    expect(reader.read('the 5 year old told me his uncle hurts him').classes.has('child-told')).toBe(true);
  });

  it('a young carer is a child caring: a mother dozing off with her baby on the sofa asks about safer sleep', () => {
    const read = sits('new mum picking up her prescription says she dozes off on the sofa with baby on her chest');
    expect(read).not.toContain('young-carer');
    expect(reader.read('new mum picking up her prescription says she dozes off on the sofa with baby on her chest').classes.has('unsafe-sleep-sign')).toBe(true);
  });

  it('a worker who "stepped down" after concerns is a worker leaving before the allegation is resolved', () => {
    expect(sits('the volunteer we had concerns about has stepped down, can we drop it now')).toContain('worker-resigns');
  });

  it('a partner\'s violence put to the parent\'s own injury ("said her fella did it") is domestic abuse', () => {
    expect(sits('mum came to clinic with a split lip, said her partner did it in front of the toddler')).toContain('domestic-abuse');
  });

  it('a name after "St" is a school or a church, never a misspelt word ("St Marys" is not "marks")', () => {
    expect(reader.read('the year 4 class at st marys primary has a new teacher').classes.has('injury')).toBe(false);
    // The same word on its own is still read as the typo it is.
    expect(reader.read('she has marys on her arm').classes.has('injury')).toBe(true);
  });

  it('a safety talk given to children is a lesson: claiming overtime for one is office talk', () => {
    expect(reader.read('how do I claim overtime for the stranger danger talk I did on saturday').officeTalk).toBe(true);
  });

  it('funded childcare hours are money, not a safeguarding question, even with a child named', () => {
    expect(reader.read('how do we claim the 15 hrs funding for a 2 year old who joined last week').officeTalk).toBe(true);
  });
});

describe('the thirtieth pass: services passing a homeless teenager between them, sexual touching called play', () => {
  it('a homeless 16 or 17 year old sent back and forth by housing and children\'s services asks who must house them', () => {
    const read = sits("17 year old kicked out by his stepdad, housing say it's children's services and children's services sent him back to housing");
    expect(read).toContain('homeless-passed-between-services');
    expect(read).not.toContain('professional-disagreement');
    // Disagreeing with a social worker's decision about a homeless teenager is still a disagreement.
    expect(sits('the SW closed the case but the 16 year old is still sofa surfing, I disagree, can I challenge it')).not.toContain('homeless-passed-between-services');
  });

  it('sexual touching between children waved away as messing about is its own question: does it need reporting', () => {
    const read = sits('a year 8 lad keeps pinging girls\' bras and grabbing their bum, staff say it is just banter');
    expect(read).toContain('sexual-behaviour-brushed-off');
    expect(read).not.toContain('child-on-child');
    // Without the brush-off it is child-on-child abuse as before.
    expect(sits('a boy in year 5 grabbed her bum in the playground')).toContain('child-on-child');
  });
});

describe('the thirtieth pass, second sets: colleagues who notice, a worker suspended in their own time, hand-overs', () => {
  it('nurses who think an injury looks wrong are the ones noticing, not a worker the allegation is about', () => {
    const read = sits('child of 3 brought in with a scald, grandad says she pulled the kettle over, nurses think the shape is wrong');
    expect(read).not.toContain('allegation-against-worker');
  });

  it('a worker suspended by a club they help at in their own time is a question of transferable risk', () => {
    const read = sits('one of our porters helps at a boxing club in his spare time and they have suspended him over a child there');
    expect(read).toContain('suspended-in-own-time');
    expect(read).not.toContain('worker-under-investigation');
  });

  it('a case "handed over to early help" is a step down', () => {
    expect(reader.read('children\'s social care are closing it and handing it over to early help next week').classes.has('step-down-talk')).toBe(true);
  });

  it('information nobody joined up is a reason to ask for a case review', () => {
    expect(reader.read('the police, school and health all knew bits and nobody joined the dots').classes.has('review-request')).toBe(true);
  });

  it('a plan "running 9 months" with the school saying "give it time" is a plan going nowhere', () => {
    expect(reader.read('the early help plan has been running 9 months, school keep saying give it time').classes.has('plan-drift')).toBe(true);
  });
});

describe('the thirtieth pass, third sets: LADO or a low-level concern, asked as a choice; dental and eye staff', () => {
  it('"LADO or not?" about conduct that feels wrong but is not told as harm asks which of the two it is', () => {
    const read = sits('our receptionist follows some of the teenage patients on tiktok, nothing sexual, LADO or not?');
    expect(read).toContain('low-level-or-lado-asked');
    expect(read).not.toContain('worker-conduct-feels-off');
    // A blow told is an allegation, whatever the question asks.
    expect(sits('the tutor slapped a 9 year old, LADO or not?')).not.toContain('low-level-or-lado-asked');
  });

  it('a dental hygienist, an optometrist or a speech therapist is someone who works with children', () => {
    expect(reader.read('the hygienist was rough with a 6 year old').classes.has('works-with-children')).toBe(true);
    expect(reader.read('an optometrist at our branch').classes.has('works-with-children')).toBe(true);
  });

  it('"suggest" is not "suggestive": asking for a suggestion is no boundary crossed', () => {
    expect(reader.read('can you suggest some books for a year 2 class').classes.has('boundary-crossing')).toBe(false);
    expect(reader.read('he sends her suggestive messages').classes.has('boundary-crossing')).toBe(true);
  });

  it('a dose of a medicine asked for is a clinical question, not a sign of neglect', () => {
    expect(reader.read('max amoxicillin dose for a 5 year old with a dental abscess?').officeTalk).toBe(true);
  });
});

describe('the thirtieth pass, last sets: an age then, a head who will only monitor, cuckooing, whose church', () => {
  it('"when he was 12" told by an adult now is a non-recent allegation', () => {
    expect(reader.read('a woman of 30 says our old swimming teacher touched her when she was 12').classes.has('non-recent')).toBe(true);
  });

  it('a head who "doesn\'t want to ring" the front door and will "monitor" is the own organisation not acting', () => {
    expect(sits("I'm the deputy DSL, my head doesn't want to refer the family, says we'll monitor instead")).toContain('own-organisation-not-acting');
  });

  it('cuckooing named is criminal exploitation', () => {
    expect(sits('lads in and out of a flat all night, we think the tenant is being cuckooed, one of them is 14')).toContain('criminal-exploitation');
  });

  it('a carer from a parent\'s church or work is no relative either', () => {
    expect(sits("the 9 year old has been stopping with a lady from her mum's church since easter")).toContain('private-fostering');
  });
});

describe('the thirtieth pass, set 99: told to leave it, who runs a group, a room asked for by name', () => {
  it('a practice manager who says "leave it, we\'re only admin" is the own organisation not acting', () => {
    expect(sits("told the practice manager a boy said his dad hits him with a belt, she said leave it, we're only admin")).toContain('own-organisation-not-acting');
  });

  it('"the man who runs" a group is someone who works with children', () => {
    expect(reader.read('the man who runs the chess club grabbed a 10 year old by the neck').classes.has('works-with-children')).toBe(true);
  });

  it('a room asked for by name is a booking, even for a core group', () => {
    expect(reader.read('is the big room at the family hub free on tuesday for a core group').officeTalk).toBe(true);
  });
});

describe('the thirty-first pass: help called off, a body pushed back on, a sudden infant death, a school survey', () => {
  it('a family calling off early help ("wants us out", "cancelled the TAF") is withdrawing from it', () => {
    expect(sits("dad says he wants us out and he's cancelled the TAF, the toddler is still losing weight")).toContain('help-withdrawn');
  });

  it('pushing back on a safeguarding body, no child named, is a professional disagreement', () => {
    expect(sits('how would I push back on CSC if I think their decision is wrong, is there a set process')).toContain('professional-disagreement');
  });

  it('a sudden infant death is a child\'s death, however it is put', () => {
    expect(reader.read('called to a sudden infant death overnight, what is the review process').classes.has('child-death')).toBe(true);
  });

  it('a partner "went to prison for" offences, or has "convictions involving" children, may pose a risk', () => {
    expect(sits("nan says mum's new boyfriend went to prison for hurting a kid, he's moving in next week")).toContain('person-posing-a-risk');
    // An adult moving in with the family is no private fostering.
    expect(sits('a lodger is moving in with the family and police say he has convictions involving young girls')).not.toContain('private-fostering');
  });

  it('a tool named or asked for "like" one is asking for a tool, whatever signs come with it', () => {
    expect(sits('is there a GCP2 we can use, the house is filthy and the kids are always hungry')).toContain('asks-for-a-tool');
    expect(sits('any similar tool to score how bad the home conditions are?')).toContain('asks-for-a-tool');
  });

  it('a child sat on an adult\'s knee is closeness to ask about, not a child sat on to be held down', () => {
    const read = reader.read('the pe teacher lets one year 4 girl sit on his knee, she sits on his knee every lesson');
    expect(read.classes.has('boundary-crossing')).toBe(true);
    expect(read.classes.has('physical-harm')).toBe(false);
    // Sat on, with nothing of a knee or a lap, is still holding a child down.
    expect(reader.read('the older lad sat on her and wouldnt let her up').classes.has('physical-harm')).toBe(true);
  });

  it('a school\'s own survey is school admin, not the questionnaire after an audit', () => {
    expect(reader.read('is the pupil survey for year 4 going out before half term').classes.has('school-admin')).toBe(true);
    expect(reader.read('the safeguarding partnership sent me a survey about a family I worked with').classes.has('school-admin')).toBe(false);
  });
});

describe('the thirty-fourth pass: a blade found on a pupil, a temper feared, who hides, remarks on weight, a sanction', () => {
  it('a blade dropped from a pupil\'s pocket is a child with a weapon, not a row ("fall out") and not a general emergency', () => {
    const read = reader.read('a stanley knife fell out of a year 10\'s pocket during the science practical');
    expect(read.situations.map((s) => s.id)).toContain('weapon-on-a-child');
    expect(read.situations.map((s) => s.id)).not.toContain('danger-now');
    expect(read.classes.has('disagreement')).toBe(false);
    // Falling out with someone is still a disagreement.
    expect(reader.read("we've fallen out with the duty team over the plan").classes.has('disagreement')).toBe(true);
  });

  it('the section on a pupil with a weapon comes before the emergency section when no danger is told as happening', () => {
    const schools = madeUpEngine([
      madeUpDoc('shire-weapons', 'thresholds', 'Weapons and serious violence', [
        ['found', 'A pupil has a blade in school: what should staff do?', 'Ask the pupil to hand it over, keep other pupils away, tell the safeguarding lead and the police.', []],
      ]),
      madeUpDoc('shire-contacts', 'thresholds', 'Contacts', [
        ['now', 'A child is in immediate danger: who do I call?', 'Call 999, then the front door. Emergency first.', []],
      ]),
    ], real.situations, real.glossary);
    // The reason: a blade found where children are is the weapons section's, however little the story shares its words.
    expect(schools.answer('lunchtime supervisor here, a knife dropped out of his coat in the dinner queue, what now', { noClarify: true }).hits[0]?.section.slug).toBe('found');
  });

  it('a parent\'s temper feared at the worker is no danger to a child now', () => {
    expect(sits("if I tell her dad about the referral for his little girl he'll kick off at me, do I have to")).not.toContain('danger-now');
    expect(sits('dad is kicking off in the hallway with the baby, right now')).toContain('danger-now');
  });

  it('a child hiding upstairs from the rows is no unknown man; a man who hides upstairs when the worker calls is', () => {
    expect(sits("my 7yo says she hides upstairs with the dog when her stepdad starts on her mum")).not.toContain('unseen-man');
    expect(sits('there is a man at the flat who hides upstairs whenever I visit, mum will not say who')).toContain('unseen-man');
  });

  it('a helper\'s remarks on the children\'s weight, with "report it or deal with it myself", is the low-level or LADO choice', () => {
    expect(sits("our gymnastics helper keeps calling the girls fat in front of the group, report it somewhere or deal with it myself?")).toContain('low-level-or-lado-asked');
  });

  it('told as what a child said about the asker, it is an allegation about the asker', () => {
    expect(sits("the designated officer is looking into something a boy in my class said about me, what happens to me")).toContain('allegation-about-me');
  });

  it('a sanction given to a worker ends the employer\'s process; a pupil\'s final warning does not', () => {
    expect(sits('the investigation into our minibus driver is done and he got a final warning, who do we let know')).toContain('employer-outcome-as-sanction');
    expect(sits('year 8 got a final warning for swearing at a teacher')).not.toContain('employer-outcome-as-sanction');
  });

  it('touching long ago, told by an adult now, is that allegation and not a worker\'s boundaries with a child today', () => {
    const read = sits('a woman of 30 says her swimming coach touched her when she was in year 7, he still teaches there');
    expect(read).toContain('non-recent-allegation');
    expect(read).not.toContain('boundaries-of-worker');
  });
});

describe('the thirty-fourth pass: a service named before the speaker\'s role, and early help roles', () => {
  it('"early help keyworker." opening the message is who speaks: no service deciding, so no disagreement', () => {
    const read = reader.read('Early help keyworker. nan wants the case shut and so do I really, is that ok');
    expect(read.classes.has('decision-maker')).toBe(false);
    expect(read.situations.map((s) => s.id)).not.toContain('professional-disagreement');
    // The same service deciding, told in the story, still is one.
    expect(sits('early help closed the case and I think that is wrong, the boy is still going hungry')).toContain('professional-disagreement');
  });

  it('an early help worker in the story is someone who works with children, and early help work too', () => {
    expect(sits('the early help worker grabbed the 6 year old by the arm on a home visit')).toContain('allegation-against-worker');
    expect(reader.read('things at home have got worse since the early help worker got involved').classes.has('early-help-work')).toBe(true);
  });
});

describe('the thirty-fourth pass, second set: three worries at once, accepting every excuse, a knife in other hands', () => {
  it('drink, a mental illness and a violent ex told in everyday words are the toxic trio', () => {
    const read = reader.read('dad is drinking again, he has stopped taking his meds for depression and the violent ex of his is back on the scene');
    expect(read.situations.map((s) => s.id)).toContain('toxic-trio');
    // A parent "back on the booze" is drink, not alcohol given to a child.
    expect(reader.read('mum is back on the booze again').classes.has('boundary-crossing')).toBe(false);
  });

  it('a family with an answer for everything, and a worker who keeps accepting it, is being asked to be curious', () => {
    expect(sits('grandparents always have an answer for everything when I ask about the bruises and I keep accepting it')).toContain('asked-to-be-curious');
  });

  it('shouting and banging through the wall with small children there is domestic abuse', () => {
    expect(sits('the tenant below says there is shouting and banging upstairs every night, a toddler lives there')).toContain('domestic-abuse');
  });

  it('the police telling school by email is the notification after an incident at home', () => {
    expect(sits('had an email from the police this morning about a domestic at a year 2 pupil\'s house')).toContain('police-notified-school');
  });

  it('children seen with a knife are the weapons situation; an adult at home with one is danger now', () => {
    expect(sits('three boys about 12 at the skate park with a knife, they ran when the warden came')).toContain('weapon-on-a-child');
    const home = sits('her stepdad had a knife out last night in front of the kids');
    expect(home).toContain('danger-now');
    expect(home).not.toContain('weapon-on-a-child');
  });

  it('"I genuinely think" is a worry held, not a disagreement; a professional who "won\'t agree with me" is one', () => {
    expect(reader.read('I genuinely think her mum will punish her if I make the referral').classes.has('disagreement')).toBe(false);
    expect(reader.read("the duty social worker won't agree with me about the risk").classes.has('disagreement')).toBe(true);
  });

  it('a worker who has been on a date with a young person from the club is in a relationship with them', () => {
    expect(reader.read('the assistant coach has been on a date with a 17 year old from the squad').classes.has('relationship')).toBe(true);
  });

  it('a staff briefing about a case is asking about its learning, not a meeting to book', () => {
    const read = reader.read('putting together a staff briefing for the team about the toddler whose fractures were missed');
    expect(read.classes.has('asks-about-learning')).toBe(true);
    expect(read.classes.has('office-request')).toBe(false);
  });
});

describe('the thirty-fifth pass: the weather for an outing, accused by what a child told, pictures going round, hate posts', () => {
  it('wind for a club outing is the weather, whatever day it falls on', () => {
    expect(reader.read('is it going to be too windy for the cubs camp on saturday').officeTalk).toBe(true);
    expect(engine.answer('is it going to be too windy for the cubs camp on saturday').confidence).not.toBe('high');
  });

  it('what a child told someone else the asker did makes the asker the one accused', () => {
    // "Told his teacher I grabbed him" names the asker as the doer, with words between.
    expect(sits('the boy we foster told his teacher I grabbed him by the collar, social care are involved now')).toContain('allegation-about-me');
    expect(readAsks('my placement told school I slapped her, what happens from here') & ASK.whatNext).toBeTruthy();
    // Not when someone else is said to have done it.
    expect(sits('the girl told her teacher her uncle grabbed her by the arm')).not.toContain('allegation-about-me');
  });

  it('a picture of a pupil half-dressed going round a year group is the nudes situation; a worker with one is not', () => {
    expect(sits('a photo of a year 9 boy in his underwear is doing the rounds in his year group')).toContain('nude-image-shared');
    expect(sits('the PE teacher has pics of a girl from the team with her top off on his phone')).not.toContain('nude-image-shared');
  });

  it('where a baby ends up sleeping at night is safer sleep', () => {
    expect(sits('dad says the 3 month old ends up on the sofa with him most nights')).toContain('unsafe-sleep');
  });

  it('a referral told as a verb with the child named, and silence since, is chasing it up', () => {
    expect(sits('referred a 4 year old on Monday about the state of the house and have heard nothing since')).toContain('no-news-after-referral');
  });

  it('hate posts and talk of attacking a place of worship are radicalisation', () => {
    expect(sits('a year 10 lad keeps sharing racist memes and says someone should attack the synagogue')).toContain('radicalisation');
  });

  it('designer goods nobody can explain are a sign of either kind of exploitation; being found far from home is criminal', () => {
    expect(reader.read('shes 15 and has designer gear she cant explain').classes.has('exploitation-sign')).toBe(true);
    expect(reader.read('shes 15 and has designer gear she cant explain').classes.has('criminal-exploitation-sign')).toBe(false);
    expect(sits('a 14 year old from our estate keeps being picked up by police in another city on school days')).toContain('criminal-exploitation');
  });

  it('a decision others have "got wrong" is a challenge to it', () => {
    expect(readAsks('the front door closed it and I think they have got this wrong') & ASK.challenge).toBeTruthy();
    expect(reader.read("social care are stepping down and I think they've got this wrong").classes.has('disagreement')).toBe(true);
  });

  it('going to ask the accused what happened is looking into it first; "shud" is "should"', () => {
    expect(sits('a parent says the tutor flicked her son on the ear, do I ask the tutor what happened first')).toContain('investigating-first');
    expect(readAsks('shud i tell the head') & ASK.mayWe).toBeTruthy();
  });

  it('"who am I meant to pass this to" asks who tells; "am I meant to report her or is that over the top" asks whether', () => {
    expect(readAsks('a lad mentioned the drama teacher messages him late at night, who am I meant to pass this to') & ASK.whoTells).toBeTruthy();
    expect(readAsks('saw a room leader yank a toddler by the wrist, am I meant to report her or is that over the top') & ASK.whether).toBeTruthy();
    // Reporting it to someone in particular is who, not whether.
    expect(readAsks('am I meant to report it to the head') & ASK.whether).toBe(0);
    // "Too much" said of what a parent does is the story, not a question.
    expect(readAsks('dad drinks too much') & ASK.whether).toBe(0);
    expect(readAsks('the coach shouted at a 9 year old, should I report it or is that a bit much') & ASK.whether).toBeTruthy();
  });

  it('"referred me" and "complained that I" make the asker the one accused', () => {
    expect(sits('a dad complained that I was rough with his son at swimming and the manager has referred me, what happens now')).toContain('allegation-about-me');
  });

  it('an "auntie" who is no relative, or a friend\'s family for weeks, is private fostering', () => {
    expect(sits("a 9 year old is living with a lady she calls auntie who isn't actually related while mum works abroad")).toContain('private-fostering');
    expect(sits("a 13 year old has been staying with his best mate's family for six weeks since falling out with his dad")).toContain('private-fostering');
  });

  it('a man at the home nobody has met, with only ever mum seen, is the unseen man', () => {
    expect(sits("we only ever deal with mum and have never met the boyfriend, though there's a toddler at home")).toContain('unseen-man');
  });

  it('a marriage being sorted for a young person who does not want it is forced marriage', () => {
    expect(sits("a 17 year old says her parents are arranging a marriage for her next year and she doesn't want to get married")).toContain('forced-marriage');
  });

  it('a staff briefing on what the audits found is about the audits, not a meeting to book', () => {
    const read = reader.read('putting together a staff briefing on what the joint case audits found');
    expect(read.officeTalk).toBe(false);
  });

  it('once it has gone to the designated officer, "what happens from here?" is not answered by when to tell them', () => {
    // The section on telling them shares more of the story's words; told as passed on, it comes after the one on what next.
    const engineFor = madeUpEngine([
      madeUpDoc('shire-officer', 'lado', 'Allegations about people who work with children', [
        ['when', 'When should I tell the designated officer about an allegation?', 'Tell the designated officer when someone who works with children, a foster carer or a volunteer, may have pushed, hit or harmed a child, as a child told a teacher.', []],
        ['next', 'What happens next after a referral to the designated officer?', 'The designated officer looks at the allegation about the worker or foster carer and decides with the employer what happens next.', []],
      ]),
    ], real.situations, real.glossary);
    const firstOf = (q: string) => engineFor.answer(q, { noClarify: true }).hits[0]?.section.slug;
    expect(readIntent("our support worker says it's gone to the designated officer, what happens from here").afterReporting).toBe(true);
    expect(firstOf('my foster son told school I pushed him and it has gone to the designated officer, where do we go from here')).toBe('next');
    // Not yet passed on, the same ask is no reason to put the section on telling them later.
    expect(readIntent('a foster carer pushed a boy, what happens next').afterReporting).toBe(false);
  });

  it('"what\'s next for me" asks what comes next', () => {
    expect(readAsks("the head has referred me to the designated officer, what's next for me") & ASK.whatNext).toBeTruthy();
  });

  it('a child brought here and made to work, told as it was found, is trafficking', () => {
    expect(sits('found a 15 year old girl sleeping in the storeroom of a takeaway, she says she owes them for getting her here')).toContain('trafficking');
    // A child with a Saturday job is not.
    expect(sits('a 15 year old in my tutor group works saturdays at the bakery')).not.toContain('trafficking');
  });

  it('an illness a parent describes that tests and staff never see is fabricated or induced illness', () => {
    expect(sits('dad says his 6 year old faints every day but nobody on the ward has ever witnessed one and the scans are normal')).toContain('fabricated-illness');
  });

  it('naps on the sofa, and a blanket or cushion around a young baby, are safer sleep', () => {
    expect(sits('a new mum says her 5 week old naps on the sofa propped up with a cushion')).toContain('unsafe-sleep');
  });

  it('a count of tablets taken is self-harm', () => {
    expect(sits('a 14 year old was admitted last night after taking 30 paracetamol')).toContain('self-harm');
    // A packet of something else is not.
    expect(sits('he ate a whole packet of biscuits at lunch and was sick')).not.toContain('self-harm');
  });

  it('a man at the railings asking children their names is a stranger near children', () => {
    expect(sits('a man keeps hanging round the railings at break asking kids their names')).toContain('stranger-near-children');
  });

  it('the tasks a young carer does, said as they are, are a caring role', () => {
    expect(reader.read('she sorts her mums tablets every morning and gets her little brothers ready for school').classes.has('caring-role')).toBe(true);
  });

  it('adults fighting in the kitchen with the children in the house is domestic abuse', () => {
    expect(reader.read('police came out because mum and her brother were fighting in the kitchen, the kids were in bed').classes.has('domestic-abuse-sign')).toBe(true);
  });

  it("a man's things in the hall of a mother who says she lives alone is the unseen man", () => {
    expect(sits("mum swears it's just her and the baby but there are a man's boots and a coat in the hall every visit")).toContain('unseen-man');
  });

  it('"went willingly" read into what men did to a child is blaming the child; "molested" is sexual harm', () => {
    expect(reader.read("the report says the 13 year old went willingly with the men to the flat").classes.has('victim-blaming')).toBe(true);
    expect(reader.read('she says a scout leader molested her when she was 10').classes.has('sexual-harm')).toBe(true);
  });

  it('wraps found on a boy are criminal exploitation; cash he comes back with is a sign of either kind', () => {
    expect(sits('police found a 15 year old with wraps and cash in a flat two towns away')).toContain('criminal-exploitation');
    expect(reader.read('she goes off for days and comes back with cash').classes.has('criminal-exploitation-sign')).toBe(false);
    expect(reader.read('she goes off for days and comes back with cash').classes.has('exploitation-sign')).toBe(true);
  });

  it('"bad enough" and "serious enough" are everyday words: the weather or a cold is not a question of threshold', () => {
    for (const q of ['is the fog bad enough to cancel the year 6 trip', 'is my sore throat serious enough to stay off work']) {
      expect(reader.read(q).inDomain).toBe(false);
      expect(engine.answer(q).confidence).not.toBe('high');
    }
    // Snow as a reason to close is the weather; a child left out in it is not.
    expect(reader.read('is the nursery shut tomorrow because of the snow').officeTalk).toBe(true);
    expect(reader.read('a 2 year old was left outside in the snow in a vest').officeTalk).toBe(false);
    // Numbered levels set against each other are the threshold's own talk, "lvl" or not.
    expect(reader.read('would you say level 3 or 4 for this family').classes.has('levels-compared')).toBe(true);
    expect(engine.answer('lvl 3 vs lvl 4 for a family like this?').situations).toContain('which-level');
  });

  it('staff said by their setting, or a leader of another group, are people who work with children', () => {
    for (const q of ['one of our preschool staff pinched a toddler', 'one of their leaders shoved a boy at the church hall', 'the youth engagement worker grabbed a 13 year old']) {
      expect(reader.read(q).classes.has('works-with-children')).toBe(true);
      expect(sits(q)).toContain('allegation-against-worker');
    }
  });

  it('marshals and stewards work with children; the online form named with its service is the referral form', () => {
    expect(reader.read('one of the session marshals yanked a 10 year old off the trampoline').classes.has('works-with-children')).toBe(true);
    expect(reader.read('my laptop crashed halfway through the online CSC referral').classes.has('referral-form-named')).toBe(true);
    expect(reader.read('my laptop crashed halfway through the online CSC referral').officeTalk).toBe(false);
  });

  it('"our LADO or theirs?" asks which body; "where do I go from here?" asks what comes next', () => {
    expect(readAsks('the coach works in another borough, do I go to our LADO or theirs') & ASK.whichBody).toBeTruthy();
    expect(readAsks('my DSL will not refer it, where do I go from here') & ASK.whatNext).toBeTruthy();
  });

  it('a decision on a referral disputed outright is escalation, whatever the referral was about', () => {
    const q = "we referred a 14 year old being picked up by older men in cars, the front door came back NFA and I really don't agree";
    expect(sits(q)).toContain('decision-disputed');
    expect(sits(q)).not.toContain('sexual-exploitation');
    expect(first(q)).toBe('fixtureshire-disagreements#i-disagree-with-another-agencys-decision-about-a-child');
  });

  it('"is that alright?" asks permission; "how should I tackle this with her?" asks what to do; written accounts first is looking into it first', () => {
    expect(readAsks('the manager wants to wait until Monday, is that alright?') & ASK.mayWe).toBeTruthy();
    expect(readAsks('mum leaves the baby in the bath seat, how should I tackle this with her') & ASK.whatToDo).toBeTruthy();
    expect(sits('a parent complained about our swimming teacher and the manager wants written accounts off the staff first before we tell anyone')).toContain('investigating-first');
  });

  it('a party to plan and a teenager\'s first job are not safeguarding questions', () => {
    for (const q of ['any ideas for a christmas party for the kids at our after school club', 'can a 14 year old do a paper round before school']) {
      expect(reader.read(q).officeTalk).toBe(true);
      expect(engine.answer(q).confidence).not.toBe('high');
    }
  });

  it('booking training is office talk; what training the procedures expect is not', () => {
    expect(reader.read("when's the next safeguarding training, can I book a place on the course").officeTalk).toBe(true);
    expect(reader.read('what managing allegations training do the procedures expect of our staff').officeTalk).toBe(false);
  });

  it('"what does that involve?" asks what the thing just named is', () => {
    expect(readAsks("we've been told it's going to a rapid review, what does that involve") & ASK.whatIs).toBeTruthy();
    expect(readAsks('what does a strategy discussion actually involve') & ASK.whatIs).toBeTruthy();
  });
});

describe('the thirty-sixth pass: the school bus, knuckles rapped, a fact-find first, a conference decision, the dads as the topic', () => {
  it('knuckles rapped with a ruler is physical harm; a fact-find first is looking into it before telling anyone', () => {
    const read = reader.read('the cover teacher rapped a boy on the knuckles with a ruler and the deputy wants a quick fact find first');
    expect(read.classes.has('physical-harm')).toBe(true);
    expect(read.classes.has('looking-into-it-first')).toBe(true);
  });

  it('"conference on monday went for CIN, nothing has changed" disputes the decision; a talk at a conference is no CP conference', () => {
    const found = sits('the conference on monday went for child in need and i think they got it wrong, nothing has changed at home');
    expect(found).toContain('conference-decision-disputed');
    expect(found).not.toContain('plan-going-nowhere');
    expect(reader.read('a speaker at a conference said referrals have gone up').classes.has('conference-named')).toBe(false);
  });

  it('an adult who "moved in with" a family is no child living away from home', () => {
    expect(reader.read('her brother has moved in with a woman who has two young children').classes.has('living-away')).toBe(false);
  });

  it('a referral made at the weekend with nothing heard since: whether anyone has seen it, beside the no-news reading', () => {
    expect(sits('put the online form in friday night about a toddler and nobody has rung back')).toContain('referral-made-out-of-hours');
  });

  it('where LADO referrals come from, counted, is who refers; an allegation that came from a parent is no such count', () => {
    expect(sits('for the board, how many allegations to the LADO came from health compared with schools')).toContain('lado-referrers-asked');
    expect(sits('do nurseries hardly ever refer allegations to the LADO')).toContain('lado-referrers-asked');
    expect(sits('the allegation came from an anonymous call, do we have to take it seriously')).not.toContain('lado-referrers-asked');
  });

  it('a death where neglect or harm was feared is a serious incident for a rapid review; a sudden death alone is a child death review', () => {
    const feared = sits('a 2 year old we know died at the weekend and there were worries about neglect at home, will there be a review');
    expect(feared).toContain('death-where-harm-was-feared');
    expect(feared).not.toContain('child-death');
    expect(sits('a 7 week old died suddenly in his cot, what review happens now')).toContain('child-death');
  });

  it('an agreed reference suggested on an allegation is the allegation\'s process, not office talk', () => {
    const read = reader.read('the LADO case on our cook is still open, she has resigned and the union rep wants an agreed reference, can we do that');
    expect(read.classes.has('accused-union-rep')).toBe(true);
    expect(read.officeTalk).toBe(false);
  });

  it('no clarifying question when who did it is already said: a parent\'s partner, a foster carer, an adult harmed', () => {
    expect(reader.read("mum says her boyfriend has been hitting the kids").clarify).toBeUndefined();
    expect(reader.read('one of our foster carers slapped his own nephew at a party').clarify).toBeUndefined();
    expect(reader.read('her brother takes all her benefits and locks her in her room, she is 20').classes.has('adult-abuse-sign')).toBe(true);
    // Nobody named: still asked.
    expect(reader.read('a 6 year old came in with a slap mark on his face').clarify).toBeDefined();
  });

  it('"our school dropped the ball" and "kicked it up a level" are work idioms, not harm to a child', () => {
    expect(reader.read('will it get back to the head that our school dropped the ball').classes.has('physical-harm')).toBe(false);
    const escalated = reader.read("how long should their manager take to reply once we've kicked it up a level");
    expect(escalated.classes.has('physical-harm')).toBe(false);
    expect(escalated.inDomain).toBe(true);
  });

  it('a disagreement is safeguarding talk; one about marking, a menu, a budget or a team picked is school business', () => {
    expect(reader.read("how long do they get to reply once I've said I disagree with their decision").inDomain).toBe(true);
    expect(reader.read('year 4 parents are unhappy with the exam marking, can they challenge the marking').officeTalk).toBe(true);
    expect(reader.read("staff don't agree about the new lunch menu for the kids").officeTalk).toBe(true);
    expect(reader.read("a dad is not happy his son wasn't picked for the team").officeTalk).toBe(true);
    // "The marks" on a child are no marking.
    expect(reader.read('mum always has an excuse for the marks on his arms').classes.has('school-admin')).toBe(false);
  });

  it('a plaster for a graze is no drink, a ball kicked over the fence no harm, "which room is the training in" a room', () => {
    expect(reader.read('can I put a plaster on a 6 year old who grazed her knee').classes.has('under-the-influence')).toBe(false);
    expect(reader.read('the kids keep kicking the ball over the fence at break').classes.has('physical-harm')).toBe(false);
    expect(reader.read('which room is the child protection training in on friday').officeTalk).toBe(true);
    expect(reader.read('any icebreaker ideas for my new year 9 tutor group').officeTalk).toBe(true);
    // A family's budget is no school's, and a knock at the door no blow.
    expect(reader.read('mum is struggling with the budget since dad left and the kids seem hungry').officeTalk).toBe(false);
    expect(reader.read('the police rapped on the door at 6am').classes.has('physical-harm')).toBe(false);
  });

  it('the men around a child as the topic of a team session is the unseen-men sign', () => {
    expect(reader.read('planning a team session on engaging fathers and male carers').classes.has('unseen-man-sign')).toBe(true);
  });

  it('the school bus is a place, not someone who works with children; its driver is', () => {
    expect(reader.read('she gets picked up by the school bus every morning').classes.has('works-with-children')).toBe(false);
    expect(reader.read('the driver on a school bus grabbed a year 3 by the arm').classes.has('works-with-children')).toBe(true);
  });
});

describe('the thirty-seventh pass: notice handed in, a secret kept, a parent\'s no, a review meeting, several agencies', () => {
  it('the one referred to the designated officer handing in their notice is a worker resigning, whoever the words call them', () => {
    expect(sits('the man we referred to the LADO has quit the club, does that end it')).toContain('worker-resigns');
    // A child who left a school is no worker resigning.
    expect(sits('the boy moved schools last term and we are worried about him')).not.toContain('worker-resigns');
  });

  it('"I said I wouldn\'t" after a child told is a secret asked for', () => {
    expect(sits("a year 5 girl told me her brother hurts her and made me say I wouldn't, I said I wouldn't")).toContain('secret-asked');
  });

  it('a case closed "saying no further action" is the decision, not a family saying no', () => {
    const read = reader.read("the front door shut the case saying no further action, we think that's wrong");
    expect(read.classes.has('refuses-consent')).toBe(false);
    expect(read.situations.map((s) => s.id)).not.toContain('consent-refused');
  });

  it('a parent who will not let the practitioner speak to others is refusing consent; a manager who will not let them is holding back', () => {
    const parent = sits("mum won't let me share the bruise photos with social care, can I go ahead");
    expect(parent).toContain('consent-refused');
    expect(parent).not.toContain('professional-disagreement');
    expect(reader.read("my manager won't let me ring the front door about the bruise").classes.has('held-back')).toBe(true);
  });

  it('"the driver" who grabbed a child is someone who works with children', () => {
    expect(reader.read('the driver pushed a girl off the minibus step').classes.has('works-with-children')).toBe(true);
  });

  it('an "OE" that arrives from the police is an Operation Encompass notification; the letters alone are not', () => {
    expect(sits('OE call came in about two siblings, who needs to see it')).toContain('police-notified-school');
    expect(reader.read('OE').classes.size).toBe(0);
  });

  it('self-harm with a plea not to tell a parent asks whether the parents are told', () => {
    const pleaded = sits("a year 10 boy has been cutting his arms and doesn't want his mum to know");
    expect(pleaded).toContain('self-harm-parents-not-told');
    expect(pleaded).not.toContain('self-harm');
    expect(sits('a year 10 boy has been cutting his arms, what now')).toContain('self-harm');
  });

  it('an under-16 asking for contraception with a plea not to tell mum asks whether the parents must know', () => {
    expect(sits("a 15 year old wants the implant fitted and doesn't want her mum to know")).toContain('under-16-parents-not-told');
  });

  it('a child in need review meeting is no case review', () => {
    expect(reader.read('at each review meeting the plan is the same and dad is still drinking').classes.has('asks-about-learning')).toBe(false);
  });

  it('a disagreement their managers have "been involved" in is past the managers', () => {
    expect(sits("the HV and I have argued about this family for a month, both our managers have been involved and we still can't agree")).toContain('disagreement-past-the-managers');
  });

  it('a child compared with other children is no count asked for', () => {
    expect(reader.read('is she behind compared with other children her age').classes.has('figures-asked')).toBe(false);
    expect(reader.read('how many referrals did we make compared to last year').classes.has('figures-asked')).toBe(true);
  });

  it('"early years SENCO." opening the message is who is speaking, not a worker in the story', () => {
    expect(reader.read('early years SENCO. a 2 year old keeps biting the others').classes.has('works-with-children')).toBe(false);
  });

  it('a family pulling out of early help while the neglect goes on: the withdrawal is the question, not the signs', () => {
    const found = sits("gran has pulled out of early help and won't answer the door, the kids still come to school dirty and hungry");
    expect(found).toContain('help-withdrawn');
    expect(found).not.toContain('signs-of-neglect');
    expect(sits('the kids still come in hungry and unwashed most days')).toContain('signs-of-neglect');
  });

  it('"I\'m the family\'s early help practitioner" is who is speaking, so domestic abuse told is still domestic abuse', () => {
    const read = reader.read("mum says her partner controls the money and hits her. I'm the family's early help practitioner, who do I ring");
    expect(read.classes.has('early-help-work')).toBe(false);
    expect(read.classes.has('works-with-children')).toBe(false);
    expect(read.situations.map((s) => s.id)).toContain('domestic-abuse');
  });

  it('a rota or pay rise that "kicks in from monday" is something starting, not a kick', () => {
    expect(reader.read('the new TA rota kicks in from monday').classes.has('physical-harm')).toBe(false);
    expect(reader.read('the TA kicked him in the leg').classes.has('physical-harm')).toBe(true);
  });

  it('a child who told of harm at home and asked for a secret: the secret is the question, not the harm at home', () => {
    const found = sits('a 10 year old said her uncle smacks her and made me swear not to say anything');
    expect(found).toContain('secret-asked');
    expect(found).not.toContain('harm-at-home');
  });

  it('a case closed with nothing changed is the closure disputed, not a plan going nowhere', () => {
    const closed = sits("social care closed it after one visit and nothing has changed for the kids, I'm not happy");
    expect(closed).toContain('professional-disagreement');
    expect(closed).not.toContain('plan-going-nowhere');
    expect(sits('the child in need plan isn\'t happening and nothing has changed in six months')).toContain('plan-going-nowhere');
  });

  it('whom allegations to the designated officer were about, by job, is the staff groups; who sends them is who refers', () => {
    expect(sits('were many LADO referrals last year about childminders')).toContain('lado-staff-groups-asked');
    expect(sits('which agencies send the LADO the most referrals')).not.toContain('lado-staff-groups-asked');
    // One worker's allegation is no count of groups.
    expect(sits('an allegation about our teachers slapping a boy has gone to the LADO')).not.toContain('lado-staff-groups-asked');
  });

  it('fear shown by a child who cannot tell us is a possible harm to a disabled child', () => {
    expect(sits('non-verbal 4 year old goes rigid and flinches whenever one adult takes him to the toilet')).toContain('harm-to-a-disabled-child');
    // Without the disability, flinching alone makes no such situation.
    expect(sits('a 4 year old flinches when you raise your voice')).not.toContain('harm-to-a-disabled-child');
  });

  it('needing several agencies, with a level asked, is the coordinated level; one agency is the level alone', () => {
    expect(sits('dad has lost his job, mum is depressed, the toddler is behind, feels like several agencies are needed, what level')).toContain('which-level-coordinated');
    expect(sits('dad has lost his job and the toddler is a bit behind, what level is that')).not.toContain('which-level-coordinated');
  });
});

describe('the thirty-eighth pass: the speaker at work, a leader who is also the safeguarding officer, a family telling us to go', () => {
  it('a role\'s work said first, with no one doing it, is what the speaker was doing', () => {
    // "Coaching" is the asker at work; the grown man messaging her is the worry, not a worker crossing lines.
    const read = reader.read('coaching the under 14s tonight and one of the girls showed me texts from a grown man who keeps buying her vapes');
    expect(read.classes.has('works-with-children')).toBe(false);
    expect(read.situations.map((s) => s.id)).not.toContain('boundaries-of-worker');
    // Said with a doer, it is still a worker in the story.
    expect(reader.read('the teacher is messaging a year 10 girl on her phone late at night').situations.map((s) => s.id)).toContain('boundaries-of-worker');
  });

  it('the one a child tells of, who is also the club\'s welfare officer, is the person worries would go to', () => {
    const found = sits('the chairman, who is also our welfare officer, shoved two of the under 9s off the bench');
    expect(found).toContain('allegation-about-a-leader');
  });

  it('another agency refusing to tell the practitioner anything without a parent\'s agreement is consent refused, not a written agreement', () => {
    const found = sits("the GP practice won't tell me anything about the toddler without dad agreeing first");
    expect(found).toContain('consent-refused');
  });

  it('a parent who does not want the practitioner talking to the school is refusing consent', () => {
    expect(sits("grandad has asked me not to talk to the nursery about the boy's weight loss, can I still")).toContain('consent-refused');
  });

  it('a family telling early help to go and shut the case has withdrawn from help', () => {
    expect(sits('dad says he wants nothing more to do with us and no more meetings, the baby is still underweight')).toContain('help-withdrawn');
    // Fearing they will stop engaging, while asking whether they must agree, is consent.
    const asked = sits('I worry the family will stop engaging if I pass this on, do they have to agree first');
    expect(asked).toContain('asking-consent');
    expect(asked).not.toContain('help-withdrawn');
  });

  it('a baby who has died with injuries is a death to notify, not a bruise to refer; reporting it nationally is the panel', () => {
    const died = sits('a 7 month old we support died at home on sunday and the post mortem found old fractures');
    expect(died).not.toContain('injury-to-a-baby');
    expect(died).toContain('death-where-harm-was-feared');
    expect(sits('a toddler known to us died with unexplained injuries, who notifies the national panel')).toContain('notifying-the-national-panel');
  });

  it('a child who "doesn\'t talk" with a bruise is harm to a child who cannot tell', () => {
    expect(sits("she's 10, doesn't talk at all, and her carer found a burn on her back")).toContain('harm-to-a-disabled-child');
  });

  it('how common allegations about a staff group are asks the staff groups; how to deal with them asks the procedure', () => {
    expect(sits('how common are allegations against youth workers compared with teachers')).toContain('lado-staff-groups-asked');
    expect(sits('how do we deal with allegations against childminders')).not.toContain('lado-staff-groups-asked');
  });

  it('a worker\'s sarcasm or name-calling, asked "LADO or do we keep it in house?", is the low-level or LADO choice', () => {
    expect(sits("a supply teacher mocked a boy's stammer in front of the class, LADO or do we manage it in house")).toContain('low-level-or-lado-asked');
  });

  it('whether the designated officer needs to know is not answered by a heading only on how quickly to tell them', () => {
    // Without the ask, the section on how quickly is just ahead of the one on when (it has "shoved" too).
    const engineFor = madeUpEngine([
      madeUpDoc('shire-officer', 'lado', 'Allegations about people who work with children', [
        ['quickly', 'How quickly must I tell the designated officer?', 'Within one working day of an allegation that a worker shoved a child.', []],
        ['when', 'When should I tell the designated officer?', 'Tell the designated officer when a worker may have harmed a child.', []],
      ]),
    ], real.situations, real.glossary);
    const firstOf = (q: string) => engineFor.answer(q, { noClarify: true }).hits[0]?.section.slug;
    expect(firstOf('the groundsman shoved a girl into the fence, no marks on her, does the designated officer need to know?')).toBe('when');
    expect(firstOf('the groundsman shoved a girl into the fence, how quickly must the designated officer know?')).toBe('quickly');
  });

  it('a time limit asked ("how long have we got?") is not answered by how long an allegation lasts, nor the other way round', () => {
    // The section on how long it lasts, in another document, shares more of the story's words; only the ask tells them apart.
    const engineFor = madeUpEngine([
      madeUpDoc('shire-telling', 'lado', 'Telling the designated officer', [
        ['limit', 'How long have I got to pass an allegation on?', 'Within one working day.', []],
        ['what', 'What should I tell the designated officer?', 'What was seen or said, by whom, and when.', []],
      ]),
      madeUpDoc('shire-after', 'lado', 'After a referral', [
        ['length', 'How long does an allegation last?', 'An allegation about a driver who grabbed a child can last months.', []],
        ['meeting', 'What is a strategy meeting?', 'A meeting of the agencies involved.', []],
      ]),
    ], real.situations, real.glossary);
    const firstOf = (q: string) => engineFor.answer(q, { noClarify: true }).hits[0]?.section.slug;
    expect(firstOf('the minibus driver grabbed a girl, how long have we got?')).toBe('limit');
    expect(firstOf('the minibus driver grabbed a girl and it went in last week, how long will it go on for?')).toBe('length');
  });

  it('whether to tell mum a referral is going in is telling the family first, not asking their leave', () => {
    const found = sits('should I warn the parents before I ring the front door about the burns');
    expect(found).toContain('telling-the-family-first');
    expect(found).not.toContain('asking-consent');
    expect(sits('do I need mum\'s consent before I refer about the bruises')).toContain('asking-consent');
  });

  it('a girl taken abroad "to wed" is a forced marriage, and whether to speak to the family first is that situation\'s question, not consent', () => {
    const found = sits('a sixth former says her family are arranging a nikah for her this summer with someone she has not met, should I speak to the parents first');
    expect(found).toContain('forced-marriage');
    expect(found).not.toContain('asking-consent');
  });

  it('who can be got hold of with the council offices shut asks the out-of-hours route', () => {
    expect(sits("it's sunday evening and a boy at the leisure centre won't go home, who can I reach")).toContain('out-of-hours');
    expect(sits("gone 9 on a saturday, which social work team covers a 12 year old who's run from home")).toContain('out-of-hours');
  });

  it('a committee chair the asker would normally report to, said to have grabbed children, is an allegation about a leader', () => {
    expect(sits("the chair of trustees pushed a child at the food bank and she is who I'd normally report to")).toContain('allegation-about-a-leader');
    // A chair that is furniture is no one.
    expect(reader.read('a boy threw a chair across the classroom').classes.has('senior-leader')).toBe(false);
  });

  it('asked from the police side whether the children\'s primary school hears of a domestic, Operation Encompass', () => {
    expect(sits("we were called to a domestic at a 6 year old's home, he hit her in front of the boy, will anyone tell the primary school")).toContain('police-notified-school');
  });

  it('a death told as the reason a review is talked of: the review is the question, not what happens after any death', () => {
    const found = sits('a teenager on my caseload died at home in the spring and I think we all missed things, will it be looked at as a review');
    expect(found).toContain('asking-for-a-review');
    expect(found).not.toContain('child-death');
    expect(sits('a teenager on my caseload died at home in the spring, what happens now')).toContain('child-death');
  });

  it('a multi-agency audit named as the subject is about the audits; children living in a flat is no private fostering', () => {
    expect(sits('what is the partnership audit programme for and who takes part')).toContain('audits-asked-about');
    expect(sits('the family are living in a flat above the shop with no cooker, who do I tell')).not.toContain('private-fostering');
    expect(sits('she has been living at her mate\'s flat for a month, mum moved away')).toContain('private-fostering');
  });
});
