// When a LADO referral is due, and when the referrer is reminded.
//
// How we read the partnership rules (also in the README):
// - `24h`: 24 elapsed hours after the allegation was identified. Across a clock change the London
//   wall-clock time moves by an hour (10:00 Saturday -> 11:00 Sunday in March) but the time allowed doesn't.
// - `1-working-day`: 17:00 London time at the end of the first whole working day after identification.
//   Identified at 10:00 Monday -> 17:00 Tuesday; 08:00 Monday (before the day starts) -> 17:00 Monday;
//   any time Friday after 09:00, or at the weekend -> 17:00 Monday (Tuesday if Monday is a bank holiday).
//   So the referrer always has one whole working day, and the time is 17:00 whatever the season.
import type { DeadlineRule, ReminderPoint } from '../partnership/profile.ts';
import { addDays, fromLondon, londonParts, WORKDAY_END_HOUR, WORKDAY_START_HOUR, type WorkingCalendar } from '../time/calendar.ts';

const HOUR = 3_600_000;

export function computeDeadline(rule: DeadlineRule, identifiedAt: Date, calendar: WorkingCalendar): Date {
  if (rule === '24h') return new Date(identifiedAt.getTime() + 24 * HOUR);
  return fromLondon(firstWholeWorkingDay(identifiedAt, calendar), WORKDAY_END_HOUR);
}

/** The first working day that starts (09:00 London) at or after `at`. */
function firstWholeWorkingDay(at: Date, calendar: WorkingCalendar): string {
  let day = londonParts(at).date;
  // A year of days without a working day would mean broken holiday data: fail loudly, not loop.
  for (let i = 0; i < 370; i++, day = addDays(day, 1)) {
    if (calendar.isWorkingDay(day) && fromLondon(day, WORKDAY_START_HOUR) >= at) return day;
  }
  throw new Error(`lado: no working day found after ${at.toISOString()}`);
}

export type ReminderName = 'start' | 'halfway' | `before-${number}` | 'deadline';

export interface PlannedReminder {
  name: ReminderName;
  at: Date;
}

/**
 * The referrer's reminders, in time order: the profile's points between the clock's start and the
 * deadline. Points already past when the clock starts are skipped; the deadline card is always sent
 * (it is the overdue card), unless the deadline had passed before the clock started (the first card says so).
 * With a calendar, the reminders in between wait for working hours (09:00-17:00 London on a working day):
 * halfway through a Thursday-to-Friday clock is 02:10, and nobody should be pinged about a referral then.
 * A reminder that would then fall after the deadline is dropped; the first card and the deadline card keep their times.
 */
export function planReminders(points: readonly ReminderPoint[], startedAt: Date, deadline: Date, calendar?: WorkingCalendar): PlannedReminder[] {
  const start = startedAt.getTime();
  const end = deadline.getTime();
  const inHours = (at: Date) => (calendar ? duringWorkingHours(at, calendar) : at);
  const planned: PlannedReminder[] = [{ name: 'start', at: startedAt }];
  for (const p of points) {
    if ('before_minutes' in p) planned.push({ name: `before-${p.before_minutes}`, at: inHours(new Date(end - p.before_minutes * 60_000)) });
    else if (p.at === 'halfway') planned.push({ name: 'halfway', at: inHours(new Date(start + Math.floor((end - start) / 2))) });
  }
  if (end > start) planned.push({ name: 'deadline', at: deadline });
  const seen = new Set<number>();
  return planned
    // Reminders in between must come before the deadline card (one moved to working hours may not).
    .filter((r) => r.name === 'start' || r.name === 'deadline' || (r.at.getTime() > start && r.at.getTime() < end))
    .sort((a, b) => a.at.getTime() - b.at.getTime())
    .filter((r) => (seen.has(r.at.getTime()) ? false : (seen.add(r.at.getTime()), true)));
}

/** The time itself when it is within working hours on a working day, else 09:00 on the next working day. */
export function duringWorkingHours(at: Date, calendar: WorkingCalendar): Date {
  const p = londonParts(at);
  const minutes = p.hour * 60 + p.minute;
  if (calendar.isWorkingDay(p.date) && minutes >= WORKDAY_START_HOUR * 60 && minutes <= WORKDAY_END_HOUR * 60) return at;
  return fromLondon(firstWholeWorkingDay(at, calendar), WORKDAY_START_HOUR);
}
