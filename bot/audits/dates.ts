// When a round closes and when its reminders go, in London time. A round closes at 17:00 on its close
// date; reminders go at 09:00 on the days before, so they arrive in working hours.
import { addDays, fromLondon, isIsoDate, londonParts } from '../time/calendar.ts';

export const CLOSE_HOUR = 17;
export const REMINDER_HOUR = 9;
/** A round longer than this is more likely a typing slip than a plan. */
export const MAX_DAYS_AHEAD = 90;

export const closesAtFor = (closeDate: string): Date => fromLondon(closeDate, CLOSE_HOUR, 0);
export const todayInLondon = (now: Date): string => londonParts(now).date;
export { addDays, isIsoDate };

export type CloseDateCheck = { ok: true; closesAt: Date } | { ok: false; problem: string };

export function checkCloseDate(value: string, now: Date): CloseDateCheck {
  if (!isIsoDate(value)) return { ok: false, problem: 'Choose the date the round closes.' };
  const today = todayInLondon(now);
  if (value <= today) {
    return { ok: false, problem: 'The closing date needs to be after today, so practitioners have time to answer. Please choose a later date.' };
  }
  if (value > addDays(today, MAX_DAYS_AHEAD)) {
    return { ok: false, problem: `That closing date is more than ${MAX_DAYS_AHEAD} days away. Please check it: a short round gets more answers.` };
  }
  return { ok: true, closesAt: closesAtFor(value) };
}

/** Reminder times still in the future: 09:00 London, N days before the close date. */
export function reminderTimes(closeDate: string, daysBefore: readonly number[], now: Date): Array<{ daysBefore: number; at: Date }> {
  const seen = new Set<number>();
  return [...daysBefore]
    .filter((d) => !seen.has(d) && seen.add(d))
    .sort((a, b) => b - a)
    .map((d) => ({ daysBefore: d, at: fromLondon(addDays(closeDate, -d), REMINDER_HOUR, 0) }))
    .filter((r) => r.at.getTime() > now.getTime());
}
