// The LADO referral clock end to end: the real restify server + CloudAdapter, a fake Bot Connector,
// a manual clock moved forward, and the shared dispatcher ticked by hand.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../bot/shared/clock.ts';
import { MESSAGE_KINDS } from '../bot/lado/types.ts';
import { cardText, findAction, person, submit, type Person } from './support/activities.ts';
import { startTestAssistant, type TestAssistant } from './support/test-assistant.ts';
import { startFakeConnector, type FakeConnector } from './support/fake-connector.ts';
import { cardProblems, chatDriver } from './support/chat-driver.ts';
import { rawSql } from './support/raw-sql.ts';

const officer = person('lado-officer');
const referrer = person('dsl');
const stranger = person('stranger');
const MONDAY_10 = '2026-11-23T10:00:00Z'; // Monday 23 November 2026, 10:00 GMT

let t: TestAssistant;
let clock: ManualClock;
let connector: FakeConnector;
const { say, press, pressForReply, cardsTo, settle, at } = chatDriver(() => ({ t, connector, clock }));

async function boot(dataDir?: string) {
  return startTestAssistant({
    env: { LADO_STAFF: officer.aadObjectId, DISPATCH_INTERVAL_MS: '600000' },
    clock,
    connector,
    dataDir,
  });
}

beforeAll(async () => {
  clock = new ManualClock(MONDAY_10);
  connector = await startFakeConnector();
  connector.members.set(referrer.id, { email: 'dsl@school.example', aadObjectId: referrer.aadObjectId });
  t = await boot();
  // Both have talked to the bot, so the bot can reach them.
  for (const p of [officer, referrer, stranger]) await say(p, 'help');
});
afterAll(async () => {
  await t.stop({ removeData: true });
  await connector.close();
});
afterEach(async () => {
  expect(t.logs.unexpectedErrors()).toEqual([]);
  // Each test starts from no open clocks, so one test's reminders can't land in the next.
  await settle();
  // Through the store, as the service would: each active clock closes and its pending cards are cancelled.
  const clocks = t.assistant.referralClocks;
  for (const c of await clocks.listActive(1000)) {
    await clocks.transition(c.id, { from: ['open', 'submitted', 'received', 'outcome'], to: 'closed', at: clock.now(), by: 'test-reset', cancelKinds: Object.values(MESSAGE_KINDS) }, []);
  }
  expect(await clocks.countActive()).toBe(0);
});

async function openForm() {
  const form = await say(officer, 'lado clock');
  expect(cardText(form)).toContain('New LADO referral clock');
  const start = findAction(form, 'Start the clock');
  expect(start.type).toBe('Action.Execute');
  return { form, token: start.data.token as string };
}

async function startClock(fields: Record<string, unknown> = {}) {
  const { token } = await openForm();
  const since = connector.recorded.length;
  const started = await press(officer, 'lado.start', {
    token,
    referrer: referrer.aadObjectId,
    caseRef: 'LADO-2026-0412',
    orgType: 'Education (school or college)',
    identifiedDate: '2026-11-23',
    identifiedTime: '10:00',
    ...fields,
  });
  const text = cardText(started);
  expect(text).toContain('Clock started for case');
  const clockId = findAction(started, 'Mark referral received').data.clockId as string;
  // The first card is due now: the start woke the dispatcher; this tick sends it if that one hasn't yet.
  await t.assistant.dispatcher.tick();
  await settle();
  return { started, text, clockId, since, token };
}

