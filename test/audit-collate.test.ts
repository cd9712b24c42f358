// The audit domain without Teams: collation, the small-group rule, redaction, validation and report links.
import { describe, expect, it } from 'vitest';
import { collate, MIN_GROUP } from '../bot/audits/collate.ts';
import { checkCloseDate, reminderTimes } from '../bot/audits/dates.ts';
import { redact, REDACTED } from '../bot/audits/redact.ts';
import { checkReportLink, signReportLink } from '../bot/audits/report-link.ts';
import type { QuestionnaireSnapshot } from '../bot/audits/types.ts';
import { validateAnswers, validateRound } from '../bot/audits/validate.ts';
import { findPersonalData } from '../bot/safety/personal-data.ts';

const Q: QuestionnaireSnapshot = {
  title: 'Reflection',
  intro: 'About learning, not blame.',
  questions: [
    { id: 'went-well', text: 'What went well?', required: true },
    { id: 'barriers', text: 'What got in the way?', required: false },
  ],
  agencyTypes: ['Education', 'Health', 'Police', 'Other'],
};
const answer = (agencyType: string | undefined, wentWell: string, barriers?: string) => ({ agencyType, answers: { 'went-well': wentWell, ...(barriers ? { barriers } : {}) } });
const NOW = new Date('2026-11-23T10:00:00Z');

describe('collation', () => {
  it('counts, response rate and answers grouped by question, sorted so order reveals nothing', () => {
    const c = collate({
      questionnaire: Q,
      invited: 5,
      responses: [answer('Health', 'Zoned strategy meeting', 'Waiting lists'), answer('Health', 'A quick strategy discussion', 'Staff changes'), answer('Health', 'Joint visit', 'Thresholds unclear'), answer('Education', 'Good sharing')],
    });
    expect(c).toMatchObject({ invited: 5, responded: 4, responseRate: 80, suppressed: false });
    expect(c.questions[0]).toMatchObject({ id: 'went-well', answered: 4, suppressed: false });
    expect(c.questions[0]!.answers).toEqual(['A quick strategy discussion', 'Good sharing', 'Joint visit', 'Zoned strategy meeting']);
    expect(c.questions[1]).toMatchObject({ answered: 3, suppressed: false });
    // Health has 3 and is shown; Education's single answer is combined, and the combined count (1) is hidden.
    expect(c.agencies).toEqual([{ label: 'Health', count: 3 }, { label: `Other agency types (groups of fewer than ${MIN_GROUP} combined)` }]);
    expect(c.agencyNote).toMatch(/fewer than 3/);
  });

  it('small-group rule: fewer than 3 responses show counts only', () => {
    const c = collate({ questionnaire: Q, invited: 3, responses: [answer('Police', 'One'), answer('Police', 'Two')] });
    expect(c).toMatchObject({ responded: 2, responseRate: 67, suppressed: true, agencies: [] });
    for (const q of c.questions) expect(q).toMatchObject({ suppressed: true, answers: [] });
  });

  it('small-group rule per question: a question fewer than 3 answered is hidden even when the round is large enough', () => {
    const c = collate({ questionnaire: Q, invited: 4, responses: [answer(undefined, 'a', 'only one said this'), answer(undefined, 'b'), answer(undefined, 'c')] });
    expect(c.questions[0]!.suppressed).toBe(false);
    expect(c.questions[1]).toMatchObject({ answered: 1, suppressed: true, answers: [] });
    expect(c.agencies).toEqual([{ label: 'Not given', count: 3 }]);
  });

  it('combined small groups of 3 or more show their total', () => {
    const c = collate({ questionnaire: Q, invited: 3, responses: [answer('Health', 'a'), answer('Police', 'b'), answer('Education', 'c')] });
    expect(c.agencies).toEqual([{ label: 'Other agency types (groups of fewer than 3 combined)', count: 3 }]);
  });

  it('redacts identifying details in answers', () => {
    const c = collate({ questionnaire: Q, invited: 3, responses: [answer('Health', 'The boy called Jayden was seen'), answer('Health', 'b'), answer('Health', 'c')] });
    expect(c.questions[0]!.answers.join(' ')).not.toContain('Jayden');
    expect(c.questions[0]!.answers).toContain(`The boy called ${REDACTED} was seen`);
  });

  it('nobody invited gives a 0% rate, not a division by zero', () => {
    expect(collate({ questionnaire: Q, invited: 0, responses: [] }).responseRate).toBe(0);
  });
});

describe('redaction', () => {
  it.each([
    ['Mum, Mrs Smith, rang', 'Mrs Smith'],
    ['a child named Kai Jones', 'Kai Jones'],
    ['DOB 12/03/2015 noted', '12/03/2015'],
    ['email jo.bloggs@school.example', 'jo.bloggs@school.example'],
    ['lives at 12 Acacia Road in WN1 1AA', 'Acacia Road'],
    ['NHS 943 476 5919', '943 476 5919'],
    ['ring 07700 900123', '07700 900123'],
  ])('%s loses "%s" and passes the personal-data check afterwards', (text, gone) => {
    const out = redact(text);
    expect(out).not.toContain(gone);
    expect(out).toContain(REDACTED);
    expect(findPersonalData(out)).toEqual([]);
  });

  it('leaves ordinary reflective text alone', () => {
    const text = 'The strategy meeting called the front door quickly; supervision helped me reflect on the threshold.';
    expect(redact(text)).toBe(text);
  });
});

