// The LADO clock HTTP suite again, with its records in PostgreSQL.
import { runOnPostgres } from './support/on-postgres.ts';

await runOnPostgres(() => import('./lado-clock-http.test.ts'));
