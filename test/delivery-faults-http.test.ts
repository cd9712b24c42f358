// Reminders survive Teams outages and throttling: the real server and dispatcher, a fake Bot Connector with
// programmed faults, and a manual clock moved forward. Every reminder arrives exactly once when nothing
// crashes; one Teams refuses for good is reported to the LADO officer at once.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { rawSql } from './support/raw-sql.ts';
import { ManualClock } from '../bot/shared/clock.ts';
import { REPEAT_NOTE } from '../bot/scheduling/repeat-note.ts';
import { cardText, message, person, type Person } from './support/activities.ts';
import { startTestAssistant, type TestAssistant } from './support/test-assistant.ts';
import { startFakeConnector, type Fault, type FakeConnector } from './support/fake-connector.ts';
import { chatDriver } from './support/chat-driver.ts';
import { startSchoolClock } from './support/lado-clock.ts';

const officer = person('lado-officer');
const START = '2026-11-23T10:00:00Z'; // a Monday, in working hours
const TIMEOUT_MS = 500;

let t: TestAssistant;
let clock: ManualClock;
let connector: FakeConnector;
const { say, press, cardsTo, settle, at } = chatDriver(() => ({ t, connector, clock }));

/** Per conversation, the fault for each attempt from when the plan is set (1-based); undefined = accepted. */
const plans = new Map<string, { n: number; fault: (n: number) => Fault | undefined }>();
const plan = (who: Person, fault: (n: number) => Fault | undefined) => plans.set(who.conversationId, { n: 0, fault });
const planned = (a: { conversationId: string }) => {
  const p = plans.get(a.conversationId);
  return p?.fault(++p.n);
};

beforeAll(async () => {
  clock = new ManualClock(START);
  connector = await startFakeConnector();
  connector.faults = planned;
  t = await startTestAssistant({
    env: { LADO_STAFF: officer.aadObjectId, DISPATCH_INTERVAL_MS: '600000', CONNECTOR_TIMEOUT_MS: String(TIMEOUT_MS), REMINDER_RETRY_MINUTES: '30' },
    clock,
    connector,
  });
  await say(officer, 'help');
});
afterAll(async () => {
  await t.stop({ removeData: true });
  await connector.close();
});
afterEach(async () => {
  expect(t.logs.unexpectedErrors()).toEqual([]);
  await settle();
  plans.clear();
  const sql = rawSql(t.assistant.stores);
  await sql.run(`update scheduled_messages set status = 'cancelled' where status = 'pending'`);
  await sql.run(`update lado_clocks set state = 'received' where state != 'received'`);
});

const startClockFor = (referrer: Person, caseRef: string) => startSchoolClock({ say, press }, officer, referrer, caseRef);

/** Moves the manual clock forward in steps, ticking the dispatcher at each. */
async function runFor(fromIso: string, totalMs: number, stepMs: number) {
  const from = new Date(fromIso).getTime();
  for (let ms = stepMs; ms <= totalMs; ms += stepMs) await at(new Date(from + ms).toISOString());
}

const firstCards = (who: Person, since: number) => cardsTo(who, since).filter((c) => cardText(c).includes('LADO referral needed by'));

