import type { Db } from './database.ts';
import type { SqliteGate } from './sqlite-session.ts';
import type { ScheduleRequest, ScheduleStore, ScheduledMessage, ScheduledStatus } from '../scheduling/types.ts';
import type { Recipient } from '../shared/notifier.ts';

type Row = {
  id: number;
  kind: string;
  subject_id: string;
  recipient_json: string;
  due_at: number;
  payload_json: string;
  attempts: number;
  status: ScheduledStatus;
  sent_at: number | null;
  late: number;
  activity_id: string | null;
  conversation_id: string | null;
  failures: number;
  first_failed_at: number | null;
  possible_repeat: number;
};

const toMessage = (r: Row): ScheduledMessage => ({
  id: r.id,
  kind: r.kind,
  subjectId: r.subject_id,
  recipient: JSON.parse(r.recipient_json) as Recipient,
  dueAt: new Date(r.due_at),
  payload: JSON.parse(r.payload_json) as Record<string, unknown>,
  attempts: r.attempts,
  failures: r.failures,
  firstFailedAt: r.first_failed_at === null ? undefined : new Date(r.first_failed_at),
  possibleRepeat: r.possible_repeat === 1,
});

/** The synchronous writes other SQLite stores make inside their own transactions (a clock and its reminders). */
export interface SqliteScheduleWrites {
  schedule(items: readonly ScheduleRequest[]): void;
  cancel(subjectId: string, kind?: string): number;
}

export function sqliteScheduleWrites(db: Db): SqliteScheduleWrites {
  const insert = db.prepare(
    'insert into scheduled_messages (kind, subject_id, recipient_json, due_at, next_attempt_at, payload_json) values (?, ?, ?, ?, ?, ?)',
  );
  const cancelAll = db.prepare(`update scheduled_messages set status = 'cancelled' where subject_id = ? and status = 'pending'`);
  const cancelKind = db.prepare(`update scheduled_messages set status = 'cancelled' where subject_id = ? and kind = ? and status = 'pending'`);
  return {
    schedule(items) {
      db.transaction(() => {
        for (const i of items) insert.run(i.kind, i.subjectId, JSON.stringify(i.recipient), i.dueAt.getTime(), i.dueAt.getTime(), JSON.stringify(i.payload));
      })();
    },
    cancel: (subjectId, kind) => (kind ? cancelKind.run(subjectId, kind) : cancelAll.run(subjectId)).changes,
  };
}

export function createSqliteScheduleStore(db: Db, gate: SqliteGate): ScheduleStore {
  const writes = sqliteScheduleWrites(db);
  // One statement claims the batch: two processes can never take the same row.
  const claim = db.prepare(
    `update scheduled_messages set status = 'sending', claim_token = ?, claimed_at = ?, attempts = attempts + 1
     where id in (select id from scheduled_messages where status = 'pending' and next_attempt_at <= ? order by next_attempt_at, id limit ?)`,
  );
  const claimed = db.prepare(`select * from scheduled_messages where claim_token = ? and status = 'sending' order by next_attempt_at, id`);
  const sent = db.prepare(
    `update scheduled_messages set status = 'sent', sent_at = ?, late = ?, activity_id = ?, conversation_id = ?, claim_token = null where id = ?`,
  );
  const finish = db.prepare(`update scheduled_messages set status = ?, sent_at = ?, outcome = ?, claim_token = null where id = ?`);
  const requeue = db.prepare(
    `update scheduled_messages set status = 'pending', claim_token = null,
       possible_repeat = (possible_repeat or send_started_at is not null), send_started_at = null
     where status = 'sending' and claimed_at < ?`,
  );
  const sending = db.prepare(`update scheduled_messages set send_started_at = ?, claimed_at = ? where id = ? and status = 'sending'`);
  const retry = db.prepare(
    `update scheduled_messages set status = 'pending', claim_token = null, send_started_at = null, next_attempt_at = ?, failures = failures + 1,
       first_failed_at = coalesce(first_failed_at, ?), possible_repeat = (possible_repeat or ?), outcome = ?
     where id = ?`,
  );
  const refresh = db.prepare(`update scheduled_messages set claimed_at = ? where claim_token = ? and status = 'sending'`);
  const next = db.prepare(`select min(next_attempt_at) from scheduled_messages where status = 'pending'`).pluck();
  const bySubject = db.prepare('select * from scheduled_messages where subject_id = ? order by due_at, id');

  return {
    schedule: (items) => gate.run(() => writes.schedule(items)),
    cancel: (subjectId, kind) => gate.run(() => writes.cancel(subjectId, kind)),
    claimDue: (now, limit, token) =>
      gate.run(() =>
        db.transaction(() => {
          claim.run(token, now.getTime(), now.getTime(), limit);
          return (claimed.all(token) as Row[]).map(toMessage);
        })(),
      ),
    markSent: (id, at, late, activityId, conversationId) => gate.run(() => void sent.run(at.getTime(), late ? 1 : 0, activityId ?? null, conversationId ?? null, id)),
    markUndeliverable: (id, at, reason) => gate.run(() => void finish.run('undeliverable', at.getTime(), reason, id)),
    markCancelled: (id, at) => gate.run(() => void finish.run('cancelled', at.getTime(), 'obsolete', id)),
    markSending: (id, at) => gate.run(() => void sending.run(at.getTime(), at.getTime(), id)),
    retryLater: (id, f) => gate.run(() => void retry.run(f.nextAttemptAt.getTime(), f.at.getTime(), f.mayHaveArrived ? 1 : 0, f.detail, id)),
    refreshClaims: (token, at) => gate.run(() => void refresh.run(at.getTime(), token)),
    requeueStale: (olderThan) => gate.run(() => requeue.run(olderThan.getTime()).changes),
    nextDueAt: () =>
      gate.run(() => {
        const ms = next.get() as number | null;
        return ms === null ? undefined : new Date(ms);
      }),
    list: (subjectId) =>
      gate.run(() =>
      (bySubject.all(subjectId) as Row[]).map((r) => ({
        ...toMessage(r),
        status: r.status,
        sentAt: r.sent_at ? new Date(r.sent_at).toISOString() : undefined,
        late: r.late === 1,
        activityId: r.activity_id ?? undefined,
        conversationId: r.conversation_id ?? undefined,
      })),
      ),
  };
}
