// Reads the "new referral clock" form. Every field is checked: type, length, shape, no personal data,
// and a time of identification that is not in the future. Problems come back as sentences for the card.
import { DEADLINE_RULES, type DeadlineRule } from '../partnership/profile.ts';
import { isFormToken } from '../shared/form-token.ts';
import { referenceAdvice, referenceProblem } from '../safety/case-reference.ts';
import { fromLondon, isIsoDate } from '../time/calendar.ts';
import { ORGANISATION_TYPES } from './types.ts';

export interface StartInput {
  /** Absent for a reminder someone sets for themselves. */
  referrer?: { kind: 'user'; userKey: string } | { kind: 'email'; email: string };
  caseRef: string;
  orgType: string;
  identifiedAt: Date;
  rule: DeadlineRule;
  token: string;
}

export type StartValidation = { ok: true; input: StartInput } | { ok: false; problems: string[] };

export const CASE_REF_MAX = 30;
/** A few minutes' grace for a device clock that runs ahead. */
const FUTURE_GRACE_MS = 5 * 60_000;
/** A clock is for a referral still to be made; older dates are more likely a typing slip. */
const OLDEST_DAYS = 30;

const text = (v: unknown, max = 200): string => (typeof v === 'string' ? v.trim().slice(0, max + 1) : '');

/** `own`: a designated safeguarding lead's reminder to themselves (no referrer, their own reference). */
export function validateStart(data: Record<string, unknown>, now: Date, defaultRule: DeadlineRule, options: { own?: boolean } = {}): StartValidation {
  const problems: string[] = [];
  const own = options.own === true;

  const picked = own ? '' : text(data.referrer, 100);
  const email = own ? '' : text(data.referrerEmail, 254);
  let referrer: StartInput['referrer'] | undefined;
  if (own) {
    // The person pressing the button is the referrer; the caller supplies them.
  } else if (picked) {
    // The Teams people picker returns an Entra object id (a GUID); anything else is not from the picker.
    if (/^[A-Za-z0-9-]{1,64}$/.test(picked)) referrer = { kind: 'user', userKey: picked };
    else problems.push('The referrer picked doesn’t look like a Teams user. Please pick them again, or type their work email.');
  } else if (email) {
    if (/^[^\s@]{1,64}@[^\s@]+\.[^\s@]{2,}$/.test(email) && email.length <= 254) referrer = { kind: 'email', email: email.toLowerCase() };
    else problems.push('The referrer’s email doesn’t look like an email address.');
  } else {
    problems.push('Choose the referring manager in the people picker, or type their work email.');
  }

  const caseRef = text(data.caseRef, CASE_REF_MAX + 1);
  if (!caseRef) problems.push(own ? 'Add a reference for this concern (your own, with no names).' : 'Add your LADO case reference.');
  else if (caseRef.length > CASE_REF_MAX) problems.push(`The case reference is too long: ${CASE_REF_MAX} characters at most.`);
  else {
    const problem = referenceProblem(caseRef);
    if (problem) problems.push(referenceAdvice(problem, own ? 'reference' : 'case reference', own ? 'SCH-2026-14' : 'LADO-2026-0412'));
  }

  const orgType = text(data.orgType, 100);
  if (!(ORGANISATION_TYPES as readonly string[]).includes(orgType)) problems.push('Choose the type of organisation from the list.');

  const ruleValue = text(data.rule, 40) || defaultRule;
  const rule = (DEADLINE_RULES as readonly string[]).includes(ruleValue) ? (ruleValue as DeadlineRule) : undefined;
  if (!rule) problems.push('Choose the referral timescale from the list.');

  const date = text(data.identifiedDate, 20);
  const time = text(data.identifiedTime, 10) || '';
  let identifiedAt: Date | undefined;
  const timeMatch = /^(\d{2}):(\d{2})(:\d{2})?$/.exec(time);
  if (!isIsoDate(date)) problems.push('Give the date the allegation was identified.');
  else if (!timeMatch || Number(timeMatch[1]) > 23 || Number(timeMatch[2]) > 59) problems.push('Give the time the allegation was identified (24-hour, like 14:30).');
  else {
    identifiedAt = fromLondon(date, Number(timeMatch[1]), Number(timeMatch[2]));
    if (identifiedAt.getTime() > now.getTime() + FUTURE_GRACE_MS) {
      problems.push('The time the allegation was identified is in the future. Please check the date and time: the clock runs from when it was identified.');
    } else if (now.getTime() - identifiedAt.getTime() > OLDEST_DAYS * 86_400_000) {
      problems.push(`That date is more than ${OLDEST_DAYS} days ago. Please check it; for an older concern, talk to the referrer directly.`);
    }
  }

  const token = text(data.token, 64);
  if (!isFormToken(token)) problems.push(`This form is out of date. Type "${own ? 'remind me to refer to the LADO' : 'lado clock'}" for a new one.`);

  if (problems.length || (!referrer && !own) || !rule || !identifiedAt) return { ok: false, problems };
  return { ok: true, input: { referrer, caseRef, orgType, identifiedAt: new Date(Math.min(identifiedAt.getTime(), now.getTime())), rule, token } };
}