describe('round form validation', () => {
  const good = { ref: 'MACA-2026-03', theme: 'Application of thresholds', closeDate: '2026-12-04', practitioners: 'aad-1,aad-2', emails: 'a@x.example', token: 'token-123456' };

  it('accepts a good form; emails are lower-cased; duplicates dropped', () => {
    const v = validateRound({ ...good, practitioners: 'aad-1,aad-2,aad-1', emails: 'A@X.example\na@x.example' }, NOW);
    expect(v.ok && v.input).toMatchObject({ ref: 'MACA-2026-03', users: ['aad-1', 'aad-2'], emails: ['a@x.example'] });
  });

  it.each([
    [{ ref: '' }, 'Add the audit reference.'],
    [{ ref: 'x'.repeat(200) }, 'too long'],
    [{ ref: 'Jayden Smith' }, 'looks like it includes a name. Please use a reference like MACA-2026-03'],
    [{ ref: 'Mrs Smith 2026' }, 'includes a name'],
    [{ ref: 'SMITH-J-14032015' }, 'includes a date of birth'],
    [{ ref: 'MACA 2026 03' }, 'Please write the audit reference like MACA-2026-03'],
    [{ theme: 'child called Kai' }, 'The theme seems to include a name'],
    [{ closeDate: '2026-11-20' }, 'needs to be after today'],
    [{ closeDate: '2026-11-23' }, 'needs to be after today'],
    [{ closeDate: '2028-01-01' }, 'more than 90 days away'],
    [{ closeDate: '2026-02-30' }, 'Choose the date'],
    [{ practitioners: '', emails: '' }, 'Choose the practitioners'],
    [{ practitioners: '<script>' }, 'doesn’t look like a Teams user'],
    [{ emails: 'not-an-email' }, 'doesn’t look like an email'],
    [{ practitioners: Array.from({ length: 60 }, (_, i) => `aad-${i}`).join(',') }, 'more than 50'],
    [{ token: '' }, 'out of date'],
  ])('refuses %j kindly', (change, problem) => {
    const v = validateRound({ ...good, ...change }, NOW);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.problems.join(' ')).toContain(problem);
  });

  it('malformed types are refused, not thrown', () => {
    const v = validateRound({ ref: 42, closeDate: { x: 1 }, practitioners: ['a'], emails: null, token: 7 } as unknown as Record<string, unknown>, NOW);
    expect(v.ok).toBe(false);
  });

  it('close date: closes 17:00 London; reminders at 09:00 on the days before, only in the future', () => {
    const c = checkCloseDate('2026-12-04', NOW);
    expect(c.ok && c.closesAt.toISOString()).toBe('2026-12-04T17:00:00.000Z');
    expect(reminderTimes('2026-12-04', [1, 3, 3], NOW).map((r) => r.at.toISOString())).toEqual(['2026-12-01T09:00:00.000Z', '2026-12-03T09:00:00.000Z']);
    expect(reminderTimes('2026-11-25', [3, 1], NOW).map((r) => r.daysBefore)).toEqual([1]);
  });
});

describe('answer validation', () => {
  it('required answers, huge answers and unknown agency types come back as problems', () => {
    const v = validateAnswers({ q_barriers: 'x'.repeat(5000), agencyType: 'Aliens' }, Q, { removeDetailsConfirmed: false });
    expect(v.ok).toBe(false);
    if (!v.ok) {
      expect(v.problems.join(' ')).toContain('“What went well?” needs an answer');
      expect(v.problems.join(' ')).toContain('under 2000 characters');
      expect(v.problems.join(' ')).toContain('type of agency');
    }
  });

  it('personal data is flagged per question; confirming lets it through (the service then redacts)', () => {
    const data = { 'q_went-well': 'Worked well with Mrs Patel', agencyType: 'Health' };
    const first = validateAnswers(data, Q, { removeDetailsConfirmed: false });
    expect(first.ok).toBe(false);
    if (!first.ok) expect(first.personalData).toEqual({ 'went-well': ['name'] });
    expect(validateAnswers(data, Q, { removeDetailsConfirmed: true }).ok).toBe(true);
  });

  it('non-text answers are refused', () => {
    const v = validateAnswers({ 'q_went-well': { evil: true } }, Q, { removeDetailsConfirmed: false });
    expect(v.ok).toBe(false);
  });
});

describe('report links', () => {
  const secret = 'link-secret';
  it('a link works for its member until it expires; tampering, expiry and leaving the committee refuse it', () => {
    const p = signReportLink(secret, 'Aabcdefghij', 'aad-chair', NOW);
    expect(checkReportLink(secret, 'Aabcdefghij', { ...p }, ['aad-chair'], NOW)).toEqual({ ok: true });
    expect(checkReportLink(secret, 'Aother00000', { ...p }, ['aad-chair'], NOW)).toMatchObject({ reason: 'bad-signature' });
    expect(checkReportLink(secret, 'Aabcdefghij', { ...p, exp: String(Number(p.exp) + 1) }, ['aad-chair'], NOW)).toMatchObject({ reason: 'bad-signature' });
    expect(checkReportLink('other-secret', 'Aabcdefghij', { ...p }, ['aad-chair'], NOW)).toMatchObject({ reason: 'bad-signature' });
    expect(checkReportLink(secret, 'Aabcdefghij', { ...p }, ['aad-chair'], new Date(Number(p.exp) + 1))).toMatchObject({ reason: 'expired' });
    expect(checkReportLink(secret, 'Aabcdefghij', { ...p }, ['aad-someone-else'], NOW)).toMatchObject({ reason: 'not-committee' });
    expect(checkReportLink(secret, 'Aabcdefghij', {}, ['aad-chair'], NOW)).toMatchObject({ reason: 'malformed' });
    expect(checkReportLink(secret, 'Aabcdefghij', { exp: 'soon', m: 'x', sig: 'y' }, ['aad-chair'], NOW)).toMatchObject({ reason: 'malformed' });
  });
});
