// Opens the SQLite file (WAL, foreign keys, secure delete, busy timeout so two processes can share it) and applies
// migrations in order, each once, in a transaction.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export type Db = Database.Database;

export interface Migration {
  /** Unique and never renamed: recorded in schema_migrations. */
  id: string;
  sql: string;
}

export function openDatabase(file: string, migrations: readonly Migration[]): Db {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // Deleted text is overwritten with zeros, not left in free pages of the file.
  db.pragma('secure_delete = ON');
  migrate(db, migrations);
  return db;
}

export function migrate(db: Db, migrations: readonly Migration[]): void {
  db.exec('create table if not exists schema_migrations (id text primary key, applied_at text not null)');
  const applied = new Set(db.prepare('select id from schema_migrations').pluck().all() as string[]);
  const ids = new Set<string>();
  for (const m of migrations) {
    if (ids.has(m.id)) throw new Error(`storage: duplicate migration id "${m.id}"`);
    ids.add(m.id);
    if (applied.has(m.id)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('insert into schema_migrations (id, applied_at) values (?, ?)').run(m.id, new Date().toISOString());
    })();
  }
}

/** Copies the WAL into the file and empties it, so old versions of deleted rows leave the -wal file too. */
export function checkpointAndTruncate(db: Db): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
}
