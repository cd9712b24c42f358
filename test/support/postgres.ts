// PostgreSQL for tests: each test gets its own database on the server named by TEST_DATABASE_URL (an admin URL,
// e.g. the throwaway cluster of scripts/pg-test-cluster.sh), so parallel test files never share tables.
// Outside CI a machine without TEST_DATABASE_URL skips the PostgreSQL suites with a message; in CI (CI=true)
// they always run, so a missing server fails loudly instead of passing silently.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openPostgresStores, type PostgresStoreOptions, type PostgresStoreSet } from '../../bot/storage/postgres/open.ts';
import { captureLogs, type CapturedLog } from './log-capture.ts';

const adminUrl = process.env.TEST_DATABASE_URL;

export const postgresTestsRun: boolean = (() => {
  if (process.env.CI === 'true') return true;
  if (!adminUrl) console.warn('PostgreSQL tests skipped: TEST_DATABASE_URL is not set (scripts/pg-test-cluster.sh starts a throwaway server and prints it)');
  return Boolean(adminUrl);
})();

function requireAdminUrl(): string {
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set: CI must run the PostgreSQL tests (.ci/run starts a server with scripts/pg-test-cluster.sh)');
  return adminUrl;
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: requireAdminUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  url: string;
  name: string;
  /** Ends every connection to it and drops it. */
  drop(): Promise<void>;
}

/** Creates a database of a name made by createTestDatabase (after it was dropped). */
export async function createDatabaseNamed(name: string): Promise<void> {
  if (!/^sa_test_[0-9a-f]{12}$/.test(name)) throw new Error('not a test database name');
  await admin((c) => c.query(`create database ${name}`));
}

/** A fresh, empty database with a random name on the test server. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `sa_test_${randomBytes(6).toString('hex')}`;
  await createDatabaseNamed(name);
  const url = new URL(requireAdminUrl());
  url.pathname = `/${name}`;
  return { url: url.toString(), name, drop: () => admin(async (c) => void (await c.query(`drop database if exists ${name} with (force)`))) };
}

/** Ends every connection to a test database from outside, as a failover or a killed backend would. */
export async function terminateConnections(database: string, filter = 'true'): Promise<number> {
  return admin(async (c) => {
    const r = await c.query(`select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid() and ${filter}`, [database]);
    return r.rowCount ?? 0;
  });
}

/** Ends one server process (one connection) from outside. */
export async function terminateBackend(pid: number): Promise<void> {
  await admin((c) => c.query('select pg_terminate_backend($1)', [pid]));
}

export interface PostgresTestStores {
  stores: PostgresStoreSet;
  db: TestDatabase;
  logs: CapturedLog;
  /** Another StoreSet on the same database: a second instance of the assistant. */
  openAnother(options?: Partial<PostgresStoreOptions>): Promise<PostgresStoreSet>;
  /** Closes every StoreSet opened here and drops the database. */
  close(): Promise<void>;
}

export async function openPostgresTestStores(options: Partial<PostgresStoreOptions> = {}): Promise<PostgresTestStores> {
  const db = await createTestDatabase();
  const logs = captureLogs();
  const opened: PostgresStoreSet[] = [];
  const open = async (o: Partial<PostgresStoreOptions>) => {
    const s = await openPostgresStores(db.url, { logger: logs.logger, giveUpAfterMs: 10_000, maxConnections: 5, ...options, ...o });
    opened.push(s);
    return s;
  };
  const stores = await open({});
  return {
    stores,
    db,
    logs,
    openAnother: open,
    async close() {
      for (const s of opened.splice(0)) await s.close().catch(() => {});
      await db.drop();
    },
  };
}

// Raw rows read as SQLite gives them: times (timestamptz) as ms since epoch, counts as numbers.
const rawTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === pg.types.builtins.TIMESTAMPTZ || oid === pg.types.builtins.TIMESTAMP) return (v: string) => new Date(v).getTime();
    if (oid === pg.types.builtins.INT8 || oid === pg.types.builtins.NUMERIC) return (v: string) => Number(v);
    return pg.types.getTypeParser(oid, format);
  },
};

/** SQLite's `?` placeholders as PostgreSQL's `$1`, `$2`… (outside quoted strings). */
export function toPgPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/'(?:[^']|'')*'|\?/g, (m) => (m === '?' ? `$${++n}` : m));
}

export interface RawSql {
  all<R = Record<string, unknown>>(sql: string, ...params: unknown[]): Promise<R[]>;
  get<R = Record<string, unknown>>(sql: string, ...params: unknown[]): Promise<R | undefined>;
  /** The first column of the first row (SQLite's `.pluck().get()`), e.g. a count. */
  value<V = unknown>(sql: string, ...params: unknown[]): Promise<V | undefined>;
  /** Returns how many rows changed. */
  run(sql: string, ...params: unknown[]): Promise<{ changes: number }>;
}

/** Raw SQL on a StoreSet's own pool, for tests that look at (or arrange) rows directly. */
export function pgRawSql(stores: PostgresStoreSet): RawSql {
  const exec = (sql: string, params: unknown[]) => stores.db.pool.query({ text: toPgPlaceholders(sql), values: params, types: rawTypes });
  return {
    all: async <R>(sql: string, ...params: unknown[]) => (await exec(sql, params)).rows as R[],
    get: async <R>(sql: string, ...params: unknown[]) => (await exec(sql, params)).rows[0] as R | undefined,
    async value<V>(sql: string, ...params: unknown[]) {
      const [row] = (await exec(sql, params)).rows as Array<Record<string, unknown>>;
      return row ? (Object.values(row)[0] as V) : undefined;
    },
    run: async (sql, ...params) => ({ changes: (await exec(sql, params)).rowCount ?? 0 }),
  };
}
