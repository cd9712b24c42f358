// The referral clock's rules: who may start, confirm and list clocks; what is scheduled when; what
// happens on a second press. Plain data in and out; the handler turns results into cards.
import { randomBytes } from 'node:crypto';
import type { PartnershipProfile } from '../knowledge/partnership.ts';
import type { ScheduleRequest } from '../scheduling/types.ts';
import type { Clock } from '../shared/clock.ts';
import { emailHash } from '../shared/hash.ts';
import type { Recipient } from '../shared/notifier.ts';
import type { WorkingCalendar } from './calendar.ts';
import { computeDeadline, planReminders } from './deadline.ts';
import { MESSAGE_KINDS, type ClockState, type LadoClock, type LadoClockStore } from './types.ts';
import { validateStart } from './validate.ts';

export interface LadoPerson {
  userKey: string;
  aadObjectId?: string;
}

export interface LadoServiceDeps {
  store: LadoClockStore;
  clock: Clock;
  calendar: WorkingCalendar;
  lado: PartnershipProfile['lado'];
  /** Entra object ids of LADO officers. */
  staff: readonly string[];
  /** Also LADO staff: people recently confirmed as members of the LADO duty channel. */
  alsoStaff?(p: LadoPerson): boolean;
  /** LADO duty channel (conversation id); '' sends LADO cards to the officer who started the clock. */
  channelId: string;
  canReach(to: Recipient): boolean;
  /** The user key of whoever in Teams has this email hash, if they have talked to the bot. */
  userForEmailHash(hash: string): string | undefined;
}

export type StartResult =
  | { kind: 'not-staff' }
  | { kind: 'invalid'; problems: string[] }
  | { kind: 'started'; clock: LadoClock }
  | { kind: 'duplicate'; clock: LadoClock };

export type ChangeResult =
  | { kind: 'not-found' }
  | { kind: 'not-allowed' }
  | { kind: 'already'; clock: LadoClock }
  | { kind: 'changed'; clock: LadoClock };

export type DueLabel = 'overdue' | 'due soon' | 'open' | 'submitted' | 'conclusion due' | 'conclusion overdue';
export interface DueItem {
  clock: LadoClock;
  label: DueLabel;
  mine: boolean;
}

const STOP_ON_CONFIRM = [MESSAGE_KINDS.reminder, MESSAGE_KINDS.overdue];
const STOP_ON_CONCLUSION = [MESSAGE_KINDS.outcomeReminder, MESSAGE_KINDS.outcomeOverdue];
const DUE_SOON_MS = 4 * 3_600_000;
export const CLOCK_ID = /^L[a-z0-9]{10}$/;

export function newClockId(): string {
  return `L${randomBytes(8).readBigUInt64BE().toString(36).padStart(10, '0').slice(-10)}`;
}

/** LADO staff are named by Entra object id in config (LADO_STAFF). */
/** Roles come from the Entra object id alone (set only for Teams traffic): a channel-chosen `from.id` proves nothing. */
export function isLadoStaff(staff: readonly string[], p: LadoPerson): boolean {
  return !!p.aadObjectId && staff.includes(p.aadObjectId);
}

