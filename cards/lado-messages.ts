// The LADO clock's scheduled cards (referrer reminders, overdue, the employer's conclusion, notices to the
// officer) and the update of cards already sent when a clock moves on. The dispatcher calls `kinds`.
import type { PartnershipProfile } from '../bot/partnership/profile.ts';
import { MESSAGE_KINDS, type LadoClock } from '../bot/lado/types.ts';
import type { MessageKind, RenderContext, ScheduledMessage, ScheduleStore } from '../bot/scheduling/types.ts';
import type { Logger } from '../bot/shared/log.ts';
import type { Notifier, Recipient } from '../bot/shared/notifier.ts';
import { buildOfficerCard, buildReferrerCard, type OfficerVariant, type ReferrerVariant } from './lado-clock.ts';

export interface LadoMessagesDeps {
  find(clockId: unknown): LadoClock | undefined;
  /** Where the officer's own cards go. */
  officer(clock: LadoClock): Recipient;
  schedule: Pick<ScheduleStore, 'list'>;
  notifier: Notifier;
  profile: PartnershipProfile;
  /** For people the bot can't reach yet. */
  installUrl?: string;
  logger: Logger;
}

export function createLadoMessages(deps: LadoMessagesDeps) {
  const { profile } = deps;
  const officerCard = (clock: LadoClock, variant: OfficerVariant, now: Date, extra: { late?: boolean; reminders?: Date[] } = {}) =>
    buildOfficerCard({ clock, variant, profile, now, installUrl: deps.installUrl, ...extra });
  const clockOf = (m: ScheduledMessage) => deps.find(m.payload.clockId);

  /** After a clock moves on, the cards sent earlier lose their buttons (best effort: Teams may refuse). */
  async function refreshSentCards(clock: LadoClock, now: Date): Promise<void> {
    const referralDone: ReferrerVariant =
      clock.state === 'submitted' || clock.own ? 'submitted' : clock.state === 'closed' && !clock.receivedAt ? 'closed' : 'received';
    const conclusionDone: ReferrerVariant = clock.conclusionReportedAt ? 'concluded' : 'closed';
    for (const m of deps.schedule.list(clock.id)) {
      if (m.status !== 'sent' || !m.activityId || !m.conversationId) continue;
      let card;
      if (m.kind === MESSAGE_KINDS.reminder) card = buildReferrerCard({ clock, variant: referralDone, profile, now });
      else if (m.kind === MESSAGE_KINDS.outcomeReminder && clock.state === 'closed') card = buildReferrerCard({ clock, variant: conclusionDone, profile, now });
      else if (m.kind === MESSAGE_KINDS.overdue || m.kind === MESSAGE_KINDS.outcomeOverdue) card = officerCard(clock, 'case', now);
      if (card) await deps.notifier.update(m.conversationId, m.activityId, { card });
    }
  }

  async function tellOfficer(clock: LadoClock, variant: OfficerVariant, ctx: RenderContext): Promise<void> {
    const delivery = await deps.notifier.send(deps.officer(clock), { card: officerCard(clock, variant, ctx.now, { late: ctx.late }) });
    if (!delivery.delivered) deps.logger.warn('lado.officer_unreachable', { clockId: clock.id, variant });
  }

  const kinds: Record<string, MessageKind> = {
    [MESSAGE_KINDS.reminder]: {
      render(m, ctx) {
        const clock = clockOf(m);
        if (!clock || clock.state !== 'open') return null;
        const variant = m.payload.reminder === 'start' ? 'first' : m.payload.reminder === 'deadline' ? 'overdue' : 'reminder';
        return { card: buildReferrerCard({ clock, variant, profile, now: ctx.now, late: ctx.late }), text: 'LADO referral clock' };
      },
      async undeliverable(m, ctx) {
        const clock = clockOf(m);
        // The officer was told at the start that the referrer can't be reached; later reminders come to them.
        if (!clock || (m.payload.reminder === 'start' && !clock.referrerReachable)) return;
        await tellOfficer(clock, 'undeliverable', ctx);
      },
    },
    [MESSAGE_KINDS.overdue]: {
      render(m, ctx) {
        const clock = clockOf(m);
        if (!clock || clock.state !== 'open') return null;
        return { card: officerCard(clock, 'overdue', ctx.now, { late: ctx.late }), text: 'LADO referral overdue' };
      },
      async undeliverable(m, ctx) {
        const clock = clockOf(m);
        // The duty channel isn't reachable (bot not added): the officer gets it instead.
        if (clock && m.recipient.kind === 'channel') await tellOfficer(clock, 'overdue', ctx);
      },
    },
    [MESSAGE_KINDS.notice]: {
      render(m, ctx) {
        const clock = clockOf(m);
        if (!clock) return null;
        const variant = m.payload.event === 'advice' ? 'advice' : m.payload.event === 'concluded' ? 'concluded' : 'submitted';
        if (variant === 'submitted' && clock.state !== 'submitted') return null;
        return { card: officerCard(clock, variant, ctx.now, { late: ctx.late }) };
      },
    },
    [MESSAGE_KINDS.outcomeReminder]: {
      render(m, ctx) {
        const clock = clockOf(m);
        if (!clock || clock.state !== 'outcome') return null;
        const variant = m.payload.reminder === 'start' ? 'outcome-first' : m.payload.reminder === 'deadline' ? 'outcome-overdue' : 'outcome-reminder';
        return { card: buildReferrerCard({ clock, variant, profile, now: ctx.now, late: ctx.late }), text: "LADO: your organisation's conclusion" };
      },
      async undeliverable(m, ctx) {
        const clock = clockOf(m);
        if (clock) await tellOfficer(clock, 'undeliverable', ctx);
      },
    },
    [MESSAGE_KINDS.outcomeOverdue]: {
      render(m, ctx) {
        const clock = clockOf(m);
        if (!clock || clock.state !== 'outcome') return null;
        return { card: officerCard(clock, 'conclusion-overdue', ctx.now, { late: ctx.late }), text: "Employer's conclusion overdue" };
      },
      async undeliverable(m, ctx) {
        const clock = clockOf(m);
        if (clock && m.recipient.kind === 'channel') await tellOfficer(clock, 'conclusion-overdue', ctx);
      },
    },
  };

  return { kinds, refreshSentCards, officerCard };
}
