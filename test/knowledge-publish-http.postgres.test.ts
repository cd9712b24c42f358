// The knowledge publishing HTTP suite (amendments log, follows) again, with its records in PostgreSQL.
import { runOnPostgres } from './support/on-postgres.ts';

await runOnPostgres(() => import('./knowledge-publish-http.test.ts'));
