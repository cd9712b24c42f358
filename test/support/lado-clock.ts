// Starting a LADO referral clock as the officer does, for the HTTP suites whose subject is what happens after
// (delivery faults, failover, a database lost mid-turn): one school case, identified at 10:00 on 23 November 2026.
import { expect } from 'vitest';
import { cardText, findAction, type Person } from './activities.ts';
import type { chatDriver } from './chat-driver.ts';

/** The fields of a valid "Start the clock" submission for a school case. */
export function schoolClockFields(token: string, referrer: Person, caseRef: string) {
  return {
    token,
    referrer: referrer.aadObjectId,
    caseRef,
    orgType: 'Education (school or college)',
    identifiedDate: '2026-11-23',
    identifiedTime: '10:00',
  };
}

/** Opens the clock form as `officer`, starts a clock for `referrer`'s case, and returns the clock's id. */
export async function startSchoolClock(driver: Pick<ReturnType<typeof chatDriver>, 'say' | 'press'>, officer: Person, referrer: Person, caseRef: string): Promise<string> {
  const form = await driver.say(officer, 'lado clock');
  const token = findAction(form, 'Start the clock').data.token as string;
  const started = await driver.press(officer, 'lado.start', schoolClockFields(token, referrer, caseRef));
  expect(cardText(started)).toContain('Clock started for case');
  return findAction(started, 'Mark referral received').data.clockId as string;
}
