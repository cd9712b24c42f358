// The store contract (test/support/store-contract.ts) on every kind of database: both implementations must pass
// the same suite. PostgreSQL runs when TEST_DATABASE_URL is set (always under CI); each test a fresh database.
import { describe } from 'vitest';
import type { StoreSet } from '../bot/storage/store-set.ts';
import { isSqliteStoreSet } from '../bot/storage/sqlite-store-set.ts';
import { pgRawSql, type RawSql } from './support/postgres.ts';
import type { PostgresStoreSet } from '../bot/storage/postgres/open.ts';
import { storeContract } from './support/store-contract.ts';
import { createTestDatabase, storeKinds } from './support/stores.ts';

/** The contract's raw SQL (`?` placeholders, SQLite-shaped rows) on either kind. */
function contractRawSql(stores: StoreSet): RawSql {
  if (!isSqliteStoreSet(stores)) return pgRawSql(stores as PostgresStoreSet);
  return {
    all: (sql, ...params) => stores.withDb((db) => db.prepare(sql).all(...params) as never),
    get: (sql, ...params) => stores.withDb((db) => db.prepare(sql).get(...params) as never),
    value: (sql, ...params) => stores.withDb((db) => db.prepare(sql).pluck().get(...params) as never),
    run: (sql, ...params) => stores.withDb((db) => ({ changes: db.prepare(sql).run(...params).changes })),
  };
}

describe.each(storeKinds())('store contract (%s)', (kind) => {
  storeContract(kind, async () => {
    const database = await createTestDatabase(kind);
    const stores = await database.open();
    return { stores, raw: contractRawSql(stores), close: () => database.dispose() };
  });
});
