// The connection layer on a pg Pool. query() runs on the transaction's client when called inside
// transaction(fn) (found through AsyncLocalStorage, so any store called from fn joins it), else on the pool.
import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';
import type { Logger } from '../../shared/log.ts';
import { isConnectionLost } from '../../shared/storage-unavailable.ts';

export interface PgSettings {
  /** Longest one statement may run (a stuck lock or a runaway query fails instead of hanging a turn). */
  statementTimeoutMs?: number;
  /** Most connections this instance opens. */
  maxConnections?: number;
  /** Longest to wait for a new connection. */
  connectTimeoutMs?: number;
}

export interface PgDatabase {
  /** Rows of one statement; `$1`… placeholders. */
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<R[]>;
  /** How many rows one statement changed. */
  run(sql: string, params?: readonly unknown[]): Promise<number>;
  /** Runs fn in one transaction (joins the caller's when there is one); rolled back if fn throws. */
  transaction<T>(fn: () => Promise<T>): Promise<T>;
  inTransaction(): boolean;
  /** The pool in use now (replaced after a connection is found dead). */
  readonly pool: pg.Pool;
  /** Ends the pool after the calls under way; later calls reject with a clear error. */
  close(): Promise<void>;
  readonly closed: boolean;
}

// bigint (counts, ids) as numbers: ids and counts stay far below 2^53.
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === pg.types.builtins.INT8 || oid === pg.types.builtins.NUMERIC) return (v: string) => Number(v);
    return pg.types.getTypeParser(oid, format);
  },
};

// PostgreSQL text cannot hold NUL characters: drop them instead of failing the write (they are never meaningful).
// An invalid Date is refused here with a plain error (pg would send the text "NaN" and the server would refuse it).
const clean = (params: readonly unknown[]) =>
  params.map((p) => {
    if (typeof p === 'string' && p.includes('\u0000')) return p.replaceAll('\u0000', '');
    if (p instanceof Date && Number.isNaN(p.getTime())) throw new RangeError('storage: an invalid date cannot be stored');
    return p;
  });

