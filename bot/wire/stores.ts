// Which database the assistant keeps its records in: PostgreSQL when DATABASE_URL is set (several instances on one
// database), else SQLite under DATA_DIR (one machine). One log line says which, never the password.
import { join } from 'node:path';
import type { Config } from '../config.ts';
import type { Logger } from '../shared/log.ts';
import type { StoreSet } from '../storage/store-set.ts';
import { openSqliteStores } from '../storage/sqlite-store-set.ts';
import { describeDatabase, openPostgresStores } from '../storage/postgres/open.ts';

export interface OpenStoresOptions {
  now?: () => Date;
  /** PostgreSQL: give up connecting after this long (the caller may then try again); openPostgresStores' default otherwise. */
  giveUpAfterMs?: number;
  firstRetryDelayMs?: number;
  maxRetryDelayMs?: number;
}

/** Where records will be kept, as the log and the readiness endpoint may name it. */
export function describeStores(config: Pick<Config, 'databaseUrl' | 'dataDir'>): { kind: StoreSet['kind']; host?: string; database?: string; file?: string } {
  if (config.databaseUrl) return { kind: 'postgres', ...describeDatabase(config.databaseUrl) };
  return { kind: 'sqlite', file: sqliteFile(config.dataDir) };
}

export async function openStores(config: Pick<Config, 'databaseUrl' | 'dataDir'>, logger: Logger, options: OpenStoresOptions = {}): Promise<StoreSet> {
  const now = options.now ?? (() => new Date());
  logger.info('storage', describeStores(config));
  if (config.databaseUrl) {
    return openPostgresStores(config.databaseUrl, {
      logger,
      now,
      giveUpAfterMs: options.giveUpAfterMs,
      firstRetryDelayMs: options.firstRetryDelayMs,
      maxRetryDelayMs: options.maxRetryDelayMs,
    });
  }
  return openSqliteStores(sqliteFile(config.dataDir), { now });
}

const sqliteFile = (dataDir: string) => join(dataDir, 'assistant.db');
