// Immediate danger recognised from the situation, however it is told: the labelled corpus holds the line
// (recall >= 98 %, false alarms <= 3 %), and negation, the past and procedure questions don't raise the alarm.
// The held-aside part of the corpus is not read here: `npm run danger:report -- --held-aside` reports it.
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../bot/knowledge/load.ts';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dangerCorpus, dangerSet, scoreCorpus } from '../scripts/danger-corpus.ts';

const wigan = loadKnowledge('knowledge', 'wigan').immediateDanger;
const flags = (text: string) => wigan.assess(text).immediateDanger;

describe('the labelled corpus (main part)', () => {
  const files = dangerCorpus('main');

  it('has at least 80 emergencies and 200 ordinary questions of our own', () => {
    const own = (name: string) => files.find((f) => f.name === name)!.questions.length;
    const aside = dangerCorpus('held-aside');
    expect(own('emergencies.jsonl') + aside[0].questions.length).toBeGreaterThanOrEqual(80);
    expect(own('ordinary.jsonl')).toBeGreaterThanOrEqual(200);
  });

  it('recognises at least 98 % of the emergencies', () => {
    const s = scoreCorpus(files.find((f) => f.label === 'emergency')!, wigan);
    expect(s.percent, `missed: ${s.wrong.map((w) => w.q).join(' | ')}`).toBeGreaterThanOrEqual(98);
  });

  it('raises a false alarm on at most 3 % of ordinary questions (ours and the shared sets)', () => {
    const ordinary = files.filter((f) => f.label === 'ordinary');
    const scores = ordinary.map((f) => scoreCorpus(f, wigan));
    const n = scores.reduce((a, s) => a + s.n, 0);
    const alarms = scores.flatMap((s) => s.wrong.map((w) => w.q));
    expect(n).toBeGreaterThanOrEqual(200);
    expect((100 * alarms.length) / n, `false alarms: ${alarms.join(' | ')}`).toBeLessThanOrEqual(3);
  });

  it('reads Wirral with the same national words', () => {
    const wirral = loadKnowledge('knowledge', 'wirral').immediateDanger;
    const s = scoreCorpus(files.find((f) => f.label === 'emergency')!, wirral);
    expect(s.percent).toBeGreaterThanOrEqual(98);
  });
});

