// The LADO referral clock in Teams: `lado clock` (form), `lado due` (list), `lado case <ref>` and the card
// verbs. Each verb is one call to the LADO service (bot/lado/) and a card out; the stores, the channel
// staff lookup and the scheduled cards are wired in bot/wire/lado.ts.
import type { AnswerHit } from '../knowledge/answer.ts';
import { isLadoStaff, type ChangeResult, type LadoService } from '../lado/service.ts';
import type { ReferralClock } from '../lado/types.ts';
import type { Clock } from '../shared/clock.ts';
import type { Logger } from '../shared/log.ts';
import type { PartnershipProfile } from '../partnership/profile.ts';
import { isFormToken, newFormToken } from '../shared/form-token.ts';
import { executeAction } from '../../cards/actions.ts';
import type { CardAction } from '../../cards/types.ts';
import { buildReferrerCard, LADO_VERBS, officerVariantNow, referrerVariantNow, type OfficerVariant } from '../../cards/lado-clock.ts';
import { buildLadoDueCard } from '../../cards/lado-due.ts';
import { buildLadoFormCard } from '../../cards/lado-form.ts';
import type { createLadoMessages } from '../../cards/lado-messages.ts';
import { ladoNotices } from '../../cards/lado-notices.ts';
import type { ActionContext, ActionResult, Actor, Feature, Reply } from './types.ts';

export interface LadoFeatureDeps {
  service: LadoService;
  /** The scheduled cards and the update of cards sent earlier (cards/lado-messages.ts). */
  messages: ReturnType<typeof createLadoMessages>;
  profile: PartnershipProfile;
  clock: Clock;
  logger: Logger;
  wakeDispatcher(): void;
  /** Before any LADO action: asks Teams whether this person is in the LADO duty channel (members count as staff). */
  recogniseChannelStaff?(actor: Actor): Promise<void>;
}

/** Under an answer from a LADO document, LADO staff get "New referral clock": the consultation often starts there. */
export function ladoAnswerActions(staff: readonly string[]) {
  return (actor: Actor, hit: AnswerHit): CardAction[] =>
    hit.doc.area === 'lado' && isLadoStaff(staff, actor) ? [executeAction('New referral clock', LADO_VERBS.form)] : [];
}

