// Reminders falling due over a window, sent by one or more instances on one database to the fake Bot Connector
// (Teams' limits enforced), optionally with one instance killed with SIGKILL halfway through the window.
// Everything is counted at the connector: a killed instance cannot report what it sent.
import pg from 'pg';
import { startFakeConnector } from '../../test/support/fake-connector.ts';
import { countDeliveries, type DeliveryCount } from './delivery-count.ts';
import { TEAMS_LIMITS } from './http-load.ts';
import { startInstance } from './instance-handle.ts';
import type { SeedRequest } from './instance-process.ts';
import type { KnowledgeSource } from './knowledge-source.ts';
import { round } from './stats.ts';

export type ReminderLoad = Omit<SeedRequest, 'connectorUrl'>;

export interface InstancesRun extends DeliveryCount {
  store: 'sqlite' | 'postgres';
  instances: number;
  /** ms into the window when one instance was killed with SIGKILL (undefined: none was). */
  killed_at_ms?: number;
  /** Distinct reminders delivered before the kill. */
  delivered_before_kill?: number;
  /** What the killed instance had sent by its last report before the kill (both instances were sending). */
  sent_by_killed?: number;
  /** Claims the killed instance left: rows still 'sending', claimed before the kill, 10 s after it. */
  orphaned_claims?: number;
  /** From the first due time to the last reminder's first arrival. */
  drain_ms: number;
  /** Sends the connector refused with 429 (Teams' limits), each retried by the dispatcher. */
  throttled_429: number;
  /** Storing all reminders (one transaction). */
  schedule_ms: number;
  /** Error lines the surviving instances logged (event names). */
  logged_errors: string[];
  /** The run stopped waiting before every reminder arrived. */
  timed_out: boolean;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function countOrphanedClaims(url: string, before: Date): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(`select count(*) as n from scheduled_messages where status = 'sending' and claimed_at < $1`, [before]);
    return Number(rows[0].n);
  } finally {
    await client.end();
  }
}

export async function runInstances(
  source: KnowledgeSource,
  load: ReminderLoad,
  options: { instances: number; databaseUrl?: string; killHalfway: boolean },
  progress: (line: string) => void,
): Promise<InstancesRun> {
  const connector = await startFakeConnector();
  connector.limits = TEAMS_LIMITS;
  const instances = Array.from({ length: options.instances }, () => startInstance(source, options.databaseUrl));
  try {
    // Started together: their migrations race on purpose (the advisory lock settles it).
    await Promise.all(instances.map((i) => i.next('ready')));
    const [seeder] = instances;
    seeder.send({ type: 'seed', ...load, connectorUrl: connector.url });
    const seeded = await seeder.next('seeded');
    const dueAt = (n: number) => seeded.first + Math.floor(n * seeded.step);
    const distinct = () => new Set(connector.recorded.map((r) => /^Reminder (\d+):/.exec(String(r.body?.text ?? ''))?.[1]).filter(Boolean)).size;
    progress(`${load.count} reminders stored in ${seeded.schedule_ms} ms; due over ${load.spreadMs / 1000} s`);

    let killedAt: number | undefined;
    let beforeKill: number | undefined;
    let sentByKilled: number | undefined;
    let orphaned: Promise<number | undefined> = Promise.resolve(undefined);
    const victim = options.killHalfway ? instances.at(-1) : undefined;
    if (victim) {
      await sleep(Math.max(0, seeded.first + load.spreadMs / 2 - Date.now()));
      beforeKill = distinct();
      sentByKilled = victim.sentSoFar();
      victim.killHard();
      const killTime = new Date();
      killedAt = killTime.getTime() - seeded.first;
      if (options.databaseUrl) {
        const url = options.databaseUrl;
        // The survivor's own claims are sent within seconds; what is still 'sending' from before the kill is the dead one's.
        // Caught here, not where it is awaited: a rejection must not go unhandled in between.
        orphaned = sleep(10_000)
          .then(() => countOrphanedClaims(url, killTime))
          .catch(() => undefined);
      }
      progress(`kill -9 ${victim.pid} at ${Math.round(killedAt / 1000)} s (${beforeKill} delivered so far, ${sentByKilled} of them by it); the other instance takes its claims over when their lease (2 min) runs out`);
    }
    // A dead instance's lease runs 2 minutes, and the survivor looks at most every DISPATCH_INTERVAL_MS (15 s).
    const deadline = seeded.first + load.spreadMs + (victim ? 240_000 : 120_000);
    let lastReport = Date.now();
    while (distinct() < load.count && Date.now() < deadline) {
      await sleep(250);
      if (Date.now() - lastReport > 15_000) {
        lastReport = Date.now();
        progress(`${distinct()} of ${load.count} delivered`);
      }
    }
    const timedOut = distinct() < load.count;
    // Late duplicates would arrive now, if there were any.
    await sleep(3_000);
    const survivors = instances.filter((i) => i !== victim);
    await Promise.all(survivors.map((i) => i.stop()));
    const count = countDeliveries(connector.recorded, load.count, dueAt);
    return {
      store: options.databaseUrl ? 'postgres' : 'sqlite',
      instances: options.instances,
      ...count,
      killed_at_ms: killedAt,
      delivered_before_kill: beforeKill,
      sent_by_killed: sentByKilled,
      orphaned_claims: await orphaned,
      drain_ms: round(Math.max(0, count.last_arrival - seeded.first), 0),
      throttled_429: connector.refused.filter((r) => r.status === 429).length,
      schedule_ms: seeded.schedule_ms,
      logged_errors: [...new Set(survivors.flatMap((i) => i.errors))],
      timed_out: timedOut,
    };
  } finally {
    await Promise.all(instances.map((i) => i.stop().catch(() => undefined)));
    await connector.close();
  }
}
