// Audit rounds in PostgreSQL. A round, its invitations and its messages commit together; a response or draft is
// saved under a row lock on its round, so a submission racing the close is either in the report or told it closed.
import type { AuditRoundStore, RoundState } from '../../audits/types.ts';
import type { ScheduleStore } from '../../scheduling/types.ts';
import type { FreeTextHolder } from '../../shared/retention.ts';
import type { PgDatabase } from './connection.ts';
import { toInvitation, toResponse, toRound, type InvitationRow, type ResponseRow, type RoundRow } from '../audit-rows.ts';


// 4 parameters a row.
const INVITE_CHUNK = 2_000;

export function createPostgresAuditRoundStore(db: PgDatabase, schedule: ScheduleStore): AuditRoundStore {
  const round = async (sql: string, params: unknown[]) => {
    const [row] = await db.query<RoundRow>(sql, params);
    return row && toRound(row);
  };
  const get = (id: string) => round('select * from audit_rounds where id = $1', [id]);
  /** The round's state with its row locked until the transaction ends (close takes the same lock). */
  const lockedState = async (id: string) => (await db.query<{ state: RoundState }>('select state from audit_rounds where id = $1 for update', [id]))[0]?.state;
  const response = async (roundId: string, respondent: string) =>
    (await db.query<ResponseRow>('select * from audit_responses where round_id = $1 and respondent = $2', [roundId, respondent]))[0];

  return {
    get,
    create(r, invites, messages) {
      return db.transaction(async () => {
        const inserted = await db.run(
          `insert into audit_rounds (id, start_token, ref, theme, close_date, closes_at, created_at, created_by, state, questionnaire_json)
           values ($1, $2, $3, $4, $5, $6, $7, $8, 'open', $9) on conflict (start_token) do nothing`,
          [r.id, r.startToken, r.ref, r.theme ?? null, r.closeDate, r.closesAt, r.createdAt, r.createdBy, JSON.stringify(r.questionnaire)],
        );
        if (inserted === 0) return { created: false as const, existing: (await round('select * from audit_rounds where start_token = $1', [r.startToken]))! };
        for (let i = 0; i < invites.length; i += INVITE_CHUNK) {
          const params: unknown[] = [];
          const rows = invites.slice(i, i + INVITE_CHUNK).map((inv) => {
            params.push(r.id, inv.inviteeKey, JSON.stringify(inv.recipient), inv.reachable ? 1 : 0);
            const n = params.length;
            return `($${n - 3}, $${n - 2}, $${n - 1}, $${n})`;
          });
          await db.run(`insert into audit_invitations (round_id, invitee_key, recipient_json, reachable) values ${rows.join(', ')} on conflict do nothing`, params);
        }
        await schedule.schedule(messages);
        return { created: true as const };
      });
    },
    byRef: (ref) => round(`select * from audit_rounds where lower(ref) = lower($1) order by (state = 'open') desc, created_at desc limit 1`, [ref]),
    async listByCreator(createdBy, limit) {
      return (await db.query<RoundRow>('select * from audit_rounds where created_by = $1 order by created_at desc limit $2', [createdBy, limit])).map(toRound);
    },
    async listOpen(limit) {
      return (await db.query<RoundRow>(`select * from audit_rounds where state = 'open' order by closes_at, id limit $1`, [limit])).map(toRound);
    },
    async invitations(roundId) {
      return (await db.query<InvitationRow>('select * from audit_invitations where round_id = $1 order by invitee_key', [roundId])).map(toInvitation);
    },
    async invitation(roundId, key) {
      const [row] = await db.query<InvitationRow>('select * from audit_invitations where round_id = $1 and invitee_key = $2', [roundId, key]);
      return row && toInvitation(row);
    },
    saveResponse(r) {
      return db.transaction(async () => {
        const state = await lockedState(r.roundId);
        if (!state) return { saved: false as const, reason: 'not-found' as const };
        if (state !== 'open') return { saved: false as const, reason: 'closed' as const };
        const existed = (await response(r.roundId, r.respondent)) !== undefined;
        await db.run(
          `insert into audit_responses (round_id, respondent, agency_type, answers_json, submitted_at, updated_at, edits)
           values ($1, $2, $3, $4, $5, $5, 0)
           on conflict (round_id, respondent) do update set agency_type = excluded.agency_type, answers_json = excluded.answers_json,
             updated_at = excluded.updated_at, edits = audit_responses.edits + 1`,
          [r.roundId, r.respondent, r.agencyType ?? null, JSON.stringify(r.answers), r.updatedAt],
        );
        await db.run('delete from audit_drafts where round_id = $1 and respondent = $2', [r.roundId, r.respondent]);
        return { saved: true as const, edited: existed };
      });
    },
    async response(roundId, respondent) {
      const row = await response(roundId, respondent);
      return row && toResponse(row);
    },
    hasResponse: async (roundId, respondent) => (await response(roundId, respondent)) !== undefined,
    saveDraft(d) {
      return db.transaction(async () => {
        const state = await lockedState(d.roundId);
        if (!state) return { saved: false as const, reason: 'not-found' as const };
        if (state !== 'open') return { saved: false as const, reason: 'closed' as const };
        await db.run(
          `insert into audit_drafts (round_id, respondent, agency_type, answers_json, updated_at) values ($1, $2, $3, $4, $5)
           on conflict (round_id, respondent) do update set agency_type = excluded.agency_type, answers_json = excluded.answers_json, updated_at = excluded.updated_at`,
          [d.roundId, d.respondent, d.agencyType ?? null, JSON.stringify(d.answers), d.updatedAt],
        );
        return { saved: true as const };
      });
    },
    async draft(roundId, respondent) {
      const [row] = await db.query<{ agency_type: string | null; answers_json: string; updated_at: Date }>(
        'select agency_type, answers_json, updated_at from audit_drafts where round_id = $1 and respondent = $2',
        [roundId, respondent],
      );
      return row && { roundId, respondent, agencyType: row.agency_type ?? undefined, answers: JSON.parse(row.answers_json) as Record<string, string>, updatedAt: row.updated_at };
    },
    async responses(roundId) {
      return (await db.query<ResponseRow>('select * from audit_responses where round_id = $1 order by respondent collate "C"', [roundId])).map(toResponse);
    },
    async countResponses(roundId) {
      const [row] = await db.query<{ n: number }>('select count(*) as n from audit_responses where round_id = $1', [roundId]);
      return row!.n;
    },
    close(roundId, at, by) {
      return db.transaction(async () => {
        if ((await db.run(`update audit_rounds set state = 'closed', closed_at = $1, closed_by = $2 where id = $3 and state = 'open'`, [at, by, roundId])) === 0) return undefined;
        await schedule.cancel(roundId);
        await db.run('delete from audit_drafts where round_id = $1', [roundId]);
        return get(roundId);
      });
    },
  };
}

/** As SQLite's auditTextRetention: answers' text goes the retention period after the round closed; stale drafts go. */
export function postgresAuditTextRetention(db: PgDatabase): FreeTextHolder {
  return {
    name: 'audit.answers',
    purgeFreeTextBefore: (cutoff) =>
      db.transaction(async () => {
        const answers = await db.run(
          `update audit_responses set answers_json = '{}' where answers_json != '{}'
             and round_id in (select id from audit_rounds where state = 'closed' and closed_at < $1)`,
          [cutoff],
        );
        return answers + (await db.run('delete from audit_drafts where updated_at < $1', [cutoff]));
      }),
  };
}
