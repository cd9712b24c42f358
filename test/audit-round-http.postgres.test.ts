// The audit round HTTP suite again, with its records in PostgreSQL.
import { runOnPostgres } from './support/on-postgres.ts';

await runOnPostgres(() => import('./audit-round-http.test.ts'));
