// Audit reflection rounds: the records and the store they live in. No names anywhere: practitioners are
// Entra object ids or email hashes on the invitation, and answers carry only a per-round pseudonym, so the
// text can never be joined back to a person without the pseudonym key.
import type { ScheduleRequest } from '../scheduling/types.ts';
import type { Recipient } from '../shared/notifier.ts';

export type RoundState = 'open' | 'closed';

export interface QuestionnaireSnapshot {
  title: string;
  intro: string;
  questions: Array<{ id: string; text: string; hint?: string; required: boolean }>;
  agencyTypes: string[];
}

export interface AuditRound {
  id: string;
  /** The committee's short audit reference, checked for personal data. */
  ref: string;
  theme?: string;
  /** The close date as chosen (YYYY-MM-DD); the round closes at 17:00 London time that day. */
  closeDate: string;
  closesAt: Date;
  createdAt: Date;
  /** The committee member who started it (Entra object id). */
  createdBy: string;
  state: RoundState;
  closedAt?: Date;
  /** The questions as they were when the round started, so the report matches what was asked. */
  questionnaire: QuestionnaireSnapshot;
  /** The form's one-time token: a second press finds this round instead of starting another. */
  startToken: string;
}

export type InviteeRecipient = Extract<Recipient, { kind: 'user' } | { kind: 'email' }>;

export interface Invitation {
  roundId: string;
  /** "user:<entra id>" or "email:<sha256>": what the pseudonym is computed from. */
  inviteeKey: string;
  recipient: InviteeRecipient;
  reachable: boolean;
}

export interface ResponseRecord {
  roundId: string;
  /** HMAC of round id and invitee key: stable for edits, not reversible to a person. */
  respondent: string;
  agencyType?: string;
  answers: Record<string, string>;
  submittedAt: Date;
  updatedAt: Date;
  edits: number;
}

/** Answers saved for later: the same shape as a response, never collated. */
export interface DraftRecord {
  roundId: string;
  respondent: string;
  agencyType?: string;
  answers: Record<string, string>;
  updatedAt: Date;
}

export interface AuditRoundStore {
  /** The round, its invitations and its scheduled messages in one transaction. */
  create(round: AuditRound, invitations: Invitation[], messages: ScheduleRequest[]): Promise<{ created: true } | { created: false; existing: AuditRound }>;
  get(id: string): Promise<AuditRound | undefined>;
  /** The open round with this reference, else the most recent one. */
  byRef(ref: string): Promise<AuditRound | undefined>;
  /** Most recent first. */
  listByCreator(createdBy: string, limit: number): Promise<AuditRound[]>;
  listOpen(limit: number): Promise<AuditRound[]>;
  invitations(roundId: string): Promise<Invitation[]>;
  invitation(roundId: string, inviteeKey: string): Promise<Invitation | undefined>;
  /**
   * Saves (or replaces) a response, only while the round is open, in one write transaction with the
   * state check, so a submission racing the close is either in the report or told the round closed.
   */
  saveResponse(response: Omit<ResponseRecord, 'edits' | 'submittedAt'>): Promise<{ saved: true; edited: boolean } | { saved: false; reason: 'closed' | 'not-found' }>;
  response(roundId: string, respondent: string): Promise<ResponseRecord | undefined>;
  /** Keeps unfinished answers while the round is open (replacing earlier ones); submitting or closing deletes them. */
  saveDraft(draft: DraftRecord): Promise<{ saved: true } | { saved: false; reason: 'closed' | 'not-found' }>;
  draft(roundId: string, respondent: string): Promise<DraftRecord | undefined>;
  hasResponse(roundId: string, respondent: string): Promise<boolean>;
  /** Every response of a round, in no particular person's order (sorted by pseudonym). */
  responses(roundId: string): Promise<ResponseRecord[]>;
  countResponses(roundId: string): Promise<number>;
  /** Closes the round and cancels its pending messages in one transaction; undefined if it was not open. */
  close(roundId: string, at: Date, by: string): Promise<AuditRound | undefined>;
}

export const AUDIT_KINDS = {
  /** The questionnaire card to one practitioner. payload: { roundId } */
  invite: 'audit.invite',
  /** A reminder to one practitioner who hasn't answered. payload: { roundId, daysBefore } */
  reminder: 'audit.reminder',
  /** At the close time: close the round and send the creator the report card. payload: { roundId } */
  close: 'audit.close',
} as const;

export const ROUND_ID = /^A[a-z0-9]{10}$/;
