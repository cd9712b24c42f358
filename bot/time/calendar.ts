// Europe/London wall-clock time and the working-day calendar the LADO deadlines use.
// A working day is Monday to Friday, 09:00-17:00 London time, except England bank holidays
// (date-holidays 'GB'/'ENG', types public and bank, so substitute days count too).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type Holidays from 'date-holidays';

// The rules are date-holidays', read by the parser date-holidays itself uses, but only the United Kingdom's
// (england-holidays.json, written by scripts/build-england-holidays.ts): date-holidays loads every country's rules,
// about 10 MB of the bot's RSS at start.
const require = createRequire(import.meta.url);
const HolidaysParser = (require(require.resolve('date-holidays-parser', { paths: [dirname(require.resolve('date-holidays'))] })) as {
  default: new (data: unknown, country: string, state: string) => Holidays;
}).default;
const ENGLAND_RULES = new URL('./england-holidays.json', import.meta.url);

export const LONDON = 'Europe/London';
export const WORKDAY_START_HOUR = 9;
export const WORKDAY_END_HOUR = 17;

/** A calendar date, written YYYY-MM-DD. */
export type IsoDate = string;

export interface LondonParts {
  date: IsoDate;
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** 0 = Sunday ... 6 = Saturday */
  weekday: number;
}

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: LONDON,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  weekday: 'short',
});
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export function londonParts(at: Date): LondonParts {
  const p: Record<string, string> = {};
  for (const part of partsFormat.formatToParts(at)) p[part.type] = part.value;
  const year = Number(p.year);
  const month = Number(p.month);
  const day = Number(p.day);
  return {
    date: `${p.year}-${p.month}-${p.day}`,
    year,
    month,
    day,
    hour: Number(p.hour),
    minute: Number(p.minute),
    weekday: WEEKDAYS.indexOf(p.weekday),
  };
}

/** The instant a London wall clock shows `date hour:minute`. In the autumn repeated hour, the first. */
export function fromLondon(date: IsoDate, hour: number, minute = 0): Date {
  const [y, m, d] = date.split('-').map(Number);
  const asUtc = Date.UTC(y, m - 1, d, hour, minute);
  // London is UTC or UTC+1: try both offsets and keep the one that reads back as asked.
  for (const offsetHours of [1, 0]) {
    const candidate = new Date(asUtc - offsetHours * 3_600_000);
    const back = londonParts(candidate);
    if (back.date === date && back.hour === hour && back.minute === minute) return candidate;
  }
  // A time skipped by the spring change (01:00-01:59 on the last Sunday of March): take the hour after.
  return new Date(asUtc);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  return addDays(value, 0) === value;
}

export interface WorkingCalendar {
  isWorkingDay(date: IsoDate): boolean;
  /** Why a weekday is not a working day (the bank holiday's name), for tests and messages. */
  holidayName(date: IsoDate): string | undefined;
}

/** England bank holidays from the maintained date-holidays data, cached per year. */
export function createEnglandCalendar(): WorkingCalendar {
  const hd = new HolidaysParser(JSON.parse(readFileSync(ENGLAND_RULES, 'utf8')), 'GB', 'ENG');
  const years = new Map<number, Map<IsoDate, string>>();
  const holidays = (year: number) => {
    let map = years.get(year);
    if (!map) {
      map = new Map();
      for (const h of hd.getHolidays(year)) {
        if (h.type === 'public' || h.type === 'bank') map.set(h.date.slice(0, 10), h.name);
      }
      years.set(year, map);
    }
    return map;
  };
  const holidayName = (date: IsoDate) => holidays(Number(date.slice(0, 4))).get(date);
  return {
    holidayName,
    isWorkingDay(date) {
      const [y, m, d] = date.split('-').map(Number);
      const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
      return weekday !== 0 && weekday !== 6 && !holidayName(date);
    },
  };
}
