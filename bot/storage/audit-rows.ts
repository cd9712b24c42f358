// audit_rounds, audit_invitations and audit_responses rows as either store reads them, and the records they
// hold: the SQLite and PostgreSQL stores share them.
import type { AuditRound, Invitation, QuestionnaireSnapshot, ResponseRecord, RoundState } from '../audits/types.ts';
import { fromStored, fromStoredOrNull, type StoredTime } from './stored-time.ts';

export type RoundRow = {
  id: string;
  start_token: string;
  ref: string;
  theme: string | null;
  close_date: string;
  closes_at: StoredTime;
  created_at: StoredTime;
  created_by: string;
  state: RoundState;
  closed_at: StoredTime | null;
  questionnaire_json: string;
};
export type InvitationRow = { round_id: string; invitee_key: string; recipient_json: string; reachable: number };
export type ResponseRow = { round_id: string; respondent: string; agency_type: string | null; answers_json: string; submitted_at: StoredTime; updated_at: StoredTime; edits: number };

export const toRound = (r: RoundRow): AuditRound => ({
  id: r.id,
  startToken: r.start_token,
  ref: r.ref,
  theme: r.theme ?? undefined,
  closeDate: r.close_date,
  closesAt: fromStored(r.closes_at),
  createdAt: fromStored(r.created_at),
  createdBy: r.created_by,
  state: r.state,
  closedAt: fromStoredOrNull(r.closed_at),
  questionnaire: JSON.parse(r.questionnaire_json) as QuestionnaireSnapshot,
});
export const toInvitation = (r: InvitationRow): Invitation => ({
  roundId: r.round_id,
  inviteeKey: r.invitee_key,
  recipient: JSON.parse(r.recipient_json) as Invitation['recipient'],
  reachable: r.reachable === 1,
});
export const toResponse = (r: ResponseRow): ResponseRecord => ({
  roundId: r.round_id,
  respondent: r.respondent,
  agencyType: r.agency_type ?? undefined,
  answers: JSON.parse(r.answers_json) as Record<string, string>,
  submittedAt: fromStored(r.submitted_at),
  updatedAt: fromStored(r.updated_at),
  edits: r.edits,
});
