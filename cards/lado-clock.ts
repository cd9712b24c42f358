// Cards about one LADO referral clock: what the referrer sees (first card, reminders, overdue, done)
// and what the LADO sees (started, overdue, referrer confirmed, asked for advice, couldn't reach them).
// Case reference and organisation type only: no names.
import type { PartnershipProfile } from '../bot/partnership/profile.ts';
import type { ReferralClock } from '../bot/lado/types.ts';
import { relativeWords, whenInWords } from '../bot/time/in-words.ts';
import { executeAction, openUrlAction } from './actions.ts';
import { ladoContactWays, ladoFormLabel } from './card-text.ts';
import { expandCard } from './expand.ts';
import type { AdaptiveCard, CardAction } from './types.ts';

export const LADO_VERBS = {
  form: 'lado.form',
  start: 'lado.start',
  startOwn: 'lado.start-own',
  submitted: 'lado.submitted',
  received: 'lado.received',
  advice: 'lado.advice',
  due: 'lado.due',
  outcome: 'lado.outcome',
  concluded: 'lado.concluded',
  close: 'lado.close',
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

export const RULE_WORDS: Record<ReferralClock['rule'], string> = {
  '24h': '24 hours from when the allegation was identified',
  '1-working-day': 'one working day: by 17:00 at the end of the first whole working day after the allegation was identified',
};

const build = (d: LadoClockCardData): AdaptiveCard => expandCard('lado-clock', d);

function ladoContact(profile: PartnershipProfile): string {
  const ways = ladoContactWays(profile);
  return ways ? `LADO contact: ${ways}.` : `Contact the ${profile.short_name} LADO through the front door.`;
}

const referenceTitle = (referral: ReferralClock) => (referral.own ? 'Your reference' : 'LADO case reference');

function clockFacts(referral: ReferralClock, now: Date, withOrg = true): Array<{ title: string; value: string }> {
  const afterOutcome = referral.state === 'outcome' || (referral.state === 'closed' && referral.outcomeAt);
  return [
    { title: referenceTitle(referral), value: referral.caseRef },
    ...(withOrg ? [{ title: 'Organisation type', value: referral.orgType }] : []),
    { title: 'Allegation identified', value: whenInWords(referral.identifiedAt, now) },
    afterOutcome
      ? { title: 'Conclusion due by', value: referral.outcomeDeadlineAt ? `${whenInWords(referral.outcomeDeadlineAt, now)} (UK time)` : 'as soon as it is reached' }
      : { title: 'Referral due by', value: `${whenInWords(referral.deadlineAt, now)} (UK time)` },
    ...(referral.outcomeAt ? [{ title: 'Outcome recorded', value: whenInWords(referral.outcomeAt, now) }] : []),
  ];
}

function outcomeRuleWords(profile: PartnershipProfile): string {
  const rule = profile.lado.outcome_report_rule;
  return rule
    ? `${profile.short_name}'s timescale for reporting the conclusion is ${rule === '24h' ? '24 hours from the outcome' : 'one working day from the outcome'}.`
    : `${profile.short_name} has not set a timescale for this in the assistant: please report it as soon as you reach it, and ask the LADO if you are unsure.`;
}

export type ReferrerVariant =
  | 'first'
  | 'reminder'
  | 'overdue'
  | 'submitted'
  | 'received'
  | 'outcome-first'
  | 'outcome-reminder'
  | 'outcome-overdue'
  | 'concluded'
  | 'closed';

/** What the referrer's card says for a clock's current state (for a press that changed nothing). */
export function referrerVariantNow(referral: ReferralClock): ReferrerVariant {
  if (referral.state === 'outcome') return 'outcome-reminder';
  if (referral.state === 'closed') return referral.own ? 'submitted' : referral.conclusionReportedAt ? 'concluded' : 'closed';
  return referral.state === 'open' ? 'reminder' : referral.state;
}

/** What the officer's card says for a clock's current state (for a press that changed nothing). */
export function officerVariantNow(referral: ReferralClock): OfficerVariant {
  return referral.state === 'submitted' ? 'submitted' : referral.state === 'open' ? 'case' : 'already-received';
}

export interface ReferrerCardInput {
  referral: ReferralClock;
  variant: ReferrerVariant;
  profile: PartnershipProfile;
  now: Date;
  /** Sent late because the service was unavailable when it was due. */
  late?: boolean;
}

export function buildReferrerCard({ referral, variant, profile, now, late }: ReferrerCardInput): AdaptiveCard {
  const due = whenInWords(referral.deadlineAt, now);
  const overdue = referral.deadlineAt.getTime() <= now.getTime();
  const open = variant === 'first' || variant === 'reminder' || variant === 'overdue';
  const conclusionOpen = variant === 'outcome-first' || variant === 'outcome-reminder' || variant === 'outcome-overdue';
  const conclusionDue = referral.outcomeDeadlineAt ? whenInWords(referral.outcomeDeadlineAt, now) : '';
  const actions: CardAction[] = [];
  if (open) {
    if (profile.lado.notification_form_url) actions.push(openUrlAction(ladoFormLabel(profile), profile.lado.notification_form_url));
    actions.push(executeAction('Referral submitted', LADO_VERBS.submitted, { clockId: referral.id }, 'positive'));
    // Someone's own reminder has no LADO officer to ask: the footnote gives the LADO's contact instead.
    if (!referral.own) actions.push(executeAction('I need advice', LADO_VERBS.advice, { clockId: referral.id }));
  }
  if (conclusionOpen) {
    actions.push(executeAction('Conclusion reported', LADO_VERBS.concluded, { clockId: referral.id }, 'positive'));
    actions.push(executeAction('I need advice', LADO_VERBS.advice, { clockId: referral.id }));
  }
  const titles: Record<ReferrerVariant, string> = {
    first: overdue ? `LADO referral overdue: it was due by ${due}` : `LADO referral needed by ${due}`,
    reminder: overdue ? `LADO referral overdue: it was due by ${due}` : `Reminder: LADO referral due by ${due} (${relativeWords(referral.deadlineAt, now)})`,
    overdue: `LADO referral overdue: it was due by ${due}`,
    submitted: 'Thank you: referral recorded as submitted',
    received: 'The LADO has received the referral',
    'outcome-first': conclusionDue ? `Please report your conclusion to the LADO by ${conclusionDue}` : 'Please report your conclusion to the LADO',
    'outcome-reminder': `Reminder: your conclusion for case ${referral.caseRef} is due by ${conclusionDue} (${referral.outcomeDeadlineAt ? relativeWords(referral.outcomeDeadlineAt, now) : ''})`,
    'outcome-overdue': `Your conclusion for case ${referral.caseRef} is overdue: it was due by ${conclusionDue}`,
    concluded: 'Thank you: conclusion recorded as reported',
    closed: 'The LADO has closed this case',
  };
  const lines: Record<ReferrerVariant, string[]> = {
    first: [
      referral.own
        ? `You asked me to remind you: refer the allegation (your reference ${referral.caseRef}) to the ${profile.short_name} LADO by ${due}. Tell your designated officer if you haven't already, and don't investigate first.`
        : `Following your consultation with the ${profile.short_name} LADO, please send the LADO referral for case ${referral.caseRef} by ${due}.`,
      `${profile.short_name}'s timescale is ${RULE_WORDS[referral.rule]}.`,
      'When you have sent it, press "Referral submitted" so the reminders stop.',
    ],
    reminder: [`The LADO referral for case ${referral.caseRef} is due by ${due}. If you have already sent it, press "Referral submitted".`],
    overdue: [
      `The LADO referral for case ${referral.caseRef} was due by ${due} and hasn't been marked as submitted. Please send it now, or contact the LADO if something is stopping you.${referral.own ? '' : ' The LADO has been told it is overdue.'}`,
    ],
    submitted: [
      referral.own
        ? `You told me the referral for ${referral.caseRef} is submitted. No more reminders will be sent.`
        : `You told us the referral for case ${referral.caseRef} is submitted. The LADO has been told; no more reminders will be sent.`,
    ],
    received: [`The LADO has the referral for case ${referral.caseRef}. No more reminders will be sent.`],
    'outcome-first': [
      `The LADO has recorded an outcome for the allegation in case ${referral.caseRef}. Please tell the LADO the conclusion of your own process (for example what action your organisation has taken).`,
      outcomeRuleWords(profile),
      'When you have reported it, press "Conclusion reported" so the reminders stop.',
    ],
    'outcome-reminder': [`Your organisation's conclusion for case ${referral.caseRef} is due by ${conclusionDue}. If you have already reported it, press "Conclusion reported".`],
    'outcome-overdue': [`The conclusion for case ${referral.caseRef} was due by ${conclusionDue} and hasn't been marked as reported. Please report it now, or contact the LADO. The LADO has been told it is overdue.`],
    concluded: [`You told us the conclusion for case ${referral.caseRef} is reported. The LADO has been told; no more reminders will be sent.`],
    closed: [`The LADO has closed case ${referral.caseRef}. No more reminders will be sent.`],
  };
  return build({
    style: variant === 'overdue' || variant === 'outcome-overdue' || (open && overdue) ? 'attention' : open || conclusionOpen ? 'emphasis' : 'good',
    eyebrow: conclusionOpen || variant === 'concluded' ? "LADO: your organisation's conclusion" : 'LADO referral clock',
    title: titles[variant],
    lines: lines[variant],
    facts: open || conclusionOpen ? clockFacts(referral, now) : [{ title: referenceTitle(referral), value: referral.caseRef }],
    warning: late ? 'This message is late: it could not be sent when it was due.' : '',
    footnote: open || conclusionOpen ? `${ladoContact(profile)} Please don't put names in Teams: use the case reference.` : '',
    actions,
  });
}

export type OfficerVariant =
  | 'started'
  | 'duplicate'
  | 'overdue'
  | 'submitted'
  | 'advice'
  | 'undeliverable'
  | 'received'
  | 'already-received'
  | 'outcome-recorded'
  | 'concluded'
  | 'conclusion-overdue'
  | 'closed'
  | 'case';

export interface OfficerCardInput {
  referral: ReferralClock;
  variant: OfficerVariant;
  profile: PartnershipProfile;
  now: Date;
  /** When the referrer can't be reached: a link to install the app, if the Teams app id is known. */
  installUrl?: string;
  /** For 'started': when the referrer's reminders go. */
  reminders?: Date[];
  late?: boolean;
}

export function buildOfficerCard({ referral, variant, profile, now, installUrl, reminders, late }: OfficerCardInput): AdaptiveCard {
  const due = whenInWords(referral.deadlineAt, now);
  const conclusionDue = referral.outcomeDeadlineAt ? whenInWords(referral.outcomeDeadlineAt, now) : 'no timescale set';
  const waitingForReferral = referral.state === 'open' || referral.state === 'submitted';
  const actions: CardAction[] = [];
  if (waitingForReferral) actions.push(executeAction('Mark referral received', LADO_VERBS.received, { clockId: referral.id }, 'positive'));
  if (referral.state === 'received') actions.push(executeAction('Record outcome', LADO_VERBS.outcome, { clockId: referral.id }, 'positive'));
  if (referral.state !== 'closed' && !waitingForReferral) actions.push(executeAction('Close case', LADO_VERBS.close, { clockId: referral.id }));
  if (variant === 'started' || variant === 'duplicate' || referral.state === 'closed') actions.push(executeAction('New referral clock', LADO_VERBS.form));
  actions.push(executeAction('Open clocks', LADO_VERBS.due));
  const unreachable =
    `The referrer hasn't installed the Safeguarding Assistant in Teams yet, so I can't message them. Please tell them the deadline (${due}) yourself` +
    `${installUrl ? ` and ask them to install the app: ${installUrl}` : ' and ask them to install the Safeguarding Assistant app'}. ` +
    'Any reminder I can’t deliver comes to you instead.';
  const byVariant: Record<OfficerVariant, { style: Style; title: string; lines: string[]; warning?: string }> = {
    started: {
      style: 'good',
      title: `Clock started for case ${referral.caseRef}`,
      lines: [
        referral.referrerReachable
          ? `The referrer has been sent a card asking for the referral by ${due}, with reminders until they confirm.`
          : `The clock is saved and the referral is due by ${due}.`,
        ...(reminders?.length ? [`Reminders: ${reminders.map((r) => whenInWords(r, now)).join('; ')}.`] : []),
      ],
      warning: referral.referrerReachable ? '' : unreachable,
    },
    duplicate: {
      style: 'default',
      title: `This form already started the clock for case ${referral.caseRef}`,
      lines: ['Nothing new was started. To start another clock, use "New referral clock".'],
    },
    overdue: {
      style: 'attention',
      title: `Overdue: LADO referral for case ${referral.caseRef}`,
      lines: [`The referral was due by ${due} and the referrer hasn't confirmed it. They have been sent an overdue card.`],
    },
    submitted: {
      style: 'good',
      title: `Referrer says the referral for case ${referral.caseRef} is submitted`,
      lines: [`Confirmed ${referral.submittedAt ? whenInWords(referral.submittedAt, now) : 'just now'}. Reminders have stopped. Mark it received when it reaches you.`],
    },
    advice: {
      style: 'warning',
      title: `The referrer for case ${referral.caseRef} asked for advice`,
      lines: [`Please contact them. The referral is due by ${due}.`],
    },
    undeliverable: {
      style: 'warning',
      title: `I couldn't reach the referrer for case ${referral.caseRef}`,
      lines: [`A reminder for them couldn't be delivered in Teams. Please contact them: the referral is due by ${due}.`],
      warning: referral.referrerReachable ? '' : unreachable,
    },
    received: {
      style: 'good',
      title: `Referral received for case ${referral.caseRef}`,
      lines: [
        'No more referral reminders will be sent.',
        `When the allegation reaches an outcome, press "Record outcome" (or type "lado case ${referral.caseRef}") and the employer will be asked for its conclusion.`,
      ],
    },
    'already-received': {
      style: 'default',
      title: `Case ${referral.caseRef} is already marked ${referral.state === 'received' ? 'received' : referral.state === 'outcome' ? 'with an outcome' : 'closed'}`,
      lines: ['Nothing changed.'],
    },
    'outcome-recorded': {
      style: 'good',
      title: `Outcome recorded for case ${referral.caseRef}`,
      lines: [
        referral.outcomeDeadlineAt
          ? `The employer has been asked to report its conclusion by ${conclusionDue}, with reminders until they confirm. You'll be told if it is late.`
          : `The employer has been asked to report its conclusion. ${profile.short_name} has no outcome timescale set in the assistant, so there are no timed reminders.`,
      ],
    },
    concluded: {
      style: 'good',
      title: `The employer says its conclusion for case ${referral.caseRef} is reported`,
      lines: ['Reminders have stopped and the case is closed in the assistant.'],
    },
    'conclusion-overdue': {
      style: 'attention',
      title: `Overdue: the employer's conclusion for case ${referral.caseRef}`,
      lines: [`It was due by ${conclusionDue} and the employer hasn't confirmed it. They have been sent an overdue card.`],
    },
    closed: {
      style: 'good',
      title: `Case ${referral.caseRef} is closed`,
      lines: ['Nothing more will be sent for this case.'],
    },
    case: {
      style: 'default',
      title: `LADO case ${referral.caseRef}`,
      lines: [
        {
          open: `Waiting for the referral, due by ${due}.`,
          submitted: 'The referrer says the referral is submitted; mark it received when it reaches you.',
          received: 'The referral is in. Record the outcome when the allegation reaches one.',
          outcome: `Waiting for the employer's conclusion (${conclusionDue}).`,
          closed: 'Closed: nothing more will be sent.',
        }[referral.state],
      ],
    },
  };
  const v = byVariant[variant];
  return build({
    style: v.style,
    eyebrow: 'LADO referral clock',
    title: v.title,
    lines: v.lines,
    facts: clockFacts(referral, now),
    warning: [v.warning ?? '', late ? 'This message is late: it could not be sent when it was due.' : ''].filter(Boolean).join(' '),
    footnote: variant === 'started' ? `Timescale: ${RULE_WORDS[referral.rule]}.` : '',
    actions,
  });
}