describe('a LADO officer starts a clock, the referrer is reminded until they confirm', () => {
  it('the referrer gets the first card, reminders at halfway and 2 hours before, then the overdue card; the LADO gets it too', async () => {
    clock.set(MONDAY_10);
    const { text, clockId, since } = await startClock();
    expect(text).toContain('17:00 on Tuesday 24 November');
    expect(text).toContain('Reminders: 10:00 on Monday 23 November; 09:00 on Tuesday 24 November; 15:00 on Tuesday 24 November; 17:00 on Tuesday 24 November');

    // The first card is due at once (the start woke the dispatcher; a tick here is harmless).
    await t.assistant.dispatcher.tick();
    await connector.waitFor((r) => r.conversationId === referrer.conversationId, { since });
    const first = cardsTo(referrer, since);
    expect(first).toHaveLength(1);
    expect(cardProblems(first[0])).toEqual([]);
    const firstText = cardText(first[0]);
    expect(firstText).toContain('LADO referral needed by 17:00 on Tuesday 24 November');
    expect(firstText).toContain('LADO-2026-0412');
    expect(firstText).toContain('[Open the LADO notification form]');
    expect(findAction(first[0], 'Open the LADO notification form').url).toBe('https://safeguarding.testshire.example/lado-form');
    expect(firstText).toContain('[Referral submitted]');
    expect(firstText).toContain('[I need advice]');
    expect(firstText).toContain('lado@testshire.example');
    expect(findAction(first[0], 'Referral submitted').fallback.type).toBe('Action.Submit');

    // Nothing before halfway, which falls at 01:30 Tuesday and so waits for the working day (09:00).
    expect((await at('2026-11-24T08:59:59Z')).sent).toBe(0);
    expect((await at('2026-11-24T09:00:00Z')).sent).toBe(1);
    expect(cardText(cardsTo(referrer, since).at(-1))).toContain('Reminder: LADO referral due by 17:00 on Tuesday 24 November (in 8 hours)');

    expect((await at('2026-11-24T14:59:00Z')).sent).toBe(0);
    expect((await at('2026-11-24T15:00:00Z')).sent).toBe(1);
    expect(cardText(cardsTo(referrer, since).at(-1))).toContain('(in 2 hours)');

    // At the deadline: the overdue card to the referrer and to the LADO officer (no duty channel set).
    expect((await at('2026-11-24T16:59:59Z')).sent).toBe(0);
    expect((await at('2026-11-24T17:00:00Z')).sent).toBe(2);
    expect(cardText(cardsTo(referrer, since).at(-1))).toContain('LADO referral overdue');
    const ladoOverdue = cardsTo(officer, since).at(-1);
    expect(cardProblems(ladoOverdue)).toEqual([]);
    expect(cardText(ladoOverdue)).toContain('Overdue: LADO referral for case LADO-2026-0412');
    expect(cardsTo(referrer, since)).toHaveLength(4);

    // Nothing more, however long we wait; `lado due` lists it as overdue, without names.
    expect((await at('2026-11-30T09:00:00Z')).sent).toBe(0);
    const due = await say(officer, 'lado due');
    const dueText = cardText(due);
    expect(dueText).toContain('LADO-2026-0412');
    expect(dueText).toContain('Overdue');
    expect(dueText).toContain('Education (school or college)');
    expect(dueText).not.toContain('Display Name');

    // The LADO marks it received: the clock leaves the list.
    const received = await press(officer, 'lado.received', { clockId });
    expect(cardText(received)).toContain('Referral received for case LADO-2026-0412');
    expect(cardText(await say(officer, 'lado due'))).not.toContain(clockId);
  });

  it('confirming stops the reminders, tells the LADO, and updates the cards already sent', async () => {
    clock.set(MONDAY_10);
    const { clockId, since } = await startClock({ caseRef: 'LADO-2026-0500' });
    await t.assistant.dispatcher.tick();
    await connector.waitFor((r) => r.conversationId === referrer.conversationId, { since });
    await at('2026-11-24T09:00:00Z');
    expect(cardsTo(referrer, since)).toHaveLength(2);

    // Teams mobile path: Action.Submit from the reminder card.
    clock.set('2026-11-24T09:15:00Z');
    const before = connector.recorded.length;
    expect((await t.post(submit(connector.url, referrer, { verb: 'lado.submitted', clockId }, 'reminder-activity'))).status).toBe(200);
    const updated = await connector.waitFor((r) => r.route === 'update' && r.activityId === 'reminder-activity', { since: before });
    expect(cardText(updated.body.attachments[0].content)).toContain('Thank you: referral recorded as submitted');
    // The earlier cards the bot sent lose their buttons too.
    const updates = connector.recorded.slice(before).filter((r) => r.route === 'update' && r.conversationId === referrer.conversationId);
    expect(updates.length).toBeGreaterThanOrEqual(3);
    for (const u of updates) expect(findAction(u.body.attachments[0].content, 'Referral submitted')).toBeUndefined();

    // The LADO officer is told (a stored notice, sent by the dispatcher).
    await t.assistant.dispatcher.tick();
    await connector.waitFor((r) => r.conversationId === officer.conversationId && cardText(r.body.attachments?.[0]?.content).includes('Referrer says the referral for case LADO-2026-0500 is submitted'), { since: before });

    // No more reminders to the referrer and no overdue card to the LADO.
    const after = connector.recorded.length;
    await at('2026-11-24T15:00:00Z');
    await at('2026-11-24T17:00:00Z');
    expect(cardsTo(referrer, after)).toHaveLength(0);
    expect(cardsTo(officer, after)).toHaveLength(0);
    const statuses = (await t.assistant.schedule.list(clockId)).map((m) => `${m.kind}:${m.status}`);
    expect(statuses).toEqual(['lado.reminder:sent', 'lado.reminder:sent', 'lado.notice:sent', 'lado.reminder:cancelled', 'lado.reminder:cancelled', 'lado.overdue:cancelled']);

    // `lado due` shows it as submitted (awaiting the LADO).
    expect(cardText(await say(officer, 'lado due'))).toMatch(/LADO-2026-0500[\s\S]*Submitted: awaiting LADO/);
  });

  it('"I need advice" tells the LADO officer and gives the referrer the LADO contact', async () => {
    clock.set(MONDAY_10);
    const { clockId } = await startClock({ caseRef: 'LADO-2026-0600' });
    const before = connector.recorded.length;
    await press(referrer, 'lado.advice', { clockId });
    const reply = await connector.waitFor((r) => r.conversationId === referrer.conversationId, { since: before });
    expect(cardText(reply.body.attachments[0].content)).toContain('The LADO has been told you would like advice');
    // Asking for advice doesn't stop the clock: the referrer's cards keep their buttons.
    expect(connector.recorded.slice(before).filter((r) => r.route === 'update')).toHaveLength(0);
    await t.assistant.dispatcher.tick();
    await connector.waitFor((r) => r.conversationId === officer.conversationId && cardText(r.body.attachments?.[0]?.content).includes('asked for advice'), { since: before });
    await press(officer, 'lado.received', { clockId });
  });
});

