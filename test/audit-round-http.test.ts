// Audit reflection rounds end to end: the real restify server + CloudAdapter, a fake Bot Connector, a
// manual clock moved forward and the shared dispatcher ticked by hand. Committee member starts a round for
// three practitioners; two answer (one edits); reminders reach only the third; the close produces a report
// and CSV with no names or ids; non-committee users and bad links are refused; bad input gets kind replies.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../bot/shared/clock.ts';
import { signReportLink } from '../bot/audits/report-link.ts';
import { cardText, execute, findAction, person, submit } from './support/activities.ts';
import { startTestAssistant, type TestAssistant } from './support/test-assistant.ts';
import { startFakeConnector, type FakeConnector } from './support/fake-connector.ts';
import { cardProblems, chatDriver } from './support/chat-driver.ts';
import { rawSql } from './support/raw-sql.ts';

const chair = person('chair');
const vice = person('vice');
const p1 = person('p1');
const p2 = person('p2');
const p3 = person('p3');
const p4 = person('p4');
const p5 = person('p5');
const stranger = person('stranger');
const everyone = [chair, vice, p1, p2, p3, p4, p5, stranger];
const MONDAY_10 = '2026-11-23T10:00:00Z';

let t: TestAssistant;
let clock: ManualClock;
let connector: FakeConnector;
const { say, press, pressForReply, cardsTo, settle, at } = chatDriver(() => ({ t, connector, clock }));

async function boot(dataDir?: string) {
  return startTestAssistant({
    env: { COMMITTEE_MEMBERS: `${chair.aadObjectId},${vice.aadObjectId}`, DISPATCH_INTERVAL_MS: '600000' },
    clock,
    connector,
    dataDir,
  });
}

beforeAll(async () => {
  clock = new ManualClock(MONDAY_10);
  connector = await startFakeConnector();
  // p5 is invited by email: Teams tells the bot their address when they first talk to it (stored as a hash).
  connector.members.set(p5.id, { email: 'p5.practitioner@health.example', aadObjectId: p5.aadObjectId });
  t = await boot();
  for (const p of everyone) await say(p, 'help');
});
afterAll(async () => {
  await t.stop({ removeData: true });
  await connector.close();
});
afterEach(async () => {
  expect(t.logs.unexpectedErrors()).toEqual([]);
  await settle();
});
/** Each scenario (describe) starts with no open rounds, so one scenario's reminders can't land in the next. */
function closeOpenRoundsAfterThisScenario() {
  afterAll(async () => {
    const sql = rawSql(t.assistant.stores);
    await sql.run(`update scheduled_messages set status = 'cancelled' where status = 'pending'`);
    await sql.run(`update audit_rounds set state = 'closed' where state = 'open'`);
  });
}

async function startRound(fields: Record<string, unknown>) {
  const form = await say(chair, 'audit round');
  expect(cardText(form)).toContain('New audit reflection round');
  const token = findAction(form, 'Start the round').data.token as string;
  const since = connector.recorded.length;
  const started = await press(chair, 'audit.create', { token, ref: 'MACA-2026-03', theme: 'Application of thresholds', closeDate: '2026-12-04', ...fields });
  expect(cardText(started)).toContain('Round started for audit');
  const roundId = findAction(started, 'See progress').data.roundId as string;
  await t.assistant.dispatcher.tick();
  await settle();
  return { started, roundId, since, token };
}

const answers = (wentWell: string, extra: Record<string, unknown> = {}) => ({ 'q_went-well': wentWell, q_learned: 'To check thresholds together early.', ...extra });
const IDS = /aad-user|29:user|a:personal|Display Name|@health\.example/;

