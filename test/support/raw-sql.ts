// Reading and poking rows directly, for tests that check what was (or wasn't) written. `?` placeholders; write
// SQL both SQLite and PostgreSQL accept (no dialect-only functions; compare times with new Date(x).getTime(),
// since PostgreSQL returns timestamptz as Date). Counts: use count(), which reads the first column as a number.
import type { StoreSet } from '../../bot/storage/store-set.ts';
import { isSqliteStoreSet } from '../../bot/storage/sqlite-store-set.ts';
import type { PostgresStoreSet } from '../../bot/storage/postgres/open.ts';
import { pgRawSql } from './postgres.ts';

export interface RawSql {
  all<T = Record<string, unknown>>(sql: string, ...params: unknown[]): Promise<T[]>;
  get<T = Record<string, unknown>>(sql: string, ...params: unknown[]): Promise<T | undefined>;
  /** Returns how many rows changed. One statement per call. */
  run(sql: string, ...params: unknown[]): Promise<number>;
  /** The first column of the first row as a number (count(*) is a string in PostgreSQL). */
  count(sql: string, ...params: unknown[]): Promise<number>;
}

export function rawSql(stores: StoreSet): RawSql {
  if (stores.kind === 'postgres') {
    const pg = pgRawSql(stores as PostgresStoreSet);
    return {
      all: pg.all,
      get: pg.get,
      run: async (sql, ...params) => (await pg.run(sql, ...params)).changes,
      count: async (sql, ...params) => Number(await pg.value(sql, ...params)),
    };
  }
  if (!isSqliteStoreSet(stores)) throw new Error(`raw-sql: no raw access for "${stores.kind}" stores`);
  const query: Omit<RawSql, 'count'> = {
    all: <T>(sql: string, ...params: unknown[]) => stores.withDb((db) => db.prepare(sql).all(...params) as T[]),
    get: <T>(sql: string, ...params: unknown[]) => stores.withDb((db) => db.prepare(sql).get(...params) as T | undefined),
    run: (sql: string, ...params: unknown[]) => stores.withDb((db) => db.prepare(sql).run(...params).changes),
  };
  return {
    ...query,
    async count(sql, ...params) {
      const row = await query.get<Record<string, unknown>>(sql, ...params);
      return Number(row ? Object.values(row)[0] : NaN);
    },
  };
}
