// Audit rounds in SQLite. A round, its invitations and its scheduled messages are written in one
// transaction; a response is saved in the same write transaction that checks the round is still open.
import type { Db } from './database.ts';
import type { FreeTextHolder } from '../shared/retention.ts';
import type { SqliteGate } from './sqlite-session.ts';
import { sqliteScheduleWrites } from './sqlite-schedule.ts';
import type { AuditRoundStore } from '../audits/types.ts';
import { toInvitation, toResponse, toRound, type InvitationRow, type ResponseRow, type RoundRow } from './audit-rows.ts';


export function createSqliteAuditRoundStore(db: Db, gate: SqliteGate): AuditRoundStore {
  const schedule = sqliteScheduleWrites(db);
  const insertRound = db.prepare(
    `insert into audit_rounds (id, start_token, ref, theme, close_date, closes_at, created_at, created_by, state, questionnaire_json)
     values (@id, @startToken, @ref, @theme, @closeDate, @closesAt, @createdAt, @createdBy, 'open', @questionnaire)
     on conflict (start_token) do nothing`,
  );
  const insertInvitation = db.prepare('insert or ignore into audit_invitations (round_id, invitee_key, recipient_json, reachable) values (?, ?, ?, ?)');
  const byId = db.prepare('select * from audit_rounds where id = ?');
  const byToken = db.prepare('select * from audit_rounds where start_token = ?');
  const byRef = db.prepare(`select * from audit_rounds where ref = ? collate nocase order by (state = 'open') desc, created_at desc limit 1`);
  const byCreator = db.prepare('select * from audit_rounds where created_by = ? order by created_at desc limit ?');
  const open = db.prepare(`select * from audit_rounds where state = 'open' order by closes_at, id limit ?`);
  const invitations = db.prepare('select * from audit_invitations where round_id = ? order by invitee_key');
  const invitation = db.prepare('select * from audit_invitations where round_id = ? and invitee_key = ?');
  const upsertResponse = db.prepare(
    `insert into audit_responses (round_id, respondent, agency_type, answers_json, submitted_at, updated_at, edits)
     values (@roundId, @respondent, @agencyType, @answers, @at, @at, 0)
     on conflict (round_id, respondent) do update set agency_type = excluded.agency_type, answers_json = excluded.answers_json,
       updated_at = excluded.updated_at, edits = audit_responses.edits + 1`,
  );
  const response = db.prepare('select * from audit_responses where round_id = ? and respondent = ?');
  const responses = db.prepare('select * from audit_responses where round_id = ? order by respondent');
  const countResponses = db.prepare('select count(*) from audit_responses where round_id = ?').pluck();
  const upsertDraft = db.prepare(
    `insert into audit_drafts (round_id, respondent, agency_type, answers_json, updated_at) values (@roundId, @respondent, @agencyType, @answers, @at)
     on conflict (round_id, respondent) do update set agency_type = excluded.agency_type, answers_json = excluded.answers_json, updated_at = excluded.updated_at`,
  );
  const draftRow = db.prepare('select * from audit_drafts where round_id = ? and respondent = ?');
  const deleteDraft = db.prepare('delete from audit_drafts where round_id = ? and respondent = ?');
  const deleteDrafts = db.prepare('delete from audit_drafts where round_id = ?');
  const setClosed = db.prepare(`update audit_rounds set state = 'closed', closed_at = ?, closed_by = ? where id = ? and state = 'open'`);

  const get = (id: string) => {
    const row = byId.get(id) as RoundRow | undefined;
    return row && toRound(row);
  };

  return {
    get: (id) => gate.run(() => get(id)),
    create(round, invites, messages) {
      return gate.run(() => db.transaction(() => {
        const result = insertRound.run({
          id: round.id,
          startToken: round.startToken,
          ref: round.ref,
          theme: round.theme ?? null,
          closeDate: round.closeDate,
          closesAt: round.closesAt.getTime(),
          createdAt: round.createdAt.getTime(),
          createdBy: round.createdBy,
          questionnaire: JSON.stringify(round.questionnaire),
        });
        if (result.changes === 0) return { created: false as const, existing: toRound(byToken.get(round.startToken) as RoundRow) };
        for (const i of invites) insertInvitation.run(round.id, i.inviteeKey, JSON.stringify(i.recipient), i.reachable ? 1 : 0);
        schedule.schedule(messages);
        return { created: true as const };
      }).immediate());
    },
    byRef: (ref) =>
      gate.run(() => {
        const row = byRef.get(ref) as RoundRow | undefined;
        return row && toRound(row);
      }),
    listByCreator: (createdBy, limit) => gate.run(() => (byCreator.all(createdBy, limit) as RoundRow[]).map(toRound)),
    listOpen: (limit) => gate.run(() => (open.all(limit) as RoundRow[]).map(toRound)),
    invitations: (roundId) => gate.run(() => (invitations.all(roundId) as InvitationRow[]).map(toInvitation)),
    invitation: (roundId, key) =>
      gate.run(() => {
        const row = invitation.get(roundId, key) as InvitationRow | undefined;
        return row && toInvitation(row);
      }),
    saveResponse(r) {
      // immediate: the state check and the write hold the write lock together, so a close can't slip between.
      return gate.run(() => db.transaction(() => {
        const round = byId.get(r.roundId) as RoundRow | undefined;
        if (!round) return { saved: false as const, reason: 'not-found' as const };
        if (round.state !== 'open') return { saved: false as const, reason: 'closed' as const };
        const existed = response.get(r.roundId, r.respondent) !== undefined;
        upsertResponse.run({ roundId: r.roundId, respondent: r.respondent, agencyType: r.agencyType ?? null, answers: JSON.stringify(r.answers), at: r.updatedAt.getTime() });
        deleteDraft.run(r.roundId, r.respondent);
        return { saved: true as const, edited: existed };
      }).immediate());
    },
    response: (roundId, respondent) =>
      gate.run(() => {
        const row = response.get(roundId, respondent) as ResponseRow | undefined;
        return row && toResponse(row);
      }),
    hasResponse: (roundId, respondent) => gate.run(() => response.get(roundId, respondent) !== undefined),
    saveDraft(d) {
      return gate.run(() => db.transaction(() => {
        const round = byId.get(d.roundId) as RoundRow | undefined;
        if (!round) return { saved: false as const, reason: 'not-found' as const };
        if (round.state !== 'open') return { saved: false as const, reason: 'closed' as const };
        upsertDraft.run({ roundId: d.roundId, respondent: d.respondent, agencyType: d.agencyType ?? null, answers: JSON.stringify(d.answers), at: d.updatedAt.getTime() });
        return { saved: true as const };
      }).immediate());
    },
    draft: (roundId, respondent) =>
      gate.run(() => {
        const row = draftRow.get(roundId, respondent) as { agency_type: string | null; answers_json: string; updated_at: number } | undefined;
        return row && { roundId, respondent, agencyType: row.agency_type ?? undefined, answers: JSON.parse(row.answers_json) as Record<string, string>, updatedAt: new Date(row.updated_at) };
      }),
    responses: (roundId) => gate.run(() => (responses.all(roundId) as ResponseRow[]).map(toResponse)),
    countResponses: (roundId) => gate.run(() => countResponses.get(roundId) as number),
    close(roundId, at, by) {
      return gate.run(() => db.transaction(() => {
        if (setClosed.run(at.getTime(), by, roundId).changes === 0) return undefined;
        schedule.cancel(roundId);
        deleteDrafts.run(roundId);
        return get(roundId);
      }).immediate());
    },
  };
}

/**
 * Audit answers are needed until their round's report has been used: they are kept while the round is open and
 * for the retention period after it closes, then their text is deleted (the response, its agency type and the
 * counts stay). A draft is deleted when its round closes, or when untouched for the retention period.
 */
export function auditTextRetention(db: Db, gate: SqliteGate): FreeTextHolder {
  const answers = db.prepare(
    `update audit_responses set answers_json = '{}' where answers_json != '{}'
       and round_id in (select id from audit_rounds where state = 'closed' and closed_at < ?)`,
  );
  const drafts = db.prepare('delete from audit_drafts where updated_at < ?');
  return {
    name: 'audit.answers',
    purgeFreeTextBefore: (cutoff) => gate.run(() => db.transaction(() => answers.run(cutoff.getTime()).changes + drafts.run(cutoff.getTime()).changes)()),
  };
}