describe('passing failures are retried until the reminder gets through', () => {
  it('503s for a while, a 429 with Retry-After, resets and a timeout: each referrer gets the first card exactly once', async () => {
    clock.set(START);
    const r503 = person('r-503');
    const r429 = person('r-429');
    const rReset = person('r-reset');
    const rTimeout = person('r-timeout');
    for (const p of [r503, r429, rReset, rTimeout]) await say(p, 'help');
    plan(r503, (n) => (n <= 3 ? { status: 503 } : undefined));
    plan(r429, (n) => (n === 1 ? { status: 429, retryAfterS: 30 } : undefined));
    plan(rReset, (n) => (n <= 2 ? { reset: true } : undefined));
    plan(rTimeout, (n) => (n === 1 ? { hang: true } : undefined));
    const since = connector.recorded.length;

    const ids = [];
    for (const [i, p] of [r503, r429, rReset, rTimeout].entries()) ids.push(await startClockFor(p, `LADO-2026-09${10 + i}`));
    await t.assistant.dispatcher.tick();
    await settle();
    // Nothing got through yet; nothing was given up: all four are still pending, and still on the LADO's list.
    for (const p of [r503, r429, rReset, rTimeout]) expect(firstCards(p, since)).toHaveLength(0);
    for (const id of ids) expect((await t.assistant.schedule.list(id)).find((m) => m.kind === 'lado.reminder')?.status).toBe('pending');
    const due = cardText(await say(officer, 'lado due'));
    for (let i = 0; i < 4; i++) expect(due).toContain(`LADO-2026-09${10 + i}`);

    // Retry-After is honoured: not before 30 seconds.
    await runFor(START, 25_000, 5_000);
    expect(firstCards(r429, since)).toHaveLength(0);
    await runFor(new Date(new Date(START).getTime() + 25_000).toISOString(), 10 * 60_000, 5_000);

    for (const p of [r503, r429, rReset, rTimeout]) expect(firstCards(p, since)).toHaveLength(1);
    // A reset or a timeout might have reached Teams, so that retry says it may be a repeat; a 503 or 429 didn't.
    expect(cardText(firstCards(rReset, since)[0])).toContain(REPEAT_NOTE);
    expect(cardText(firstCards(rTimeout, since)[0])).toContain(REPEAT_NOTE);
    expect(cardText(firstCards(r503, since)[0])).not.toContain(REPEAT_NOTE);
    expect(cardText(firstCards(r429, since)[0])).not.toContain(REPEAT_NOTE);
    // Sent minutes after it was due: marked late.
    expect(cardText(firstCards(r503, since)[0])).not.toContain('This message is late');
    for (const id of ids) {
      const first = (await t.assistant.schedule.list(id)).find((m) => m.kind === 'lado.reminder')!;
      expect(first.status).toBe('sent');
      expect(first.failures).toBeGreaterThan(0);
    }
    // The officer was not told anyone was unreachable.
    expect(cardsTo(officer, since).map(cardText).some((c) => c.includes("I couldn't reach the referrer"))).toBe(false);
    // Each failure logged once, without the message.
    const failures = t.logs.entries.filter((e) => e.event === 'notify.failed');
    expect(failures.length).toBe(3 + 1 + 2 + 1);
    expect(JSON.stringify(failures)).not.toContain('LADO referral');
  });

  it('a reminder sent well after it was due because Teams was down says it is late', async () => {
    clock.set(START);
    const rOutage = person('r-outage');
    await say(rOutage, 'help');
    // Teams answers 503 for the first 10 minutes of tries.
    const outageEnds = new Date(START).getTime() + 10 * 60_000;
    plan(rOutage, () => (clock.now().getTime() < outageEnds ? { status: 503 } : undefined));
    const since = connector.recorded.length;
    await startClockFor(rOutage, 'LADO-2026-0920');
    await runFor(START, 20 * 60_000, 30_000);
    const got = firstCards(rOutage, since);
    expect(got).toHaveLength(1);
    expect(cardText(got[0])).toContain('This message is late');
  });
});

