// A failover while reminders fall due: the assistant's PostgreSQL server is stopped (every connection dropped) and
// started again. Meanwhile the dispatcher logs and keeps running; once the server is back, every reminder that
// fell due is delivered, once each, and the records say so. The real server, adapter and dispatcher timer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../bot/shared/clock.ts';
import { MESSAGE_KINDS } from '../bot/lado/types.ts';
import { openPostgresStores } from '../bot/storage/postgres/open.ts';
import { cardText, person, type Person } from './support/activities.ts';
import { chatDriver } from './support/chat-driver.ts';
import { startSchoolClock } from './support/lado-clock.ts';
import { startFakeConnector, type FakeConnector } from './support/fake-connector.ts';
import { captureLogs } from './support/log-capture.ts';
import { postgresTestsRun } from './support/postgres.ts';
import { privateCluster, type PrivateCluster } from './support/private-cluster.ts';
import { startTestAssistant, type TestAssistant } from './support/test-assistant.ts';

const officer = person('lado-officer-failover');
const referrers = [person('dsl-failover-1'), person('dsl-failover-2'), person('dsl-failover-3')];

async function until(done: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe.skipIf(!postgresTestsRun)('a PostgreSQL failover while reminders are due', () => {
  let cluster: PrivateCluster;
  let t: TestAssistant;
  let connector: FakeConnector;
  let clock: ManualClock;
  const storeLogs = captureLogs();
  const { say, press } = chatDriver(() => ({ t, connector, clock }));

  beforeAll(async () => {
    cluster = await privateCluster();
    await cluster.start();
    clock = new ManualClock('2026-11-23T10:00:00Z');
    connector = await startFakeConnector();
    const stores = await openPostgresStores(cluster.url, { logger: storeLogs.logger, now: () => clock.now(), giveUpAfterMs: 20_000, firstRetryDelayMs: 100, maxRetryDelayMs: 500, maxConnections: 5 });
    // The dispatcher's own timer runs (every 200 ms): nothing below ticks it by hand.
    t = await startTestAssistant({ env: { LADO_STAFF: officer.aadObjectId, DISPATCH_INTERVAL_MS: '200' }, clock, connector, stores });
    for (const p of [officer, ...referrers]) await say(p, 'help');
  }, 60_000);
  afterAll(async () => {
    await t?.stop({ removeData: true });
    await connector?.close();
    await cluster?.destroy();
  });

  const startClock = (referrer: Person, caseRef: string) => startSchoolClock({ say, press }, officer, referrer, caseRef);
  const cardsTo = (who: Person, since: number) =>
    connector.recorded.slice(since).filter((r) => r.route !== 'update' && r.conversationId === who.conversationId).flatMap((r) => (r.body.attachments ?? []).map((a: any) => a.content));

  it('the dispatcher keeps running through the outage and then delivers every due reminder once', { timeout: 90_000 }, async () => {
    const clockIds: string[] = [];
    for (const [i, referrer] of referrers.entries()) clockIds.push(await startClock(referrer, `LADO-2026-FO-${i + 1}`));
    // The first card of each clock goes at once (the dispatcher's timer).
    await until(() => referrers.every((r) => cardsTo(r, 0).some((c) => cardText(c).includes('LADO referral needed by'))), 20_000, 'the first cards');
    const since = connector.recorded.length;

    // The server goes away; while it is away the halfway reminders fall due.
    await cluster.stop();
    clock.set('2026-11-24T10:00:00Z');
    await until(() => t.logs.entries.filter((e) => e.event === 'dispatch.storage_unavailable').length >= 3, 20_000, 'the dispatcher to log the outage a few times');
    expect(referrers.every((r) => cardsTo(r, since).length === 0)).toBe(true);
    expect((await fetch(`${t.botUrl}/healthz`)).status).toBe(503);

    // Back: everything due is delivered by the running dispatcher, once.
    await cluster.start();
    await until(() => referrers.every((r) => cardsTo(r, since).length >= 1), 30_000, 'the halfway reminders after the restart');
    // A few more dispatcher rounds: nothing more is sent.
    await new Promise((r) => setTimeout(r, 1_500));
    for (const r of referrers) {
      const cards = cardsTo(r, since);
      expect(cards).toHaveLength(1);
      expect(cardText(cards[0])).toContain('This message is late');
    }
    for (const id of clockIds) {
      const reminders = (await t.assistant.schedule.list(id)).filter((m) => m.kind === MESSAGE_KINDS.reminder);
      const due = reminders.filter((m) => m.dueAt.getTime() <= clock.now().getTime());
      expect(due.length).toBeGreaterThanOrEqual(2);
      expect(due.every((m) => m.status === 'sent')).toBe(true);
      expect(reminders.filter((m) => m.dueAt.getTime() > clock.now().getTime()).every((m) => m.status === 'pending')).toBe(true);
    }
    expect((await fetch(`${t.botUrl}/healthz`)).status).toBe(200);
    // The outage was warned about, never logged as an unexpected error.
    expect(t.logs.unexpectedErrors()).toEqual([]);
  });
});
