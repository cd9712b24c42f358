// Applies the PostgreSQL migrations once, in order, in one transaction under an advisory lock: a second instance
// starting at the same moment waits for the first to finish, then finds nothing left to do.
import type { Migration } from '../database.ts';
import type { PgDatabase } from './connection.ts';

/** Any fixed number: the lock that says "migrations running" for this database. */
const MIGRATION_LOCK = 7_310_418_224;

export async function migratePostgres(db: PgDatabase, migrations: readonly Migration[]): Promise<string[]> {
  const ids = new Set<string>();
  for (const m of migrations) {
    if (ids.has(m.id)) throw new Error(`storage: duplicate migration id "${m.id}"`);
    ids.add(m.id);
  }
  return db.transaction(async () => {
    await db.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await db.query('create table if not exists schema_migrations (id text primary key, applied_at timestamptz not null)');
    const applied = new Set((await db.query<{ id: string }>('select id from schema_migrations')).map((r) => r.id));
    const done: string[] = [];
    for (const m of migrations) {
      if (applied.has(m.id)) continue;
      await db.query(m.sql);
      await db.query('insert into schema_migrations (id, applied_at) values ($1, now())', [m.id]);
      done.push(m.id);
    }
    return done;
  });
}
