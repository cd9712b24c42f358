// The date range of an insights page, from the query string: whole days (UTC), both ends included.
export const DEFAULT_DAYS = 28;
export const MAX_DAYS = 366;
const DAY = 86_400_000;

export type RangeResult = { ok: true; from: string; to: string; start: Date; end: Date } | { ok: false; message: string };

const iso = (d: Date) => d.toISOString().slice(0, 10);

function parseDay(value: string): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const d = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || iso(d) !== value ? undefined : d;
}

export function parseRange(query: Record<string, unknown>, now: Date): RangeResult {
  const today = parseDay(iso(now))!;
  const raw = (k: 'from' | 'to') => (typeof query[k] === 'string' ? (query[k] as string).trim() : query[k] === undefined ? '' : undefined);
  const fromText = raw('from');
  const toText = raw('to');
  if (fromText === undefined || toText === undefined) return { ok: false, message: 'Give one start date and one end date.' };
  const to = toText ? parseDay(toText) : today;
  if (!to) return { ok: false, message: `The end date "${toText.slice(0, 20)}" isn't a date. Use the form YYYY-MM-DD, for example ${iso(today)}.` };
  const from = fromText ? parseDay(fromText) : new Date(to.getTime() - (DEFAULT_DAYS - 1) * DAY);
  if (!from) return { ok: false, message: `The start date "${fromText.slice(0, 20)}" isn't a date. Use the form YYYY-MM-DD, for example ${iso(new Date(today.getTime() - 27 * DAY))}.` };
  if (from > to) return { ok: false, message: 'The start date is after the end date. Swap them round and try again.' };
  if (from > today) return { ok: false, message: "The start date is in the future, so there's nothing to show yet." };
  if ((to.getTime() - from.getTime()) / DAY + 1 > MAX_DAYS) return { ok: false, message: `Choose a range of at most ${MAX_DAYS} days.` };
  return { ok: true, from: iso(from), to: iso(to), start: from, end: new Date(to.getTime() + DAY) };
}
