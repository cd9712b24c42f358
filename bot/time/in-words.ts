// Deadlines in plain words, London time: "17:00 on Tuesday 24 November".
import { LONDON } from './calendar.ts';

const dayFormat = new Intl.DateTimeFormat('en-GB', { timeZone: LONDON, weekday: 'long', day: 'numeric', month: 'long' });
const yearFormat = new Intl.DateTimeFormat('en-GB', { timeZone: LONDON, year: 'numeric' });
const timeFormat = new Intl.DateTimeFormat('en-GB', { timeZone: LONDON, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

export function whenInWords(at: Date, now: Date): string {
  const year = yearFormat.format(at);
  const sameYear = year === yearFormat.format(now);
  return `${timeFormat.format(at)} on ${dayFormat.format(at).replace(',', '')}${sameYear ? '' : ` ${year}`}`;
}

/** "in 3 hours", "in 25 minutes", "2 hours ago": a rough sense of how long is left. */
export function relativeWords(at: Date, now: Date): string {
  const minutes = Math.round((at.getTime() - now.getTime()) / 60_000);
  const abs = Math.abs(minutes);
  const amount =
    abs < 1 ? 'less than a minute' : abs < 90 ? `${abs} minute${abs === 1 ? '' : 's'}` : abs < 48 * 60 ? `${Math.round(abs / 60)} hours` : `${Math.round(abs / 1440)} days`;
  return minutes >= 0 ? `in ${amount}` : `${amount} ago`;
}
