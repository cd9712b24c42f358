// Runs a whole suite written for one assistant (the HTTP suites) again on PostgreSQL, from a sibling file:
//   await runOnPostgres(() => import('./lado-clock-http.test.ts'));
// Each file is its own process (vitest forks), so the choice never leaks into the SQLite run, and the two runs
// use both cores. Without TEST_DATABASE_URL (outside CI) it is skipped with one line saying why.
import { describe, it } from 'vitest';
import { postgresTestsRun } from './postgres.ts';
import { chooseStoreKind } from './stores.ts';

export async function runOnPostgres(load: () => Promise<unknown>): Promise<void> {
  if (!postgresTestsRun) {
    describe('on PostgreSQL', () => it.skip('needs TEST_DATABASE_URL (scripts/pg-test-cluster.sh starts a server)', () => {}));
    return;
  }
  chooseStoreKind('postgres');
  await load();
}
