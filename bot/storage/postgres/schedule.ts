// Scheduled messages in PostgreSQL, for several instances on one database: a due message is claimed by one
// instance only (FOR UPDATE SKIP LOCKED), claimed_at is a lease its dispatcher refreshes, and a crashed instance's
// claims go back to pending once the lease is stale. schedule() NOTIFYs the other instances (at commit).
import type { ScheduleRequest, ScheduleStore, ScheduledMessage, ScheduledStatus } from '../../scheduling/types.ts';
import type { Recipient } from '../../shared/notifier.ts';
import type { PgDatabase } from './connection.ts';

export const SCHEDULED_CHANNEL = 'assistant_scheduled';

type Row = {
  id: number;
  kind: string;
  subject_id: string;
  recipient_json: string;
  due_at: Date;
  payload_json: string;
  attempts: number;
  status: ScheduledStatus;
  sent_at: Date | null;
  late: number;
  activity_id: string | null;
  conversation_id: string | null;
  failures: number;
  first_failed_at: Date | null;
  possible_repeat: number;
  next_attempt_at: Date;
};

const toMessage = (r: Row): ScheduledMessage => ({
  id: r.id,
  kind: r.kind,
  subjectId: r.subject_id,
  recipient: JSON.parse(r.recipient_json) as Recipient,
  dueAt: r.due_at,
  payload: JSON.parse(r.payload_json) as Record<string, unknown>,
  attempts: r.attempts,
  failures: r.failures,
  firstFailedAt: r.first_failed_at ?? undefined,
  possibleRepeat: r.possible_repeat === 1,
});

// 6 parameters a row: well under PostgreSQL's 65,535 per statement.
const INSERT_CHUNK = 1_000;

export function createPostgresScheduleStore(db: PgDatabase): ScheduleStore {
  async function insert(items: ScheduleRequest[]) {
    for (let i = 0; i < items.length; i += INSERT_CHUNK) {
      const chunk = items.slice(i, i + INSERT_CHUNK);
      const params: unknown[] = [];
      const rows = chunk.map((m) => {
        const at = m.dueAt;
        params.push(m.kind, m.subjectId, JSON.stringify(m.recipient), at, at, JSON.stringify(m.payload));
        const n = params.length;
        return `($${n - 5}, $${n - 4}, $${n - 3}, $${n - 2}, $${n - 1}, $${n})`;
      });
      await db.run(`insert into scheduled_messages (kind, subject_id, recipient_json, due_at, next_attempt_at, payload_json) values ${rows.join(', ')}`, params);
    }
    // Inside a transaction the notification is delivered at commit, so no instance wakes before the rows exist.
    await db.query('select pg_notify($1, $2)', [SCHEDULED_CHANNEL, '']);
  }

  return {
    async schedule(items) {
      if (items.length === 0) return;
      await db.transaction(() => insert(items));
    },
    cancel: (subjectId, kind) =>
      kind
        ? db.run(`update scheduled_messages set status = 'cancelled' where subject_id = $1 and kind = $2 and status = 'pending'`, [subjectId, kind])
        : db.run(`update scheduled_messages set status = 'cancelled' where subject_id = $1 and status = 'pending'`, [subjectId]),
    async claimDue(now, limit, token) {
      // SKIP LOCKED: rows another instance is claiming right now are left to it, never taken twice or waited on.
      const rows = await db.query<Row>(
        // MATERIALIZED: the limited, locked selection runs once (a re-scanned subquery could claim past the limit).
        `with due as materialized (
           select id from scheduled_messages where status = 'pending' and next_attempt_at <= $2
           order by next_attempt_at, id limit $3 for update skip locked)
         update scheduled_messages m set status = 'sending', claim_token = $1, claimed_at = $2, attempts = m.attempts + 1
         from due where m.id = due.id
         returning m.*`,
        [token, now, limit],
      );
      return rows.sort((a, b) => a.next_attempt_at.getTime() - b.next_attempt_at.getTime() || a.id - b.id).map(toMessage);
    },
    async markSent(id, at, late, activityId, conversationId) {
      await db.run(
        `update scheduled_messages set status = 'sent', sent_at = $1, late = $2, activity_id = $3, conversation_id = $4, claim_token = null where id = $5`,
        [at, late ? 1 : 0, activityId ?? null, conversationId ?? null, id],
      );
    },
    async markUndeliverable(id, at, reason) {
      await db.run(`update scheduled_messages set status = 'undeliverable', sent_at = $1, outcome = $2, claim_token = null where id = $3`, [at, reason, id]);
    },
    async markCancelled(id, at) {
      await db.run(`update scheduled_messages set status = 'cancelled', sent_at = $1, outcome = 'obsolete', claim_token = null where id = $2`, [at, id]);
    },
    async markSending(id, at) {
      await db.run(`update scheduled_messages set send_started_at = $1, claimed_at = $1 where id = $2 and status = 'sending'`, [at, id]);
    },
    async retryLater(id, f) {
      await db.run(
        `update scheduled_messages set status = 'pending', claim_token = null, send_started_at = null, next_attempt_at = $1, failures = failures + 1,
           first_failed_at = coalesce(first_failed_at, $2), possible_repeat = case when possible_repeat = 1 or $3 then 1 else 0 end, outcome = $4
         where id = $5`,
        [f.nextAttemptAt, f.at, f.mayHaveArrived, f.detail, id],
      );
    },
    async refreshClaims(token, at) {
      await db.run(`update scheduled_messages set claimed_at = $1 where claim_token = $2 and status = 'sending'`, [at, token]);
    },
    requeueStale: (olderThan) =>
      db.run(
        `update scheduled_messages set status = 'pending', claim_token = null,
           possible_repeat = case when possible_repeat = 1 or send_started_at is not null then 1 else 0 end, send_started_at = null
         where status = 'sending' and claimed_at < $1`,
        [olderThan],
      ),
    async nextDueAt() {
      const [row] = await db.query<{ next: Date | null }>(`select min(next_attempt_at) as next from scheduled_messages where status = 'pending'`);
      return row?.next ?? undefined;
    },
    async list(subjectId) {
      const rows = await db.query<Row>('select * from scheduled_messages where subject_id = $1 order by due_at, id', [subjectId]);
      return rows.map((r) => ({
        ...toMessage(r),
        status: r.status,
        sentAt: r.sent_at ? r.sent_at.toISOString() : undefined,
        late: r.late === 1,
        activityId: r.activity_id ?? undefined,
        conversationId: r.conversation_id ?? undefined,
      }));
    },
  };
}
