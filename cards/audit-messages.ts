// Audit rounds' scheduled cards (the invitation, reminders to those who haven't answered, the close with the
// report card) and the update of questionnaires already sent once a round closes. The dispatcher calls `kinds`.
import type { AuditService } from '../bot/audits/service.ts';
import { AUDIT_KINDS, type AuditRound, type Invitation } from '../bot/audits/types.ts';
import type { MessageKind, ScheduledMessage, ScheduleStore } from '../bot/scheduling/types.ts';
import type { Logger } from '../bot/shared/log.ts';
import type { Notifier } from '../bot/shared/notifier.ts';
import { auditNotices } from './audit-notices.ts';
import { buildRoundClosedCard } from './audit-round.ts';
import { buildQuestionnaireCard } from './questionnaire.ts';

export interface AuditMessagesDeps {
  service: AuditService;
  schedule: Pick<ScheduleStore, 'list'>;
  notifier: Notifier;
  /** Signed links to the report page and CSV for this committee member. */
  reportLinks(round: AuditRound, member: string, now: Date): { page: string; csv: string };
  logger: Logger;
}

export function createAuditMessages(deps: AuditMessagesDeps) {
  const { service } = deps;

  /** After closing, cards already sent lose their Submit buttons (best effort: Teams may refuse). */
  async function refreshSentCards(round: AuditRound, now: Date): Promise<void> {
    for (const m of await deps.schedule.list(round.id)) {
      if (m.status !== 'sent' || !m.activityId || !m.conversationId) continue;
      if (m.kind !== AUDIT_KINDS.invite && m.kind !== AUDIT_KINDS.reminder) continue;
      await deps.notifier.update(m.conversationId, m.activityId, { card: auditNotices.closed(round, now) });
    }
  }

  async function closedCard(round: AuditRound, member: string, now: Date, early: boolean, late = false) {
    const collation = await service.collation(round);
    deps.logger.info('audit.round_closed', { roundId: round.id, early, invited: collation.invited, responded: collation.responded, suppressed: collation.suppressed });
    return buildRoundClosedCard({ progress: await service.progress(round, { userKey: member }), now, links: deps.reportLinks(round, member, now), early, late, suppressed: collation.suppressed });
  }

  const roundOf = async (m: ScheduledMessage) => (typeof m.payload.roundId === 'string' ? service.find(m.payload.roundId) : undefined);
  const recipientOf = (m: ScheduledMessage) => m.recipient as Invitation['recipient'];
  // A reminder missed during downtime is dropped once the close time has passed: the close comes instead.
  const stillOpen = (round: AuditRound | undefined, at: Date): round is AuditRound => !!round && round.state === 'open' && round.closesAt.getTime() > at.getTime();

  const kinds: Record<string, MessageKind> = {
    [AUDIT_KINDS.invite]: {
      async render(m, ctx) {
        const round = await roundOf(m);
        if (!stillOpen(round, ctx.now) || (await service.hasAnswered(round.id, recipientOf(m)))) return null;
        return { card: buildQuestionnaireCard({ round, now: ctx.now, variant: 'invite' }), text: 'Your reflections on an audited case' };
      },
    },
    [AUDIT_KINDS.reminder]: {
      // Only those who haven't answered: anyone who has is skipped (cancelled, not sent).
      async render(m, ctx) {
        const round = await roundOf(m);
        if (!stillOpen(round, ctx.now) || (await service.hasAnswered(round.id, recipientOf(m)))) return null;
        const draft = await service.draftOf(round.id, recipientOf(m));
        const values = draft ? { agencyType: draft.agencyType, answers: draft.answers } : undefined;
        return { card: buildQuestionnaireCard({ round, now: ctx.now, variant: 'reminder', late: ctx.late, values, draftSavedAt: draft?.updatedAt }), text: 'Reminder: audit reflection questionnaire' };
      },
    },
    [AUDIT_KINDS.close]: {
      async render(m, ctx) {
        const round = typeof m.payload.roundId === 'string' ? await service.closeOnSchedule(m.payload.roundId) : undefined;
        if (!round) return null;
        await refreshSentCards(round, ctx.now);
        return { card: await closedCard(round, round.createdBy, ctx.now, false, ctx.late), text: `Audit ${round.ref}: report ready` };
      },
      async undeliverable(m) {
        // The round is closed either way; the member (or any committee member) can fetch links with `audit status`.
        deps.logger.warn('audit.close_card_undeliverable', { roundId: m.payload.roundId });
      },
    },
  };

  return { kinds, refreshSentCards, closedCard };
}
