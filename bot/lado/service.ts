// The referral clock's rules: who may start, confirm and list clocks; what is scheduled when; what
// happens on a second press. Plain data in and out; the handler turns results into cards.
import { randomBytes } from 'node:crypto';
import type { PartnershipProfile } from '../partnership/profile.ts';
import type { ScheduleRequest } from '../scheduling/types.ts';
import type { Clock } from '../shared/clock.ts';
import { emailHash } from '../shared/hash.ts';
import type { Recipient } from '../shared/notifier.ts';
import type { WorkingCalendar } from '../time/calendar.ts';
import { computeDeadline, planReminders } from './deadline.ts';
import { MESSAGE_KINDS, type ClockState, type ReferralClock, type ReferralClockStore } from './types.ts';
import { validateStart } from './validate.ts';

export interface LadoPerson {
  userKey: string;
  aadObjectId?: string;
}

export interface LadoServiceDeps {
  store: ReferralClockStore;
  clock: Clock;
  calendar: WorkingCalendar;
  lado: PartnershipProfile['lado'];
  /** Entra object ids of LADO officers. */
  staff: readonly string[];
  /** Also LADO staff: people recently confirmed as members of the LADO duty channel. */
  alsoStaff?(p: LadoPerson): boolean;
  /** LADO duty channel (conversation id); '' sends LADO cards to the officer who started the clock. */
  channelId: string;
  canReach(to: Recipient): Promise<boolean>;
  /** The user key of whoever in Teams has this email hash, if they have talked to the bot. */
  userForEmailHash(hash: string): Promise<string | undefined>;
}

export type StartResult =
  | { kind: 'not-staff' }
  | { kind: 'invalid'; problems: string[] }
  /** `reminders`: when the referrer will be reminded, as planned and scheduled. */
  | { kind: 'started'; referral: ReferralClock; reminders: Date[] }
  | { kind: 'duplicate'; referral: ReferralClock; reminders: Date[] };

export type ChangeResult =
  | { kind: 'not-found' }
  | { kind: 'not-allowed' }
  | { kind: 'already'; referral: ReferralClock }
  | { kind: 'changed'; referral: ReferralClock };

export type DueLabel = 'overdue' | 'due soon' | 'open' | 'submitted' | 'conclusion due' | 'conclusion overdue';
export interface DueItem {
  referral: ReferralClock;
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
  const ladoRecipient = (referral: ReferralClock): Recipient =>
    deps.channelId ? { kind: 'channel', conversationId: deps.channelId } : { kind: 'user', userKey: referral.officerKey };
  const officer = (referral: ReferralClock): Recipient => ({ kind: 'user', userKey: referral.officerKey });
  const isReferrer = async (p: LadoPerson, referral: ReferralClock) =>
    referral.referrer.kind === 'user' ? referral.referrer.userKey === p.userKey : (await deps.userForEmailHash(referral.referrer.emailHash)) === p.userKey;
  const notice = (referral: ReferralClock, event: string, at: Date): ScheduleRequest => ({
    kind: MESSAGE_KINDS.notice,
    subjectId: referral.id,
    recipient: officer(referral),
    dueAt: at,
    payload: { clockId: referral.id, event },
  });

  /** After a transition: the moved clock, or (someone got there first) the clock as it now stands. */
  const resultOf = async (moved: ReferralClock | undefined, referral: ReferralClock): Promise<ChangeResult> =>
    moved ? { kind: 'changed', referral: moved } : { kind: 'already', referral: (await deps.store.get(referral.id))! };

  const reminderTimes = (referral: ReferralClock): Date[] => planReminders(deps.lado.reminders, referral.createdAt, referral.deadlineAt, deps.calendar).map((r) => r.at);

  async function find(clockId: unknown): Promise<ReferralClock | undefined> {
    return typeof clockId === 'string' && CLOCK_ID.test(clockId) ? deps.store.get(clockId) : undefined;
  }