// One round told in steps, each its own test so a failure names the behaviour; they run in order and share the round.
describe('a committee member runs a reflection round for three practitioners', () => {
  closeOpenRoundsAfterThisScenario();
  let roundId = '';
  let closed: any[] = [];

  it('invites three practitioners, each with a valid questionnaire that says how answers are used', async () => {
    clock.set(MONDAY_10);
    const round = await startRound({ practitioners: [p1, p2, p3].map((p) => p.aadObjectId).join(',') });
    const { started, since } = round;
    roundId = round.roundId;
    expect(cardText(started)).toContain('3 practitioners will get the questionnaire in Teams now. It closes at 17:00 on Friday 4 December.');
    expect(cardText(started)).toContain("Reminders go only to those who haven't answered: 09:00 on Tuesday 1 December; 09:00 on Thursday 3 December.");

    // Each practitioner receives the questionnaire.
    for (const p of [p1, p2, p3]) {
      const cards = cardsTo(p, since);
      expect(cards).toHaveLength(1);
      expect(cardProblems(cards[0])).toEqual([]);
      const text = cardText(cards[0]);
      expect(text).toContain('Practitioner reflection');
      expect(text).toContain('learning, not blame');
      expect(text).toContain('Please do not name the child, the family or colleagues');
      expect(text).toContain('How your answers are used');
      expect(text).toContain('MACA-2026-03');
      expect(findAction(cards[0], 'Submit my reflections').fallback.type).toBe('Action.Submit');
    }
  });

  it('saves an answer sent on desktop (Action.Execute) before thanking', async () => {
    clock.set('2026-11-24T09:00:00Z');
    const thanks = await press(p1, 'audit.submit', { roundId, ...answers('Joint strategy meeting happened quickly.'), agencyType: 'Health' });
    expect(cardText(thanks)).toContain('Thank you: your reflections are saved');
    expect((await rawSql(t.assistant.stores).count('select count(*) from audit_responses'))).toBe(1);
  });

  it('warns about a name sent on mobile (Action.Submit), saves nothing, then saves the answer without it', async () => {
    const before = connector.recorded.length;
    await t.post(submit(connector.url, p2, { verb: 'audit.submit', roundId, ...answers('Good work with the school nurse, Mrs Patel.'), agencyType: 'Education' }, 'p2-card'));
    const warned = (await connector.waitFor((r) => r.route === 'update' && r.activityId === 'p2-card', { since: before })).body.attachments[0].content;
    expect(cardProblems(warned)).toEqual([]);
    expect(cardText(warned)).toContain('Some answers seem to include details that could identify someone. Nothing has been saved yet.');
    expect(cardText(warned)).toContain('“What went well?”: a name');
    expect(cardText(warned)).toContain('[Send with details removed]');
    expect((await rawSql(t.assistant.stores).count('select count(*) from audit_responses'))).toBe(1);
    const b2 = connector.recorded.length;
    await t.post(submit(connector.url, p2, { verb: 'audit.submit', roundId, ...answers('Good work with the school nurse.'), agencyType: 'Education' }, 'p2-card'));
    const saved2 = (await connector.waitFor((r) => r.route === 'update' && r.activityId === 'p2-card', { since: b2 })).body.attachments[0].content;
    expect(cardText(saved2)).toContain('Thank you: your reflections are saved');
  });

  it('brings back a practitioner\'s answers to change, and the change replaces them', async () => {
    const editForm = await press(p1, 'audit.edit', { roundId });
    expect(cardText(editForm)).toContain('You are changing your answers');
    expect(JSON.stringify(editForm)).toContain('Joint strategy meeting happened quickly.');
    const changed = await press(p1, 'audit.submit', { roundId, ...answers('Joint strategy meeting within a day.'), agencyType: 'Health' });
    expect(cardText(changed)).toContain('Your changes are saved');
    expect((await rawSql(t.assistant.stores).count('select count(*) from audit_responses'))).toBe(2);
  });

  it('shows progress as counts, never who', async () => {
    const status = await say(chair, 'audit status MACA-2026-03');
    const statusText = cardText(status);
    expect(statusText).toContain('Invited: 3');
    expect(statusText).toContain('Answered: 2 (67%)');
    expect(statusText).toContain('Not yet answered: 1');
    expect(statusText).not.toMatch(IDS);
  });

  it('reminds only the practitioner who has not answered, at each reminder time', async () => {
    const r0 = connector.recorded.length;
    expect(await at('2026-12-01T08:59:00Z')).toMatchObject({ sent: 0 });
    expect(await at('2026-12-01T09:00:00Z')).toMatchObject({ sent: 1, cancelled: 2 });
    expect(await at('2026-12-03T09:00:00Z')).toMatchObject({ sent: 1, cancelled: 2 });
    expect(cardsTo(p1, r0)).toHaveLength(0);
    expect(cardsTo(p2, r0)).toHaveLength(0);
    const reminders = cardsTo(p3, r0);
    expect(reminders).toHaveLength(2);
    expect(cardText(reminders[0])).toContain('Reminder: this questionnaire closes at 17:00 on Friday 4 December (in 3 days)');
    expect(cardProblems(reminders[1])).toEqual([]);
  });

  it('closes on the close date: the chair gets the report card, the questionnaires sent lose their buttons', async () => {
    const c0 = connector.recorded.length;
    expect(await at('2026-12-04T16:59:00Z')).toMatchObject({ sent: 0 });
    expect(await at('2026-12-04T17:00:00Z')).toMatchObject({ sent: 1 });
    closed = cardsTo(chair, c0);
    expect(closed).toHaveLength(1);
    expect(cardProblems(closed[0])).toEqual([]);
    const closedText = cardText(closed[0]);
    expect(closedText).toContain('Audit MACA-2026-03: round closed, report ready');
    expect(closedText).toContain('Fewer than 3 practitioners answered');
    // The questionnaire cards already sent lose their buttons.
    const updates = connector.recorded.slice(c0).filter((r) => r.route === 'update');
    expect(updates.length).toBeGreaterThanOrEqual(3);
    for (const u of updates) expect(cardText(u.body.attachments[0].content)).toContain('This round has closed');
  });

  it('the report and CSV follow the small-group rule (2 answers): counts only, no names, ids or answer text', async () => {
    const pageUrl = findAction(closed[0], 'Open the report').url as string;
    const csvUrl = findAction(closed[0], 'Download CSV').url as string;
    expect(pageUrl).toMatch(new RegExp(`^http://assistant.test/audits/${roundId}/report\\?exp=\\d+&m=[\\w-]+&sig=[\\w-]+$`));
    const page = await fetchLocal(pageUrl);
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.text).toContain('<h1>Practitioner reflections: audit MACA-2026-03</h1>');
    expect(page.text).toContain('Fewer than 3 practitioners answered');
    expect(page.text).toContain('<span class="figure">67%</span>');
    expect(page.text).not.toMatch(IDS);
    expect(page.text).not.toContain('Joint strategy');
    expect(page.text).not.toContain('school nurse');
    const csv = await fetchLocal(csvUrl);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.text).toContain('"summary","answered","","2"');
    expect(csv.text).not.toMatch(IDS);
    expect(csv.text).not.toContain('Joint strategy');
  });

  it('refuses a late submission or edit kindly, and stores nothing', async () => {
    const late = await press(p3, 'audit.submit', { roundId, ...answers('Late thoughts.') });
    expect(cardText(late)).toContain('This round has closed');
    expect((await rawSql(t.assistant.stores).count('select count(*) from audit_responses'))).toBe(2);
    const lateEdit = await press(p1, 'audit.edit', { roundId });
    expect(cardText(lateEdit)).toContain('This round has closed');
  });

  it('with three or more answers the report shows redacted answers grouped by question and a safe agency breakdown', async () => {
    clock.set(MONDAY_10);
    const { roundId, since } = await startRound({ ref: 'MACA-2026-04', practitioners: [p1, p2, p3, p4].map((p) => p.aadObjectId).join(','), emails: 'P5.Practitioner@health.example' });
    for (const p of [p1, p2, p3, p4, p5]) expect(cardsTo(p, since)).toHaveLength(1);
    await press(p1, 'audit.submit', { roundId, ...answers('Early help plan was clear.'), agencyType: 'Health', q_barriers: 'Waiting lists.' });
    await press(p2, 'audit.submit', { roundId, ...answers('Information shared on the same day.'), agencyType: 'Health', q_barriers: 'Staff changes.' });
    // Sent with details removed: stored redacted.
    const redacted = await press(p3, 'audit.submit', { roundId, ...answers('Good work with the boy called Jayden.'), agencyType: 'Health', removeDetails: true });
    expect(cardText(redacted)).toContain('Details that could identify someone were removed before saving.');
    // The practitioner invited by email answers too (matched through their email hash).
    await press(p5, 'audit.submit', { roundId, ...answers('Supervision helped me reflect.'), agencyType: 'Police', q_barriers: 'Thresholds unclear.' });
    expect(JSON.stringify((await rawSql(t.assistant.stores).all('select * from audit_responses where round_id = ?', roundId)))).not.toContain('Jayden');

    const closed = await say(chair, 'audit close MACA-2026-04');
    expect(cardText(closed)).toContain('You closed the round early');
    const page = await fetchLocal(findAction(closed, 'Open the report').url);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Information shared on the same day.');
    expect(page.text).toContain('Good work with the boy called [details removed].');
    expect(page.text).not.toContain('Jayden');
    expect(page.text).toContain('<td>Health</td><td>3</td>');
    // Police (1) is combined, and the combined number (1) is hidden.
    expect(page.text).toContain('<td>Other agency types (groups of fewer than 3 combined)</td><td>fewer than 3</td>');
    expect(page.text).not.toContain('<td>Police</td>');
    expect(page.text).toContain('80%');
    expect(page.text).not.toMatch(IDS);
    const csv = await fetchLocal(findAction(closed, 'Download CSV').url);
    expect(csv.text).toContain('"answer","went-well","What went well?","Early help plan was clear."');
    expect(csv.text).toContain('"answer","barriers","What got in the way?","Thresholds unclear."');
    expect(csv.text).not.toMatch(IDS);
    expect(csv.text).not.toContain('Jayden');
  });
});