export function createPgDatabase(url: string, logger: Logger, settings: PgSettings = {}): PgDatabase {
  const maxConnections = settings.maxConnections ?? 10;
  const makePool = () => {
    const p = new pg.Pool({
      connectionString: url,
      max: maxConnections,
      connectionTimeoutMillis: settings.connectTimeoutMs ?? 5_000,
      idleTimeoutMillis: 30_000,
      statement_timeout: settings.statementTimeoutMs ?? 15_000,
      // A transaction left open by a dead turn must not hold its row locks for long.
      idle_in_transaction_session_timeout: 60_000,
      application_name: 'safeguarding-assistant',
      types,
    });
    // An idle client whose connection drops (server restart, failover, terminated backend) is removed by the pool;
    // without a listener the error would crash the process.
    p.on('error', (err: Error & { code?: string }) => logger.warn('storage.postgres_idle_connection_lost', { code: err.code ?? err.name }));
    return p;
  };
  let pool = makePool();
  const retired: Array<Promise<void>> = [];
  // A connection found dead means the others are suspect too (a failover drops them all): later calls get a new
  // pool at once instead of meeting each dead connection in turn. The old pool ends once its calls are done.
  const renew = (failed: pg.Pool, err: unknown) => {
    if (failed !== pool || closed) return;
    logger.warn('storage.postgres_connections_renewed', { code: codeOf(err) });
    pool = makePool();
    retired.push(failed.end().catch(() => {}));
  };

  // `open` goes false when the transaction ends: a call started inside fn but left running after it (not awaited)
  // must not reach a client that is back in the pool, perhaps in someone else's transaction.
  const context = new AsyncLocalStorage<{ client: pg.PoolClient; open: boolean }>();
  const current = {
    getStore(): pg.PoolClient | undefined {
      const scope = context.getStore();
      return scope?.open ? scope.client : undefined;
    },
  };
  let closed = false;
  let closing: Promise<void> | undefined;
  // Calls under way when close() is called finish (commit or fail) before the pool ends: none is cut off or left waiting.
  const inflight = new Set<Promise<unknown>>();
  const track = <T>(p: Promise<T>): Promise<T> => {
    inflight.add(p);
    const done = () => inflight.delete(p);
    p.then(done, done);
    return p;
  };

  const ensureOpen = () => {
    if (closed) throw new Error('storage: the PostgreSQL stores are closed');
  };
  const exec = async (sql: string, params: readonly unknown[]) => {
    const client = current.getStore();
    // Inside a transaction that began before close(): it may finish.
    if (client) return client.query(sql, clean(params));
    ensureOpen();
    const values = clean(params);
    return track(
      (async () => {
        for (let attempt = 1; ; attempt++) {
          const used = pool;
          try {
            return await used.query(sql, values);
          } catch (err) {
            if (!isConnectionError(err)) throw err;
            renew(used, err);
            // A read is safe to repeat on a fresh connection. A write is not (it may have committed before the
            // connection went): the caller hears, and the person is asked to try again.
            if (!READ_ONLY.test(sql) || attempt > 2) throw err;
            logger.warn('storage.postgres_read_retried', { code: codeOf(err), attempt });
          }
        }
      })(),
    );
  };

  /** A connection whose `begin` went through: a dead one is discarded and replaced (nothing was done on it). */
  async function begin(): Promise<{ client: pg.PoolClient; from: pg.Pool }> {
    for (let attempt = 1; ; attempt++) {
      const from = pool;
      const client = await from.connect();
      try {
        await client.query('begin');
        return { client, from };
      } catch (err) {
        client.release(err as Error);
        if (!isConnectionError(err)) throw err;
        renew(from, err);
        if (attempt > 2) throw err;
        logger.warn('storage.postgres_begin_retried', { code: codeOf(err), attempt });
      }
    }
  }

  async function runTransaction<T>(fn: () => Promise<T>): Promise<T> {
    const { client, from } = await begin();
    // A checked-out client has no pool listener: a connection killed between statements must not crash us.
    let lost: Error | undefined;
    const onError = (err: Error) => {
      lost = err;
    };
    client.on('error', onError);
    let failed: unknown;
    const scope = { client, open: true };
    try {
      const result = await context.run(scope, fn);
      scope.open = false;
      await client.query('commit');
      return result;
    } catch (err) {
      failed = err;
      scope.open = false;
      if (!lost) await client.query('rollback').catch((e: Error) => (lost = e));
      throw err;
    } finally {
      client.removeListener('error', onError);
      const broken = lost ?? (failed && isConnectionError(failed) ? (failed as Error) : undefined);
      // A broken connection is destroyed, not returned to the pool.
      client.release(broken);
      if (broken) renew(from, broken);
    }
  }

  return {
    get pool() {
      return pool;
    },
    get closed() {
      return closed;
    },
    inTransaction: () => current.getStore() !== undefined,
    async query<R>(sql: string, params: readonly unknown[] = []) {
      return (await exec(sql, params)).rows as R[];
    },
    async run(sql, params = []) {
      return (await exec(sql, params)).rowCount ?? 0;
    },
    async transaction<T>(fn: () => Promise<T>): Promise<T> {
      if (current.getStore()) return fn();
      ensureOpen();
      return track(runTransaction(fn));
    },
    close() {
      closed = true;
      closing ??= (async () => {
        while (inflight.size) await Promise.allSettled([...inflight]);
        await pool.end();
        await Promise.all(retired);
      })();
      return closing;
    },
  };
}

const READ_ONLY = /^\s*(select|show)\b/i;
const codeOf = (err: unknown) => (err as { code?: string }).code ?? (err as Error).name;

/** Errors that mean the connection itself is gone (so the call may be retried on a fresh one): one definition for every store. */
export const isConnectionError = isConnectionLost;