  return {
    isStaff,
    ladoRecipient,
    officer,
    find,
    isReferrer,

    /** A LADO officer starts a clock for a referrer; anyone can start one for themselves (`own`). */
    async start(actor: LadoPerson, data: Record<string, unknown>, options: { own?: boolean } = {}): Promise<StartResult> {
      const own = options.own === true;
      if (!own && !isStaff(actor)) return { kind: 'not-staff' };
      const now = deps.clock.now();
      const v = validateStart(data, now, deps.lado.referral_rule, { own });
      if (!v.ok) return { kind: 'invalid', problems: v.problems };
      const { input } = v;
      const referrer: ReferralClock['referrer'] = own
        ? { kind: 'user', userKey: actor.userKey }
        : input.referrer!.kind === 'user'
          ? input.referrer!
          : { kind: 'email', emailHash: emailHash(input.referrer!.email) };
      const deadlineAt = computeDeadline(input.rule, input.identifiedAt, deps.calendar);
      const referral: ReferralClock = {
        id: newClockId(),
        caseRef: input.caseRef,
        orgType: input.orgType,
        rule: input.rule,
        identifiedAt: input.identifiedAt,
        deadlineAt,
        createdAt: now,
        officerKey: actor.aadObjectId || actor.userKey,
        referrer,
        referrerReachable: await deps.canReach(referrer),
        own,
        state: 'open',
        startToken: input.token,
      };
      const messages: ScheduleRequest[] = planReminders(deps.lado.reminders, now, deadlineAt, deps.calendar).map((r) => ({
        kind: MESSAGE_KINDS.reminder,
        subjectId: referral.id,
        recipient: referrer,
        dueAt: r.at,
        payload: { clockId: referral.id, reminder: r.name },
      }));
      // An own reminder's deadline card is its overdue card; the LADO doesn't know about it yet.
      if (!own) messages.push({
        kind: MESSAGE_KINDS.overdue,
        subjectId: referral.id,
        recipient: ladoRecipient(referral),
        dueAt: new Date(Math.max(deadlineAt.getTime(), now.getTime())),
        payload: { clockId: referral.id },
      });
      const saved = await deps.store.create(referral, messages);
      return saved.created ? { kind: 'started', referral, reminders: reminderTimes(referral) } : { kind: 'duplicate', referral: saved.existing, reminders: reminderTimes(saved.existing) };
    },

    /** "Referral submitted": the referrer says it is in (LADO staff pressing it means received). */
    async confirm(actor: LadoPerson, clockId: unknown): Promise<ChangeResult> {
      const referral = await find(clockId);
      if (!referral) return { kind: 'not-found' };
      if (isStaff(actor) && !referral.own) return this.markReceived(actor, clockId);
      if (!(await isReferrer(actor, referral))) return { kind: 'not-allowed' };
      if (referral.state !== 'open') return { kind: 'already', referral };
      const now = deps.clock.now();
      // Someone's own reminder simply ends; a LADO clock waits for the LADO to mark it received.
      const change = referral.own
        ? { from: ['open'] as ClockState[], to: 'closed' as const, at: now, by: actor.userKey, cancelKinds: STOP_ON_CONFIRM }
        : { from: ['open'] as ClockState[], to: 'submitted' as const, at: now, by: actor.userKey, cancelKinds: STOP_ON_CONFIRM };
      const changed = await deps.store.transition(referral.id, change, referral.own ? [] : [notice(referral, 'submitted', now)]);
      return resultOf(changed, referral);
    },

    /** The LADO has the referral: the clock closes and nothing more is sent. */
    async markReceived(actor: LadoPerson, clockId: unknown): Promise<ChangeResult> {
      const referral = await find(clockId);
      if (!referral) return { kind: 'not-found' };
      if (!isStaff(actor)) return { kind: 'not-allowed' };
      if (referral.state === 'received') return { kind: 'already', referral };
      const from: ClockState[] = ['open', 'submitted'];
      const changed = await deps.store.transition(referral.id, { from, to: 'received', at: deps.clock.now(), by: actor.aadObjectId || actor.userKey, cancelKinds: STOP_ON_CONFIRM }, []);
      return resultOf(changed, referral);
    },

    /**
     * The LADO records that the allegation reached an outcome: the referral's reminders stop and the
     * employer is asked for its conclusion, by the partnership's outcome timescale when it sets one.
     */
    async recordOutcome(actor: LadoPerson, clockId: unknown): Promise<ChangeResult> {
      const referral = await find(clockId);
      if (!referral) return { kind: 'not-found' };
      // Someone's own reminder isn't a LADO case: the LADO records outcomes on its own clocks.
      if (!isStaff(actor) || referral.own) return { kind: 'not-allowed' };
      if (referral.state === 'outcome' || referral.state === 'closed') return { kind: 'already', referral };
      const now = deps.clock.now();
      const rule = deps.lado.outcome_report_rule;
      const outcomeDeadlineAt = rule ? computeDeadline(rule, now, deps.calendar) : undefined;
      const reminders = outcomeDeadlineAt ? planReminders(deps.lado.reminders, now, outcomeDeadlineAt, deps.calendar) : [{ name: 'start' as const, at: now }];
      const messages: ScheduleRequest[] = reminders.map((r) => ({
        kind: MESSAGE_KINDS.outcomeReminder,
        subjectId: referral.id,
        recipient: referral.referrer,
        dueAt: r.at,
        payload: { clockId: referral.id, reminder: r.name },
      }));
      if (outcomeDeadlineAt) {
        messages.push({ kind: MESSAGE_KINDS.outcomeOverdue, subjectId: referral.id, recipient: ladoRecipient(referral), dueAt: outcomeDeadlineAt, payload: { clockId: referral.id } });
      }
      const change = { from: ['open', 'submitted', 'received'] as ClockState[], to: 'outcome' as const, at: now, by: actor.aadObjectId || actor.userKey, cancelKinds: STOP_ON_CONFIRM, outcomeDeadlineAt };
      const changed = await deps.store.transition(referral.id, change, messages);
      return resultOf(changed, referral);
    },

    /** "Conclusion reported": the employer says it has sent the LADO its conclusion; the case closes. */
    async reportConclusion(actor: LadoPerson, clockId: unknown): Promise<ChangeResult> {
      const referral = await find(clockId);
      if (!referral) return { kind: 'not-found' };
      if (isStaff(actor)) return this.close(actor, clockId);
      if (!(await isReferrer(actor, referral))) return { kind: 'not-allowed' };
      if (referral.state !== 'outcome') return { kind: 'already', referral };
      const now = deps.clock.now();
      const change = { from: ['outcome'] as ClockState[], to: 'closed' as const, at: now, by: actor.userKey, cancelKinds: STOP_ON_CONCLUSION, conclusionReported: true };
      const changed = await deps.store.transition(referral.id, change, [notice(referral, 'concluded', now)]);
      return resultOf(changed, referral);
    },

    /** The LADO closes the case: nothing more is sent, whatever stage it was at. */
    async close(actor: LadoPerson, clockId: unknown): Promise<ChangeResult> {
      const referral = await find(clockId);
      if (!referral) return { kind: 'not-found' };
      if (!isStaff(actor)) return { kind: 'not-allowed' };
      if (referral.state === 'closed') return { kind: 'already', referral };
      const change = { from: ['open', 'submitted', 'received', 'outcome'] as ClockState[], to: 'closed' as const, at: deps.clock.now(), by: actor.aadObjectId || actor.userKey, cancelKinds: [...STOP_ON_CONFIRM, ...STOP_ON_CONCLUSION] };
      const changed = await deps.store.transition(referral.id, change, []);
      return resultOf(changed, referral);
    },

    /** A LADO officer looks a clock up by case reference (to record an outcome weeks later). */
    async lookup(actor: LadoPerson, caseRef: string): Promise<ReferralClock | undefined | 'not-staff'> {
      if (!isStaff(actor)) return 'not-staff';
      const ref = caseRef.trim();
      return ref && ref.length <= 40 ? deps.store.findByCaseRef(ref) : undefined;
    },

    /** "I need advice": the officer is told (through the schedule, so it survives a restart). */
    async askAdvice(actor: LadoPerson, clockId: unknown): Promise<ChangeResult> {
      const referral = await find(clockId);
      if (!referral) return { kind: 'not-found' };
      if (!(await isReferrer(actor, referral)) && !isStaff(actor)) return { kind: 'not-allowed' };
      if (referral.state === 'received' || referral.state === 'closed') return { kind: 'already', referral };
      const now = deps.clock.now();
      const kept = await deps.store.transition(referral.id, { from: ['open', 'submitted', 'outcome'], at: now, by: actor.userKey }, [notice(referral, 'advice', now)]);
      return resultOf(kept, referral);
    },

    async due(actor: LadoPerson, limit = 25): Promise<{ items: DueItem[]; total: number }> {
      const now = deps.clock.now().getTime();
      return {
        total: await deps.store.countActive(),
        items: (await deps.store.listActive(limit)).map((referral) => ({
          referral,
          mine: referral.officerKey === (actor.aadObjectId || actor.userKey),
          label: dueLabel(referral, now),
        })),
      };
    },
  };
}

function dueLabel(referral: ReferralClock, now: number): DueLabel {
  if (referral.state === 'submitted') return 'submitted';
  if (referral.state === 'outcome') return referral.outcomeDeadlineAt && referral.outcomeDeadlineAt.getTime() <= now ? 'conclusion overdue' : 'conclusion due';
  if (referral.deadlineAt.getTime() <= now) return 'overdue';
  return referral.deadlineAt.getTime() - now <= DUE_SOON_MS ? 'due soon' : 'open';
}

export type LadoService = ReturnType<typeof createLadoService>;
