// Audit reflection rounds in Teams: `audit round` (form), `audit status`, `audit close`, the practitioner's
// questionnaire and its card verbs, the scheduled cards (invitation, reminders, close) and the report
// routes. The rules live in bot/audits/; this file only translates.
import { persistentSecret } from '../storage/settings.ts';
import { createSqliteAuditRoundStore } from '../storage/sqlite-audit-rounds.ts';
import type { MessageKind, ScheduledMessage } from '../scheduling/types.ts';
import { reportUrls, signReportLink } from '../audits/report-link.ts';
import { createAuditService, type AuditService, type SubmitResult } from '../audits/service.ts';
import { AUDIT_KINDS, type AuditRound, type DraftRecord, type Invitation, type ResponseRecord } from '../audits/types.ts';
import { createAuditReportRoutes } from '../web/audit-report-routes.ts';
import { whenInWords } from '../time/in-words.ts';
import { buildAuditRoundFormCard, AUDIT_VERBS } from '../../cards/audit-round-form.ts';
import { buildRoundClosedCard, buildRoundDuplicateCard, buildRoundProgressCard, buildRoundStartedCard } from '../../cards/audit-round.ts';
import { buildQuestionnaireCard } from '../../cards/questionnaire.ts';
import { buildNoticeCard } from '../../cards/notice.ts';
import { appInstallUrl } from '../../cards/links.ts';
import { isFormToken, newFormToken } from '../shared/form-token.ts';
import { executeAction } from '../../cards/actions.ts';
import type { ActionContext, ActionResult, Actor, Feature, Reply } from './types.ts';
import type { ScheduledFeatureDeps } from '../wire/types.ts';

export interface AuditFeatureDeps extends ScheduledFeatureDeps {
  /** Entra object ids of committee members. */
  committee: readonly string[];
  linkSecret: string;
  publicUrl: string;
}


