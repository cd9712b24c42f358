// The shape of bench/results.json. The top-level keys named in issue 7 are kept stable (other tools read
// them); everything else is added alongside, never renamed.
import type { Machine } from './machine.ts';
import type { QualityResult } from './quality.ts';
import type { LatencyResult } from './latency.ts';
import type { ColdStartResult } from './cold-start.ts';
import type { HttpResult } from './http-load.ts';
import type { ReminderResult } from './reminders.ts';

export interface EngineFigures {
  top1: number;
  top3: number;
}

export interface BenchResults {
  date: string;
  /** Machine summary as one line; machine_detail has the parts. */
  machine: string;
  machine_detail: Machine;
  mode: 'full' | 'smoke';
  knowledge: { kind: 'real' | 'fixture'; partnership: string; docs: number; sections: number; words: number; note?: string };
  /** Per engine, percentages 0-100, on the question set named in quality_detail. */
  quality: Record<string, EngineFigures>;
  quality_detail: QualityResult;
  answer_ms: { p50: number; p99: number; max: number };
  answer_detail: LatencyResult;
  cold_start_ms: { current: number; x10: number; x100: number };
  cold_start_detail: ColdStartResult;
  http: Record<string, { p50_ms: number; p99_ms: number; rps: number }>;
  http_detail: HttpResult;
  rss_mb: { start: number; after_load: number };
  /** The burst (issue 7: `open` reminders due within seconds); the steady figure alongside. */
  reminders: { open: number; lateness_p99_ms: number; steady_lateness_p99_ms: number };
  reminders_detail: { burst: ReminderResult; steady: ReminderResult };
  /** Each target of issue 7 with whether this run met it. */
  targets: Array<{ target: string; value: string; met: boolean }>;
  /** 1-minute load average when the run ended (machine_detail.load_avg_start for the start). */
  load_avg_end: number;
  /** Seconds each part of the run took. */
  phases_s: Record<string, number>;
  duration_s: number;
}

/** The keys issue 7 asks for: the smoke test checks every one is present. */
export const REQUIRED_KEYS = {
  top: ['date', 'machine', 'quality', 'answer_ms', 'cold_start_ms', 'http', 'rss_mb', 'reminders'],
  answer_ms: ['p50', 'p99', 'max'],
  cold_start_ms: ['current', 'x10', 'x100'],
  http: ['c1', 'c10', 'c100'],
  http_level: ['p50_ms', 'p99_ms', 'rps'],
  rss_mb: ['start', 'after_load'],
  reminders: ['open', 'lateness_p99_ms'],
  quality_engines: ['ours', 'minisearch', 'lunr', 'flexsearch'],
} as const;
