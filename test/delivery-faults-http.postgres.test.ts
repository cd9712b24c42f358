// The delivery faults HTTP suite (retries, give-ups, lost answers) again, with its records in PostgreSQL.
import { runOnPostgres } from './support/on-postgres.ts';

await runOnPostgres(() => import('./delivery-faults-http.test.ts'));
