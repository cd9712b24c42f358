// The LADO clock's scheduled cards (referrer reminders, overdue, the employer's conclusion, notices to the
// officer) and the update of cards already sent when a clock moves on. The dispatcher calls `kinds`.
import type { PartnershipProfile } from '../bot/partnership/profile.ts';
import { MESSAGE_KINDS, type ReferralClock } from '../bot/lado/types.ts';
import type { MessageKind, RenderContext, ScheduledMessage, ScheduleStore } from '../bot/scheduling/types.ts';
import type { Logger } from '../bot/shared/log.ts';
import type { Notifier, Recipient } from '../bot/shared/notifier.ts';
import { buildOfficerCard, buildReferrerCard, type OfficerVariant, type ReferrerVariant } from './lado-clock.ts';

export interface LadoMessagesDeps {
  find(clockId: unknown): Promise<ReferralClock | undefined>;
  /** Where the officer's own cards go. */
  officer(referral: ReferralClock): Recipient;
  schedule: Pick<ScheduleStore, 'list' | 'schedule'>;
  notifier: Notifier;
  profile: PartnershipProfile;
  /** For people the bot can't reach yet. */
  installUrl?: string;
  logger: Logger;
  wakeDispatcher(): void;
}

export function createLadoMessages(deps: LadoMessagesDeps) {
  const { profile } = deps;
  const officerCard = (referral: ReferralClock, variant: OfficerVariant, now: Date, extra: { late?: boolean; reminders?: Date[] } = {}) =>
    buildOfficerCard({ referral, variant, profile, now, installUrl: deps.installUrl, ...extra });
  const referralOf = (m: ScheduledMessage) => deps.find(m.payload.clockId);

  /** After a clock moves on, the cards sent earlier lose their buttons (best effort: Teams may refuse). */
  async function refreshSentCards(referral: ReferralClock, now: Date): Promise<void> {
    const referralDone: ReferrerVariant =
      referral.state === 'submitted' || referral.own ? 'submitted' : referral.state === 'closed' && !referral.receivedAt ? 'closed' : 'received';
    const conclusionDone: ReferrerVariant = referral.conclusionReportedAt ? 'concluded' : 'closed';
    for (const m of await deps.schedule.list(referral.id)) {
      if (m.status !== 'sent' || !m.activityId || !m.conversationId) continue;
      let card;
      if (m.kind === MESSAGE_KINDS.reminder) card = buildReferrerCard({ referral, variant: referralDone, profile, now });
      else if (m.kind === MESSAGE_KINDS.outcomeReminder && referral.state === 'closed') card = buildReferrerCard({ referral, variant: conclusionDone, profile, now });
      else if (m.kind === MESSAGE_KINDS.overdue || m.kind === MESSAGE_KINDS.outcomeOverdue) card = officerCard(referral, 'case', now);
      if (card) await deps.notifier.update(m.conversationId, m.activityId, { card });
    }
  }

  /** Through the schedule, due at once: paced, and retried like any reminder if Teams is down. */
  async function tellOfficer(referral: ReferralClock, variant: OfficerVariant, ctx: RenderContext): Promise<void> {
    await deps.schedule.schedule([
      { kind: MESSAGE_KINDS.officerNotice, subjectId: referral.id, recipient: deps.officer(referral), dueAt: ctx.now, payload: { clockId: referral.id, variant, late: ctx.late } },
    ]);
    deps.wakeDispatcher();
  }

  const kinds: Record<string, MessageKind> = {
    [MESSAGE_KINDS.reminder]: {
      async render(m, ctx) {
        const referral = await referralOf(m);
        if (!referral || referral.state !== 'open') return null;
        const variant = m.payload.reminder === 'start' ? 'first' : m.payload.reminder === 'deadline' ? 'overdue' : 'reminder';
        return { card: buildReferrerCard({ referral, variant, profile, now: ctx.now, late: ctx.late }), text: 'LADO referral clock' };
      },
      async undeliverable(m, ctx) {
        const referral = await referralOf(m);
        // The officer was told at the start that the referrer can't be reached; later reminders come to them.
        if (!referral || (m.payload.reminder === 'start' && !referral.referrerReachable)) return;
        await tellOfficer(referral, 'undeliverable', ctx);
      },
    },
    [MESSAGE_KINDS.overdue]: {
      async render(m, ctx) {
        const referral = await referralOf(m);
        if (!referral || referral.state !== 'open') return null;
        return { card: officerCard(referral, 'overdue', ctx.now, { late: ctx.late }), text: 'LADO referral overdue' };
      },
      async undeliverable(m, ctx) {
        const referral = await referralOf(m);
        // The duty channel isn't reachable (bot not added): the officer gets it instead.
        if (referral && m.recipient.kind === 'channel') await tellOfficer(referral, 'overdue', ctx);
      },
    },
    [MESSAGE_KINDS.notice]: {
      async render(m, ctx) {
        const referral = await referralOf(m);
        if (!referral) return null;
        const variant = m.payload.event === 'advice' ? 'advice' : m.payload.event === 'concluded' ? 'concluded' : 'submitted';
        if (variant === 'submitted' && referral.state !== 'submitted') return null;
        return { card: officerCard(referral, variant, ctx.now, { late: ctx.late }) };
      },
    },
    [MESSAGE_KINDS.outcomeReminder]: {
      async render(m, ctx) {
        const referral = await referralOf(m);
        if (!referral || referral.state !== 'outcome') return null;
        const variant = m.payload.reminder === 'start' ? 'outcome-first' : m.payload.reminder === 'deadline' ? 'outcome-overdue' : 'outcome-reminder';
        return { card: buildReferrerCard({ referral, variant, profile, now: ctx.now, late: ctx.late }), text: "LADO: your organisation's conclusion" };
      },
      async undeliverable(m, ctx) {
        const referral = await referralOf(m);
        if (referral) await tellOfficer(referral, 'undeliverable', ctx);
      },
    },
    [MESSAGE_KINDS.officerNotice]: {
      async render(m, ctx) {
        const referral = await referralOf(m);
        if (!referral) return null;
        return { card: officerCard(referral, m.payload.variant as OfficerVariant, ctx.now, { late: m.payload.late === true || ctx.late }) };
      },
      async undeliverable(m) {
        // Nobody further to tell: the clock is still listed in `lado due`.
        deps.logger.warn('lado.officer_unreachable', { clockId: m.payload.clockId, variant: m.payload.variant });
      },
    },
    [MESSAGE_KINDS.outcomeOverdue]: {
      async render(m, ctx) {
        const referral = await referralOf(m);
        if (!referral || referral.state !== 'outcome') return null;
        return { card: officerCard(referral, 'conclusion-overdue', ctx.now, { late: ctx.late }), text: "Employer's conclusion overdue" };
      },
      async undeliverable(m, ctx) {
        const referral = await referralOf(m);
        if (referral && m.recipient.kind === 'channel') await tellOfficer(referral, 'conclusion-overdue', ctx);
      },
    },
  };

  return { kinds, refreshSentCards, officerCard };
}