describe('LADO answers', () => {
  it('give LADO staff a "New referral clock" button, and nobody else', async () => {
    const forOfficer = await say(officer, 'how quickly must the LADO be told about an allegation against a teacher');
    expect(findAction(forOfficer, 'New referral clock')?.data.verb).toBe('lado.form');
    const forStranger = await say(stranger, 'how quickly must the LADO be told about an allegation against a teacher');
    expect(findAction(forStranger, 'New referral clock')).toBeUndefined();
    const thresholdsForOfficer = await say(officer, 'what are the levels of need');
    expect(findAction(thresholdsForOfficer, 'New referral clock')).toBeUndefined();
  });
});

describe('a designated safeguarding lead sets their own reminder', () => {
  it('anyone can set one; it reminds only them, stays off the LADO list, and ends when they confirm', async () => {
    clock.set(MONDAY_10);
    const dsl = stranger; // not LADO staff
    const form = await say(dsl, 'Remind me to refer this to the LADO please');
    expect(cardText(form)).toContain('Remind me to refer to the LADO');
    expect(JSON.stringify(form)).not.toContain('graph.microsoft.com/users');
    const token = findAction(form, 'Set the reminder').data.token as string;

    // A name in the reference is refused and the form comes back filled in.
    const refused = await press(dsl, 'lado.start-own', { token, caseRef: 'Mr Smith 2026', orgType: 'Health', identifiedDate: '2026-11-23', identifiedTime: '09:00' });
    expect(cardText(refused)).toContain('Please check:');

    const since = connector.recorded.length;
    const set = await press(dsl, 'lado.start-own', { token, caseRef: 'SCH-2026-14', orgType: 'Education (school or college)', identifiedDate: '2026-11-23', identifiedTime: '09:30' });
    expect(cardText(set)).toContain('Reminder set: refer SCH-2026-14 to the LADO by 17:00 on Tuesday 24 November');
    await t.assistant.dispatcher.tick();
    await settle();
    const first = cardsTo(dsl, since);
    expect(first).toHaveLength(1);
    expect(cardText(first[0])).toContain('You asked me to remind you');
    expect(findAction(first[0], 'I need advice')).toBeUndefined();
    const clockId = findAction(first[0], 'Referral submitted').data.clockId as string;

    // The LADO's list doesn't show it, and the LADO gets nothing at the deadline.
    expect(cardText(await say(officer, 'lado due'))).not.toContain('SCH-2026-14');
    const beforeDeadline = connector.recorded.length;
    await at('2026-11-24T17:00:00Z');
    await settle();
    expect(cardsTo(officer, beforeDeadline)).toHaveLength(0);
    expect(cardsTo(dsl, beforeDeadline).map(cardText).join(' ')).toContain('overdue');

    expect(cardText(await press(dsl, 'lado.submitted', { clockId }))).toContain('No more reminders will be sent');
    expect((await t.assistant.referralClocks.get(clockId))?.state).toBe('closed');
    expect((await t.assistant.schedule.list(clockId)).filter((m) => m.status === 'pending')).toEqual([]);
  });
});