describe('negation and the past', () => {
  it.each([
    ['no immediate risk to the child, but I am worried about neglect', 'a child is at immediate risk'],
    ['she is not in danger at the moment, dad has moved out', 'she is in danger at the moment'],
    ["he isn't scared to go home, I just have a feeling", 'he is scared to go home'],
    ['the toddler was left alone in the car last year', 'the toddler was left alone in the car'],
    ['mum took an overdose years ago and is well now', 'mum has taken an overdose and the baby is with her'],
    ['historical allegation that a coach grabbed a boy', 'a man has just grabbed a boy at the gate'],
    ['dad was drunk at pick-up last term', 'dad is drunk at pick-up'],
  ])('"%s" is not an emergency; "%s" is', (calm, danger) => {
    expect(flags(calm)).toBe(false);
    expect(flags(danger)).toBe(true);
  });

  it.each([
    'in training we discussed when to call 999 if a child is in immediate danger',
    'what is the policy on children left home alone',
    'what counts as immediate danger?',
    'what does "imminent risk" mean in the threshold document',
    'she went missing regularly as a teenager, what was the learning from the review',
  ])('a question about procedure or training is not an emergency: "%s"', (text) => {
    expect(flags(text)).toBe(false);
  });

  it('a policy question that also says it is happening right now is one', () => {
    expect(flags('what is the policy on knives? a boy has a knife in his bag right now')).toBe(true);
  });

  it('still the same child: "since last night" is not the past', () => {
    expect(flags('year 3 girl missing since last night')).toBe(true);
    expect(flags('year 3 girl missing last year, found safe')).toBe(false);
  });

  it('an age is not the past: "born last week"', () => {
    expect(flags('baby born last week is not breathing right')).toBe(true);
    expect(flags('baby stopped breathing last week and was fine after')).toBe(false);
  });

  it('a phrase that is negative itself is not cancelled by a "no" before it', () => {
    expect(flags('no hes not breathing')).toBe(true);
    expect(flags('there is no adult with the baby')).toBe(true);
  });

  it('"now" in the clause outweighs a habit: a punishment happening now is not a pattern from before', () => {
    expect(flags('kid locked in the cellar as a punishment now')).toBe(true);
    expect(flags('kid locked in the cellar as a punishment, mum said when asked about it in 2019')).toBe(false);
  });

  it('an old injury does not cancel the bleeding now: "an hour ago" is not the past', () => {
    expect(flags('it happened an hour ago and shes still bleeding')).toBe(true);
    expect(flags('she cut her arm months ago, it bled a lot')).toBe(false);
  });

  it('how the child was before is no reassurance: "was fine when I saw her" and now the carer is out cold', () => {
    expect(flags('dad is out cold on the kitchen floor, toddler was fine when i left at 2 but is alone with him')).toBe(true);
    expect(flags('toddler fell off the slide at nursery, she was fine and mum has been told')).toBe(false);
  });

  it('a worker still in the room with the child is now, whatever the question asks ("is this a LADO thing?")', () => {
    expect(flags('I walked in on a colleague hitting a year 1 boy and he is still in there with him, is this a LADO thing?')).toBe(true);
    expect(flags('a colleague hit a year 1 boy last week, is this a LADO thing?')).toBe(false);
  });

  it('"not in danger right now" says when it is not; "home now and safe" is over', () => {
    // Read with "right now", the policy question would not count as asking; "not in danger right now" is no "right now".
    expect(flags('she is not in danger right now, an older man keeps messaging her on snapchat, what is our policy on that?')).toBe(false);
    expect(flags('the 13 year old who ran off last night is home now and safe, who does the paperwork?')).toBe(false);
    // Still missing, asked about the interview for when she is back: the banner stays.
    expect(flags('our 13 year old is still missing since yesterday, who does the return home interview when she is back?')).toBe(true);
  });

  it('"somewhere no one will ever find them" is a threat now; fits that no one has ever seen are a question', () => {
    expect(flags('dad just messaged saying he is taking the twins somewhere no one will ever find them, not answering now')).toBe(true);
    expect(flags('dad describes fits in his 4 year old that no nurse has ever seen and wants more scans, could it be fabricated illness')).toBe(false);
  });

  it('learning from a reviewed case ("after that case with the baby in the bath seat") is no emergency now', () => {
    expect(flags('after that case with the baby who slipped under in the bath, what do we tell new parents now')).toBe(false);
  });

  it('a child swept out to sea is an emergency; a parent who has pulled out of early help is not', () => {
    expect(flags('year 4 on a body board has been swept out to sea, we cannot get to him')).toBe(true);
    expect(flags('dad has pulled out of the child in need plan and says he wants us all gone, do we close it?')).toBe(false);
  });

  it('a child dragged out of a lesson by staff is an allegation; dragged out of the playground, by anyone, is not', () => {
    expect(flags('our TA dragged a year 4 girl out of the classroom by her jumper, her arm is red')).toBe(false);
    expect(flags('a man has just dragged a girl out of the playground')).toBe(true);
  });

  it("a mother's black eye from last night is domestic abuse to refer, unless the violence is still going on", () => {
    expect(flags('mum came into nursery with a black eye, says her partner did it last night in front of the kids, who do I contact')).toBe(false);
    expect(flags('mum has a black eye and he is still in the house hitting her, the kids are upstairs')).toBe(true);
  });

  it('an arrest for carrying a blade, told afterwards, is not a weapon here now', () => {
    expect(flags('our volunteer coach was arrested at the weekend for carrying a blade in town, do I tell anyone')).toBe(false);
    expect(flags('a dad at the gate has a blade in his waistband')).toBe(true);
  });

  it('past in one clause does not hide danger in the next', () => {
    expect(flags('dad hit her last friday and she is too scared to go home tonight')).toBe(true);
  });

  it('a young person in a hostel is in danger like anyone else; a housing question about a hostel place is not', () => {
    expect(flags('a 17 year old at the hostel has collapsed in the kitchen and is not responding')).toBe(true);
    expect(flags('a 16 year old has been sofa surfing, can housing offer her a hostel place?')).toBe(false);
  });

  it('a blade held to a child\'s own throat is now as it is told; whether to always ring 999 is a question', () => {
    expect(flags('year 11 girl holding a piece of glass to her wrist in the toilets')).toBe(true);
    expect(flags('do we always have to ring 999 when a pupil with diabetes has a hypo? she has a care plan')).toBe(false);
  });

  it('a child bolted in from outside, a baby cold to the touch, a hand up a skirt: now, as they are told', () => {
    expect(flags('a 6 year old is bolted in his bedroom from the outside and the parents are out')).toBe(true);
    expect(flags('8 week old baby is cold to the touch and mottled, the flat has no heating')).toBe(true);
    expect(flags('a man on the tram has his hand up a schoolgirl\'s skirt')).toBe(true);
  });

  it('a child face down in a pool, pulled into a van, pinned down with clothes pulled off: said without "a" or "now"', () => {
    expect(flags('toddler face down in pool at the leisure centre')).toBe(true);
    expect(flags('a man just pulled boy into car outside the park')).toBe(true);
    expect(flags('two lads have a year 8 pinned down in the toilets pulling his trousers down, is this a LADO thing?')).toBe(true);
  });

  it('the cold and its signs told apart, a help sign in a hotel, a coach driving off alone with a girl: emergencies', () => {
    expect(flags('girl about 10 asleep on a bench in the park, minus 3 tonight, she is confused and shivering')).toBe(true);
    expect(flags('man at the bar with three young girls, one of them just mouthed help at me')).toBe(true);
    expect(flags('the PE teacher has just driven off alone with a year 8 boy, he did not want to go, is this a LADO thing?')).toBe(true);
    // The cold alone, asked about, is not.
    expect(flags('it is minus 2 today, should the children play outside at lunch?')).toBe(false);
  });

  it('a phone taken away by parents, a debt to the council, a child driven in instead of the bus: no emergencies', () => {
    expect(flags('mum and dad took her phone away last night and now she is upset in class')).toBe(false);
    expect(flags('mum owes money to the council and the kids have no school shoes now')).toBe(false);
    expect(flags('she is not on the bus today, mum is driving her in')).toBe(false);
    // Held by dealers who took his phone: an emergency.
    expect(flags('15 year old rang from a flat, the dealers took his phone and say he owes them, they are coming back soon')).toBe(true);
  });

  it('a threat last year from a man now in prison, and a girl medically stable on the ward, are not emergencies', () => {
    expect(flags('her ex threatened to stab her last year, he is in prison now and the kids are fine, do I pass it on?')).toBe(false);
    expect(flags('the boy who overdosed on saturday is medically stable now with his mum, who do I refer to?')).toBe(false);
  });

  it('a team huddle on a reviewed death and a girl found and home safe are not emergencies', () => {
    expect(flags('team huddle next week on the toddler who drowned in the paddling pool, what were the main lessons?')).toBe(false);
    expect(flags('the 14 year old found by police at 3am is home safe now, what should happen next?')).toBe(false);
  });

  it('what the law allows, asked, is no emergency; a toddler found within minutes with the gate now fixed is over', () => {
    expect(flags('is smacking your child legal in england now?')).toBe(false);
    expect(flags('a 2 year old slipped out of the nursery gate, found by staff within 3 minutes, the gate has been fixed')).toBe(false);
  });
});

