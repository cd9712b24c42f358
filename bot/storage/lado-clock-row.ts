// One lado_clocks row as either store reads it, and the clock it holds: the SQLite and PostgreSQL stores share it.
import type { ClockState, ReferralClock } from '../lado/types.ts';
import type { DeadlineRule } from '../partnership/profile.ts';
import { fromStored, fromStoredOrNull, type StoredTime } from './stored-time.ts';

export type LadoClockRow = {
  id: string;
  start_token: string;
  case_ref: string;
  org_type: string;
  rule: DeadlineRule;
  identified_at: StoredTime;
  deadline_at: StoredTime;
  created_at: StoredTime;
  officer_key: string;
  referrer_json: string;
  referrer_reachable: number;
  own: number;
  state: ClockState;
  submitted_at: StoredTime | null;
  received_at: StoredTime | null;
  outcome_at: StoredTime | null;
  outcome_deadline_at: StoredTime | null;
  conclusion_reported_at: StoredTime | null;
  closed_at: StoredTime | null;
};

export const toReferralClock = (r: LadoClockRow): ReferralClock => ({
  id: r.id,
  startToken: r.start_token,
  caseRef: r.case_ref,
  orgType: r.org_type,
  rule: r.rule,
  identifiedAt: fromStored(r.identified_at),
  deadlineAt: fromStored(r.deadline_at),
  createdAt: fromStored(r.created_at),
  officerKey: r.officer_key,
  referrer: JSON.parse(r.referrer_json) as ReferralClock['referrer'],
  referrerReachable: r.referrer_reachable === 1,
  own: r.own === 1,
  state: r.state,
  submittedAt: fromStoredOrNull(r.submitted_at),
  receivedAt: fromStoredOrNull(r.received_at),
  outcomeAt: fromStoredOrNull(r.outcome_at),
  outcomeDeadlineAt: fromStoredOrNull(r.outcome_deadline_at),
  conclusionReportedAt: fromStoredOrNull(r.conclusion_reported_at),
  closedAt: fromStoredOrNull(r.closed_at),
});
