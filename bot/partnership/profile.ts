// The partnership profile: knowledge/<partnership>/partnership.yml, validated once at load.
import { z } from 'zod';

const url = z.string().url();
const status = z.enum(['current', 'verify']);
const helpForArea = z.object({ next_step: z.string().min(1), ask: z.string().min(1) });
const reminderPoint = z.union([
  z.object({ at: z.enum(['start', 'halfway', 'deadline']) }).strict(),
  z.object({ before_minutes: z.number().int().positive() }).strict(),
]);

export const DEADLINE_RULES = ['24h', '1-working-day'] as const;
export type DeadlineRule = (typeof DEADLINE_RULES)[number];

const question = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  text: z.string().min(1),
  hint: z.string().optional(),
  required: z.boolean().default(false),
});

export const partnershipSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  name: z.string().min(1),
  short_name: z.string().min(1),
  website: url.optional(),
  status: status.default('current'),
  front_door: z.object({
    name: z.string().min(1),
    /** This contact's own status; a `verify` profile makes every contact `verify` (see contactStatus). */
    status: status.optional(),
    phone: z.string().nullable().default(null),
    hours: z.string().optional(),
    out_of_hours: z.string().optional(),
    referral_form_url: url.nullable().optional(),
  }),
  emergency: z.object({
    text: z.string().min(1),
    /** `<doc-id>#<slug>`: the section shown first when a child may be in immediate danger (999, then the front door). */
    section: z.string().regex(/^[a-z0-9-]+#[a-z0-9-]+$/, 'must be a section id "<doc-id>#<slug>"'),
  }),
  police_non_emergency: z.string().optional(),
  lado: z.object({
    name: z.string().default('Local Authority Designated Officer (LADO)'),
    status: status.optional(),
    email: z.string().email().nullable().default(null),
    phone: z.string().nullable().default(null),
    notification_form_url: url.nullable().default(null),
    /** The button for notification_form_url: say what the page is ("Open the Wirral LADO page") when it is not the form. */
    notification_form_label: z.string().min(1).max(40).optional(),
    consultation: z.string().optional(),
    referral_rule: z.enum(DEADLINE_RULES),
    outcome_report_rule: z.enum(DEADLINE_RULES).nullable().default(null),
    outcome_report_status: z.enum(['current', 'verify']).default('verify'),
    reminders: z.array(reminderPoint).min(1).default([{ at: 'start' }, { at: 'halfway' }, { before_minutes: 120 }, { at: 'deadline' }]),
  }),
  help: z.record(z.string(), helpForArea).default({}),
  other_contacts: z
    .array(z.object({ name: z.string(), phone: z.string().optional(), email: z.string().optional(), url: url.optional(), note: z.string().optional(), status: status.optional() }))
    .default([]),
  /** Shown as buttons on the welcome card. */
  example_questions: z.array(z.string().min(1).max(120)).max(6).default([]),
  questionnaire: z.object({
    title: z.string().min(1),
    intro: z.string().min(1),
    questions: z.array(question).min(1).max(20),
    agency_types: z.array(z.string().min(1)).min(1),
    reminder_days_before_close: z.array(z.number().int().positive()).default([3, 1]),
  }),
});

export type PartnershipProfile = z.infer<typeof partnershipSchema>;
export type ReminderPoint = z.infer<typeof reminderPoint>;
export type QuestionnaireQuestion = z.infer<typeof question>;

/** A contact is unconfirmed when it says so, or when the whole profile does (Wirral's rests on a 2017 report). */
export function contactStatus(profile: Pick<PartnershipProfile, 'status'>, contact: { status?: 'current' | 'verify' }): 'current' | 'verify' {
  return profile.status === 'verify' || contact.status === 'verify' ? 'verify' : 'current';
}

export function parsePartnership(raw: unknown, file: string): PartnershipProfile {
  const parsed = partnershipSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${file}: ${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new KnowledgeError(lines);
  }
  return parsed.data;
}

export class KnowledgeError extends Error {
  constructor(readonly problems: string[]) {
    super(`knowledge: ${problems.length} problem(s):\n  - ${problems.join('\n  - ')}`);
  }
}
