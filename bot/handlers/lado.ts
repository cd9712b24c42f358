// The LADO referral clock in Teams: `lado clock` (form), `lado due` (list), the card verbs, and the
// scheduled cards (referrer reminders, overdue, notices to the officer). Rules live in bot/lado/.
import { randomBytes } from 'node:crypto';
import type { PartnershipProfile } from '../knowledge/partnership.ts';
import type { Db } from '../storage/database.ts';
import { createSqliteLadoClockStore } from '../storage/sqlite-lado-clocks.ts';
import type { MessageKind, RenderContext, ScheduledMessage, ScheduleStore } from '../scheduling/types.ts';
import type { Clock } from '../shared/clock.ts';
import type { Logger } from '../shared/log.ts';
import type { Notifier } from '../shared/notifier.ts';
import { createEnglandCalendar } from '../lado/calendar.ts';
import { planReminders } from '../lado/deadline.ts';
import { createLadoService, type ChangeResult, type LadoService } from '../lado/service.ts';
import { MESSAGE_KINDS, type LadoClock } from '../lado/types.ts';
import { buildOfficerCard, buildReferrerCard, LADO_VERBS, type OfficerVariant } from '../../cards/lado-clock.ts';
import { buildLadoDueCard } from '../../cards/lado-due.ts';
import { buildLadoFormCard } from '../../cards/lado-form.ts';
import { buildNoticeCard } from '../../cards/notice.ts';
import type { ActionContext, ActionResult, Actor, Feature, Reply } from './types.ts';

export interface LadoFeatureDeps {
  db: Db;
  schedule: ScheduleStore;
  profile: PartnershipProfile;
  notifier: Notifier;
  /** Who in Teams has this email hash (they have talked to the bot), for "is this the referrer?". */
  userForEmailHash(hash: string): string | undefined;
  clock: Clock;
  logger: Logger;
  lado: { staff: readonly string[]; channelId: string };
  teamsAppId?: string;
  /** Wakes the dispatcher: a clock's first card is due at once. */
  wakeDispatcher(): void;
}

const newToken = () => randomBytes(12).toString('base64url');

export function createLadoFeature(deps: LadoFeatureDeps): Feature & { service: LadoService } {
  const store = createSqliteLadoClockStore(deps.db, deps.schedule);
  const service = createLadoService({
    store,
    clock: deps.clock,
    calendar: createEnglandCalendar(),
    lado: deps.profile.lado,
    staff: deps.lado.staff,
    channelId: deps.lado.channelId,
    canReach: (to) => deps.notifier.canReach(to),
    userForEmailHash: deps.userForEmailHash,
  });
  const { profile } = deps;
  const now = () => deps.clock.now();
  const installUrl = deps.teamsAppId ? `https://teams.microsoft.com/l/app/${encodeURIComponent(deps.teamsAppId)}` : undefined;
  const contact = [profile.lado.email ? `email ${profile.lado.email}` : '', profile.lado.phone ? `phone ${profile.lado.phone}` : ''].filter(Boolean).join(' or ');

  const notice = (title: string, text: string, style: 'warning' | 'attention' | 'default' | 'good' = 'warning'): Reply => ({
    card: buildNoticeCard({ title, text, style }),
  });
  const notStaff = notice(
    'Only LADO staff can start or list referral clocks',
    `If you need to tell the LADO about an allegation against someone who works with children, talk to your designated officer${contact ? ` and contact the LADO (${contact})` : ''}. You can also ask me "how quickly must I tell the LADO?".`,
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
    const variant = clock.state === 'received' ? 'received' : 'submitted';
    for (const m of deps.schedule.list(clock.id)) {
      if (m.status !== 'sent' || !m.activityId || !m.conversationId) continue;
      const card =
        m.kind === MESSAGE_KINDS.reminder
          ? buildReferrerCard({ clock, variant, profile, now: now() })
          : m.kind === MESSAGE_KINDS.overdue
            ? officerCard(clock, variant)
            : undefined;
      if (card) await deps.notifier.update(m.conversationId, m.activityId, { card });
    }
  }

  async function afterChange(result: ChangeResult, actor: Actor, whenChanged: (clock: LadoClock) => ActionResult, stateChanged = true): Promise<ActionResult> {
    if (result.kind === 'not-found') return { replies: [notFound] };
    if (result.kind === 'not-allowed') return { replies: [notYours] };
    const staff = service.isStaff(actor);
    if (result.kind === 'already') {
      const c = result.clock;
      const card = staff ? officerCard(c, c.state === 'received' ? 'already-received' : 'submitted') : buildReferrerCard({ clock: c, variant: c.state === 'received' ? 'received' : 'submitted', profile, now: now() });
      return { card, replies: [notice('Already recorded', `Case ${c.caseRef} was already marked ${c.state}. Nothing changed.`, 'default')] };
    }
    deps.wakeDispatcher();
    if (stateChanged) await refreshSentCards(result.clock);
    return whenChanged(result.clock);
  }

  const form = (actor: Actor): Reply[] =>
    service.isStaff(actor) ? [{ card: buildLadoFormCard({ now: now(), defaultRule: profile.lado.referral_rule, partnershipName: profile.short_name, token: newToken() }) }] : [notStaff];
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
      const reminders = planReminders(profile.lado.reminders, c.createdAt, c.deadlineAt).map((r) => r.at);
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

  async function tellOfficer(clock: LadoClock, variant: OfficerVariant, ctx: RenderContext): Promise<void> {
    const delivery = await deps.notifier.send(service.officer(clock), { card: officerCard(clock, variant, { late: ctx.late }) });
    if (!delivery.delivered) deps.logger.warn('lado.officer_unreachable', { clockId: clock.id, variant });
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
        const variant = m.payload.event === 'advice' ? 'advice' : 'submitted';
        if (variant === 'submitted' && clock.state === 'received') return null;
        return { card: officerCard(clock, variant, { late: ctx.late }) };
      },
    },
  };

  return {
    name: 'lado',
    service,
    commands: [
      {
        name: 'lado clock',
        description: 'LADO staff: start a referral clock for a referring manager',
        aliases: ['new referral clock', 'new lado clock', 'referral clock'],
        run: async ({ actor }) => form(actor),
      },
      {
        name: 'lado due',
        description: 'LADO staff: open referral clocks, due and overdue',
        aliases: ['lado clocks', 'lado overdue'],
        run: async ({ actor }) => due(actor),
      },
    ],
    actions,
    messageKinds,
  };
}
