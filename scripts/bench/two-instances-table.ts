// The two-instance bench's results as plain-text tables (the same figures go into BENCHMARKS.md).
import type { TurnsResult } from './turns-per-store.ts';
import type { InstancesRun, ReminderLoad } from './two-instance-reminders.ts';

export interface InstancesResults {
  date: string;
  mode: 'smoke' | 'full';
  machine: string;
  load_avg_start: number;
  load_avg_end: number;
  runtime: { bot: 'compiled' | 'tsx'; instances: 'compiled' | 'tsx'; node: string; postgres: string };
  knowledge: { kind: string; partnership: string; sections: number };
  reminders: { load: ReminderLoad; sqlite_one_instance: InstancesRun; postgres_one_instance: InstancesRun; postgres_two_instances_one_killed: InstancesRun };
  /** SQLite and PostgreSQL alternated, in the order run. */
  turns: { conversations: number; seconds: number; runs: TurnsResult[] };
  duration_s: number;
}

const row = (cells: Array<string | number | undefined>, widths: number[]) => cells.map((c, i) => String(c ?? '-').padEnd(widths[i])).join('  ');

export function formatInstancesTable(r: InstancesResults): string {
  const l = r.reminders.load;
  const cols = [r.reminders.sqlite_one_instance, r.reminders.postgres_one_instance, r.reminders.postgres_two_instances_one_killed];
  const b = cols[2];
  const w = [46, 20, 24, 34];
  const line = (label: string, cell: (x: InstancesRun) => string | number | undefined) => row([label, ...cols.map(cell)], w);
  const lines = [
    `== Reminders: ${l.count} due over ${l.spreadMs / 1000} s, ${l.recipients} people in ${l.tenants} tenants (Teams' limits enforced)`,
    row(['', 'SQLite, 1 instance', 'PostgreSQL, 1 instance', 'PostgreSQL, 2 instances, 1 killed'], w),
    line('delivered', (x) => `${x.delivered} / ${x.expected}`),
    line('missing', (x) => x.expected - x.delivered),
    line('twice, marked "sent again" (allowed)', (x) => x.sent_twice_marked),
    line('twice, not marked (must be 0)', (x) => x.sent_twice_unmarked),
    line('once, marked "sent again"', (x) => x.marked_single),
    line('lateness p50 / p99 / max (ms)', (x) => `${x.lateness_ms.p50} / ${x.lateness_ms.p99} / ${x.lateness_ms.max}`),
    line('more than 1 min late', (x) => x.over_1_min_late),
    row(['killed (s into the window; delivered by then)', '-', '-', b.killed_at_ms === undefined ? '-' : `${round1(b.killed_at_ms / 1000)} s; ${b.delivered_before_kill}`], w),
    row(['sent by the killed one before; its claims left', '-', '-', b.sent_by_killed === undefined ? '-' : `${b.sent_by_killed}; ${b.orphaned_claims ?? '-'}`], w),
    line('drain (first due to last arrival, ms)', (x) => x.drain_ms),
    line('429s from the limits (retried)', (x) => x.throttled_429),
    line('storing all reminders (ms)', (x) => x.schedule_ms),
    line('errors logged', (x) => x.logged_errors.join(', ') || 0),
    '',
    `== Turns at ${r.turns.conversations} concurrent conversations (${r.turns.seconds} s each)`,
  ];
  const t = r.turns.runs;
  const tw = [12, 10, 10, 10, 10, 10, 26];
  lines.push(row(['store', 'p50 ms', 'p99 ms', 'max ms', 'turns/s', 'requests', 'errors/non2xx/unanswered'], tw));
  for (const x of t) lines.push(row([x.store, x.p50_ms, x.p99_ms, x.max_ms, x.rps, x.requests, `${x.errors}/${x.non2xx}/${x.unanswered}`], tw));
  lines.push('', `${r.date}, ${r.machine}; load ${r.load_avg_start} -> ${r.load_avg_end}; PostgreSQL ${r.runtime.postgres}; bot ${r.runtime.bot}, instances ${r.runtime.instances}; ${r.duration_s} s`);
  return lines.join('\n');
}

const round1 = (x: number) => Math.round(x * 10) / 10;
