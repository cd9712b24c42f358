// The LADO referral clock: the record, its states and the store it lives in. No names are held:
// people are Entra object ids or an email hash; the case is the LADO's own reference.
import type { DeadlineRule } from '../partnership/profile.ts';
import type { ScheduleRequest } from '../scheduling/types.ts';
import type { Recipient } from '../shared/notifier.ts';

/**
 * open: waiting for the referral; submitted: the referrer says it is in; received: the LADO has it;
 * outcome: the LADO recorded an outcome and the employer owes its conclusion; closed: nothing more is due.
 */
export type ClockState = 'open' | 'submitted' | 'received' | 'outcome' | 'closed';

export const ORGANISATION_TYPES = [
  'Education (school or college)',
  'Early years or childcare',
  'Health',
  'Police',
  "Children's social care",
  'Fostering or adoption',
  'Residential care',
  'Voluntary, community or faith',
  'Sport or leisure',
  'Transport',
  'Other',
] as const;

export interface ReferralClock {
  id: string;
  caseRef: string;
  orgType: string;
  rule: DeadlineRule;
  identifiedAt: Date;
  deadlineAt: Date;
  createdAt: Date;
  /** The LADO officer who started it (Entra object id). */
  officerKey: string;
  /** Where the referrer's cards go: a user key, or an email hash until they talk to the bot. */
  referrer: Extract<Recipient, { kind: 'user' } | { kind: 'email' }>;
  /** Whether the bot could reach the referrer when the clock started. */
  referrerReachable: boolean;
  /** A designated safeguarding lead's reminder to themselves: no LADO officer, not on the LADO's list. */
  own: boolean;
  state: ClockState;
  submittedAt?: Date;
  receivedAt?: Date;
  /** When the LADO recorded the outcome. */
  outcomeAt?: Date;
  /** When the employer's conclusion is due; none when the partnership sets no timescale. */
  outcomeDeadlineAt?: Date;
  conclusionReportedAt?: Date;
  closedAt?: Date;
  /** The form's one-time token: a second press of the same form finds this clock instead of starting another. */
  startToken: string;
}

export interface ClockChange {
  from: ClockState[];
  /** Omitted: the state stays, only the messages are scheduled (e.g. "I need advice"). */
  to?: ClockState;
  at: Date;
  by: string;
  /** Pending scheduled messages of these kinds are cancelled in the same transaction. */
  cancelKinds?: string[];
  /** With to: 'outcome': when the employer's conclusion is due, if the partnership sets a timescale. */
  outcomeDeadlineAt?: Date;
  /** With to: 'closed': the employer reported its conclusion (rather than the LADO closing the case). */
  conclusionReported?: boolean;
}

export interface ReferralClockStore {
  /** The clock and its reminders in one transaction. Returns the existing clock when the token was used. */
  create(referral: ReferralClock, messages: ScheduleRequest[]): Promise<{ created: true } | { created: false; existing: ReferralClock }>;
  get(id: string): Promise<ReferralClock | undefined>;
  /**
   * Moves a clock forward (open -> submitted, open|submitted -> received) in one transaction with
   * cancelling its pending reminders and scheduling the notices. Returns undefined when the clock was
   * not in one of `from` (someone got there first).
   */
  transition(id: string, change: ClockChange, messages: ScheduleRequest[]): Promise<ReferralClock | undefined>;
  /** LADO clocks (not people's own reminders) waiting for the referral or the employer's conclusion, soonest first. */
  listActive(limit: number): Promise<ReferralClock[]>;
  countActive(): Promise<number>;
  /** The latest clock with this LADO case reference. */
  findByCaseRef(caseRef: string): Promise<ReferralClock | undefined>;
}

export const MESSAGE_KINDS = {
  /** A card to the referrer: the first card, reminders and the overdue card. payload: { clockId, reminder } */
  reminder: 'lado.reminder',
  /** The overdue card to the LADO (duty channel or officer). payload: { clockId } */
  overdue: 'lado.overdue',
  /** Something the LADO officer should know (referrer confirmed, asked for advice). payload: { clockId, event } */
  notice: 'lado.notice',
  /** A card to the employer after the outcome: report your conclusion. payload: { clockId, reminder } */
  outcomeReminder: 'lado.outcome-reminder',
  /** The employer's conclusion is overdue: a card to the LADO. payload: { clockId } */
  outcomeOverdue: 'lado.outcome-overdue',
  /** A card to the officer because another could not be delivered. payload: { clockId, variant, late } */
  officerNotice: 'lado.officer-notice',
} as const;