export function createAuditFeature(deps: AuditFeatureDeps): Feature & { service: AuditService } {
  const { profile } = deps;
  const store = createSqliteAuditRoundStore(deps.db, deps.schedule);
  const service = createAuditService({
    store,
    clock: deps.clock,
    questionnaire: {
      title: profile.questionnaire.title,
      intro: profile.questionnaire.intro,
      questions: profile.questionnaire.questions.map((q) => ({ id: q.id, text: q.text, hint: q.hint, required: q.required })),
      agencyTypes: [...profile.questionnaire.agency_types],
    },
    reminderDaysBeforeClose: profile.questionnaire.reminder_days_before_close,
    committee: deps.committee,
    pseudonymKey: persistentSecret(deps.db, 'audit-pseudonym-key'),
    canReach: (to) => deps.notifier.canReach(to),
    userForEmailHash: deps.userForEmailHash,
  });
  const now = () => deps.clock.now();
  const installUrl = deps.teamsAppId ? appInstallUrl(deps.teamsAppId) : undefined;
  const memberId = (a: Actor) => a.aadObjectId || a.userKey;

  const notice = (title: string, text: string, style: 'warning' | 'attention' | 'default' | 'good' = 'warning'): Reply => ({ card: buildNoticeCard({ title, text, style }) });
  const notCommittee = notice(
    'Only audit committee members can start or manage reflection rounds',
    'If you have been asked for your reflections on an audited case, the questionnaire is in your chat with me: type "my audit questionnaires" to see it again. You can also ask me about multi-agency audits.',
  );
  const notFoundRound = notice("I can't find that audit round", 'The card may be out of date, or the reference mistyped. Committee members can type "audit status" to see their rounds.');
  const whichRound = notice('Which round?', 'You have more than one open round. Add the audit reference, for example "audit close MACA-2026-03".', 'default');
  const notInvited = notice(
    'This questionnaire was sent to someone else',
    'Only the practitioners invited to this round can answer it. If you think you should have been invited, contact the audit committee.',
  );
  const closedNotice = (round: AuditRound): Reply =>
    notice('This round has closed', `The reflection questionnaire for audit ${round.ref} closed at ${whenInWords(round.closedAt ?? round.closesAt, now())}, so answers can no longer be added or changed. Thank you for your time; the committee shares what it learns with partners.`, 'default');
  const links = (round: AuditRound, member: string) => reportUrls(deps.publicUrl, round.id, signReportLink(deps.linkSecret, round.id, member, now()));

  /** After closing, cards already sent lose their Submit buttons (best effort: Teams may refuse). */
  async function refreshSentCards(round: AuditRound): Promise<void> {
    for (const m of deps.schedule.list(round.id)) {
      if (m.status !== 'sent' || !m.activityId || !m.conversationId) continue;
      if (m.kind !== AUDIT_KINDS.invite && m.kind !== AUDIT_KINDS.reminder) continue;
      const card = closedNotice(round).card!;
      await deps.notifier.update(m.conversationId, m.activityId, { card });
    }
  }

  function closedCard(round: AuditRound, member: string, early: boolean, late = false) {
    const collation = service.collation(round);
    deps.logger.info('audit.round_closed', { roundId: round.id, early, invited: collation.invited, responded: collation.responded, suppressed: collation.suppressed });
    return buildRoundClosedCard({ progress: service.progress(round, { userKey: member }), now: now(), links: links(round, member), early, late, suppressed: collation.suppressed });
  }

  const form = (actor: Actor): Reply[] =>
    service.isCommittee(actor)
      ? [{ card: buildAuditRoundFormCard({ now: now(), partnershipName: profile.short_name, questionCount: profile.questionnaire.questions.length, token: newFormToken() }) }]
      : [notCommittee];

  function status(actor: Actor, refOrId: string): Reply[] {
    if (!service.isCommittee(actor)) return [notCommittee];
    const picked = refOrId.trim() ? service.pick(actor, refOrId) : undefined;
    if (refOrId.trim() && (!picked || picked === 'ambiguous')) return [notFoundRound];
    const items = picked && picked !== 'ambiguous' ? [service.progress(picked, actor)] : service.overview(actor);
    const reportLinks: Record<string, { page: string; csv: string }> = {};
    for (const p of items) if (p.round.state === 'closed') reportLinks[p.round.id] = links(p.round, memberId(actor));
    return [{ card: buildRoundProgressCard({ items, now: now(), reportLinks }) }];
  }

  async function close(actor: Actor, refOrId: string): Promise<Reply[]> {
    if (!service.isCommittee(actor)) return [notCommittee];
    if (!refOrId.trim() && service.pick(actor, '') === 'ambiguous') return [whichRound];
    const result = service.close(actor, refOrId);
    if (result.kind === 'not-committee') return [notCommittee];
    if (result.kind === 'not-found') return [notFoundRound];
    if (result.kind === 'not-yours') {
      return [notice('This round belongs to another committee member', `Only the member who started the round for audit ${result.round.ref} can close it early. It closes by itself at ${whenInWords(result.round.closesAt, now())}.`)];
    }
    if (result.kind === 'already') return status(actor, result.round.id);
    await refreshSentCards(result.round);
    return [{ card: closedCard(result.round, memberId(actor), true) }];
  }

  /** The questionnaire as this practitioner left it: their submitted answers, or those saved for later. */
  function respondentCard(round: AuditRound, who: { response?: ResponseRecord; draft?: DraftRecord }) {
    const saved = who.response ?? who.draft;
    const values = saved ? { agencyType: saved.agencyType, answers: saved.answers } : undefined;
    return buildQuestionnaireCard({ round, now: now(), variant: who.response ? 'edit' : 'invite', values, draftSavedAt: who.response ? undefined : who.draft?.updatedAt });
  }

  /** The questionnaires this practitioner is invited to that are still open. */
  function myQuestionnaires(actor: Actor): Reply[] {
    const cards: Reply[] = [];
    for (const round of store.listOpen(50)) {
      const who = service.forRespondent(actor, round.id);
      if (who.kind !== 'found') continue;
      cards.push({ card: respondentCard(who.round, who) });
    }
    return cards.length ? cards : [notice('No open questionnaires for you', 'You have not been asked for reflections on an audit that is still open. Thank you for checking.', 'default')];
  }

  const thanks = (round: AuditRound, edited: boolean, redacted: boolean): ActionResult => ({
    card: buildNoticeCard({
      title: edited ? 'Your changes are saved' : 'Thank you: your reflections are saved',
      text: `They will be collated anonymously with other practitioners' answers for audit ${round.ref}. You can change them until ${whenInWords(round.closesAt, now())}.${redacted ? ' Details that could identify someone were removed before saving.' : ''}`,
      style: 'good',
      actions: [executeAction('Change my answers', AUDIT_VERBS.edit, { roundId: round.id })],
    }),
  });

  /** A submission or "save for later" that was not stored: the reason, or the card back with what to fix. */
  function notSaved(actor: Actor, result: Exclude<SubmitResult, { kind: 'saved' }>): ActionResult {
    switch (result.kind) {
      case 'not-found':
        return { replies: [notFoundRound] };
      case 'not-invited':
        return { replies: [notInvited] };
      case 'closed':
        deps.logger.info('audit.late_submission', { roundId: result.round.id });
        return { card: closedNotice(result.round).card };
      case 'invalid': {
        const editing = service.forRespondent(actor, result.round.id);
        const variant = editing.kind === 'found' && editing.response ? 'edit' : 'invite';
        deps.logger.info('audit.response_returned', { roundId: result.round.id, problems: result.problems.length, personalData: Object.keys(result.personalData).length });
        return { card: buildQuestionnaireCard({ round: result.round, now: now(), variant, values: result.values, problems: result.problems, personalData: result.personalData }) };
      }
    }
  }

  const actions: Record<string, (ctx: ActionContext) => Promise<ActionResult>> = {
    [AUDIT_VERBS.form]: async ({ actor }) => ({ replies: form(actor) }),
    [AUDIT_VERBS.status]: async ({ actor, data }) => ({ replies: status(actor, typeof data.roundId === 'string' ? data.roundId : '') }),
    [AUDIT_VERBS.close]: async ({ actor, data }) => {
      const roundId = typeof data.roundId === 'string' ? data.roundId : '';
      if (!service.find(roundId)) return { replies: service.isCommittee(actor) ? [notFoundRound] : [notCommittee] };
      return { replies: await close(actor, roundId) };
    },
    [AUDIT_VERBS.create]: async ({ actor, data }) => {
      const result = service.create(actor, data);
      if (result.kind === 'not-committee') return { replies: [notCommittee] };
      if (result.kind === 'invalid') {
        const token = isFormToken(data.token) ? data.token : newFormToken();
        return {
          card: buildAuditRoundFormCard({ now: now(), partnershipName: profile.short_name, questionCount: profile.questionnaire.questions.length, token, problems: result.problems, values: data }),
        };
      }
      if (result.kind === 'duplicate') return { card: buildRoundDuplicateCard(result.round) };
      deps.wakeDispatcher();
      deps.logger.info('audit.round_started', { roundId: result.round.id, invited: result.invited, unreachable: result.unreachable });
      return { card: buildRoundStartedCard({ ...result, now: now(), installUrl }) };
    },
    [AUDIT_VERBS.edit]: async ({ actor, data }) => {
      const who = service.forRespondent(actor, data.roundId);
      if (who.kind === 'not-found') return { replies: [notFoundRound] };
      if (who.kind === 'not-invited') return { replies: [notInvited] };
      if (who.round.state !== 'open') return { card: closedNotice(who.round).card };
      return { card: respondentCard(who.round, who) };
    },
    [AUDIT_VERBS.saveDraft]: async ({ actor, data }) => {
      const result = service.saveDraft(actor, data);
      if (result.kind !== 'draft-saved') return notSaved(actor, result);
      deps.logger.info('audit.draft_saved', { roundId: result.round.id });
      return {
        card: buildNoticeCard({
          title: 'Saved for later',
          text: `Your answers are kept until you submit them or the questionnaire closes at ${whenInWords(result.round.closesAt, now())}. They are not sent to the committee until you submit, and answers never submitted are deleted when it closes.`,
          style: 'default',
          actions: [executeAction('Carry on', AUDIT_VERBS.edit, { roundId: result.round.id })],
        }),
      };
    },
    [AUDIT_VERBS.submit]: async ({ actor, data }) => {
      const result = service.submit(actor, data);
      if (result.kind !== 'saved') return notSaved(actor, result);
      deps.logger.info('audit.response_saved', { roundId: result.round.id, edited: result.edited, redacted: result.redacted });
      return thanks(result.round, result.edited, result.redacted);
    },
  };

  const roundOf = (m: ScheduledMessage) => (typeof m.payload.roundId === 'string' ? service.find(m.payload.roundId) : undefined);
  const recipientOf = (m: ScheduledMessage) => m.recipient as Invitation['recipient'];
  // A reminder missed during downtime is dropped once the close time has passed: the close comes instead.
  const stillOpen = (round: AuditRound | undefined, at: Date): round is AuditRound => !!round && round.state === 'open' && round.closesAt.getTime() > at.getTime();

  const messageKinds: Record<string, MessageKind> = {
    [AUDIT_KINDS.invite]: {
      render(m, ctx) {
        const round = roundOf(m);
        if (!stillOpen(round, ctx.now) || service.hasAnswered(round.id, recipientOf(m))) return null;
        return { card: buildQuestionnaireCard({ round, now: ctx.now, variant: 'invite' }), text: 'Your reflections on an audited case' };
      },
    },
    [AUDIT_KINDS.reminder]: {
      // Only those who haven't answered: anyone who has is skipped (cancelled, not sent).
      render(m, ctx) {
        const round = roundOf(m);
        if (!stillOpen(round, ctx.now) || service.hasAnswered(round.id, recipientOf(m))) return null;
        const draft = service.draftOf(round.id, recipientOf(m));
        const values = draft ? { agencyType: draft.agencyType, answers: draft.answers } : undefined;
        return { card: buildQuestionnaireCard({ round, now: ctx.now, variant: 'reminder', late: ctx.late, values, draftSavedAt: draft?.updatedAt }), text: 'Reminder: audit reflection questionnaire' };
      },
    },
    [AUDIT_KINDS.close]: {
      async render(m, ctx) {
        const round = typeof m.payload.roundId === 'string' ? service.closeOnSchedule(m.payload.roundId) : undefined;
        if (!round) return null;
        await refreshSentCards(round);
        return { card: closedCard(round, round.createdBy, false, ctx.late), text: `Audit ${round.ref}: report ready` };
      },
      async undeliverable(m) {
        // The round is closed either way; the member (or any committee member) can fetch links with `audit status`.
        deps.logger.warn('audit.close_card_undeliverable', { roundId: m.payload.roundId });
      },
    },
  };

  return {
    name: 'audits',
    service,
    commands: [
      {
        name: 'audit round',
        description: 'Audit committee: ask practitioners for their reflections after a multi-agency audit',
        aliases: ['new audit round', 'start audit round'],
        run: async ({ actor }) => form(actor),
      },
      {
        name: 'audit status',
        description: 'Audit committee: how many have answered (never who), and report links',
        aliases: ['audit rounds', 'audit progress'],
        run: async ({ actor, args }) => status(actor, args),
      },
      {
        name: 'audit close',
        description: 'Audit committee: close your round early and get the report',
        run: async ({ actor, args }) => close(actor, args),
      },
      {
        name: 'my audit questionnaires',
        description: 'See the audit reflection questionnaires waiting for you',
        aliases: ['audit questionnaire', 'my questionnaires'],
        run: async ({ actor }) => myQuestionnaires(actor),
      },
    ],
    actions,
    messageKinds,
    routes: createAuditReportRoutes({
      linkSecret: deps.linkSecret,
      committee: deps.committee,
      publicUrl: deps.publicUrl,
      partnershipName: profile.name,
      now,
      find: (id) => service.find(id),
      collation: (round) => service.collation(round),
    }),
  };
}
