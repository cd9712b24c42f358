// One gate in front of the SQLite connection. better-sqlite3 runs each statement synchronously on one
// connection, so an open asynchronous transaction (AmendmentStore.transaction) would otherwise take in the
// writes of any other turn that ran while it awaited, and roll them back with its own. Calls made from inside
// the transaction's async context run directly (nested better-sqlite3 transactions become savepoints); calls
// from anywhere else wait until it has committed or rolled back.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Db } from './database.ts';

export interface SqliteGate {
  /** Runs a synchronous store body, after any transaction opened elsewhere has finished. */
  run<T>(body: () => T): Promise<T>;
  /** BEGIN IMMEDIATE; `fn` and every store call in its async context; COMMIT, or ROLLBACK when it throws. */
  transaction<T>(fn: () => Promise<T>): Promise<T>;
}

export function createSqliteGate(db: Db): SqliteGate {
  const context = new AsyncLocalStorage<symbol>();
  // The transaction open now (its token and a promise settled when it ends), if any.
  let open: { token: symbol; done: Promise<void> } | undefined;
  let savepoints = 0;

  const inside = () => open !== undefined && context.getStore() === open.token;

  return {
    async run(body) {
      // The loop re-checks after each wait with no await between the check and the body: nothing can slip in.
      while (open && !inside()) await open.done;
      return body();
    },
    async transaction(fn) {
      if (inside()) {
        // Nested: a savepoint, so the inner part can fail alone.
        const name = `gate_${++savepoints}`;
        db.exec(`savepoint ${name}`);
        try {
          const result = await fn();
          db.exec(`release ${name}`);
          return result;
        } catch (error) {
          db.exec(`rollback to ${name}`);
          db.exec(`release ${name}`);
          throw error;
        }
      }
      while (open) await open.done;
      let finish!: () => void;
      const token = Symbol('sqlite-transaction');
      open = { token, done: new Promise<void>((resolve) => (finish = resolve)) };
      try {
        db.exec('begin immediate');
      } catch (error) {
        open = undefined;
        finish();
        throw error;
      }
      try {
        const result = await context.run(token, fn);
        db.exec('commit');
        return result;
      } catch (error) {
        if (db.inTransaction) db.exec('rollback');
        throw error;
      } finally {
        open = undefined;
        finish();
      }
    },
  };
}

/** A store interface with its Promises taken off: what a SQLite store's synchronous bodies return. */
export type Synchronous<T> = { [K in keyof T]: T[K] extends (...args: infer A) => Promise<infer R> ? (...args: A) => R : T[K] };

/** Makes an asynchronous store from synchronous bodies, each one run through the gate. */
export function gated<T extends object>(gate: SqliteGate, bodies: Synchronous<T>): T {
  const store: Record<string, unknown> = {};
  for (const [name, body] of Object.entries(bodies)) {
    store[name] = typeof body === 'function' ? (...args: unknown[]) => gate.run(() => (body as (...a: unknown[]) => unknown)(...args)) : body;
  }
  return store as T;
}
