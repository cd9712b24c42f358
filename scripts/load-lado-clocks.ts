// Load check for the LADO referral clock (not a timed test): 10,000 open clocks in a temporary SQLite
// database, their reminders falling due over a short window, sent by the real dispatcher through the
// real LADO message kinds (card rendering included) to a fake notifier. Reports how late each message
// was dispatched after its due time (sent_at - due_at, as the schedule store records it).
//
//   npm run load:lado                       # 10,000 clocks, reminders spread over 60 s, then a burst
//   npm run load:lado -- --clocks 2000 --window 20 --latency-ms 5
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openSqliteStores } from '../bot/storage/sqlite-store-set.ts';
import { createDispatcher } from '../bot/scheduling/dispatcher.ts';
import { systemClock } from '../bot/shared/clock.ts';
import { silentLogger } from '../bot/shared/log.ts';
import type { Notifier } from '../bot/shared/notifier.ts';
import { loadKnowledge } from '../bot/knowledge/load.ts';
import { wireLado } from '../bot/wire/lado.ts';
import { newClockId } from '../bot/lado/service.ts';
import { MESSAGE_KINDS, ORGANISATION_TYPES, type ReferralClock } from '../bot/lado/types.ts';
import type { ScheduleRequest } from '../bot/scheduling/types.ts';

const { values: opts } = parseArgs({
  options: {
    clocks: { type: 'string', default: '10000' },
    window: { type: 'string', default: '60' },
    'latency-ms': { type: 'string', default: '0' },
    'interval-ms': { type: 'string', default: '15000' },
    partnership: { type: 'string', default: 'wigan' },
  },
});
const CLOCKS = Number(opts.clocks);
const WINDOW_MS = Number(opts.window) * 1000;
const LATENCY_MS = Number(opts['latency-ms']);
const INTERVAL_MS = Number(opts['interval-ms']);

const dir = mkdtempSync(join(tmpdir(), 'lado-load-'));
const stores = openSqliteStores(join(dir, 'assistant.db'), { now: () => new Date() });
const schedule = stores.schedule;
const profile = loadKnowledge('knowledge', opts.partnership!).partnership;
let sends = 0;
const notifier: Notifier = {
  async send() {
    sends++;
    // A stand-in for the Bot Connector round trip.
    await (LATENCY_MS > 0 ? new Promise((r) => setTimeout(r, LATENCY_MS)) : new Promise((r) => setImmediate(r)));
    return { delivered: true, activityId: `a${sends}`, conversationId: 'c' };
  },
  update: async () => true,
  canReach: async () => true,
};
const { feature } = wireLado({
  stores,
  schedule,
  profile,
  notifier,
  userForEmailHash: async () => undefined,
  clock: systemClock,
  logger: silentLogger,
  lado: { staff: ['aad-officer'], channelId: '' },
  wakeDispatcher: () => {},
});
/** Creates `count` open clocks whose messages fall due at the times `dueAt(i, k)` gives. */
async function seed(count: number, perClock: number, dueAt: (i: number, k: number) => number): Promise<number> {
  const clocks = stores.referralClocks;
  const now = Date.now();
  let messages = 0;
  // One transaction for the lot (each clock's own becomes a savepoint): seeding is not what is measured.
  await stores.amendments.transaction(async () => {
    for (let i = 0; i < count; i++) {
      const referral: ReferralClock = {
        id: newClockId(),
        caseRef: `LOAD-${i}`,
        orgType: ORGANISATION_TYPES[i % ORGANISATION_TYPES.length],
        rule: '1-working-day',
        identifiedAt: new Date(now - 3_600_000),
        deadlineAt: new Date(now + 86_400_000),
        createdAt: new Date(now),
        officerKey: 'aad-officer',
        referrer: { kind: 'user', userKey: `aad-referrer-${i}` },
        referrerReachable: true,
        own: false,
        state: 'open',
        startToken: `load-${i}-${now}`,
      };
      const items: ScheduleRequest[] = [];
      for (let k = 0; k < perClock; k++) {
        const overdue = k === perClock - 1 && perClock > 1;
        items.push({
          kind: overdue ? MESSAGE_KINDS.overdue : MESSAGE_KINDS.reminder,
          subjectId: referral.id,
          recipient: overdue ? { kind: 'user', userKey: 'aad-officer' } : referral.referrer,
          dueAt: new Date(dueAt(i, k)),
          payload: { clockId: referral.id, reminder: k === 0 ? 'halfway' : 'before-120' },
        });
      }
      await clocks.create(referral, items);
      messages += items.length;
    }
  });
  return messages;
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function run(name: string, expected: number, untilMs: number) {
  const dispatcher = createDispatcher({ store: schedule, notifier, clock: systemClock, logger: silentLogger, kinds: feature.messageKinds!, intervalMs: INTERVAL_MS });
  dispatcher.start();
  const pending = () => stores.withDb((db) => db.prepare(`select count(*) from scheduled_messages where status in ('pending', 'sending')`).pluck().get() as number);
  // Until the window has passed and nothing is left (or two minutes after the window, whichever first).
  while (Date.now() < untilMs + 120_000 && (Date.now() < untilMs || (await pending()) > 0)) {
    await new Promise((r) => setTimeout(r, 250));
  }
  await dispatcher.stop();
  const rows = await stores.withDb((db) => {
    const lags = db.prepare(`select sent_at - due_at as lag from scheduled_messages where status = 'sent' order by lag`).pluck().all() as number[];
    db.exec(`delete from scheduled_messages; delete from lado_clocks`);
    return lags;
  });
  const within = rows.filter((l) => l <= 1000).length;
  return {
    scenario: name,
    messages: `${rows.length}/${expected}`,
    p50: percentile(rows, 50),
    p95: percentile(rows, 95),
    p99: percentile(rows, 99),
    max: rows.at(-1) ?? NaN,
    within1s: `${((100 * within) / Math.max(1, rows.length)).toFixed(2)} %`,
  };
}

const results = [];
const lead = 3000; // time to seed before the first message falls due
{
  const t0 = Date.now() + lead;
  // Each clock's halfway reminder, 2-hours-before reminder and overdue card, at random moments in the window.
  const n = await seed(CLOCKS, 3, () => t0 + Math.floor(Math.random() * WINDOW_MS));
  results.push(await run(`${CLOCKS} open clocks, ${n} messages spread over ${WINDOW_MS / 1000} s`, n, t0 + WINDOW_MS));
}
{
  const t0 = Date.now() + lead;
  // The worst case: every clock has a reminder due in the same second (e.g. a shared 17:00 deadline).
  const n = await seed(CLOCKS, 1, () => t0);
  results.push(await run(`${CLOCKS} reminders due at the same instant`, n, t0));
}

console.log(`\nLADO referral clock dispatch lag (ms after due time); fake notifier latency ${LATENCY_MS} ms, dispatcher interval ${INTERVAL_MS} ms, Node ${process.version}\n`);
console.log('| scenario | sent | p50 | p95 | p99 | max | within 1 s |');
console.log('|---|---|---|---|---|---|---|');
for (const r of results) console.log(`| ${r.scenario} | ${r.messages} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.max} | ${r.within1s} |`);
await stores.close();
rmSync(dir, { recursive: true, force: true });
