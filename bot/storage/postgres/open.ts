// Opens the PostgreSQL StoreSet (DATABASE_URL): connects with retries and backoff (one log line per attempt,
// naming host and database, never the password), applies migrations under an advisory lock, builds every store.
import { randomBytes } from 'node:crypto';
import type { Logger } from '../../shared/log.ts';
import type { StoreSet } from '../store-set.ts';
import { createPostgresAmendmentStore, createPostgresFollowStore } from './amendments.ts';
import { createPostgresAuditRoundStore, postgresAuditTextRetention } from './audit-rounds.ts';
import { createPgDatabase, type PgDatabase, type PgSettings } from './connection.ts';
import { createPostgresConversationReferenceStore } from './conversation-references.ts';
import { createPostgresReferralClockStore } from './lado-clocks.ts';
import { listenForScheduled } from './listener.ts';
import { migratePostgres } from './migrate.ts';
import { createPostgresFeedbackStore, postgresFeedbackQuestionRetention } from './feedback.ts';
import { createPostgresQuestionLog, postgresQuestionLogRetention } from './question-log.ts';
import { postgresMigrations } from './schema.ts';
import { SCHEDULED_CHANNEL, createPostgresScheduleStore } from './schedule.ts';

export interface PostgresStoreOptions extends PgSettings {
  logger: Logger;
  now?: () => Date;
  /** Give up connecting at start after this long (default 60 s), with a clear error. */
  giveUpAfterMs?: number;
  /** First wait between connection attempts; doubles up to maxRetryDelayMs. */
  firstRetryDelayMs?: number;
  maxRetryDelayMs?: number;
  /** The settings key of the salt for feedback user keys (the same as SQLite's). */
  feedbackSaltKey?: string;
}

export interface PostgresStoreSet extends StoreSet {
  readonly kind: 'postgres';
  /** The connection layer (tests' raw SQL, the bench). */
  readonly db: PgDatabase;
}

/** host:port/database of a connection URL: what the log may say (never the user's password). */
export function describeDatabase(url: string): { host: string; database: string } {
  try {
    const u = new URL(url);
    return { host: `${u.hostname || 'localhost'}${u.port ? `:${u.port}` : ''}`, database: decodeURIComponent(u.pathname.replace(/^\//, '')) || '(default)' };
  } catch {
    return { host: '(unparsable DATABASE_URL)', database: '(unknown)' };
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function connectWithRetries(db: PgDatabase, url: string, o: PostgresStoreOptions): Promise<void> {
  const where = describeDatabase(url);
  const giveUpAfter = o.giveUpAfterMs ?? 60_000;
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    try {
      await db.query('select 1');
      if (attempt > 1) o.logger.info('storage.postgres_connected', { ...where, attempt });
      return;
    } catch (err) {
      const code = (err as { code?: string }).code ?? (err as Error).name;
      const delay = Math.min((o.firstRetryDelayMs ?? 500) * 2 ** (attempt - 1), o.maxRetryDelayMs ?? 10_000);
      const elapsed = Date.now() - started;
      if (elapsed + delay > giveUpAfter) {
        o.logger.error('storage.postgres_unreachable', { ...where, attempts: attempt, code });
        throw new Error(`storage: PostgreSQL at ${where.host}/${where.database} did not accept a connection in ${Math.round(elapsed / 1000)} s (${attempt} attempts; last: ${code}). Check DATABASE_URL, the server and the firewall.`);
      }
      o.logger.warn('storage.postgres_connect_failed', { ...where, attempt, code, retryInMs: delay });
      await sleep(delay);
    }
  }
}

export async function openPostgresStores(url: string, options: PostgresStoreOptions): Promise<PostgresStoreSet> {
  const now = options.now ?? (() => new Date());
  const db = createPgDatabase(url, options.logger, options);
  try {
    await connectWithRetries(db, url, options);
    const applied = await migratePostgres(db, postgresMigrations);
    if (applied.length) options.logger.info('storage.postgres_migrated', { ...describeDatabase(url), applied: applied.length });
  } catch (err) {
    await db.close();
    throw err;
  }

  const secret = async (key: string) => {
    await db.run('insert into settings (key, value) values ($1, $2) on conflict (key) do nothing', [key, randomBytes(32).toString('hex')]);
    const [row] = await db.query<{ value: string }>('select value from settings where key = $1', [key]);
    return row!.value;
  };
  const schedule = createPostgresScheduleStore(db);
  const questionLog = createPostgresQuestionLog(db);
  const listener = listenForScheduled(url, SCHEDULED_CHANNEL, options.logger);

  return {
    kind: 'postgres',
    db,
    references: createPostgresConversationReferenceStore(db, now),
    schedule,
    referralClocks: createPostgresReferralClockStore(db, schedule),
    auditRounds: createPostgresAuditRoundStore(db, schedule),
    amendments: createPostgresAmendmentStore(db),
    follows: createPostgresFollowStore(db),
    questionLog,
    feedback: createPostgresFeedbackStore(db, await secret(options.feedbackSaltKey ?? 'pseudonym-salt')),
    secret,
    freeTextHolders: [postgresFeedbackQuestionRetention(db), postgresAuditTextRetention(db), postgresQuestionLogRetention(questionLog)],
    async afterPurge() {
      // Dead rows holding the deleted text are reclaimed now rather than whenever autovacuum comes by.
      for (const table of ['feedback', 'question_log', 'audit_responses', 'audit_drafts']) {
        await db.query(`vacuum ${table}`).catch((err: unknown) => options.logger.warn('storage.postgres_vacuum_failed', { table, code: (err as { code?: string }).code }));
      }
    },
    onScheduled: (wake) => listener.on(wake),
    async healthy() {
      if (db.closed) return false;
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<false>((resolve) => {
        timer = setTimeout(() => resolve(false), 2_000);
      });
      const probe = db.query('select 1').then(
        () => true,
        () => false,
      );
      try {
        return await Promise.race([probe, timeout]);
      } finally {
        clearTimeout(timer);
      }
    },
    async close() {
      await listener.close();
      await db.close();
    },
  };
}
