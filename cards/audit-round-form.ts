// The committee member's "new audit round" form. On a problem it comes back filled in, with the problems listed.
import { addDays, MAX_DAYS_AHEAD, todayInLondon } from '../bot/audits/dates.ts';
import { REF_MAX, THEME_MAX } from '../bot/audits/validate.ts';
import { executeAction } from './actions.ts';
import { expandCard } from './expand.ts';
import type { AdaptiveCard, CardAction } from './types.ts';

export const AUDIT_VERBS = {
  form: 'audit.form',
  create: 'audit.create',
  submit: 'audit.submit',
  saveDraft: 'audit.save-draft',
  edit: 'audit.edit',
  close: 'audit.close',
  status: 'audit.status',
} as const;

export interface AuditRoundFormInput {
  now: Date;
  partnershipName: string;
  questionCount: number;
  /** One-time token carried by the button, so a second press can't start a second round. */
  token: string;
  problems?: string[];
  values?: Record<string, unknown>;
}

interface AuditRoundFormData {
  intro: string;
  problems: string[];
  ref: string;
  refMax: number;
  noNamesText: string;
  theme: string;
  themeMax: number;
  minDate: string;
  maxDate: string;
  closeDate: string;
  practitioners: string;
  emails: string;
  emailNote: string;
  actions: CardAction[];
}

const str = (v: unknown, max: number) => (typeof v === 'string' ? v.slice(0, max) : '');

export function buildAuditRoundFormCard(input: AuditRoundFormInput): AdaptiveCard {
  const today = todayInLondon(input.now);
  const v = input.values ?? {};
  const data = {
    intro: `Each practitioner gets ${input.partnershipName}'s reflection questionnaire (${input.questionCount} questions) in Teams. Those who haven't answered get reminders before it closes. When it closes you get an anonymised report: no names, and nothing shown for groups of fewer than 3.`,
    problems: input.problems ?? [],
    ref: str(v.ref, REF_MAX + 5),
    refMax: REF_MAX,
    noNamesText: 'Use the audit’s short code only: no names of the child, the family or staff. It is checked for personal details.',
    theme: str(v.theme, THEME_MAX + 5),
    themeMax: THEME_MAX,
    minDate: addDays(today, 1),
    maxDate: addDays(today, MAX_DAYS_AHEAD),
    closeDate: str(v.closeDate, 10) || addDays(today, 14),
    practitioners: str(v.practitioners, 3000),
    // Emails typed before are shown again only on a problem card; only their hashes are ever stored.
    emails: str(v.emails, 5000),
    emailNote: 'Emails are not stored: only a one-way code, to match the person when they open the assistant. People who haven’t used the assistant yet get the questionnaire once they do.',
    actions: [executeAction('Start the round', AUDIT_VERBS.create, { token: input.token }, 'positive')],
  } satisfies AuditRoundFormData;
  return expandCard('audit-round-form', data);
}
