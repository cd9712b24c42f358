// Several instances of the assistant on one PostgreSQL database: each due message is claimed by one instance
// only, a crashed instance's claims are taken over once its lease is stale, scheduling wakes the other instances,
// and two instances starting on a fresh database apply the migrations once.
import { afterEach, describe, expect, it } from 'vitest';
import type { Snapshot } from '../bot/amendments/types.ts';
import { openPostgresStores } from '../bot/storage/postgres/open.ts';
import { postgresMigrations } from '../bot/storage/postgres/schema.ts';
import { captureLogs } from './support/log-capture.ts';
import { createTestDatabase, openPostgresTestStores, pgRawSql, postgresTestsRun, type PostgresTestStores, type TestDatabase } from './support/postgres.ts';
import { message } from './support/store-contract.ts';

describe.skipIf(!postgresTestsRun)('PostgreSQL: several instances on one database', () => {
  let t: PostgresTestStores | undefined;
  let extraDb: TestDatabase | undefined;
  afterEach(async () => {
    await t?.close();
    await extraDb?.drop();
    t = extraDb = undefined;
  });

  it('two instances claiming the same due messages at once: each message is claimed exactly once', async () => {
    t = await openPostgresTestStores();
    const a = t.stores;
    const b = await t.openAnother();
    const due = Array.from({ length: 600 }, (_, i) => message(`L${i % 37}`, new Date(Date.UTC(2026, 10, 24, 9, 0, i % 60)).toISOString()));
    await a.schedule.schedule(due);
    const now = new Date('2026-11-24T10:00:00Z');
    const drain = async (stores: typeof a, name: string) => {
      const ids: number[] = [];
      for (let round = 0; ; round++) {
        const batch = await stores.schedule.claimDue(now, 25, `${name}-${round}`);
        if (batch.length === 0) return ids;
        ids.push(...batch.map((m) => m.id));
      }
    };
    // Two loops per instance: four claimers racing over the same rows.
    const claimed = (await Promise.all([drain(a, 'a1'), drain(b, 'b1'), drain(a, 'a2'), drain(b, 'b2')])).flat();
    expect(claimed).toHaveLength(600);
    expect(new Set(claimed).size).toBe(600);
    const raw = pgRawSql(a);
    expect(await raw.get(`select count(*) as n from scheduled_messages where status = 'sending' and attempts = 1`)).toEqual({ n: 600 });
  });

  it("a crashed instance's lease is taken over once stale: its messages are sent by the other, a started send marked a possible repeat", async () => {
    t = await openPostgresTestStores();
    const crashed = t.stores;
    const survivor = await t.openAnother();
    await crashed.schedule.schedule([message('L1', '2026-11-24T09:00:00Z'), message('L2', '2026-11-24T09:00:00Z')]);
    const claimedAt = new Date('2026-11-24T09:00:05Z');
    const [started] = await crashed.schedule.claimDue(claimedAt, 10, 'crashed-instance');
    await crashed.schedule.markSending(started!.id, claimedAt);
    await crashed.close(); // the instance is gone; its claims stay in the database
    const leaseMs = 120_000;
    // Still inside the lease: the survivor leaves the claims alone.
    expect(await survivor.schedule.requeueStale(new Date(claimedAt.getTime() + 60_000 - leaseMs))).toBe(0);
    expect(await survivor.schedule.claimDue(new Date('2026-11-24T09:01:05Z'), 10, 'survivor-1')).toEqual([]);
    // After it: taken over.
    const later = new Date(claimedAt.getTime() + leaseMs + 1_000);
    expect(await survivor.schedule.requeueStale(new Date(later.getTime() - leaseMs))).toBe(2);
    const taken = await survivor.schedule.claimDue(later, 10, 'survivor-2');
    expect(taken.map((m) => [m.subjectId, m.attempts, m.possibleRepeat])).toEqual([
      ['L1', 2, true],
      ['L2', 2, false],
    ]);
  });

  it('a live instance refreshing its lease keeps its claims from the other instance', async () => {
    t = await openPostgresTestStores();
    const a = t.stores;
    const b = await t.openAnother();
    await a.schedule.schedule([message('L1', '2026-11-24T09:00:00Z')]);
    await a.schedule.claimDue(new Date('2026-11-24T09:00:00Z'), 10, 'a-claim');
    await a.schedule.refreshClaims('a-claim', new Date('2026-11-24T09:10:00Z'));
    expect(await b.schedule.requeueStale(new Date('2026-11-24T09:08:00Z'))).toBe(0);
    expect((await b.schedule.list('L1'))[0]?.status).toBe('sending');
  });

  it('scheduling on one instance wakes the others at once, and only when the transaction commits', async () => {
    t = await openPostgresTestStores();
    const a = t.stores;
    const b = await t.openAnother();
    let woken = 0;
    const stop = b.onScheduled(() => woken++);
    await waitFor(async () => {
      // The listener connects in the background: probe until a plain schedule() reaches it.
      await a.schedule.schedule([message('probe', '2026-11-24T09:00:00Z')]);
      return woken > 0;
    });
    await sleep(300); // the last probes' notices arrive
    woken = 0;
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const inside = a.amendments.transaction(async () => {
      await a.schedule.schedule([message('L1', '2026-11-24T09:00:00Z')]);
      await held;
    });
    try {
      await sleep(300);
      expect(woken).toBe(0);
    } finally {
      release();
      await inside;
    }
    await waitFor(async () => woken > 0);
    stop();
    woken = 0;
    await a.schedule.schedule([message('L2', '2026-11-24T09:00:00Z')]);
    await sleep(300);
    expect(woken).toBe(0);
  });

  it('two instances publishing the same knowledge at once: the change is logged once', async () => {
    t = await openPostgresTestStores();
    const instances = [t.stores, await t.openAnother(), await t.openAnother()];
    const published: Snapshot = { docs: new Map([['doc-a', { hash: 'h2', title: 'Doc A', lastReviewed: '2026-11-01' }]]), sections: new Map() };
    await t.stores.amendments.record({ docs: new Map([['doc-a', { hash: 'h1', title: 'Doc A', lastReviewed: '2026-01-01' }]]), sections: new Map() }, new Date('2026-11-01T09:00:00Z'), true, []);
    // What the amendments service does: read the snapshot, compare, record what changed.
    const publish = (s: (typeof instances)[number]) =>
      s.amendments.transaction(async () => {
        const previous = await s.amendments.snapshot();
        if (previous?.docs.get('doc-a')?.hash === 'h2') return 'nothing new';
        await s.amendments.record(published, new Date('2026-11-02T09:00:00Z'), false, [
          { kind: 'changed', docId: 'doc-a', sectionId: null, docTitle: 'Doc A', heading: null, lastReviewed: '2026-11-01', changeNote: null },
        ]);
        await s.schedule.schedule([message('K-followers', '2026-11-02T09:00:00Z', 'amendments.follower')]);
        return 'recorded';
      });
    expect((await Promise.all(instances.map(publish))).sort()).toEqual(['nothing new', 'nothing new', 'recorded']);
    expect(await t.stores.amendments.recent(10)).toHaveLength(1);
    expect(await t.stores.schedule.list('K-followers')).toHaveLength(1);
  });

  it('two instances starting together on a fresh database apply the migrations once', async () => {
    extraDb = await createTestDatabase();
    const logs = captureLogs();
    const opened = await Promise.all([0, 1, 2].map(() => openPostgresStores(extraDb!.url, { logger: logs.logger, maxConnections: 3 })));
    try {
      const raw = pgRawSql(opened[0]!);
      expect(await raw.get('select count(*) as n from schema_migrations')).toEqual({ n: postgresMigrations.length });
      expect(logs.entries.filter((e) => e.event === 'storage.postgres_migrated')).toHaveLength(1);
      // Every instance works on the shared schema.
      await opened[1]!.schedule.schedule([message('L1', '2026-11-24T09:00:00Z')]);
      expect(await opened[2]!.schedule.list('L1')).toHaveLength(1);
      expect(await opened[0]!.secret('pseudonym-salt')).toBe(await opened[2]!.secret('pseudonym-salt'));
    } finally {
      for (const s of opened) await s.close();
    }
  });
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor(check: () => Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await sleep(50);
  }
}
