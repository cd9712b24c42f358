// Bad conditions against a real PostgreSQL server: nothing listening at start (retries with a log line per attempt,
// then a clear error, never the password), a connection killed mid-transaction (the call fails, nothing is half
// written, the next call works), every connection dropped at once (as in a failover), and writes racing a close.
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { isConnectionError } from '../bot/storage/postgres/connection.ts';
import { openPostgresStores } from '../bot/storage/postgres/open.ts';
import { captureLogs, expectErrorLogs } from './support/log-capture.ts';
import { createDatabaseNamed, createTestDatabase, openPostgresTestStores, postgresTestsRun, terminateBackend, terminateConnections, type PostgresTestStores } from './support/postgres.ts';
import { clockRecord, message } from './support/store-contract.ts';

/** pg_terminate_backend through psql, blocking this process meanwhile (its pools cannot react in between). */
function terminateConnectionsNow(database: string): void {
  execFileSync('psql', [process.env.TEST_DATABASE_URL!, '-Atqc', `select pg_terminate_backend(pid) from pg_stat_activity where datname = '${database}' and application_name = 'safeguarding-assistant'`]);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function portWithNothingListening(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}

describe.skipIf(!postgresTestsRun)('PostgreSQL under bad conditions', () => {
  let t: PostgresTestStores | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('nothing listening at start: retries with backoff, one log line per attempt naming host and database, then a clear error without the password', async () => {
    expectErrorLogs(/storage\.postgres_unreachable/);
    const port = await portWithNothingListening();
    const logs = captureLogs();
    const url = `postgres://assistant:QUOKKA-SECRET-PW@127.0.0.1:${port}/assistant_db`;
    const started = Date.now();
    const opening = openPostgresStores(url, { logger: logs.logger, giveUpAfterMs: 1_500, firstRetryDelayMs: 100, maxRetryDelayMs: 400 });
    await expect(opening).rejects.toThrow(new RegExp(`PostgreSQL at 127\\.0\\.0\\.1:${port}/assistant_db did not accept a connection`));
    expect(Date.now() - started).toBeLessThan(5_000);
    const attempts = logs.entries.filter((e) => e.event === 'storage.postgres_connect_failed');
    expect(attempts.length).toBeGreaterThanOrEqual(3);
    expect(attempts.map((e) => e.fields.attempt)).toEqual(attempts.map((_, i) => i + 1));
    expect(attempts.map((e) => e.fields.retryInMs)).toEqual(attempts.map((_, i) => Math.min(100 * 2 ** i, 400)));
    expect(attempts[0]!.fields).toMatchObject({ host: `127.0.0.1:${port}`, database: 'assistant_db', code: 'ECONNREFUSED' });
    expect(logs.entries.at(-1)?.event).toBe('storage.postgres_unreachable');
    const everything = JSON.stringify(logs.entries) + String(await opening.catch((e: Error) => e.message));
    expect(everything).not.toContain('QUOKKA-SECRET-PW');
    expect(everything).not.toContain('assistant:');
  });

  it('a database that appears while the assistant waits: it connects on a later attempt, migrates and works', async () => {
    const db = await createTestDatabase();
    await db.drop(); // the name is known, the database is not there yet
    const logs = captureLogs();
    const opening = openPostgresStores(db.url, { logger: logs.logger, giveUpAfterMs: 20_000, firstRetryDelayMs: 100, maxRetryDelayMs: 200 });
    await waitFor(async () => logs.entries.some((e) => e.event === 'storage.postgres_connect_failed'));
    await createDatabaseNamed(db.name);
    const stores = await opening;
    try {
      expect(logs.entries.find((e) => e.event === 'storage.postgres_connected')?.fields.attempt).toBeGreaterThan(1);
      expect(await stores.healthy()).toBe(true);
      expect(await stores.secret('k')).toMatch(/^[0-9a-f]{64}$/);
    } finally {
      await stores.close();
      await db.drop();
    }
  });

  it('the database gone while running: healthy() says so promptly, and calls reject instead of hanging', async () => {
    t = await openPostgresTestStores();
    const { stores } = t;
    expect(await stores.healthy()).toBe(true);
    await t.db.drop();
    const started = Date.now();
    expect(await stores.healthy()).toBe(false);
    expect(Date.now() - started).toBeLessThan(3_000);
    await expect(stores.follows.follow('aad-1', 'doc#one', new Date('2026-11-24T09:00:00Z'))).rejects.toThrow();
  });

  it('a connection killed mid-transaction: the call rejects, nothing is half-written, the next call works on a fresh connection', async () => {
    t = await openPostgresTestStores();
    const { stores } = t;
    const c = clockRecord();
    const at = new Date('2026-11-24T09:00:00Z');
    const attempt = stores.amendments.transaction(async () => {
      await stores.referralClocks.create(c, [message(c.id, '2026-11-24T10:00:00Z')]);
      await stores.follows.follow('aad-1', 'doc#one', at);
      const [row] = await stores.db.query<{ pid: number }>('select pg_backend_pid() as pid');
      await terminateBackend(row!.pid);
      await stores.follows.follow('aad-1', 'doc#two', at);
    });
    const failure = await attempt.then(
      () => undefined,
      (err: unknown) => err,
    );
    // Recognisable as a lost connection, so the turn can say "try again".
    expect(isConnectionError(failure)).toBe(true);
    expect(await stores.referralClocks.get(c.id)).toBeUndefined();
    expect(await stores.schedule.list(c.id)).toEqual([]);
    expect(await stores.follows.list('aad-1')).toEqual([]);
    expect(await stores.healthy()).toBe(true);
    expect(await stores.referralClocks.create(c, [message(c.id, '2026-11-24T10:00:00Z')])).toEqual({ created: true });
    expect(await stores.schedule.list(c.id)).toHaveLength(1);
  });

  it('bad values: text with NUL characters is stored without them; an invalid date is refused plainly and nothing is written', async () => {
    t = await openPostgresTestStores();
    const { stores } = t;
    await stores.questionLog.record({ at: new Date('2026-11-24T09:00:00Z'), outcome: 'not-sure', area: null, shown: [], question: 'what\u0000 now' });
    expect((await stores.questionLog.between(new Date('2026-11-24T00:00:00Z'), new Date('2026-11-25T00:00:00Z')))[0]?.question).toBe('what now');
    const r = await stores.auditRounds.saveDraft({ roundId: 'Anotthere00', respondent: 'p\u0000', answers: { a: 'x\u0000y' }, updatedAt: new Date('2026-11-24T09:00:00Z') });
    expect(r).toEqual({ saved: false, reason: 'not-found' });
    await expect(stores.follows.follow('aad-1', 'doc#one', new Date('not a date'))).rejects.toThrow('an invalid date cannot be stored');
    expect(await stores.follows.list('aad-1')).toEqual([]);
    expect(await stores.healthy()).toBe(true);
  });

  it('a call left running after its transaction ended goes to the pool, never into the next transaction on that connection', async () => {
    t = await openPostgresTestStores({ maxConnections: 1 });
    const { stores } = t;
    const at = new Date('2026-11-24T09:00:00Z');
    let straggler: Promise<boolean> | undefined;
    await stores.amendments.transaction(async () => {
      await stores.follows.follow('aad-1', 'doc#one', at);
      // Not awaited: runs after the commit, while the only connection is in another transaction.
      straggler = new Promise<void>((r) => setTimeout(r, 50)).then(() => stores.follows.follow('aad-1', 'doc#two', at));
    });
    const rolledBack = stores.amendments.transaction(async () => {
      await stores.follows.follow('aad-1', 'doc#three', at);
      await new Promise((r) => setTimeout(r, 200));
      throw new Error('this transaction is rolled back');
    });
    await expect(rolledBack).rejects.toThrow('rolled back');
    expect(await straggler).toBe(true);
    expect((await stores.follows.list('aad-1')).map((f) => f.sectionId)).toEqual(['doc#one', 'doc#two']);
  });

  it('a statement that runs past the statement timeout is cancelled with an error, and the next call works', async () => {
    t = await openPostgresTestStores({ statementTimeoutMs: 300 });
    await expect(t.stores.db.query('select pg_sleep(2)')).rejects.toMatchObject({ code: '57014' });
    expect(await t.stores.db.query('show idle_in_transaction_session_timeout')).toEqual([{ idle_in_transaction_session_timeout: '1min' }]);
    expect(await t.stores.healthy()).toBe(true);
  });

  it('every connection dropped at once (a failover): idle connections are replaced, the listener reconnects and still wakes the dispatcher', async () => {
    t = await openPostgresTestStores();
    const a = t.stores;
    const b = await t.openAnother();
    let woken = 0;
    b.onScheduled(() => woken++);
    await waitFor(async () => {
      await a.schedule.schedule([message('probe', '2026-11-24T09:00:00Z')]);
      return woken > 0;
    });
    await Promise.all([a.healthy(), b.healthy(), a.secret('warm'), b.secret('warm')]);
    expect(await terminateConnections(t.db.name)).toBeGreaterThanOrEqual(3);
    // At once, before the pools may have noticed: reads and transactions get fresh connections.
    const c = clockRecord();
    expect(await a.referralClocks.create(c, [message(c.id, '2026-11-24T10:00:00Z')])).toEqual({ created: true });
    expect((await b.referralClocks.get(c.id))?.id).toBe(c.id);
    expect(await a.healthy()).toBe(true);
    expect(await b.healthy()).toBe(true);
    await waitFor(async () => t!.logs.entries.some((e) => e.event === 'storage.postgres_listen_restored'));
    woken = 0;
    await a.schedule.schedule([message('after', '2026-11-24T09:00:00Z')]);
    await waitFor(async () => woken > 0);
    expect(await b.schedule.list('after')).toHaveLength(1);
    expect(t.logs.entries.filter((e) => e.event === 'storage.postgres_listen_lost')).not.toHaveLength(0);
    expect(t.logs.entries.filter((e) => e.event === 'storage.postgres_idle_connection_lost')).not.toHaveLength(0);
    expect(JSON.stringify(t.logs.entries)).not.toMatch(/after|probe/);
  });

  it('connections dropped while the pool still holds them as idle: reads and transactions go on fresh ones; one write fails plainly, the next works', async () => {
    t = await openPostgresTestStores();
    const { stores } = t;
    const c = clockRecord();
    await stores.referralClocks.create(c, []);
    const warm = () => Promise.all([stores.referralClocks.get(c.id), stores.referralClocks.get(c.id), stores.referralClocks.get(c.id)]);
    // Blocking, so this process cannot notice the drops before the next calls pick the dead connections.
    await warm();
    terminateConnectionsNow(t.db.name);
    expect((await warm()).map((x) => x?.id)).toEqual([c.id, c.id, c.id]);
    expect(t.logs.entries.filter((e) => e.event === 'storage.postgres_read_retried')).not.toHaveLength(0);
    await warm();
    terminateConnectionsNow(t.db.name);
    const next = clockRecord();
    expect(await stores.referralClocks.create(next, [message(next.id, '2026-11-24T10:00:00Z')])).toEqual({ created: true });
    expect(t.logs.entries.filter((e) => e.event === 'storage.postgres_begin_retried')).not.toHaveLength(0);
    await warm();
    terminateConnectionsNow(t.db.name);
    await expect(stores.follows.follow('aad-1', 'doc#one', new Date('2026-11-24T09:00:00Z'))).rejects.toSatisfy(isConnectionError);
    expect(await stores.follows.follow('aad-1', 'doc#one', new Date('2026-11-24T09:00:00Z'))).toBe(true);
  });

  it('writes racing a close: those already started commit before the pool ends, none hangs; after the close every call rejects plainly and the store is not healthy', async () => {
    t = await openPostgresTestStores();
    const { stores } = t;
    const other = await t.openAnother();
    const at = new Date('2026-11-24T09:00:00Z');
    const writes = Array.from({ length: 30 }, (_, i) => stores.follows.follow(`aad-${i}`, 'doc#one', at));
    await sleep(1);
    const closing = stores.close();
    const results = await Promise.allSettled(writes);
    await closing;
    // Writes already started when close() was called are finished, not cut off: every one committed.
    expect(results.map((r) => r.status)).toEqual(writes.map(() => 'fulfilled'));
    expect(await other.follows.followersOf(['doc#one'])).toHaveLength(30);
    await expect(stores.follows.follow('aad-late', 'doc#one', at)).rejects.toThrow('the PostgreSQL stores are closed');
    expect(await stores.healthy()).toBe(false);
  });
});

async function waitFor(check: () => Promise<boolean>, timeoutMs = 8_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await sleep(50);
  }
}
