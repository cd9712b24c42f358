// The LADO officer's "new referral clock" form. On a problem it comes back filled in, with the problems listed.
import type { DeadlineRule } from '../bot/partnership/profile.ts';
import { londonParts } from '../bot/time/calendar.ts';
import { ORGANISATION_TYPES } from '../bot/lado/types.ts';
import { CASE_REF_MAX } from '../bot/lado/validate.ts';
import { executeAction } from './actions.ts';
import { expandCard } from './expand.ts';
import { LADO_VERBS } from './lado-clock.ts';
import type { AdaptiveCard, CardAction } from './types.ts';

export interface LadoFormInput {
  now: Date;
  /** A designated safeguarding lead's reminder to themselves: no referrer to pick, their own reference. */
  own?: boolean;
  defaultRule: DeadlineRule;
  partnershipName: string;
  /** One-time token carried by the submit button, so a second press can't start a second clock. */
  token: string;
  problems?: string[];
  /** What the officer filled in before (strings from the card), to show again. */
  values?: Record<string, unknown>;
}

interface LadoFormData {
  title: string;
  own: boolean;
  caseRefLabel: string;
  intro: string;
  problems: string[];
  referrer: string;
  referrerEmail: string;
  caseRef: string;
  caseRefPlaceholder: string;
  caseRefMax: number;
  noNamesText: string;
  orgType: string;
  orgTypes: string[];
  today: string;
  identifiedDate: string;
  identifiedTime: string;
  rule: string;
  rules: Array<{ title: string; value: DeadlineRule }>;
  actions: CardAction[];
}

const str = (v: unknown, max: number) => (typeof v === 'string' ? v.slice(0, max) : '');

export function buildLadoFormCard(input: LadoFormInput): AdaptiveCard {
  const here = londonParts(input.now);
  const v = input.values ?? {};
  const ruleTitle: Record<DeadlineRule, string> = {
    '1-working-day': 'One working day (due 17:00 at the end of the first whole working day)',
    '24h': '24 hours from identification',
  };
  const own = input.own === true;
  const data = {
    title: own ? 'Remind me to refer to the LADO' : 'New LADO referral clock',
    own,
    caseRefLabel: own ? 'A reference for this concern (your own)' : 'Your LADO case reference',
    intro: own
      ? `I'll remind you in Teams until you tell me the referral is in, by ${input.partnershipName}'s timescale. Tell your designated officer now if you haven't, and don't investigate first.`
      : `The referring manager gets a card in Teams with the deadline (${input.partnershipName}'s rule unless you change it), the notification form and reminders until they confirm.`,
    problems: input.problems ?? [],
    referrer: str(v.referrer, 100),
    // An email typed before is shown again only on a problem card, never stored.
    referrerEmail: str(v.referrerEmail, 254),
    caseRef: str(v.caseRef, CASE_REF_MAX + 5),
    caseRefPlaceholder: own ? 'For example SCH-2026-14' : 'For example LADO-2026-0412',
    caseRefMax: CASE_REF_MAX,
    noNamesText: `Use ${own ? 'a reference' : 'your LADO reference'} only: no names of the child, the family or the person the allegation is about. The reference is checked for personal details.`,
    orgType: str(v.orgType, 100),
    orgTypes: [...ORGANISATION_TYPES],
    today: here.date,
    identifiedDate: str(v.identifiedDate, 10) || here.date,
    identifiedTime: str(v.identifiedTime, 5) || `${String(here.hour).padStart(2, '0')}:${String(here.minute).padStart(2, '0')}`,
    rule: str(v.rule, 20) || input.defaultRule,
    rules: (['1-working-day', '24h'] as const).map((value) => ({ title: ruleTitle[value], value })),
    actions: [own ? executeAction('Set the reminder', LADO_VERBS.startOwn, { token: input.token }, 'positive') : executeAction('Start the clock', LADO_VERBS.start, { token: input.token }, 'positive')],
  } satisfies LadoFormData;
  return expandCard('lado-form', data);
}
