// The practitioner's reflection questionnaire: why they are asked, how answers are used, the partnership's
// questions (data, not code) and Submit. It comes back filled in when something needs fixing.
import type { AuditRound } from '../bot/audits/types.ts';
import { ANSWER_MAX } from '../bot/audits/validate.ts';
import { whenInWords, relativeWords } from '../bot/time/in-words.ts';
import { describePersonalData, type PersonalDataKind } from '../bot/safety/personal-data.ts';
import { executeAction } from './actions.ts';
import { AUDIT_VERBS } from './audit-round-form.ts';
import { expandCard } from './expand.ts';
import type { AdaptiveCard, CardAction } from './types.ts';

export type QuestionnaireVariant = 'invite' | 'reminder' | 'edit';

export interface QuestionnaireInput {
  round: AuditRound;
  now: Date;
  variant: QuestionnaireVariant;
  /** The reminder was sent late (after downtime): said so. */
  late?: boolean;
  values?: { agencyType?: string; answers: Record<string, string> };
  problems?: string[];
  personalData?: Record<string, PersonalDataKind[]>;
  /** When the values shown are answers saved for later (not yet submitted). */
  draftSavedAt?: Date;
}

interface QuestionnaireData {
  banner: string;
  title: string;
  intro: string;
  facts: Array<{ title: string; value: string }>;
  howUsedText: string;
  noNamesText: string;
  problems: string[];
  personalDataTitle: string;
  personalData: string[];
  personalDataText: string;
  agencyType: string;
  agencyTypes: string[];
  questions: Array<{ inputId: string; label: string; hint: string; maxLength: number; value: string; warning: string }>;
  actions: CardAction[];
}

export const QUESTIONNAIRE_NO_NAMES =
  'Please do not name the child, the family or colleagues, or give dates of birth, addresses or other details that could identify anyone.';

export function buildQuestionnaireCard(input: QuestionnaireInput): AdaptiveCard {
  const { round, now } = input;
  const q = round.questionnaire;
  const pd = input.personalData ?? {};
  const closes = whenInWords(round.closesAt, now);
  const banner =
    input.variant === 'reminder'
      ? `Reminder: this questionnaire closes at ${closes} (${relativeWords(round.closesAt, now)}).${input.late ? ' This message is late: the assistant was unavailable for a while.' : ''}`
      : input.variant === 'edit'
        ? `You are changing your answers. You can do this until ${closes}.`
        : '';
  const draftLine = input.draftSavedAt
    ? `Your answers saved at ${whenInWords(input.draftSavedAt, now)} are filled in below. They are not sent to the committee until you submit.`
    : '';
  const pdQuestions = q.questions.filter((x) => pd[x.id]?.length);
  const data = {
    banner: [banner, draftLine].filter(Boolean).join(' '),
    title: q.title,
    intro: q.intro,
    facts: [
      { title: 'Audit', value: round.ref },
      ...(round.theme ? [{ title: 'Theme', value: round.theme }] : []),
      { title: 'Closes', value: closes },
    ],
    howUsedText:
      'How your answers are used: they are collated with other practitioners’ answers into an anonymised report for the audit committee and partners. The report never shows your name, and nothing is shown for groups of fewer than 3 people. You can change your answers until the questionnaire closes.',
    noNamesText: QUESTIONNAIRE_NO_NAMES,
    problems: input.problems ?? [],
    personalDataTitle: 'Some answers seem to include details that could identify someone. Nothing has been saved yet.',
    personalData: pdQuestions.map((x) => `“${x.text}”: ${describePersonalData(pd[x.id]!)}`),
    personalDataText: 'Please edit them out and press Submit again. If you think the check is wrong, press “Send with details removed” and the assistant removes what it detects before saving.',
    agencyType: input.values?.agencyType ?? '',
    agencyTypes: [...q.agencyTypes],
    questions: q.questions.map((x) => ({
      inputId: `q_${x.id}`,
      // Required answers are checked on the server, not with isRequired: the client would then block "Save for later".
      label: x.required ? `${x.text} (required)` : x.text,
      hint: x.hint ?? '',
      maxLength: ANSWER_MAX,
      value: input.values?.answers[x.id] ?? '',
      warning: pd[x.id]?.length ? `This answer seems to include ${describePersonalData(pd[x.id]!)}.` : '',
    })),
    actions: [
      executeAction(input.variant === 'edit' ? 'Save my changes' : 'Submit my reflections', AUDIT_VERBS.submit, { roundId: round.id }, 'positive'),
      // Unfinished answers can wait (on a phone, between visits); not once submitted: then it is "Save my changes".
      ...(input.variant === 'edit' ? [] : [executeAction('Save for later', AUDIT_VERBS.saveDraft, { roundId: round.id })]),
      ...(pdQuestions.length ? [executeAction('Send with details removed', AUDIT_VERBS.submit, { roundId: round.id, removeDetails: true })] : []),
    ],
  } satisfies QuestionnaireData;
  return expandCard('questionnaire', data);
}
