// What the fake Bot Connector received, per reminder: delivered or missing, how many copies, whether every
// extra copy carried the "sent again after an interruption" note, and how late the first copy arrived.
import type { Recorded } from '../../test/support/fake-connector.ts';
import { round, summarise } from './stats.ts';

export interface DeliveryCount {
  expected: number;
  /** Distinct reminders that arrived at least once. */
  delivered: number;
  /** Reminder numbers that never arrived (the first 10). */
  missing: number[];
  /** Reminders that arrived more than once, every extra copy marked as a possible repeat: allowed. */
  sent_twice_marked: number;
  /** Reminders that arrived more than once with an extra copy not marked: must be 0. */
  sent_twice_unmarked: number;
  /** Arrived once, marked as a possible repeat (the first try was cut short before it reached Teams). */
  marked_single: number;
  /** First arrival minus due time. */
  lateness_ms: { p50: number; p99: number; max: number };
  /** Reminders whose first copy arrived more than a minute late (waiting for a dead instance's lease). */
  over_1_min_late: number;
  /** Last first-arrival, epoch ms. */
  last_arrival: number;
}

const REMINDER = /^Reminder (\d+):/;
// withRepeatNote's wording for a text message (bot/scheduling/repeat-note.ts).
const MARKED = /\(sent again: ignore if you already have it\)/;

/** `dueAt(n)`: when reminder n fell due (epoch ms). */
export function countDeliveries(recorded: readonly Recorded[], expected: number, dueAt: (n: number) => number): DeliveryCount {
  const copies = new Map<number, Array<{ at: number; marked: boolean }>>();
  for (const r of recorded) {
    if (r.route !== 'send' && r.route !== 'reply') continue;
    const text = String(r.body?.text ?? '');
    const n = REMINDER.exec(text)?.[1];
    if (n === undefined) continue;
    const list = copies.get(Number(n)) ?? [];
    list.push({ at: r.at ?? 0, marked: MARKED.test(text) });
    copies.set(Number(n), list);
  }
  const lateness: number[] = [];
  let marked = 0;
  let unmarked = 0;
  let markedSingle = 0;
  let last = 0;
  for (const [n, list] of copies) {
    list.sort((a, b) => a.at - b.at);
    lateness.push(Math.max(0, list[0].at - dueAt(n)));
    last = Math.max(last, list[0].at);
    if (list.length === 1) {
      if (list[0].marked) markedSingle++;
      continue;
    }
    // Each copy beyond one must say it may be a repeat (whichever copy went first).
    if (list.filter((c) => c.marked).length >= list.length - 1) marked++;
    else unmarked++;
  }
  const missing: number[] = [];
  for (let n = 0; n < expected && missing.length < 10; n++) if (!copies.has(n)) missing.push(n);
  const s = summarise(lateness);
  return {
    expected,
    delivered: [...copies.keys()].filter((n) => n >= 0 && n < expected).length,
    missing,
    sent_twice_marked: marked,
    sent_twice_unmarked: unmarked,
    marked_single: markedSingle,
    lateness_ms: { p50: round(s.p50, 0), p99: round(s.p99, 0), max: round(s.max, 0) },
    over_1_min_late: lateness.filter((l) => l > 60_000).length,
    last_arrival: last,
  };
}
