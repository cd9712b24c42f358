// Audit reflection rounds in Teams: `audit round` (form), `audit status`, `audit close`, the practitioner's
// questionnaire and its card verbs. Each is one call to the audit service (bot/audits/) and a card out; the
// store, the pseudonym secret, the report routes and the scheduled cards are wired in bot/wire/audits.ts.
import type { AuditService, SubmitResult } from '../audits/service.ts';
import type { AuditRound, DraftRecord, ResponseRecord } from '../audits/types.ts';
import type { PartnershipProfile } from '../partnership/profile.ts';
import type { Clock } from '../shared/clock.ts';
import type { Logger } from '../shared/log.ts';
import { isFormToken, newFormToken } from '../shared/form-token.ts';
import { buildAuditRoundFormCard, AUDIT_VERBS } from '../../cards/audit-round-form.ts';
import { buildRoundDuplicateCard, buildRoundProgressCard, buildRoundStartedCard } from '../../cards/audit-round.ts';
import type { createAuditMessages } from '../../cards/audit-messages.ts';
import { auditNotices as say } from '../../cards/audit-notices.ts';
import { buildQuestionnaireCard } from '../../cards/questionnaire.ts';
import type { ActionContext, ActionResult, Actor, Feature, Reply } from './types.ts';

export interface AuditFeatureDeps {
  service: AuditService;
  /** The scheduled cards, the close card and the update of cards sent earlier (cards/audit-messages.ts). */
  messages: ReturnType<typeof createAuditMessages>;
  /** Signed links to a closed round's report and CSV for this committee member. */
  reportLinks(round: AuditRound, member: string, now: Date): { page: string; csv: string };
  profile: PartnershipProfile;
  clock: Clock;
  logger: Logger;
  /** For people the bot can't reach yet. */
  installUrl?: string;
  wakeDispatcher(): void;
}