describe('after the referral: the LADO records an outcome and the employer is asked for its conclusion', () => {
  it('reminds the employer by the outcome timescale, tells the LADO when it is late, and closes when the employer confirms', async () => {
    clock.set(MONDAY_10);
    const { clockId } = await startClock({ caseRef: 'LADO-2026-1000' });
    const received = await press(officer, 'lado.received', { clockId });
    expect(findAction(received, 'Record outcome')).toBeDefined();

    // Weeks later the LADO finds the case by its reference and records the outcome (Wednesday 09:00 GMT).
    await at('2026-12-09T09:00:00Z');
    const found = await say(officer, 'lado case lado-2026-1000');
    expect(cardText(found)).toContain('The referral is in. Record the outcome');
    const since = connector.recorded.length;
    const recorded = await press(officer, 'lado.outcome', { clockId: findAction(found, 'Record outcome').data.clockId });
    expect(cardText(recorded)).toContain('report its conclusion by 09:00 on Thursday 10 December');
    await t.assistant.dispatcher.tick();
    await settle();
    const first = cardsTo(referrer, since);
    expect(first).toHaveLength(1);
    expect(cardText(first[0])).toContain('Please report your conclusion to the LADO by 09:00 on Thursday 10 December');
    expect(cardText(first[0])).toContain('24 hours from the outcome');
    expect(cardText(await say(officer, 'lado due'))).toMatch(/LADO-2026-1000[\s\S]*employer's conclusion due/);

    // Nobody confirms: at the deadline the employer gets the overdue card and so does the LADO.
    const beforeDeadline = connector.recorded.length;
    await at('2026-12-10T09:00:00Z');
    await settle();
    expect(cardsTo(referrer, beforeDeadline).map(cardText).join(' ')).toContain('is overdue');
    expect(cardsTo(officer, beforeDeadline).map(cardText).join(' ')).toContain("Overdue: the employer's conclusion for case LADO-2026-1000");

    // A stranger can't close it; the employer can, and the LADO is told.
    expect(cardText(await pressForReply(stranger, 'lado.concluded', { clockId }))).toContain('belongs to someone else');
    const beforeConfirm = connector.recorded.length;
    expect(cardText(await press(referrer, 'lado.concluded', { clockId }))).toContain('Thank you: conclusion recorded as reported');
    await t.assistant.dispatcher.tick();
    await connector.waitFor((r) => r.conversationId === officer.conversationId && cardText(r.body.attachments?.[0]?.content).includes('its conclusion for case LADO-2026-1000 is reported'), { since: beforeConfirm });
    expect((await t.assistant.referralClocks.get(clockId))?.state).toBe('closed');
    expect(cardText(await say(officer, 'lado due'))).not.toContain('LADO-2026-1000');
    // A second press changes nothing.
    expect(cardText(await press(referrer, 'lado.concluded', { clockId }))).toContain('Thank you: conclusion recorded as reported');
  });

  it('the LADO can close a case at any stage; recording an outcome twice, or for a closed case, changes nothing', async () => {
    clock.set(MONDAY_10);
    const { clockId } = await startClock({ caseRef: 'LADO-2026-1001' });
    await press(officer, 'lado.outcome', { clockId });
    const again = await press(officer, 'lado.outcome', { clockId });
    expect(cardText(again)).toContain('Case LADO-2026-1001 is already marked with an outcome');
    expect(cardText(await pressForReply(stranger, 'lado.close', { clockId }))).toContain('belongs to someone else');
    expect(cardText(await press(officer, 'lado.close', { clockId }))).toContain('Case LADO-2026-1001 is closed');
    const pending = (await t.assistant.schedule.list(clockId)).filter((m) => m.status === 'pending');
    expect(pending).toEqual([]);
    expect(cardText(await press(officer, 'lado.outcome', { clockId }))).toContain('is already marked closed');
  });

  it('"lado case" answers an empty or unknown reference, and refuses people who are not LADO staff', async () => {
    expect(cardText(await say(officer, 'lado case'))).toContain('Add the LADO case reference');
    expect(cardText(await say(officer, 'lado case NO-SUCH-REF'))).toContain("I can't find a clock with that case reference");
    expect(cardText(await say(stranger, 'lado case LADO-2026-1000'))).toContain('Only LADO staff');
  });
});

describe('a restart loses nothing and sends nothing twice', () => {
  it('reminders missed while the service was down are sent once, marked late; nothing already sent is repeated', async () => {
    clock.set(MONDAY_10);
    const { clockId, since } = await startClock({ caseRef: 'LADO-2026-0700' });
    await t.assistant.dispatcher.tick();
    await connector.waitFor((r) => r.conversationId === referrer.conversationId, { since });
    expect(cardsTo(referrer, since)).toHaveLength(1);

    // The service stops; it comes back at 10:00, an hour after the halfway reminder was due.
    await t.stop();
    clock.set('2026-11-24T10:00:00Z');
    t = await boot(t.dataDir);
    const r1 = await t.assistant.dispatcher.tick();
    expect(r1).toMatchObject({ sent: 1, late: 1 });
    // A timer tick racing this one would find nothing: the claim is atomic.
    expect((await t.assistant.dispatcher.tick()).sent).toBe(0);
    const afterRestart = cardsTo(referrer, since);
    expect(afterRestart).toHaveLength(2);
    expect(cardText(afterRestart[1])).toContain('This message is late');
    expect(cardText(afterRestart[0])).toContain('LADO referral needed by');

    // The clock is still there for the LADO and still confirmable by the referrer.
    expect(cardText(await say(officer, 'lado due'))).toContain('LADO-2026-0700');
    const confirmed = await press(referrer, 'lado.submitted', { clockId });
    expect(cardText(confirmed)).toContain('Thank you: referral recorded as submitted');

    // Another restart: nothing is sent again.
    await t.stop();
    t = await boot(t.dataDir);
    await say(referrer, 'help');
    const beforeTicks = connector.recorded.length;
    await at('2026-11-24T17:00:00Z');
    await at('2026-11-25T17:00:00Z');
    expect(cardsTo(referrer, beforeTicks)).toHaveLength(0);
    expect((await t.assistant.schedule.list(clockId)).filter((m) => m.kind === 'lado.reminder' && m.status === 'sent')).toHaveLength(2);
    await press(officer, 'lado.received', { clockId });
  });
});

describe('a referrer the bot cannot reach', () => {
  it('the officer is told at once, and later reminders come to the officer instead', async () => {
    clock.set(MONDAY_10);
    const { text, since } = await startClock({ referrer: '', referrerEmail: 'Not.Installed@Nursery.example', caseRef: 'LADO-2026-0800' });
    expect(text).toContain("The referrer hasn't installed the Safeguarding Assistant");
    expect(text).toContain('17:00 on Tuesday 24 November');
    await t.assistant.dispatcher.tick();
    await at('2026-11-24T09:00:00Z');
    const toOfficer = cardsTo(officer, since).map(cardText);
    expect(toOfficer.some((c) => c.includes("I couldn't reach the referrer for case LADO-2026-0800"))).toBe(true);
    // The email itself is never stored, only its hash: read from the table itself, since this is about what is on disk.
    const row = JSON.stringify((await rawSql(t.assistant.stores).get(`select * from lado_clocks where case_ref = 'LADO-2026-0800'`)));
    expect(row).not.toMatch(/nursery/i);
    expect(row).toMatch(/emailHash/);
  });

  it('a referrer picked by email who has talked to the bot gets the cards and may confirm', async () => {
    clock.set(MONDAY_10);
    const { text, since } = await startClock({ referrer: '', referrerEmail: 'DSL@school.example', caseRef: 'LADO-2026-0801' });
    expect(text).not.toContain("hasn't installed");
    await t.assistant.dispatcher.tick();
    await connector.waitFor((r) => r.conversationId === referrer.conversationId, { since });
    const card = cardsTo(referrer, since)[0];
    const clockId = findAction(card, 'Referral submitted').data.clockId;
    expect(cardText(await press(referrer, 'lado.submitted', { clockId }))).toContain('recorded as submitted');
  });
});

describe('bad inputs get a kind, clear reply', () => {
  const valid = { referrer: referrer.aadObjectId, caseRef: 'LADO-2026-0900', orgType: 'Health', identifiedDate: '2026-11-23', identifiedTime: '09:30' };

  async function startWith(fields: Record<string, unknown>, who: Person = officer) {
    clock.set(MONDAY_10);
    const { token } = await openForm();
    return press(who, 'lado.start', { token, ...fields });
  }

  it('someone who is not LADO staff cannot open the form, start a clock or list clocks', async () => {
    expect(cardText(await say(stranger, 'lado clock'))).toContain('Only LADO staff can start or list referral clocks');
    expect(cardText(await say(stranger, 'lado due'))).toContain('Only LADO staff');
    const before = connector.recorded.length;
    const card = await press(stranger, 'lado.start', { ...valid, token: 'abcdefghijkl' });
    expect(card).toBeUndefined();
    const reply = await connector.waitFor((r) => r.conversationId === stranger.conversationId, { since: before });
    expect(cardText(reply.body.attachments[0].content)).toContain('Only LADO staff');
  });

  it('an empty form lists what is missing and keeps the form', async () => {
    const card = await startWith({});
    const text = cardText(card);
    expect(text).toContain('Please check:');
    expect(text).toContain('Choose the referring manager');
    expect(text).toContain('Add your LADO case reference');
    expect(text).toContain('Choose the type of organisation');
    expect(findAction(card, 'Start the clock')).toBeDefined();
  });

  it('a huge or malformed submission is refused field by field', async () => {
    const text = cardText(await startWith({ ...valid, caseRef: 'x'.repeat(100_000), referrer: { evil: true }, referrerEmail: 'not-an-email', orgType: 'Pirates', identifiedDate: 'banana', identifiedTime: '25:99' }));
    expect(text).toContain('too long');
    expect(text).toContain('doesn’t look like an email address');
    expect(text).toContain('Choose the type of organisation');
    expect(text).toContain('Give the date');
  });

  it('a date in the future is refused kindly', async () => {
    const text = cardText(await startWith({ ...valid, identifiedDate: '2026-11-24' }));
    expect(text).toContain('is in the future');
  });

  it.each([
    ['Mr Smith 12', 'looks like it includes a name'],
    ['Jane Doe', 'looks like it includes a name'],
    ['Jayden Whitfield 2015', 'looks like it includes a name'],
    ['WHITFIELD-J-14032015', 'looks like it includes a date of birth'],
    ['LADO-14-03-2015', 'looks like it includes a date of birth'],
    ['LADO 2026 0412', 'like LADO-2026-0412: a few letters, then numbers'],
  ])('the case reference "%s" is refused, saying what shape is expected', async (caseRef, words) => {
    const text = cardText(await startWith({ ...valid, caseRef }));
    expect(text).toContain(words);
    expect(text).toContain('LADO-2026-0412');
  });

  it('pressing "Start the clock" twice starts one clock', async () => {
    clock.set(MONDAY_10);
    const { token } = await openForm();
    const first = await press(officer, 'lado.start', { token, ...valid, caseRef: 'LADO-2026-0901' });
    expect(cardText(first)).toContain('Clock started');
    const second = await press(officer, 'lado.start', { token, ...valid, caseRef: 'LADO-2026-0901' });
    expect(cardText(second)).toContain('This form already started the clock');
    expect((await t.assistant.referralClocks.listActive(1000)).filter((c) => c.caseRef === 'LADO-2026-0901')).toHaveLength(1);
  });

  it('an unknown clock id, someone else’s clock, and confirming twice', async () => {
    for (const clockId of ['Lnosuchclck', { $gt: '' }, '', 'x'.repeat(5000)]) {
      const since = connector.recorded.length;
      expect(await press(referrer, 'lado.submitted', { clockId })).toBeUndefined();
      const reply = await connector.waitFor((r) => r.conversationId === referrer.conversationId, { since });
      expect(cardText(reply.body.attachments[0].content)).toContain("I can't find that referral clock");
    }

    const { clockId } = await startClock({ caseRef: 'LADO-2026-0902' });
    const s = connector.recorded.length;
    expect(await press(stranger, 'lado.submitted', { clockId })).toBeUndefined();
    const refusal = await connector.waitFor((r) => r.conversationId === stranger.conversationId, { since: s });
    expect(cardText(refusal.body.attachments[0].content)).toContain('This referral clock belongs to someone else');
    await press(stranger, 'lado.received', { clockId });
    expect((await t.assistant.referralClocks.get(clockId))?.state).toBe('open');

    expect(cardText(await press(referrer, 'lado.submitted', { clockId }))).toContain('recorded as submitted');
    const s2 = connector.recorded.length;
    expect(cardText(await press(referrer, 'lado.submitted', { clockId }))).toContain('recorded as submitted');
    const again = await connector.waitFor((r) => r.conversationId === referrer.conversationId, { since: s2 });
    expect(cardText(again.body.attachments[0].content)).toContain('Already recorded');
  });
});
