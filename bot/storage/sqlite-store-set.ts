// The embedded default: every store in one SQLite file (WAL) under DATA_DIR, for one machine. All of them go
// through one gate, so a transaction opened by one turn never takes in another turn's writes.
import type { StoreSet } from './store-set.ts';
import { checkpointAndTruncate, openDatabase, type Db } from './database.ts';
import { allMigrations } from './schema.ts';
import { persistentSecret } from './settings.ts';
import { createSqliteGate, type SqliteGate } from './sqlite-session.ts';
import { createSqliteConversationReferenceStore } from './sqlite-conversation-references.ts';
import { createSqliteScheduleStore } from './sqlite-schedule.ts';
import { createSqliteReferralClockStore } from './sqlite-lado-clocks.ts';
import { auditTextRetention, createSqliteAuditRoundStore } from './sqlite-audit-rounds.ts';
import { createSqliteAmendmentStore, createSqliteFollowStore } from './sqlite-amendments.ts';
import { createSqliteQuestionLog, questionLogRetention } from './sqlite-question-log.ts';
import { createSqliteFeedbackStore, feedbackQuestionRetention } from './sqlite-feedback.ts';

export interface SqliteStoreSet extends StoreSet {
  readonly kind: 'sqlite';
  /** Raw access for tests and scripts: the body runs through the same gate as every store call. */
  withDb<T>(body: (db: Db) => T): Promise<T>;
}

export function isSqliteStoreSet(stores: StoreSet): stores is SqliteStoreSet {
  return stores.kind === 'sqlite';
}

export function openSqliteStores(file: string, options: { now: () => Date }): SqliteStoreSet {
  const db = openDatabase(file, allMigrations);
  const gate: SqliteGate = createSqliteGate(db);
  const questionLog = createSqliteQuestionLog(db, gate);
  let closed = false;
  return {
    kind: 'sqlite',
    references: createSqliteConversationReferenceStore(db, gate, options.now),
    schedule: createSqliteScheduleStore(db, gate),
    referralClocks: createSqliteReferralClockStore(db, gate),
    auditRounds: createSqliteAuditRoundStore(db, gate),
    amendments: createSqliteAmendmentStore(db, gate),
    follows: createSqliteFollowStore(db, gate),
    questionLog,
    feedback: createSqliteFeedbackStore(db, gate, persistentSecret(db, 'pseudonym-salt')),
    secret: (key) => gate.run(() => persistentSecret(db, key)),
    freeTextHolders: [feedbackQuestionRetention(db, gate), auditTextRetention(db, gate), questionLogRetention(questionLog)],
    afterPurge: () => gate.run(() => checkpointAndTruncate(db)),
    // One machine, one process: the dispatcher is poked in-process and its timer polls.
    onScheduled: () => () => {},
    healthy: () =>
      gate.run(() => {
        try {
          return !closed && db.prepare('select 1').get() !== undefined;
        } catch {
          return false;
        }
      }),
    withDb: (body) => gate.run(() => body(db)),
    async close() {
      if (closed) return;
      // Waits for an open transaction to finish first.
      await gate.run(() => {
        closed = true;
        db.close();
      });
    },
  };
}
