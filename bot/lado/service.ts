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

export type DueLabel = 'overdue' | 'due soon' | 'open' | 'submitted';
export interface DueItem {
  clock: LadoClock;
  label: DueLabel;
  mine: boolean;
}

const STOP_ON_CONFIRM = [MESSAGE_KINDS.reminder, MESSAGE_KINDS.overdue];
const DUE_SOON_MS = 4 * 3_600_000;
export const CLOCK_ID = /^L[a-z0-9]{10}$/;

export function newClockId(): string {
  return `L${randomBytes(8).readBigUInt64BE().toString(36).padStart(10, '0').slice(-10)}`;
}

export function createLadoService(deps: LadoServiceDeps) {
  const isStaff = (p: LadoPerson) => deps.staff.includes(p.aadObjectId ?? '') || deps.staff.includes(p.userKey);
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

  function find(clockId: unknown): LadoClock | undefined {
    return typeof clockId === 'string' && CLOCK_ID.test(clockId) ? deps.store.get(clockId) : undefined;
  }

  return {
    isStaff,
    ladoRecipient,
    officer,
    find,
    isReferrer,

    start(actor: LadoPerson, data: Record<string, unknown>): StartResult {
      if (!isStaff(actor)) return { kind: 'not-staff' };
      const now = deps.clock.now();
      const v = validateStart(data, now, deps.lado.referral_rule);
      if (!v.ok) return { kind: 'invalid', problems: v.problems };
      const { input } = v;
      const referrer: LadoClock['referrer'] =
        input.referrer.kind === 'user' ? input.referrer : { kind: 'email', emailHash: emailHash(input.referrer.email) };
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
        state: 'open',
        startToken: input.token,
      };
      const messages: ScheduleRequest[] = planReminders(deps.lado.reminders, now, deadlineAt).map((r) => ({
        kind: MESSAGE_KINDS.reminder,
        subjectId: clock.id,
        recipient: referrer,
        dueAt: r.at,
        payload: { clockId: clock.id, reminder: r.name },
      }));
      messages.push({
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
      if (isStaff(actor)) return this.markReceived(actor, clockId);
      if (!isReferrer(actor, clock)) return { kind: 'not-allowed' };
      if (clock.state !== 'open') return { kind: 'already', clock };
      const now = deps.clock.now();
      const changed = deps.store.transition(clock.id, { from: ['open'], to: 'submitted', at: now, by: actor.userKey, cancelKinds: STOP_ON_CONFIRM }, [notice(clock, 'submitted', now)]);
      return changed ? { kind: 'changed', clock: changed } : { kind: 'already', clock: deps.store.get(clock.id)! };
    },

    /** The LADO has the referral: the clock closes and nothing more is sent. */
    markReceived(actor: LadoPerson, clockId: unknown): ChangeResult {
      const clock = find(clockId);
      if (!clock) return { kind: 'not-found' };
      if (!isStaff(actor)) return { kind: 'not-allowed' };
      if (clock.state === 'received') return { kind: 'already', clock };
      const from: ClockState[] = ['open', 'submitted'];
      const changed = deps.store.transition(clock.id, { from, to: 'received', at: deps.clock.now(), by: actor.aadObjectId || actor.userKey, cancelKinds: STOP_ON_CONFIRM }, []);
      return changed ? { kind: 'changed', clock: changed } : { kind: 'already', clock: deps.store.get(clock.id)! };
    },

    /** "I need advice": the officer is told (through the schedule, so it survives a restart). */
    askAdvice(actor: LadoPerson, clockId: unknown): ChangeResult {
      const clock = find(clockId);
      if (!clock) return { kind: 'not-found' };
      if (!isReferrer(actor, clock) && !isStaff(actor)) return { kind: 'not-allowed' };
      if (clock.state === 'received') return { kind: 'already', clock };
      const now = deps.clock.now();
      const kept = deps.store.transition(clock.id, { from: ['open', 'submitted'], at: now, by: actor.userKey }, [notice(clock, 'advice', now)]);
      return kept ? { kind: 'changed', clock: kept } : { kind: 'already', clock: deps.store.get(clock.id)! };
    },

    due(actor: LadoPerson, limit = 25): { items: DueItem[]; total: number } {
      const now = deps.clock.now().getTime();
      return {
        total: deps.store.countActive(),
        items: deps.store.listActive(limit).map((clock) => ({
          clock,
          mine: clock.officerKey === (actor.aadObjectId || actor.userKey),
          label:
            clock.state === 'submitted'
              ? 'submitted'
              : clock.deadlineAt.getTime() <= now
                ? 'overdue'
                : clock.deadlineAt.getTime() - now <= DUE_SOON_MS
                  ? 'due soon'
                  : 'open',
        })),
      };
    },
  };
}

export type LadoService = ReturnType<typeof createLadoService>;
