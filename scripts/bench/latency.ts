// answer() latency, warm: every question many times in one process, after ten warm-up rounds, so the figures are the
// steady state of a running bot rather than JIT compilation. Three rounds were once enough; on 2026-12-05 the slowest
// 1 % after three fell in the first two measured rounds on both the old and the new code (p99 2.5-5 ms, after ten
// 0.9-1.4 ms): V8 was still optimising. BENCHMARKS.md gives both.
import { performance } from 'node:perf_hooks';
import type { AnswerEngine } from '../../bot/knowledge/answer.ts';
import { askResponse, type AskResponseDeps } from '../ask-response.ts';
import { round, summarise } from './stats.ts';

export interface LatencyResult {
  calls: number;
  /** answer() alone: the search and ranking. */
  answer: { p50: number; p99: number; max: number; mean: number };
  /** askResponse(): safety checks + answer() + the Adaptive Card, i.e. everything but HTTP. */
  respond: { p50: number; p99: number; max: number; mean: number };
}

const WARM_UP_ROUNDS = 10;

export function measureLatency(engine: AnswerEngine, deps: AskResponseDeps, questions: readonly string[], rounds: number): LatencyResult {
  for (let r = 0; r < WARM_UP_ROUNDS; r++) for (const q of questions) askResponse(deps, q);
  const time = (fn: (q: string) => unknown) => {
    globalThis.gc?.();
    const samples: number[] = [];
    for (let r = 0; r < rounds; r++) {
      for (const q of questions) {
        const t0 = performance.now();
        fn(q);
        samples.push(performance.now() - t0);
      }
    }
    const s = summarise(samples);
    return { p50: round(s.p50, 3), p99: round(s.p99, 3), max: round(s.max, 3), mean: round(s.mean, 3) };
  };
  return {
    calls: questions.length * rounds,
    answer: time((q) => engine.answer(q)),
    respond: time((q) => askResponse(deps, q)),
  };
}
