// Cards about one LADO referral clock: what the referrer sees (first card, reminders, overdue, done)
// and what the LADO sees (started, overdue, referrer confirmed, asked for advice, couldn't reach them).
// Case reference and organisation type only: no names.
import type { PartnershipProfile } from '../bot/knowledge/partnership.ts';
import type { LadoClock } from '../bot/lado/types.ts';
import { relativeWords, whenInWords } from '../bot/lado/format.ts';
import { executeAction, openUrlAction } from './actions.ts';
import { expandCard } from './expand.ts';
import type { AdaptiveCard, CardAction } from './types.ts';

export const LADO_VERBS = {
  form: 'lado.form',
  start: 'lado.start',
  submitted: 'lado.submitted',
  received: 'lado.received',
  advice: 'lado.advice',
  due: 'lado.due',
} as const;

type Style = 'default' | 'emphasis' | 'good' | 'attention' | 'warning' | 'accent';

interface LadoClockCardData {
  style: Style;
  eyebrow: string;
  title: string;
  lines: string[];
  facts: Array<{ title: string; value: string }>;
  warning: string;
  footnote: string;
  actions: CardAction[];
}

export const RULE_WORDS: Record<LadoClock['rule'], string> = {
  '24h': '24 hours from when the allegation was identified',
  '1-working-day': 'one working day: by 17:00 at the end of the first whole working day after the allegation was identified',
};

const build = (d: LadoClockCardData): AdaptiveCard => expandCard('lado-clock', d);

function ladoContact(profile: PartnershipProfile): string {
  const { lado } = profile;
  const ways = [lado.email ? `email ${lado.email}` : '', lado.phone ? `phone ${lado.phone}` : ''].filter(Boolean);
  return ways.length ? `LADO contact: ${ways.join(' or ')}.` : `Contact the ${profile.short_name} LADO through the front door.`;
}

function clockFacts(clock: LadoClock, now: Date, withOrg = true): Array<{ title: string; value: string }> {
  return [
    { title: 'LADO case reference', value: clock.caseRef },
    ...(withOrg ? [{ title: 'Organisation type', value: clock.orgType }] : []),
    { title: 'Allegation identified', value: whenInWords(clock.identifiedAt, now) },
    { title: 'Referral due by', value: `${whenInWords(clock.deadlineAt, now)} (UK time)` },
  ];
}

export type ReferrerVariant = 'first' | 'reminder' | 'overdue' | 'submitted' | 'received';

export interface ReferrerCardInput {
  clock: LadoClock;
  variant: ReferrerVariant;
  profile: PartnershipProfile;
  now: Date;
  /** Sent late because the service was unavailable when it was due. */
  late?: boolean;
}

export function buildReferrerCard({ clock, variant, profile, now, late }: ReferrerCardInput): AdaptiveCard {
  const due = whenInWords(clock.deadlineAt, now);
  const overdue = clock.deadlineAt.getTime() <= now.getTime();
  const open = variant === 'first' || variant === 'reminder' || variant === 'overdue';
  const actions: CardAction[] = [];
  if (open) {
    if (profile.lado.notification_form_url) actions.push(openUrlAction('Open the LADO notification form', profile.lado.notification_form_url));
    actions.push(executeAction('Referral submitted', LADO_VERBS.submitted, { clockId: clock.id }, 'positive'));
    actions.push(executeAction('I need advice', LADO_VERBS.advice, { clockId: clock.id }));
  }
  const titles: Record<ReferrerVariant, string> = {
    first: overdue ? `LADO referral overdue: it was due by ${due}` : `LADO referral needed by ${due}`,
    reminder: overdue ? `LADO referral overdue: it was due by ${due}` : `Reminder: LADO referral due by ${due} (${relativeWords(clock.deadlineAt, now)})`,
    overdue: `LADO referral overdue: it was due by ${due}`,
    submitted: 'Thank you: referral recorded as submitted',
    received: 'The LADO has received the referral',
  };
  const lines: Record<ReferrerVariant, string[]> = {
    first: [
      `Following your consultation with the ${profile.short_name} LADO, please send the LADO referral for case ${clock.caseRef} by ${due}.`,
      `${profile.short_name}'s timescale is ${RULE_WORDS[clock.rule]}.`,
      'When you have sent it, press "Referral submitted" so the reminders stop.',
    ],
    reminder: [`The LADO referral for case ${clock.caseRef} is due by ${due}. If you have already sent it, press "Referral submitted".`],
    overdue: [
      `The LADO referral for case ${clock.caseRef} was due by ${due} and hasn't been marked as submitted. Please send it now, or contact the LADO if something is stopping you. The LADO has been told it is overdue.`,
    ],
    submitted: [`You told us the referral for case ${clock.caseRef} is submitted. The LADO has been told; no more reminders will be sent.`],
    received: [`The LADO has the referral for case ${clock.caseRef}. No more reminders will be sent.`],
  };
  return build({
    style: variant === 'overdue' || (open && overdue) ? 'attention' : open ? 'emphasis' : 'good',
    eyebrow: 'LADO referral clock',
    title: titles[variant],
    lines: lines[variant],
    facts: open ? clockFacts(clock, now) : [{ title: 'LADO case reference', value: clock.caseRef }],
    warning: late ? 'This message is late: the assistant was unavailable when it was due.' : '',
    footnote: open ? `${ladoContact(profile)} Please don't put names in Teams: use the case reference.` : '',
    actions,
  });
}

