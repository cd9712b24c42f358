// The store suites run once per kind of database: SQLite always; PostgreSQL when TEST_DATABASE_URL is set
// (added beside it). A test database can be opened more than once, as two processes sharing it would. Async
// throughout, as opening a server database is.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StoreKind, StoreSet } from '../../bot/storage/store-set.ts';
import { openSqliteStores } from '../../bot/storage/sqlite-store-set.ts';
import { openPostgresStores } from '../../bot/storage/postgres/open.ts';
import { createTestDatabase as createPostgresDatabase, postgresTestsRun } from './postgres.ts';
import { silentLogger } from '../../bot/shared/log.ts';

export function storeKinds(): StoreKind[] {
  return postgresTestsRun ? ['sqlite', 'postgres'] : ['sqlite'];
}

let chosenKind: StoreKind = 'sqlite';

/** The kind a suite that runs once (the HTTP suites) uses; a `*.postgres.test.ts` file sets PostgreSQL, then loads the suite. */
export function defaultStoreKind(): StoreKind {
  return chosenKind;
}

export function chooseStoreKind(kind: StoreKind): void {
  chosenKind = kind;
}

export interface TestDatabase {
  readonly kind: StoreKind;
  /** SQLite only: the file, for tests that read its bytes. */
  readonly file?: string;
  /** A StoreSet on this database; a second one is a second process on the same database. Closed by dispose(). */
  open(options?: { now?: () => Date }): Promise<StoreSet>;
  /** Closes every StoreSet still open and deletes the database. */
  dispose(): Promise<void>;
}

const live: TestDatabase[] = [];

export async function createTestDatabase(kind: StoreKind): Promise<TestDatabase> {
  if (kind === 'postgres') return createPostgresTestDatabase();
  const dir = mkdtempSync(join(tmpdir(), 'sa-stores-'));
  const file = join(dir, 'assistant.db');
  const opened: StoreSet[] = [];
  const database: TestDatabase = {
    kind,
    file,
    async open(options = {}) {
      const stores = openSqliteStores(file, { now: options.now ?? (() => new Date()) });
      opened.push(stores);
      return stores;
    },
    async dispose() {
      for (const s of opened.splice(0)) await s.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  live.push(database);
  return database;
}

/** A fresh database of this kind with one StoreSet open on it. */
export async function openTestStores(kind: StoreKind, options: { now?: () => Date } = {}): Promise<StoreSet & { database: TestDatabase }> {
  const database = await createTestDatabase(kind);
  return Object.assign(await database.open(options), { database });
}

/** For afterEach: closes and deletes every test database made since the last call. */
export async function disposeTestDatabases(): Promise<void> {
  for (const d of live.splice(0)) await d.dispose();
}

async function createPostgresTestDatabase(): Promise<TestDatabase> {
  const server = await createPostgresDatabase();
  const opened: StoreSet[] = [];
  const database: TestDatabase = {
    kind: 'postgres',
    async open(options = {}) {
      const stores = await openPostgresStores(server.url, { logger: silentLogger, now: options.now, giveUpAfterMs: 10_000, maxConnections: 10 });
      opened.push(stores);
      return stores;
    },
    async dispose() {
      for (const s of opened.splice(0)) await s.close().catch(() => {});
      await server.drop();
    },
  };
  live.push(database);
  return database;
}
