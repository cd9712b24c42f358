import { randomBytes } from 'node:crypto';
import type { Db } from './database.ts';

/** A value made once and kept, e.g. the salt for pseudonymous keys, which must survive restarts. */
export function persistentSecret(db: Db, key: string): string {
  db.prepare('insert into settings (key, value) values (?, ?) on conflict (key) do nothing').run(key, randomBytes(32).toString('hex'));
  return db.prepare('select value from settings where key = ?').pluck().get(key) as string;
}
