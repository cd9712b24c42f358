// Reads the "new audit round" form and a practitioner's answers. Every field is checked for type, length
// and shape; free text for personal data. Problems come back as sentences for the card.
import { referenceAdvice, referenceProblem } from '../safety/case-reference.ts';
import { isFormToken } from '../shared/form-token.ts';
import { describePersonalData, findPersonalData, type PersonalDataKind } from '../safety/personal-data.ts';
import { checkCloseDate } from './dates.ts';
import type { QuestionnaireSnapshot } from './types.ts';

export const REF_MAX = 30;
export const THEME_MAX = 80;
export const ANSWER_MAX = 2000;
export const MAX_PRACTITIONERS = 50;

export interface RoundInput {
  ref: string;
  theme?: string;
  closeDate: string;
  closesAt: Date;
  /** Entra object ids from the people picker. */
  users: string[];
  /** Lower-cased emails (hashed before storing; never stored as typed). */
  emails: string[];
  token: string;
}

const text = (v: unknown, max: number): string => (typeof v === 'string' ? v.trim().slice(0, max + 1) : '');

export function validateRound(data: Record<string, unknown>, now: Date): { ok: true; input: RoundInput } | { ok: false; problems: string[] } {
  const problems: string[] = [];

  const ref = text(data.ref, REF_MAX + 1);
  if (!ref) problems.push('Add the audit reference.');
  else if (ref.length > REF_MAX) problems.push(`The audit reference is too long: ${REF_MAX} characters at most.`);
  else {
    const problem = referenceProblem(ref);
    if (problem) problems.push(referenceAdvice(problem, 'audit reference', 'MACA-2026-03'));
  }

  const theme = text(data.theme, THEME_MAX + 1);
  if (theme.length > THEME_MAX) problems.push(`The theme is too long: ${THEME_MAX} characters at most.`);
  else if (theme && findPersonalData(theme).length) problems.push(`The theme seems to include ${describePersonalData(findPersonalData(theme))}. Describe the theme only, with no names.`);

  const closeDate = text(data.closeDate, 20);
  const close = checkCloseDate(closeDate, now);
  if (!close.ok) problems.push(close.problem);

  // The people picker sends a comma-separated list of Entra object ids.
  const picked = (typeof data.practitioners === 'string' ? data.practitioners : '').split(',').map((s) => s.trim()).filter(Boolean);
  const users: string[] = [];
  for (const id of picked.slice(0, MAX_PRACTITIONERS + 1)) {
    if (/^[A-Za-z0-9-]{1,64}$/.test(id)) users.includes(id) || users.push(id);
    else {
      problems.push('Someone picked doesn’t look like a Teams user. Please pick them again, or type their work email.');
      break;
    }
  }
  const typed = (typeof data.emails === 'string' ? data.emails.slice(0, 20_000) : '').split(/[\s,;]+/).map((s) => s.trim().toLowerCase()).filter(Boolean);
  const emails: string[] = [];
  const badEmails: string[] = [];
  for (const e of typed.slice(0, MAX_PRACTITIONERS + 1)) {
    if (/^[^\s@]{1,64}@[^\s@]+\.[^\s@]{2,}$/.test(e) && e.length <= 254) emails.includes(e) || emails.push(e);
    else badEmails.push(e);
  }
  if (badEmails.length) problems.push(`${badEmails.length === 1 ? 'One email doesn’t' : `${badEmails.length} emails don’t`} look like an email address. Please check the list.`);
  const total = users.length + emails.length;
  if (total === 0 && !badEmails.length && !problems.some((p) => p.includes('Teams user'))) {
    problems.push('Choose the practitioners in the people picker, or type their work emails.');
  } else if (total > MAX_PRACTITIONERS) {
    problems.push(`That is more than ${MAX_PRACTITIONERS} practitioners. A reflection round is for the people who worked on the audited case.`);
  }

  const token = text(data.token, 64);
  if (!isFormToken(token)) problems.push('This form is out of date. Type "audit round" for a new one.');

  if (problems.length || !close.ok) return { ok: false, problems };
  return { ok: true, input: { ref, theme: theme || undefined, closeDate, closesAt: close.closesAt, users, emails, token } };
}

export interface AnswerInput {
  agencyType?: string;
  answers: Record<string, string>;
}

export type AnswerCheck =
  | { ok: true; input: AnswerInput }
  /** problems: must fix; personalData: question id -> kinds found (the practitioner may edit or send with them removed). */
  | { ok: false; problems: string[]; personalData: Record<string, PersonalDataKind[]>; values: AnswerInput };

/** Reads the questionnaire card's inputs: `q_<question id>` and `agencyType`. */
/** `draft`: saving for later, so unanswered questions are fine; lengths and personal details are still checked. */
export function validateAnswers(data: Record<string, unknown>, q: QuestionnaireSnapshot, options: { removeDetailsConfirmed: boolean; draft?: boolean }): AnswerCheck {
  const problems: string[] = [];
  const personalData: Record<string, PersonalDataKind[]> = {};
  const answers: Record<string, string> = {};
  for (const question of q.questions) {
    const raw = data[`q_${question.id}`];
    const value = typeof raw === 'string' ? raw.replace(/\r\n/g, '\n').trim() : '';
    if (raw !== undefined && typeof raw !== 'string') problems.push(`“${question.text}”: the answer wasn’t text. Please type it again.`);
    if (value.length > ANSWER_MAX) {
      problems.push(`“${question.text}”: please keep your answer under ${ANSWER_MAX} characters (it has ${value.length}).`);
      answers[question.id] = value.slice(0, ANSWER_MAX);
      continue;
    }
    if (!value && question.required && !options.draft) problems.push(`“${question.text}” needs an answer.`);
    const kinds = findPersonalData(value);
    if (kinds.length) personalData[question.id] = kinds;
    if (value) answers[question.id] = value;
  }
  const agency = typeof data.agencyType === 'string' ? data.agencyType.trim() : '';
  if (agency && !q.agencyTypes.includes(agency)) problems.push('Choose your type of agency from the list, or leave it blank.');
  const values: AnswerInput = { agencyType: agency && q.agencyTypes.includes(agency) ? agency : undefined, answers };
  if (problems.length || (Object.keys(personalData).length && !options.removeDetailsConfirmed)) return { ok: false, problems, personalData, values };
  return { ok: true, input: values };
}