export function createLadoFeature(deps: LadoFeatureDeps): Feature {
  const { profile, service } = deps;
  const now = () => deps.clock.now();
  const say = ladoNotices(profile);
  const reply = (card: Reply['card']): Reply => ({ card });
  const officerCard = (referral: ReferralClock, variant: OfficerVariant, extra: { reminders?: Date[] } = {}) => deps.messages.officerCard(referral, variant, now(), extra);

  async function afterChange(result: ChangeResult, actor: Actor, whenChanged: (referral: ReferralClock) => ActionResult, stateChanged = true): Promise<ActionResult> {
    if (result.kind === 'not-found') return { replies: [reply(say.notFound)] };
    if (result.kind === 'not-allowed') return { replies: [reply(say.notYours)] };
    if (result.kind === 'already') {
      const c = result.referral;
      const card = service.isStaff(actor)
        ? officerCard(c, officerVariantNow(c))
        : buildReferrerCard({ referral: c, variant: referrerVariantNow(c), profile, now: now() });
      return { card, replies: [reply(say.already(c))] };
    }
    deps.wakeDispatcher();
    if (stateChanged) await deps.messages.refreshSentCards(result.referral, now());
    return whenChanged(result.referral);
  }
  const changed = (referral: ReferralClock) => deps.logger.info('lado.clock_changed', { clockId: referral.id, state: referral.state });
  /** Verbs only LADO staff may press: anyone else hears whether the clock exists. */
  const staffOnly = (actor: Actor, clockId: unknown, run: () => Promise<ActionResult>) =>
    service.isStaff(actor) ? run() : service.find(clockId).then((found): ActionResult => ({ replies: [reply(found ? say.notYours : say.notFound)] }));

  const formCard = (input: { own?: boolean; token?: string; problems?: string[]; values?: Record<string, unknown> } = {}) =>
    buildLadoFormCard({ now: now(), defaultRule: profile.lado.referral_rule, partnershipName: profile.short_name, ...input, token: input.token ?? newFormToken() });
  const form = (actor: Actor): Reply[] => [reply(service.isStaff(actor) ? formCard() : say.notStaff)];
  const due = async (actor: Actor): Promise<Reply[]> => [reply(service.isStaff(actor) ? buildLadoDueCard({ ...(await service.due(actor)), now: now() }) : say.notStaff)];
  const tokenOf = (data: Record<string, unknown>) => (isFormToken(data.token) ? data.token : newFormToken());

  const actions: Record<string, (ctx: ActionContext) => Promise<ActionResult>> = {
    [LADO_VERBS.form]: async ({ actor }) => ({ replies: form(actor) }),
    [LADO_VERBS.due]: async ({ actor }) => ({ replies: await due(actor) }),
    [LADO_VERBS.start]: async ({ actor, data }) => {
      const result = await service.start(actor, data);
      if (result.kind === 'not-staff') return { replies: [reply(say.notStaff)] };
      if (result.kind === 'invalid') return { card: formCard({ token: tokenOf(data), problems: result.problems, values: data }) };
      if (result.kind === 'duplicate') return { card: officerCard(result.referral, 'duplicate') };
      deps.wakeDispatcher();
      const c = result.referral;
      deps.logger.info('lado.clock_started', { clockId: c.id, rule: c.rule, reachable: c.referrerReachable, referrer: c.referrer.kind });
      return { card: officerCard(c, 'started', { reminders: result.reminders }) };
    },
    [LADO_VERBS.submitted]: async ({ actor, data }) =>
      afterChange(await service.confirm(actor, data.clockId), actor, (referral) => {
        changed(referral);
        return { card: referral.state === 'received' ? officerCard(referral, 'received') : buildReferrerCard({ referral, variant: 'submitted', profile, now: now() }) };
      }),
    [LADO_VERBS.received]: async ({ actor, data }) =>
      staffOnly(actor, data.clockId, async () =>
        afterChange(await service.markReceived(actor, data.clockId), actor, (referral) => {
          changed(referral);
          return { card: officerCard(referral, 'received') };
        }),
      ),
    [LADO_VERBS.startOwn]: async ({ actor, data }) => {
      const result = await service.start(actor, data, { own: true });
      if (result.kind === 'invalid') return { card: formCard({ own: true, token: tokenOf(data), problems: result.problems, values: data }) };
      if (result.kind !== 'started' && result.kind !== 'duplicate') return { replies: [reply(say.notFound)] };
      if (result.kind === 'started') {
        deps.wakeDispatcher();
        deps.logger.info('lado.own_reminder_started', { clockId: result.referral.id, rule: result.referral.rule });
      }
      return { card: say.ownReminderSet(result.referral, result.reminders, now()) };
    },
    [LADO_VERBS.outcome]: async ({ actor, data }) =>
      staffOnly(actor, data.clockId, async () =>
        afterChange(await service.recordOutcome(actor, data.clockId), actor, (referral) => {
          changed(referral);
          return { card: officerCard(referral, 'outcome-recorded') };
        }),
      ),
    [LADO_VERBS.concluded]: async ({ actor, data }) =>
      afterChange(await service.reportConclusion(actor, data.clockId), actor, (referral) => {
        changed(referral);
        return { card: service.isStaff(actor) ? officerCard(referral, 'closed') : buildReferrerCard({ referral, variant: 'concluded', profile, now: now() }) };
      }),
    [LADO_VERBS.close]: async ({ actor, data }) =>
      staffOnly(actor, data.clockId, async () =>
        afterChange(await service.close(actor, data.clockId), actor, (referral) => {
          changed(referral);
          return { card: officerCard(referral, 'closed') };
        }),
      ),
    // The pressed card stays as it was (no `card`): the clock is still running.
    [LADO_VERBS.advice]: async ({ actor, data }) => afterChange(await service.askAdvice(actor, data.clockId), actor, (referral) => ({ replies: [reply(say.adviceAsked(referral))] }), false),
  };

  const lookup = async (actor: Actor, args: string): Promise<Reply[]> => {
    if (!args.trim()) return [reply(say.whichCase)];
    const found = await service.lookup(actor, args);
    if (found === 'not-staff') return [reply(say.notStaff)];
    return [reply(found ? officerCard(found, 'case') : say.noSuchCase)];
  };

  const withStaffCheck = <C extends { actor: Actor }, R>(run: (ctx: C) => Promise<R>) => async (ctx: C): Promise<R> => {
    await deps.recogniseChannelStaff?.(ctx.actor);
    return run(ctx);
  };
  for (const verb of Object.keys(actions)) actions[verb] = withStaffCheck(actions[verb]);

  return {
    name: 'lado',
    commands: [
      {
        name: 'lado clock',
        description: 'LADO staff: start a referral clock for a referring manager',
        aliases: ['new referral clock', 'new lado clock', 'referral clock'],
        run: withStaffCheck(async ({ actor }) => form(actor)),
      },
      {
        name: 'lado due',
        description: 'LADO staff: open referral clocks, due and overdue',
        aliases: ['lado clocks', 'lado overdue'],
        run: withStaffCheck(async ({ actor }) => due(actor)),
      },
      {
        name: 'remind me to refer to the lado',
        description: 'Set yourself reminders to make a LADO referral in time',
        aliases: ['lado reminder', 'remind me about the lado', 'lado remind me'],
        patterns: [/^remind me\b.{0,40}\blado\b/i],
        run: async () => [reply(formCard({ own: true }))],
      },
      {
        name: 'lado case',
        description: 'LADO staff: find a clock by case reference, to record an outcome or close it',
        run: withStaffCheck(async ({ actor, args }) => lookup(actor, args)),
      },
    ],
    actions,
    messageKinds: deps.messages.kinds,
  };
}
