// The LADO referral clock in Teams: `lado clock` (form), `lado due` (list), `lado case <ref>`, the card
// verbs, and the scheduled cards (referrer reminders, overdue, the employer's conclusion, notices to the
// officer). Rules live in bot/lado/.
import { randomBytes } from 'node:crypto';
import { createSqliteLadoClockStore } from '../storage/sqlite-lado-clocks.ts';
import type { MessageKind, RenderContext, ScheduledMessage } from '../scheduling/types.ts';
import { createEnglandCalendar } from '../lado/calendar.ts';
import { planReminders } from '../lado/deadline.ts';
import { whenInWords } from '../lado/format.ts';
import { createLadoService, isLadoStaff, type ChangeResult, type LadoService } from '../lado/service.ts';
import type { AnswerHit } from '../knowledge/answer.ts';
import { executeAction } from '../../cards/actions.ts';
import type { CardAction } from '../../cards/types.ts';
import { ladoContactWays } from '../../cards/card-text.ts';
import { MESSAGE_KINDS, type LadoClock } from '../lado/types.ts';
import { buildOfficerCard, buildReferrerCard, LADO_VERBS, type OfficerVariant, type ReferrerVariant } from '../../cards/lado-clock.ts';
import { buildLadoDueCard } from '../../cards/lado-due.ts';
import { buildLadoFormCard } from '../../cards/lado-form.ts';
import { buildNoticeCard } from '../../cards/notice.ts';
import type { ActionContext, ActionResult, Actor, Feature, Reply, ScheduledFeatureDeps } from './types.ts';

export interface LadoFeatureDeps extends ScheduledFeatureDeps {
  lado: { staff: readonly string[]; channelId: string };
  /** Whether someone is a member of the LADO duty channel (members count as LADO staff). */
  inLadoChannel?(aadObjectId: string): Promise<boolean>;
}

const newToken = () => randomBytes(12).toString('base64url');

/** Under an answer from a LADO document, LADO staff get "New referral clock": the consultation often starts there. */
export function ladoAnswerActions(staff: readonly string[]) {
  return (actor: Actor, hit: AnswerHit): CardAction[] =>
    hit.doc.area === 'lado' && isLadoStaff(staff, actor) ? [executeAction('New referral clock', LADO_VERBS.form)] : [];
}

const STATE_WORDS: Record<LadoClock['state'], string> = {
  open: 'waiting for the referral',
  submitted: 'marked submitted',
  received: 'marked received',
  outcome: 'waiting for the employer\'s conclusion',
  closed: 'closed',
};

/** What the referrer's card says for a clock's current state (for a press that changed nothing). */
function referrerVariantNow(clock: LadoClock): ReferrerVariant {
  if (clock.state === 'outcome') return 'outcome-reminder';
  if (clock.state === 'closed') return clock.own ? 'submitted' : clock.conclusionReportedAt ? 'concluded' : 'closed';
  return clock.state === 'open' ? 'reminder' : clock.state;
}

