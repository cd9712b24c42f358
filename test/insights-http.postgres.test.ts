// The content owners' insights HTTP suite (question log, feedback) again, with its records in PostgreSQL.
import { runOnPostgres } from './support/on-postgres.ts';

await runOnPostgres(() => import('./insights-http.test.ts'));
