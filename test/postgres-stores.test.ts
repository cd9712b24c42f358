// The store contract (test/support/store-contract.ts) on a real PostgreSQL server: each test a fresh database.
import { describe } from 'vitest';
import { openPostgresTestStores, pgRawSql, postgresTestsRun } from './support/postgres.ts';
import { storeContract } from './support/store-contract.ts';

describe.skipIf(!postgresTestsRun)('PostgreSQL', () => {
  storeContract('PostgreSQL', async () => {
    const t = await openPostgresTestStores();
    return { stores: t.stores, raw: pgRawSql(t.stores), close: () => t.close() };
  });
});