describe('only committee members start rounds and open reports', () => {
  closeOpenRoundsAfterThisScenario();
  it('refuses a non-committee user kindly, and refuses report links not signed for a current member', async () => {
    clock.set(MONDAY_10);
    for (const text of ['audit round', 'audit status', 'audit close MACA-2026-05']) {
      expect(cardText(await say(stranger, text))).toContain('Only audit committee members can start or manage reflection rounds');
    }
    expect(cardText(await pressForReply(stranger, 'audit.create', { token: 'token-12345678', ref: 'X-1', closeDate: '2026-12-04', practitioners: p1.aadObjectId }))).toContain('Only audit committee members');
    expect((await rawSql(t.assistant.stores).count('select count(*) from audit_rounds where ref = ?', 'X-1'))).toBe(0);

    const { roundId } = await startRound({ ref: 'MACA-2026-05', practitioners: p1.aadObjectId });
    // Not yet closed: even a good link says so.
    const good = signReportLink('test-link-secret', roundId, chair.aadObjectId, clock.now());
    const url = (p: { exp: string; m: string; sig: string }, suffix = '') => `${t.botUrl}/audits/${roundId}/report${suffix}?exp=${p.exp}&m=${p.m}&sig=${p.sig}`;
    expect((await fetchLocal(url(good))).status).toBe(409);
    // Someone else's round: the vice-chair can't close the chair's round; a stranger can't press Close.
    expect(cardText(await say(vice, 'audit close MACA-2026-05'))).toContain('This round belongs to another committee member');
    expect(cardText(await pressForReply(stranger, 'audit.close', { roundId }))).toContain('Only audit committee members');
    // A non-committee user who isn't invited can't answer.
    expect(cardText(await pressForReply(stranger, 'audit.submit', { roundId, ...answers('x') }))).toContain('This questionnaire was sent to someone else');

    await say(chair, 'audit close MACA-2026-05');
    expect((await fetchLocal(url(good))).status).toBe(200);
    expect((await fetchLocal(url(good, '.csv'))).status).toBe(200);
    // Another committee member gets their own fresh link from `audit status`.
    const viceStatus = await say(vice, 'audit status MACA-2026-05');
    expect((await fetchLocal(findAction(viceStatus, 'Open the report').url)).status).toBe(200);

    // A link made for a non-committee user (even correctly signed), a tampered one, an incomplete one, an expired one.
    const forStranger = signReportLink('test-link-secret', roundId, stranger.aadObjectId, clock.now());
    const refused = await fetchLocal(url(forStranger));
    expect(refused.status).toBe(403);
    expect(refused.text).toContain('This report is for the audit committee');
    expect(refused.text).not.toContain('MACA');
    const tampered = await fetchLocal(url({ ...good, sig: good.sig.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')) }));
    expect(tampered.status).toBe(403);
    expect(tampered.text).toContain('This report link can’t be opened');
    expect((await fetchLocal(`${t.botUrl}/audits/${roundId}/report`)).status).toBe(403);
    expect((await fetchLocal(url(forStranger, '.csv'))).status).toBe(403);
    clock.set('2026-12-01T10:00:01Z');
    const expired = await fetchLocal(url(good));
    expect(expired.status).toBe(403);
    expect(expired.text).toContain('This report link has expired');
  });
});

describe('bad input gets a kind reply and the service keeps running', () => {
  closeOpenRoundsAfterThisScenario();
  it('empty, huge, malformed, past and far-future dates, personal data, unknown verb, duplicate press', async () => {
    clock.set(MONDAY_10);
    const form = await say(chair, 'audit round');
    const token = findAction(form, 'Start the round').data.token as string;
    const problemsOf = async (data: Record<string, unknown>) => cardText(await press(chair, 'audit.create', { token, ...data }));

    const empty = await problemsOf({});
    expect(empty).toContain('Please check:');
    expect(empty).toContain('Add the audit reference.');
    expect(empty).toContain('Choose the practitioners in the people picker, or type their work emails.');
    expect(await problemsOf({ ref: 'MACA-9', closeDate: '2026-11-20', practitioners: p1.aadObjectId })).toContain('The closing date needs to be after today');
    expect(await problemsOf({ ref: 'MACA-9', closeDate: '2027-06-01', practitioners: p1.aadObjectId })).toContain('more than 90 days away');
    expect(await problemsOf({ ref: 'Jayden Smith', closeDate: '2026-12-04', practitioners: p1.aadObjectId })).toContain('includes a name');
    expect(await problemsOf({ ref: 'x'.repeat(100_000), closeDate: '2026-12-04', practitioners: p1.aadObjectId })).toContain('too long');
    expect(await problemsOf({ ref: { evil: 1 }, closeDate: ['2026-12-04'], practitioners: 42, emails: 'nope' })).toContain('Please check:');

    // A good round; the same button pressed twice starts it once.
    const started = await press(chair, 'audit.create', { token, ref: 'MACA-2026-06', closeDate: '2026-12-04', practitioners: `${p1.aadObjectId},${p2.aadObjectId}` });
    const roundId = findAction(started, 'See progress').data.roundId as string;
    expect(cardText(await press(chair, 'audit.create', { token, ref: 'MACA-2026-06', closeDate: '2026-12-04', practitioners: p1.aadObjectId }))).toContain('This round was already started');
    // Another form with the same open reference.
    const form2 = await say(chair, 'audit round');
    const token2 = findAction(form2, 'Start the round').data.token as string;
    expect(cardText(await press(chair, 'audit.create', { token: token2, ref: 'MACA-2026-06', closeDate: '2026-12-04', practitioners: p1.aadObjectId }))).toContain('A round for MACA-2026-06 is already open');
    expect((await rawSql(t.assistant.stores).count('select count(*) from audit_rounds where ref = ?', 'MACA-2026-06'))).toBe(1);

    // Practitioner: missing required answers, a huge answer, a bad agency type: the card comes back.
    await t.assistant.dispatcher.tick();
    const back = cardText(await press(p1, 'audit.submit', { roundId, q_learned: 'y'.repeat(50_000), agencyType: 'Aliens' }));
    expect(back).toContain('“What went well?” needs an answer.');
    expect(back).toContain('please keep your answer under 2000 characters');
    expect(back).toContain('Choose your type of agency from the list');
    // Malformed round ids and an unknown verb.
    expect(cardText(await pressForReply(p1, 'audit.submit', { roundId: { $ne: null }, ...answers('x') }))).toContain("I can't find that audit round");
    expect(cardText(await pressForReply(p1, 'audit.submit', { roundId: 'A0000000000', ...answers('x') }))).toContain("I can't find that audit round");
    const unknown = await t.post(execute(connector.url, p1, 'audit.frobnicate', { roundId }));
    expect(unknown.status).toBe(400);
    expect(unknown.body.value.message).toContain("That button isn't available any more");
    expect(cardText(await say(chair, 'audit status NOPE-1'))).toContain("I can't find that audit round");
    // Still running.
    expect(cardText(await press(p1, 'audit.submit', { roundId, ...answers('Fine.') }))).toContain('Thank you');
  });
});

describe('save for later', () => {
  closeOpenRoundsAfterThisScenario();
  it('keeps unfinished answers across a restart, fills them into the reminder, never counts them, and deletes them at the close', async () => {
    clock.set(MONDAY_10);
    const { roundId } = await startRound({ ref: 'MACA-2026-08', practitioners: `${p1.aadObjectId},${p2.aadObjectId}` });

    // p1 starts on the phone: one answer, the required second one still empty.
    const saved = await press(p1, 'audit.save-draft', { roundId, 'q_went-well': 'Half an answer, to finish later.' });
    expect(cardText(saved)).toContain('Saved for later');
    expect((await rawSql(t.assistant.stores).count('select count(*) from audit_drafts where round_id = ?', roundId))).toBe(1);
    expect((await rawSql(t.assistant.stores).count('select count(*) from audit_responses where round_id = ?', roundId))).toBe(0);

    // A name is never saved, even for later.
    const warned = await press(p2, 'audit.save-draft', { roundId, 'q_went-well': 'The social worker, Mrs Patel, was great.' });
    expect(cardText(warned)).toContain('Nothing has been saved yet');
    expect((await rawSql(t.assistant.stores).count('select count(*) from audit_drafts where round_id = ?', roundId))).toBe(1);

    // After a restart the draft is there when p1 comes back, and in the reminder; it doesn't count as answered.
    await settle();
    await t.stop();
    t = await boot(t.dataDir);
    const back = await press(p1, 'audit.edit', { roundId });
    expect(JSON.stringify(back)).toContain('Half an answer, to finish later.');
    expect(cardText(back)).toContain('They are not sent to the committee until you submit');
    const r0 = connector.recorded.length;
    await at('2026-12-01T09:00:00Z');
    const reminder = cardsTo(p1, r0);
    expect(reminder).toHaveLength(1);
    expect(JSON.stringify(reminder[0])).toContain('Half an answer, to finish later.');
    expect(cardText(await say(chair, 'audit status MACA-2026-08'))).toContain('Answered: 0');

    // p2 saves a draft and never submits; p1 submits, which replaces the draft.
    await press(p2, 'audit.save-draft', { roundId, q_learned: 'Something to add.' });
    const thanks = await press(p1, 'audit.submit', { roundId, ...answers('Finished after all.') });
    expect(cardText(thanks)).toContain('Thank you: your reflections are saved');
    expect((await rawSql(t.assistant.stores).count('select count(*) from audit_drafts where round_id = ?', roundId))).toBe(1);
    // Once submitted, "save for later" is not a way round the edit.
    expect(cardText(await press(p1, 'audit.save-draft', { roundId, 'q_went-well': 'x' }))).toContain('You have already submitted');

    // The close deletes drafts never submitted; saving after the close is refused kindly.
    await at('2026-12-04T17:00:00Z');
    await settle();
    expect((await rawSql(t.assistant.stores).count('select count(*) from audit_drafts where round_id = ?', roundId))).toBe(0);
    expect(cardText(await press(p2, 'audit.save-draft', { roundId, q_learned: 'Too late.' }))).toContain('This round has closed');
  });
});

describe('a restart mid-round keeps everything', () => {
  closeOpenRoundsAfterThisScenario();
  it('answers, invitations and reminders survive; reminders still skip those who answered; the close still comes', async () => {
    clock.set(MONDAY_10);
    const { roundId } = await startRound({ ref: 'MACA-2026-07', practitioners: `${p1.aadObjectId},${p2.aadObjectId},${p3.aadObjectId}` });
    await press(p1, 'audit.submit', { roundId, ...answers('Before the restart.'), agencyType: 'Health' });

    await settle();
    await t.stop();
    clock.set('2026-11-30T12:00:00Z');
    t = await boot(t.dataDir);

    const edit = await press(p1, 'audit.edit', { roundId });
    expect(JSON.stringify(edit)).toContain('Before the restart.');
    await press(p2, 'audit.submit', { roundId, ...answers('After the restart.') });
    const r0 = connector.recorded.length;
    expect(await at('2026-12-01T09:00:00Z')).toMatchObject({ sent: 1, cancelled: 2 });
    expect(cardsTo(p3, r0)).toHaveLength(1);
    expect(cardsTo(p1, r0)).toHaveLength(0);
    expect(cardText(await say(chair, 'audit status MACA-2026-07'))).toContain('Answered: 2 (67%)');
    // Down over the close time: the close is sent once on the way back, marked late.
    await settle();
    await t.stop();
    clock.set('2026-12-04T18:30:00Z');
    t = await boot(t.dataDir);
    const c0 = connector.recorded.length;
    // The 3 December reminders missed while down are dropped (two answered; the round has closed); the close card is sent.
    expect(await t.assistant.dispatcher.tick()).toMatchObject({ sent: 1, late: 1, cancelled: 3 });
    expect((await t.assistant.dispatcher.tick()).sent).toBe(0);
    expect(cardsTo(p3, c0)).toHaveLength(0);
    const closed = cardsTo(chair, c0);
    expect(closed).toHaveLength(1);
    expect(cardText(closed[0])).toContain('This message is late');
    expect(cardText(closed[0])).toContain('Answered: 2 (67%)');
  });
});

async function fetchLocal(url: string) {
  // Links carry PUBLIC_URL (http://assistant.test); the test server listens locally.
  const res = await fetch(url.replace('http://assistant.test', t.botUrl));
  return { status: res.status, headers: res.headers, text: await res.text() };
}