describe('failures that retrying cannot fix', () => {
  it('a referrer who blocked the bot (403): undeliverable at once, the LADO officer told, no retries', async () => {
    clock.set(START);
    const blocked = person('r-blocked');
    await say(blocked, 'help');
    plan(blocked, () => ({ status: 403, code: 'ConversationBlockedByUser' }));
    const since = connector.recorded.length;
    const refusedBefore = connector.refused.length;
    const id = await startClockFor(blocked, 'LADO-2026-0930');
    await t.assistant.dispatcher.tick();
    await settle();
    const first = (await t.assistant.schedule.list(id)).find((m) => m.kind === 'lado.reminder')!;
    expect(first.status).toBe('undeliverable');
    // The notice goes out just after the reminder is marked undeliverable.
    await connector.waitFor((r) => r.conversationId === officer.conversationId && JSON.stringify(r.body).includes("I couldn't reach the referrer for case LADO-2026-0930"), { since });
    await runFor(START, 5 * 60_000, 30_000);
    expect(connector.refused.slice(refusedBefore).filter((r) => r.conversationId === blocked.conversationId)).toHaveLength(1);
    expect(firstCards(blocked, since)).toHaveLength(0);
  });

  it('the notice to the officer is retried too when Teams is briefly down for the officer', async () => {
    clock.set(START);
    const blocked = person('r-blocked-2');
    await say(blocked, 'help');
    plan(blocked, () => ({ status: 403, code: 'ConversationBlockedByUser' }));
    // The first message to the officer is the form's reply; the two after it (the notice) get 502.
    plan(officer, (n) => (n === 2 || n === 3 ? { status: 502 } : undefined));
    const since = connector.recorded.length;
    await startClockFor(blocked, 'LADO-2026-0935');
    await runFor(START, 2 * 60_000, 10_000);
    const notices = cardsTo(officer, since).map(cardText).filter((c) => c.includes("I couldn't reach the referrer for case LADO-2026-0935"));
    expect(notices).toHaveLength(1);
    // A 502 may have reached Teams: the retry says it may be a repeat.
    expect(notices[0]).toContain(REPEAT_NOTE);
  });

  it('503 past the retry budget: undeliverable, and the officer is told', async () => {
    clock.set(START);
    const down = person('r-down');
    await say(down, 'help');
    plan(down, () => ({ status: 503 }));
    const since = connector.recorded.length;
    const id = await startClockFor(down, 'LADO-2026-0940');
    await runFor(START, 25 * 60_000, 60_000);
    expect((await t.assistant.schedule.list(id)).find((m) => m.kind === 'lado.reminder')!.status).toBe('pending');
    expect(cardsTo(officer, since).map(cardText).some((c) => c.includes("I couldn't reach the referrer for case LADO-2026-0940"))).toBe(false);
    await runFor(new Date(new Date(START).getTime() + 25 * 60_000).toISOString(), 15 * 60_000, 60_000);
    expect((await t.assistant.schedule.list(id)).find((m) => m.kind === 'lado.reminder')!.status).toBe('undeliverable');
    expect(cardsTo(officer, since).map(cardText).some((c) => c.includes("I couldn't reach the referrer for case LADO-2026-0940"))).toBe(true);
    expect(t.logs.entries.some((e) => e.event === 'dispatch.retry_budget_spent')).toBe(true);
  });
});

describe('a send whose answer is lost', () => {
  it('Teams took it but never answered: sent again once, marked as a possible repeat', async () => {
    clock.set(START);
    const lost = person('r-lost');
    await say(lost, 'help');
    plan(lost, (n) => (n === 1 ? { hang: true, accepted: true } : undefined));
    const since = connector.recorded.length;
    await startClockFor(lost, 'LADO-2026-0950');
    await runFor(START, 5 * 60_000, 10_000);
    const got = firstCards(lost, since);
    expect(got).toHaveLength(2);
    expect(cardText(got[0])).not.toContain(REPEAT_NOTE);
    expect(cardText(got[1])).toContain(REPEAT_NOTE);
  });
});

describe('a turn whose Bot Connector does not answer', () => {
  it('is bounded by the connector timeout, and logged once', async () => {
    const who = person('r-turn');
    connector.faults = (a) => (a.conversationId === who.conversationId ? { hang: true } : undefined);
    try {
      const before = t.logs.entries.length;
      const started = performance.now();
      const res = await t.post(message(connector.url, who, 'help'));
      const ms = performance.now() - started;
      expect(res.status).toBe(200);
      // One attempt, no botbuilder retries, no apology waiting on the same connector.
      expect(ms).toBeLessThan(TIMEOUT_MS * 3);
      const logged = t.logs.entries.slice(before).filter((e) => e.event === 'turn.reply_failed');
      expect(logged).toHaveLength(1);
      expect(JSON.stringify(logged[0])).not.toContain('help');
    } finally {
      connector.faults = planned;
    }
  });
});