export function createLadoService(deps: LadoServiceDeps) {
  const isStaff = (p: LadoPerson) => isLadoStaff(deps.staff, p) || (deps.alsoStaff?.(p) ?? false);
  const ladoRecipient = (clock: LadoClock): Recipient =>
    deps.channelId ? { kind: 'channel', conversationId: deps.channelId } : { kind: 'user', userKey: clock.officerKey };
  const officer = (clock: LadoClock): Recipient => ({ kind: 'user', userKey: clock.officerKey });
  const isReferrer = (p: LadoPerson, clock: LadoClock) =>
    clock.referrer.kind === 'user' ? clock.referrer.userKey === p.userKey : deps.userForEmailHash(clock.referrer.emailHash) === p.userKey;
  const notice = (clock: LadoClock, event: string, at: Date): ScheduleRequest => ({
    kind: MESSAGE_KINDS.notice,
    subjectId: clock.id,
    recipient: officer(clock),
    dueAt: at,
    payload: { clockId: clock.id, event },
  });

  /** After a transition: the moved clock, or (someone got there first) the clock as it now stands. */
  const resultOf = (moved: LadoClock | undefined, clock: LadoClock): ChangeResult =>
    moved ? { kind: 'changed', clock: moved } : { kind: 'already', clock: deps.store.get(clock.id)! };

  function find(clockId: unknown): LadoClock | undefined {
    return typeof clockId === 'string' && CLOCK_ID.test(clockId) ? deps.store.get(clockId) : undefined;
  }

  return {
    isStaff,
    ladoRecipient,
    officer,
    find,
    isReferrer,

    /** A LADO officer starts a clock for a referrer; anyone can start one for themselves (`own`). */
    start(actor: LadoPerson, data: Record<string, unknown>, options: { own?: boolean } = {}): StartResult {
      const own = options.own === true;
      if (!own && !isStaff(actor)) return { kind: 'not-staff' };
      const now = deps.clock.now();
      const v = validateStart(data, now, deps.lado.referral_rule, { own });
      if (!v.ok) return { kind: 'invalid', problems: v.problems };
      const { input } = v;
      const referrer: LadoClock['referrer'] = own
        ? { kind: 'user', userKey: actor.userKey }
        : input.referrer!.kind === 'user'
          ? input.referrer!
          : { kind: 'email', emailHash: emailHash(input.referrer!.email) };
      const deadlineAt = computeDeadline(input.rule, input.identifiedAt, deps.calendar);
      const clock: LadoClock = {
        id: newClockId(),
        caseRef: input.caseRef,
        orgType: input.orgType,
        rule: input.rule,
        identifiedAt: input.identifiedAt,
        deadlineAt,
        createdAt: now,
        officerKey: actor.aadObjectId || actor.userKey,
        referrer,
        referrerReachable: deps.canReach(referrer),
        own,
        state: 'open',
        startToken: input.token,
      };
      const messages: ScheduleRequest[] = planReminders(deps.lado.reminders, now, deadlineAt, deps.calendar).map((r) => ({
        kind: MESSAGE_KINDS.reminder,
        subjectId: clock.id,
        recipient: referrer,
        dueAt: r.at,
        payload: { clockId: clock.id, reminder: r.name },
      }));
      // An own reminder's deadline card is its overdue card; the LADO doesn't know about it yet.
      if (!own) messages.push({
        kind: MESSAGE_KINDS.overdue,
        subjectId: clock.id,
        recipient: ladoRecipient(clock),
        dueAt: new Date(Math.max(deadlineAt.getTime(), now.getTime())),
        payload: { clockId: clock.id },
      });
      const saved = deps.store.create(clock, messages);
      return saved.created ? { kind: 'started', clock } : { kind: 'duplicate', clock: saved.existing };
    },

    /** "Referral submitted": the referrer says it is in (LADO staff pressing it means received). */
    confirm(actor: LadoPerson, clockId: unknown): ChangeResult {
      const clock = find(clockId);
      if (!clock) return { kind: 'not-found' };
      if (isStaff(actor) && !clock.own) return this.markReceived(actor, clockId);
      if (!isReferrer(actor, clock)) return { kind: 'not-allowed' };
      if (clock.state !== 'open') return { kind: 'already', clock };
      const now = deps.clock.now();
      // Someone's own reminder simply ends; a LADO clock waits for the LADO to mark it received.
      const change = clock.own
        ? { from: ['open'] as ClockState[], to: 'closed' as const, at: now, by: actor.userKey, cancelKinds: STOP_ON_CONFIRM }
        : { from: ['open'] as ClockState[], to: 'submitted' as const, at: now, by: actor.userKey, cancelKinds: STOP_ON_CONFIRM };
      const changed = deps.store.transition(clock.id, change, clock.own ? [] : [notice(clock, 'submitted', now)]);
      return resultOf(changed, clock);
    },

    /** The LADO has the referral: the clock closes and nothing more is sent. */
    markReceived(actor: LadoPerson, clockId: unknown): ChangeResult {
      const clock = find(clockId);
      if (!clock) return { kind: 'not-found' };
      if (!isStaff(actor)) return { kind: 'not-allowed' };
      if (clock.state === 'received') return { kind: 'already', clock };
      const from: ClockState[] = ['open', 'submitted'];
      const changed = deps.store.transition(clock.id, { from, to: 'received', at: deps.clock.now(), by: actor.aadObjectId || actor.userKey, cancelKinds: STOP_ON_CONFIRM }, []);
      return resultOf(changed, clock);
    },

    /**
     * The LADO records that the allegation reached an outcome: the referral's reminders stop and the
     * employer is asked for its conclusion, by the partnership's outcome timescale when it sets one.
     */
    recordOutcome(actor: LadoPerson, clockId: unknown): ChangeResult {
      const clock = find(clockId);
      if (!clock) return { kind: 'not-found' };
      // Someone's own reminder isn't a LADO case: the LADO records outcomes on its own clocks.
      if (!isStaff(actor) || clock.own) return { kind: 'not-allowed' };
      if (clock.state === 'outcome' || clock.state === 'closed') return { kind: 'already', clock };
      const now = deps.clock.now();
      const rule = deps.lado.outcome_report_rule;
      const outcomeDeadlineAt = rule ? computeDeadline(rule, now, deps.calendar) : undefined;
      const reminders = outcomeDeadlineAt ? planReminders(deps.lado.reminders, now, outcomeDeadlineAt, deps.calendar) : [{ name: 'start' as const, at: now }];
      const messages: ScheduleRequest[] = reminders.map((r) => ({
        kind: MESSAGE_KINDS.outcomeReminder,
        subjectId: clock.id,
        recipient: clock.referrer,
        dueAt: r.at,
        payload: { clockId: clock.id, reminder: r.name },
      }));
      if (outcomeDeadlineAt) {
        messages.push({ kind: MESSAGE_KINDS.outcomeOverdue, subjectId: clock.id, recipient: ladoRecipient(clock), dueAt: outcomeDeadlineAt, payload: { clockId: clock.id } });
      }
      const change = { from: ['open', 'submitted', 'received'] as ClockState[], to: 'outcome' as const, at: now, by: actor.aadObjectId || actor.userKey, cancelKinds: STOP_ON_CONFIRM, outcomeDeadlineAt };
      const changed = deps.store.transition(clock.id, change, messages);
      return resultOf(changed, clock);
    },

    /** "Conclusion reported": the employer says it has sent the LADO its conclusion; the case closes. */
    reportConclusion(actor: LadoPerson, clockId: unknown): ChangeResult {
      const clock = find(clockId);
      if (!clock) return { kind: 'not-found' };
      if (isStaff(actor)) return this.close(actor, clockId);
      if (!isReferrer(actor, clock)) return { kind: 'not-allowed' };
      if (clock.state !== 'outcome') return { kind: 'already', clock };
      const now = deps.clock.now();
      const change = { from: ['outcome'] as ClockState[], to: 'closed' as const, at: now, by: actor.userKey, cancelKinds: STOP_ON_CONCLUSION, conclusionReported: true };
      const changed = deps.store.transition(clock.id, change, [notice(clock, 'concluded', now)]);
      return resultOf(changed, clock);
    },

    /** The LADO closes the case: nothing more is sent, whatever stage it was at. */
    close(actor: LadoPerson, clockId: unknown): ChangeResult {
      const clock = find(clockId);
      if (!clock) return { kind: 'not-found' };
      if (!isStaff(actor)) return { kind: 'not-allowed' };
      if (clock.state === 'closed') return { kind: 'already', clock };
      const change = { from: ['open', 'submitted', 'received', 'outcome'] as ClockState[], to: 'closed' as const, at: deps.clock.now(), by: actor.aadObjectId || actor.userKey, cancelKinds: [...STOP_ON_CONFIRM, ...STOP_ON_CONCLUSION] };
      const changed = deps.store.transition(clock.id, change, []);
      return resultOf(changed, clock);
    },

    /** A LADO officer looks a clock up by case reference (to record an outcome weeks later). */
    lookup(actor: LadoPerson, caseRef: string): LadoClock | undefined | 'not-staff' {
      if (!isStaff(actor)) return 'not-staff';
      const ref = caseRef.trim();
      return ref && ref.length <= 40 ? deps.store.findByCaseRef(ref) : undefined;
    },

    /** "I need advice": the officer is told (through the schedule, so it survives a restart). */
    askAdvice(actor: LadoPerson, clockId: unknown): ChangeResult {
      const clock = find(clockId);
      if (!clock) return { kind: 'not-found' };
      if (!isReferrer(actor, clock) && !isStaff(actor)) return { kind: 'not-allowed' };
      if (clock.state === 'received' || clock.state === 'closed') return { kind: 'already', clock };
      const now = deps.clock.now();
      const kept = deps.store.transition(clock.id, { from: ['open', 'submitted', 'outcome'], at: now, by: actor.userKey }, [notice(clock, 'advice', now)]);
      return resultOf(kept, clock);
    },

    due(actor: LadoPerson, limit = 25): { items: DueItem[]; total: number } {
      const now = deps.clock.now().getTime();
      return {
        total: deps.store.countActive(),
        items: deps.store.listActive(limit).map((clock) => ({
          clock,
          mine: clock.officerKey === (actor.aadObjectId || actor.userKey),
          label: dueLabel(clock, now),
        })),
      };
    },
  };
}

function dueLabel(clock: LadoClock, now: number): DueLabel {
  if (clock.state === 'submitted') return 'submitted';
  if (clock.state === 'outcome') return clock.outcomeDeadlineAt && clock.outcomeDeadlineAt.getTime() <= now ? 'conclusion overdue' : 'conclusion due';
  if (clock.deadlineAt.getTime() <= now) return 'overdue';
  return clock.deadlineAt.getTime() - now <= DUE_SOON_MS ? 'due soon' : 'open';
}

export type LadoService = ReturnType<typeof createLadoService>;