export function createAuditFeature(deps: AuditFeatureDeps): Feature {
  const { profile, service } = deps;
  const now = () => deps.clock.now();
  const reply = (card: Reply['card']): Reply => ({ card });
  const memberId = (a: Actor) => a.aadObjectId || a.userKey;
  const links = (round: AuditRound, member: string) => deps.reportLinks(round, member, now());
  const formCard = (input: { token?: string; problems?: string[]; values?: Record<string, unknown> } = {}) =>
    buildAuditRoundFormCard({ now: now(), partnershipName: profile.short_name, questionCount: profile.questionnaire.questions.length, ...input, token: input.token ?? newFormToken() });

  const form = (actor: Actor): Reply[] => [reply(service.isCommittee(actor) ? formCard() : say.notCommittee)];

  async function status(actor: Actor, refOrId: string): Promise<Reply[]> {
    if (!service.isCommittee(actor)) return [reply(say.notCommittee)];
    const picked = refOrId.trim() ? await service.pick(actor, refOrId) : undefined;
    if (refOrId.trim() && (!picked || picked === 'ambiguous')) return [reply(say.notFound)];
    const items = picked && picked !== 'ambiguous' ? [await service.progress(picked, actor)] : await service.overview(actor);
    const reportLinks: Record<string, { page: string; csv: string }> = {};
    for (const p of items) if (p.round.state === 'closed') reportLinks[p.round.id] = links(p.round, memberId(actor));
    return [{ card: buildRoundProgressCard({ items, now: now(), reportLinks }) }];
  }

  async function close(actor: Actor, refOrId: string): Promise<Reply[]> {
    if (!service.isCommittee(actor)) return [reply(say.notCommittee)];
    if (!refOrId.trim() && (await service.pick(actor, '')) === 'ambiguous') return [reply(say.whichRound)];
    const result = await service.close(actor, refOrId);
    if (result.kind === 'not-committee') return [reply(say.notCommittee)];
    if (result.kind === 'not-found') return [reply(say.notFound)];
    if (result.kind === 'not-yours') return [reply(say.notYours(result.round, now()))];
    if (result.kind === 'already') return status(actor, result.round.id);
    await deps.messages.refreshSentCards(result.round, now());
    return [{ card: await deps.messages.closedCard(result.round, memberId(actor), now(), true) }];
  }

  /** The questionnaire as this practitioner left it: their submitted answers, or those saved for later. */
  function respondentCard(round: AuditRound, who: { response?: ResponseRecord; draft?: DraftRecord }) {
    const saved = who.response ?? who.draft;
    const values = saved ? { agencyType: saved.agencyType, answers: saved.answers } : undefined;
    return buildQuestionnaireCard({ round, now: now(), variant: who.response ? 'edit' : 'invite', values, draftSavedAt: who.response ? undefined : who.draft?.updatedAt });
  }

  /** The questionnaires this practitioner is invited to that are still open. */
  async function myQuestionnaires(actor: Actor): Promise<Reply[]> {
    const cards = (await service.questionnairesFor(actor)).map((who) => reply(respondentCard(who.round, who)));
    return cards.length ? cards : [reply(say.noQuestionnaires)];
  }

  /** A submission or "save for later" that was not stored: the reason, or the card back with what to fix. */
  async function notSaved(actor: Actor, result: Exclude<SubmitResult, { kind: 'saved' }>): Promise<ActionResult> {
    switch (result.kind) {
      case 'not-found':
        return { replies: [reply(say.notFound)] };
      case 'not-invited':
        return { replies: [reply(say.notInvited)] };
      case 'closed':
        deps.logger.info('audit.late_submission', { roundId: result.round.id });
        return { card: say.closed(result.round, now()) };
      case 'invalid': {
        const editing = await service.forRespondent(actor, result.round.id);
        const variant = editing.kind === 'found' && editing.response ? 'edit' : 'invite';
        deps.logger.info('audit.response_returned', { roundId: result.round.id, problems: result.problems.length, personalData: Object.keys(result.personalData).length });
        return { card: buildQuestionnaireCard({ round: result.round, now: now(), variant, values: result.values, problems: result.problems, personalData: result.personalData }) };
      }
    }
  }

  const actions: Record<string, (ctx: ActionContext) => Promise<ActionResult>> = {
    [AUDIT_VERBS.form]: async ({ actor }) => ({ replies: form(actor) }),
    [AUDIT_VERBS.status]: async ({ actor, data }) => ({ replies: await status(actor, typeof data.roundId === 'string' ? data.roundId : '') }),
    [AUDIT_VERBS.close]: async ({ actor, data }) => {
      const roundId = typeof data.roundId === 'string' ? data.roundId : '';
      if (!(await service.find(roundId))) return { replies: [reply(service.isCommittee(actor) ? say.notFound : say.notCommittee)] };
      return { replies: await close(actor, roundId) };
    },
    [AUDIT_VERBS.create]: async ({ actor, data }) => {
      const result = await service.create(actor, data);
      if (result.kind === 'not-committee') return { replies: [reply(say.notCommittee)] };
      if (result.kind === 'invalid') return { card: formCard({ token: isFormToken(data.token) ? data.token : undefined, problems: result.problems, values: data }) };
      if (result.kind === 'duplicate') return { card: buildRoundDuplicateCard(result.round) };
      deps.wakeDispatcher();
      deps.logger.info('audit.round_started', { roundId: result.round.id, invited: result.invited, unreachable: result.unreachable });
      return { card: buildRoundStartedCard({ ...result, now: now(), installUrl: deps.installUrl }) };
    },
    [AUDIT_VERBS.edit]: async ({ actor, data }) => {
      const who = await service.forRespondent(actor, data.roundId);
      if (who.kind === 'not-found') return { replies: [reply(say.notFound)] };
      if (who.kind === 'not-invited') return { replies: [reply(say.notInvited)] };
      if (who.round.state !== 'open') return { card: say.closed(who.round, now()) };
      return { card: respondentCard(who.round, who) };
    },
    [AUDIT_VERBS.saveDraft]: async ({ actor, data }) => {
      const result = await service.saveDraft(actor, data);
      if (result.kind !== 'draft-saved') return notSaved(actor, result);
      deps.logger.info('audit.draft_saved', { roundId: result.round.id });
      return { card: say.savedForLater(result.round, now()) };
    },
    [AUDIT_VERBS.submit]: async ({ actor, data }) => {
      const result = await service.submit(actor, data);
      if (result.kind !== 'saved') return notSaved(actor, result);
      deps.logger.info('audit.response_saved', { roundId: result.round.id, edited: result.edited, redacted: result.redacted });
      return { card: say.thanks(result.round, result.edited, result.redacted, now()) };
    },
  };

  return {
    name: 'audits',
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
    messageKinds: deps.messages.kinds,
  };
}