describe('how practitioners type', () => {
  it.each([
    ['txt-speak', 'teen cutting herself rn'],
    ['misspelling', 'baby not breathin'],
    ['run-on, no punctuation', 'mum collapsed on the floor cant wake her 2 kids in the house with her'],
    ['number stuck to the word', 'dads off his face and trying to take the 3yo'],
    ['British words', 'nan is paralytic and looking after the wee one tonight'],
    ['curly apostrophe', 'she won’t wake up and the baby’s on his own'],
  ])('%s: "%s"', (_, text) => {
    expect(flags(text)).toBe(true);
  });
});

describe('a blind set kept as its writers wrote it (bench/danger-sets/)', () => {
  it('splits into its emergencies and its ordinary messages by the writers\' label, and scores each', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'danger-set-')), 'set.jsonl');
    const lines = [
      { id: 'x-1', danger: true, category: 'medical', q: 'toddler not breathing and going blue' },
      { id: 'x-2', danger: false, category: 'policy', q: 'what does our policy say about first aid training' },
      { id: 'x-3', danger: true, category: 'weapon', q: 'a man with a knife is at the school gate right now' },
    ];
    writeFileSync(file, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    const [emergencies, ordinary] = dangerSet(file);
    expect(emergencies.label).toBe('emergency');
    expect(emergencies.questions).toHaveLength(2);
    expect(ordinary.label).toBe('ordinary');
    expect(ordinary.questions).toEqual(['what does our policy say about first aid training']);
    expect(scoreCorpus(emergencies, wigan).right).toBe(2);
    expect(scoreCorpus(ordinary, wigan).right).toBe(1);
  });
});