export type OfficerVariant = 'started' | 'duplicate' | 'overdue' | 'submitted' | 'advice' | 'undeliverable' | 'received' | 'already-received';

export interface OfficerCardInput {
  clock: LadoClock;
  variant: OfficerVariant;
  profile: PartnershipProfile;
  now: Date;
  /** When the referrer can't be reached: a link to install the app, if the Teams app id is known. */
  installUrl?: string;
  /** For 'started': when the referrer's reminders go. */
  reminders?: Date[];
  late?: boolean;
}

export function buildOfficerCard({ clock, variant, profile, now, installUrl, reminders, late }: OfficerCardInput): AdaptiveCard {
  const due = whenInWords(clock.deadlineAt, now);
  const closed = clock.state === 'received';
  const actions: CardAction[] = [];
  if (!closed) actions.push(executeAction('Mark referral received', LADO_VERBS.received, { clockId: clock.id }, 'positive'));
  if (variant === 'started' || variant === 'duplicate' || closed) actions.push(executeAction('New referral clock', LADO_VERBS.form));
  actions.push(executeAction('Open clocks', LADO_VERBS.due));
  const unreachable =
    `The referrer hasn't installed the Safeguarding Assistant in Teams yet, so I can't message them. Please tell them the deadline (${due}) yourself` +
    `${installUrl ? ` and ask them to install the app: ${installUrl}` : ' and ask them to install the Safeguarding Assistant app'}. ` +
    'Any reminder I can’t deliver comes to you instead.';
  const byVariant: Record<OfficerVariant, { style: Style; title: string; lines: string[]; warning?: string }> = {
    started: {
      style: 'good',
      title: `Clock started for case ${clock.caseRef}`,
      lines: [
        clock.referrerReachable
          ? `The referrer has been sent a card asking for the referral by ${due}, with reminders until they confirm.`
          : `The clock is saved and the referral is due by ${due}.`,
        ...(reminders?.length ? [`Reminders: ${reminders.map((r) => whenInWords(r, now)).join('; ')}.`] : []),
      ],
      warning: clock.referrerReachable ? '' : unreachable,
    },
    duplicate: {
      style: 'default',
      title: `This form already started the clock for case ${clock.caseRef}`,
      lines: ['Nothing new was started. To start another clock, use "New referral clock".'],
    },
    overdue: {
      style: 'attention',
      title: `Overdue: LADO referral for case ${clock.caseRef}`,
      lines: [`The referral was due by ${due} and the referrer hasn't confirmed it. They have been sent an overdue card.`],
    },
    submitted: {
      style: 'good',
      title: `Referrer says the referral for case ${clock.caseRef} is submitted`,
      lines: [`Confirmed ${clock.submittedAt ? whenInWords(clock.submittedAt, now) : 'just now'}. Reminders have stopped. Mark it received when it reaches you.`],
    },
    advice: {
      style: 'warning',
      title: `The referrer for case ${clock.caseRef} asked for advice`,
      lines: [`Please contact them. The referral is due by ${due}.`],
    },
    undeliverable: {
      style: 'warning',
      title: `I couldn't reach the referrer for case ${clock.caseRef}`,
      lines: [`A reminder for them couldn't be delivered in Teams. Please contact them: the referral is due by ${due}.`],
      warning: clock.referrerReachable ? '' : unreachable,
    },
    received: {
      style: 'good',
      title: `Referral received for case ${clock.caseRef}`,
      lines: ['The clock is closed and no more reminders will be sent.'],
    },
    'already-received': {
      style: 'default',
      title: `Case ${clock.caseRef} is already marked received`,
      lines: ['Nothing changed: the clock was already closed.'],
    },
  };
  const v = byVariant[variant];
  return build({
    style: v.style,
    eyebrow: 'LADO referral clock',
    title: v.title,
    lines: v.lines,
    facts: clockFacts(clock, now),
    warning: [v.warning ?? '', late ? 'This message is late: the assistant was unavailable when it was due.' : ''].filter(Boolean).join(' '),
    footnote: variant === 'started' ? `Timescale: ${RULE_WORDS[clock.rule]}.` : '',
    actions,
  });
}
