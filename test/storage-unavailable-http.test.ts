// The database lost in the middle of a turn, through the real server: the clock's transaction is waiting on a lock
// when its connection is terminated (as a failover or a killed backend would). The practitioner is told plainly
// that nothing was saved, by Action.Execute and by Action.Submit; nothing is half-written; the next press works.
// Also: which errors count as "the database is unavailable", named one by one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { ManualClock } from '../bot/shared/clock.ts';
import { STORAGE_UNAVAILABLE_REPLY, isStorageUnavailable } from '../bot/shared/storage-unavailable.ts';
import type { PostgresStoreSet } from '../bot/storage/postgres/open.ts';
import { cardText, execute, findAction, person, submit } from './support/activities.ts';
import { chatDriver } from './support/chat-driver.ts';
import { schoolClockFields } from './support/lado-clock.ts';
import { startFakeConnector, type FakeConnector } from './support/fake-connector.ts';
import { postgresTestsRun, terminateConnections } from './support/postgres.ts';
import { rawSql } from './support/raw-sql.ts';
import { startTestAssistant, type TestAssistant } from './support/test-assistant.ts';

describe('which errors mean the database is unavailable', () => {
  const coded = (code: string, message = 'x') => Object.assign(new Error(message), { code });
  it.each([
    ['a terminated backend (57P01)', coded('57P01', 'terminating connection due to administrator command')],
    ['a server shutting down (57P02)', coded('57P02')],
    ['a connection failure (08006)', coded('08006')],
    ['a refused connection', coded('ECONNREFUSED')],
    ['a reset connection', coded('ECONNRESET')],
    ['a dropped socket, by message', new Error('Connection terminated unexpectedly')],
    ['a pool that could not connect in time', new Error('timeout exceeded when trying to connect')],
    ['too many connections (53300)', coded('53300')],
    ['a statement timeout (57014)', coded('57014', 'canceling statement due to statement timeout')],
    ['a deadlock (40P01)', coded('40P01')],
    ['SQLite busy', coded('SQLITE_BUSY')],
    ['SQLite disk I/O', coded('SQLITE_IOERR_WRITE')],
    ['SQLite disk full', coded('SQLITE_FULL')],
    ['SQLite closed under a turn', new TypeError('The database connection is not open')],
    ['stores closed under a turn', new Error('storage: the PostgreSQL stores are closed')],
    ['wrapped as a cause', new Error('outer', { cause: coded('ECONNREFUSED') })],
    ['every attempt refused', new AggregateError([coded('ECONNREFUSED'), coded('ECONNREFUSED')])],
  ])('%s: yes', (_name, err) => expect(isStorageUnavailable(err)).toBe(true));

  it.each([
    ['a constraint violation (23505)', coded('23505', 'duplicate key value violates unique constraint')],
    ['a syntax error (42601)', coded('42601')],
    ['SQLite constraint', coded('SQLITE_CONSTRAINT_UNIQUE')],
    ['a plain bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['a string', 'ECONNREFUSED'],
    ['undefined', undefined],
    ['null', null],
    ['a cause loop', (() => { const e: Error & { cause?: unknown } = new Error('loop'); e.cause = e; return e; })()],
  ])('%s: no', (_name, err) => expect(isStorageUnavailable(err)).toBe(false));
});

describe.skipIf(!postgresTestsRun)('the database lost mid-turn (PostgreSQL)', () => {
  const officer = person('lado-officer-db');
  const referrer = person('dsl-db');
  let t: TestAssistant;
  let connector: FakeConnector;
  let clock: ManualClock;
  const { say } = chatDriver(() => ({ t, connector, clock }));

  beforeAll(async () => {
    clock = new ManualClock('2026-11-23T10:00:00Z');
    connector = await startFakeConnector();
    t = await startTestAssistant({ env: { LADO_STAFF: officer.aadObjectId, DISPATCH_INTERVAL_MS: '600000' }, clock, connector, store: 'postgres' });
    for (const p of [officer, referrer]) await say(p, 'help');
  });
  afterAll(async () => {
    await t?.stop({ removeData: true });
    await connector?.close();
  });

  const fields = (token: string, caseRef: string) => schoolClockFields(token, referrer, caseRef);

  /** Runs `turn` while scheduled_messages is locked, then terminates whichever app connection waits on that lock. */
  async function withConnectionKilledMidTransaction<T>(turn: () => Promise<T>): Promise<T> {
    const stores = t.assistant.stores as PostgresStoreSet;
    const database = (await rawSql(stores).get<{ name: string }>('select current_database() as name'))!.name;
    const holder: pg.PoolClient = await stores.db.pool.connect();
    await holder.query('begin');
    await holder.query('lock table scheduled_messages in access exclusive mode');
    const pending = turn();
    try {
      let killed = 0;
      for (let i = 0; i < 200 && killed === 0; i++) {
        await new Promise((r) => setTimeout(r, 25));
        killed = await terminateConnections(database, `wait_event_type = 'Lock' and pid <> ${(holder as unknown as { processID: number }).processID}`);
      }
      expect(killed).toBeGreaterThan(0);
    } finally {
      await holder.query('rollback');
      holder.release();
    }
    return pending;
  }

  it('Action.Execute: the button is answered "nothing was saved", the chat says so too, nothing is half-written, and pressing again works', async () => {
    const form = await say(officer, 'lado clock');
    const token = findAction(form, 'Start the clock').data.token as string;
    const clocksBefore = await rawSql(t.assistant.stores).count('select count(*) from lado_clocks');
    const messagesBefore = await rawSql(t.assistant.stores).count('select count(*) from scheduled_messages');
    const since = connector.recorded.length;
    const activity = execute(connector.url, officer, 'lado.start', fields(token, 'LADO-2026-DB-1'));
    const res = await withConnectionKilledMidTransaction(() => t.post(activity));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: STORAGE_UNAVAILABLE_REPLY });
    const told = await connector.waitFor((r) => r.conversationId === officer.conversationId && r.activityId === activity.id, { since });
    expect(told.body.text).toBe(STORAGE_UNAVAILABLE_REPLY);
    expect(STORAGE_UNAVAILABLE_REPLY).toContain('call 999');
    expect(await rawSql(t.assistant.stores).count('select count(*) from lado_clocks')).toBe(clocksBefore);
    expect(await rawSql(t.assistant.stores).count('select count(*) from scheduled_messages')).toBe(messagesBefore);
    expect(t.logs.entries.some((e) => e.event === 'turn.storage_unavailable')).toBe(true);

    // The same form pressed again: the clock starts, with its reminders.
    const again = await t.post(execute(connector.url, officer, 'lado.start', fields(token, 'LADO-2026-DB-1')));
    expect(again.status).toBe(200);
    expect(cardText(again.body.value)).toContain('Clock started for case');
    expect(await rawSql(t.assistant.stores).count('select count(*) from lado_clocks')).toBe(clocksBefore + 1);
    expect(await rawSql(t.assistant.stores).count('select count(*) from scheduled_messages')).toBeGreaterThan(messagesBefore);
    expect(t.logs.unexpectedErrors()).toEqual([]);
  });

  it('Action.Submit (Teams mobile): the reply says nothing was saved, nothing is half-written, and the next turn works', async () => {
    const form = await say(officer, 'lado clock');
    const token = findAction(form, 'Start the clock').data.token as string;
    const clocksBefore = await rawSql(t.assistant.stores).count('select count(*) from lado_clocks');
    const messagesBefore = await rawSql(t.assistant.stores).count('select count(*) from scheduled_messages');
    const since = connector.recorded.length;
    const activity = submit(connector.url, officer, { verb: 'lado.start', ...fields(token, 'LADO-2026-DB-2') });
    const res = await withConnectionKilledMidTransaction(() => t.post(activity));
    expect(res.status).toBe(200);
    const told = await connector.waitFor((r) => r.conversationId === officer.conversationId && r.activityId === activity.id, { since });
    expect(told.body.text).toBe(STORAGE_UNAVAILABLE_REPLY);
    expect(await rawSql(t.assistant.stores).count('select count(*) from lado_clocks')).toBe(clocksBefore);
    expect(await rawSql(t.assistant.stores).count('select count(*) from scheduled_messages')).toBe(messagesBefore);

    expect(cardText(await say(officer, 'lado due'))).toContain('LADO-2026-DB-1');
    expect(t.logs.unexpectedErrors()).toEqual([]);
  });
});