export function createLadoFeature(deps: LadoFeatureDeps): Feature & { service: LadoService } {
  const store = createSqliteLadoClockStore(deps.db, deps.schedule);
  const calendar = createEnglandCalendar();
  // Members of the LADO duty channel, as last confirmed by Teams (the lookup itself is cached there).
  const channelStaff = new Set<string>();
  const service = createLadoService({
    store,
    clock: deps.clock,
    calendar,
    lado: deps.profile.lado,
    staff: deps.lado.staff,
    alsoStaff: (p) => !!p.aadObjectId && channelStaff.has(p.aadObjectId),
    channelId: deps.lado.channelId,
    canReach: (to) => deps.notifier.canReach(to),
    userForEmailHash: deps.userForEmailHash,
  });
  const { profile } = deps;
  const now = () => deps.clock.now();
  const installUrl = deps.teamsAppId ? `https://teams.microsoft.com/l/app/${encodeURIComponent(deps.teamsAppId)}` : undefined;
  const contact = ladoContactWays(profile);

  const notice = (title: string, text: string, style: 'warning' | 'attention' | 'default' | 'good' = 'warning'): Reply => ({
    card: buildNoticeCard({ title, text, style }),
  });
  const notStaff = notice(
    'Only LADO staff can start or list referral clocks',
    `If you need to tell the LADO about an allegation against someone who works with children, talk to your designated officer${contact ? ` and contact the LADO (${contact})` : ''}. To be reminded yourself until the referral is in, type "remind me to refer to the LADO". You can also ask me "how quickly must I tell the LADO?".`,
  );
  const notFound = notice("I can't find that referral clock", 'The card may be out of date. LADO staff can type "lado due" to see the open clocks.');
  const notYours = notice(
    'This referral clock belongs to someone else',
    `Only the referring manager it was set up for, or LADO staff, can change it. If you think it should be yours, contact the LADO${contact ? ` (${contact})` : ''}.`,
  );
  const officerCard = (clock: LadoClock, variant: OfficerVariant, extra: { late?: boolean; reminders?: Date[] } = {}) =>
    buildOfficerCard({ clock, variant, profile, now: now(), installUrl, ...extra });

  /** After a clock moves on, the cards sent earlier lose their buttons (best effort: Teams may refuse). */
  async function refreshSentCards(clock: LadoClock): Promise<void> {
    const referralDone: ReferrerVariant =
      clock.state === 'submitted' || clock.own ? 'submitted' : clock.state === 'closed' && !clock.receivedAt ? 'closed' : 'received';
    const conclusionDone: ReferrerVariant = clock.conclusionReportedAt ? 'concluded' : 'closed';
    for (const m of deps.schedule.list(clock.id)) {
      if (m.status !== 'sent' || !m.activityId || !m.conversationId) continue;
      let card;
      if (m.kind === MESSAGE_KINDS.reminder) card = buildReferrerCard({ clock, variant: referralDone, profile, now: now() });
      else if (m.kind === MESSAGE_KINDS.outcomeReminder && clock.state === 'closed') card = buildReferrerCard({ clock, variant: conclusionDone, profile, now: now() });
      else if (m.kind === MESSAGE_KINDS.overdue || m.kind === MESSAGE_KINDS.outcomeOverdue) card = officerCard(clock, 'case');
      if (card) await deps.notifier.update(m.conversationId, m.activityId, { card });
    }
  }

  async function afterChange(result: ChangeResult, actor: Actor, whenChanged: (clock: LadoClock) => ActionResult, stateChanged = true): Promise<ActionResult> {
    if (result.kind === 'not-found') return { replies: [notFound] };
    if (result.kind === 'not-allowed') return { replies: [notYours] };
    const staff = service.isStaff(actor);
    if (result.kind === 'already') {
      const c = result.clock;
      const card = staff ? officerCard(c, c.state === 'submitted' ? 'submitted' : c.state === 'open' ? 'case' : 'already-received') : buildReferrerCard({ clock: c, variant: referrerVariantNow(c), profile, now: now() });
      return { card, replies: [notice('Already recorded', `Case ${c.caseRef} is already ${STATE_WORDS[c.state]}. Nothing changed.`, 'default')] };
    }
    deps.wakeDispatcher();
    if (stateChanged) await refreshSentCards(result.clock);
    return whenChanged(result.clock);
  }

  const form = (actor: Actor): Reply[] =>
    service.isStaff(actor) ? [{ card: buildLadoFormCard({ now: now(), defaultRule: profile.lado.referral_rule, partnershipName: profile.short_name, token: newToken() }) }] : [notStaff];
  const ownForm = (values?: Record<string, unknown>, problems?: string[], token = newToken()): Reply => ({
    card: buildLadoFormCard({ own: true, now: now(), defaultRule: profile.lado.referral_rule, partnershipName: profile.short_name, token, problems, values }),
  });
  const due = (actor: Actor): Reply[] =>
    service.isStaff(actor) ? [{ card: buildLadoDueCard({ ...service.due(actor), now: now() }) }] : [notStaff];

  const actions: Record<string, (ctx: ActionContext) => Promise<ActionResult>> = {
    [LADO_VERBS.form]: async ({ actor }) => ({ replies: form(actor) }),
    [LADO_VERBS.due]: async ({ actor }) => ({ replies: due(actor) }),
    [LADO_VERBS.start]: async ({ actor, data }) => {
      const result = service.start(actor, data);
      if (result.kind === 'not-staff') return { replies: [notStaff] };
      if (result.kind === 'invalid') {
        const token = typeof data.token === 'string' && /^[A-Za-z0-9_-]{8,64}$/.test(data.token) ? data.token : newToken();
        return {
          card: buildLadoFormCard({ now: now(), defaultRule: profile.lado.referral_rule, partnershipName: profile.short_name, token, problems: result.problems, values: data }),
        };
      }
      if (result.kind === 'duplicate') return { card: officerCard(result.clock, 'duplicate') };
      deps.wakeDispatcher();
      const c = result.clock;
      deps.logger.info('lado.clock_started', { clockId: c.id, rule: c.rule, reachable: c.referrerReachable, referrer: c.referrer.kind });
      const reminders = planReminders(profile.lado.reminders, c.createdAt, c.deadlineAt, calendar).map((r) => r.at);
      return { card: officerCard(c, 'started', { reminders }) };
    },
    [LADO_VERBS.submitted]: async ({ actor, data }) =>
      afterChange(service.confirm(actor, data.clockId), actor, (clock) => {
        deps.logger.info('lado.clock_changed', { clockId: clock.id, state: clock.state });
        return clock.state === 'received' ? { card: officerCard(clock, 'received') } : { card: buildReferrerCard({ clock, variant: 'submitted', profile, now: now() }) };
      }),
    [LADO_VERBS.received]: async ({ actor, data }) => {
      if (!service.isStaff(actor)) return service.find(data.clockId) ? { replies: [notYours] } : { replies: [notFound] };
      return afterChange(service.markReceived(actor, data.clockId), actor, (clock) => {
        deps.logger.info('lado.clock_changed', { clockId: clock.id, state: clock.state });
        return { card: officerCard(clock, 'received') };
      });
    },
    [LADO_VERBS.startOwn]: async ({ actor, data }) => {
      const result = service.start(actor, data, { own: true });
      if (result.kind === 'invalid') {
        const token = typeof data.token === 'string' && /^[A-Za-z0-9_-]{8,64}$/.test(data.token) ? data.token : newToken();
        return { card: ownForm(data, result.problems, token).card };
      }
      if (result.kind !== 'started' && result.kind !== 'duplicate') return { replies: [notFound] };
      const c = result.clock;
      if (result.kind === 'started') {
        deps.wakeDispatcher();
        deps.logger.info('lado.own_reminder_started', { clockId: c.id, rule: c.rule });
      }
      const reminders = planReminders(profile.lado.reminders, c.createdAt, c.deadlineAt, calendar).map((r) => whenInWords(r.at, now()));
      return {
        card: buildNoticeCard({
          title: `Reminder set: refer ${c.caseRef} to the LADO by ${whenInWords(c.deadlineAt, now())}`,
          text: `I'll remind you at ${reminders.join('; ')}, until you press "Referral submitted". Nothing is sent to the LADO by me: you make the referral.`,
          style: 'good',
        }),
      };
    },
    [LADO_VERBS.outcome]: async ({ actor, data }) => {
      if (!service.isStaff(actor)) return service.find(data.clockId) ? { replies: [notYours] } : { replies: [notFound] };
      return afterChange(service.recordOutcome(actor, data.clockId), actor, (clock) => {
        deps.logger.info('lado.clock_changed', { clockId: clock.id, state: clock.state });
        return { card: officerCard(clock, 'outcome-recorded') };
      });
    },
    [LADO_VERBS.concluded]: async ({ actor, data }) =>
      afterChange(service.reportConclusion(actor, data.clockId), actor, (clock) => {
        deps.logger.info('lado.clock_changed', { clockId: clock.id, state: clock.state });
        return service.isStaff(actor) ? { card: officerCard(clock, 'closed') } : { card: buildReferrerCard({ clock, variant: 'concluded', profile, now: now() }) };
      }),
    [LADO_VERBS.close]: async ({ actor, data }) => {
      if (!service.isStaff(actor)) return service.find(data.clockId) ? { replies: [notYours] } : { replies: [notFound] };
      return afterChange(service.close(actor, data.clockId), actor, (clock) => {
        deps.logger.info('lado.clock_changed', { clockId: clock.id, state: clock.state });
        return { card: officerCard(clock, 'closed') };
      });
    },
    [LADO_VERBS.advice]: async ({ actor, data }) =>
      afterChange(service.askAdvice(actor, data.clockId), actor, (clock) => ({
        // The pressed card stays as it was (no `card`): the clock is still running.
        replies: [
          notice(
            'The LADO has been told you would like advice',
            `They will contact you about case ${clock.caseRef}. ${profile.lado.consultation ?? ''}${contact ? ` You can also ${contact}.` : ''} If a child is in immediate danger, call 999.`.replace(/\s+/g, ' ').trim(),
            'default',
          ),
        ],
      }), false),
  };

  const clockOf = (m: ScheduledMessage) => (typeof m.payload.clockId === 'string' ? store.get(m.payload.clockId) : undefined);

  const lookup = (actor: Actor, args: string): Reply[] => {
    if (!args.trim()) return [notice('Which case?', 'Add the LADO case reference, for example "lado case LADO-2026-0412".', 'default')];
    const found = service.lookup(actor, args);
    if (found === 'not-staff') return [notStaff];
    if (!found) return [notice("I can't find a clock with that case reference", 'Check the reference, or type "lado due" to see the open clocks.', 'default')];
    return [{ card: officerCard(found, 'case') }];
  };

  /** Through the schedule, due at once: paced, and retried like any reminder if Teams is down. */
  async function tellOfficer(clock: LadoClock, variant: OfficerVariant, ctx: RenderContext): Promise<void> {
    deps.schedule.schedule([
      { kind: MESSAGE_KINDS.officerNotice, subjectId: clock.id, recipient: service.officer(clock), dueAt: ctx.now, payload: { clockId: clock.id, variant, late: ctx.late } },
    ]);
    deps.wakeDispatcher();
  }

  const messageKinds: Record<string, MessageKind> = {
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
        return { card: officerCard(clock, 'overdue', { late: ctx.late }), text: 'LADO referral overdue' };
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
        return { card: officerCard(clock, variant, { late: ctx.late }) };
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
    [MESSAGE_KINDS.officerNotice]: {
      render(m, ctx) {
        const clock = clockOf(m);
        if (!clock) return null;
        return { card: officerCard(clock, m.payload.variant as OfficerVariant, { late: m.payload.late === true || ctx.late }) };
      },
      async undeliverable(m) {
        // Nobody further to tell: the clock is still listed in `lado due`.
        deps.logger.warn('lado.officer_unreachable', { clockId: m.payload.clockId, variant: m.payload.variant });
      },
    },
    [MESSAGE_KINDS.outcomeOverdue]: {
      render(m, ctx) {
        const clock = clockOf(m);
        if (!clock || clock.state !== 'outcome') return null;
        return { card: officerCard(clock, 'conclusion-overdue', { late: ctx.late }), text: "Employer's conclusion overdue" };
      },
      async undeliverable(m, ctx) {
        const clock = clockOf(m);
        if (clock && m.recipient.kind === 'channel') await tellOfficer(clock, 'conclusion-overdue', ctx);
      },
    },
  };

  /** Before any LADO action: is this person in the LADO duty channel? (Listed staff need no lookup.) */
  async function recogniseChannelStaff(actor: Actor): Promise<void> {
    const id = actor.aadObjectId;
    if (!id || !deps.lado.channelId || !deps.inLadoChannel || isLadoStaff(deps.lado.staff, actor)) return;
    if (await deps.inLadoChannel(id)) channelStaff.add(id);
    else channelStaff.delete(id);
  }
  const withStaffCheck = <C extends { actor: Actor }, R>(run: (ctx: C) => Promise<R>) => async (ctx: C): Promise<R> => {
    await recogniseChannelStaff(ctx.actor);
    return run(ctx);
  };
  for (const verb of Object.keys(actions)) actions[verb] = withStaffCheck(actions[verb]);

  return {
    name: 'lado',
    service,
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
        run: async () => [ownForm()],
      },
      {
        name: 'lado case',
        description: 'LADO staff: find a clock by case reference, to record an outcome or close it',
        run: withStaffCheck(async ({ actor, args }) => lookup(actor, args)),
      },
    ],
    actions,
    messageKinds,
  };
}
