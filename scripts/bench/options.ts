// How big each measurement is. The full run is the one recorded in BENCHMARKS.md and must finish in under
// 3 minutes on the 2-core machine; --smoke is the same machinery made tiny so npm test can check that it
// runs and writes every key, not how fast it is.
export interface ReminderScenario {
  /** Reminders pending in the store, all falling due within the window. */
  count: number;
  /** Due times are spread evenly over this window, starting a second after they are stored (0 = all at once). */
  spreadMs: number;
  /** People reminded, spread evenly over tenants (organisations): Teams limits sends per conversation and per tenant. */
  recipients: number;
  tenants: number;
}

export interface BenchOptions {
  smoke: boolean;
  /** Knowledge for every measurement: the real partnership if it loads, or the test fixture. */
  knowledge: 'auto' | 'fixture';
  /** How many questions to score (all when undefined). */
  questionLimit?: number;
  /** Warm answer() calls in total, spread over every question (at least 3 rounds). */
  latencyCalls: number;
  /** Fresh processes for the current knowledge's cold start (median); synthetic sizes run once. */
  coldStartRuns: number;
  /** The whole run ends within this: the largest synthetic size (last) is extrapolated, flagged, if it would not fit. */
  runBudgetMs: number;
  /** Seconds of load per concurrency level, and a cap on requests so a level is bounded in count too. */
  httpSeconds: number;
  httpMaxRequests: number;
  httpWarmupSeconds: number;
  /** Issue 7's scenario: many reminders due at once, more than one process can send in the window. */
  reminderBurst: ReminderScenario;
  /** Reminders due at a rate well within what one process sends: the dispatcher's timing precision. */
  reminderSteady: ReminderScenario;
  /** Score the held-out set (../shared/eval/questions.jsonl) when the real knowledge loads; --no-eval skips it. */
  useEval: boolean;
  /** Also run ../shared/eval/score.mjs (through the ask CLI) and check our scorer agrees with it. */
  crossCheckScore: boolean;
  out: string;
}

export const CONCURRENCY = [1, 10, 100] as const;

export function benchOptions(args: readonly string[], defaults: { out: string; smokeOut: string }): BenchOptions {
  const smoke = args.includes('--smoke');
  const value = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const knowledge = value('--knowledge') === 'fixture' || (smoke && value('--knowledge') !== 'auto') ? 'fixture' : 'auto';
  const common = { smoke, knowledge, out: value('--out') ?? (smoke ? defaults.smokeOut : defaults.out) } as const;
  if (smoke) {
    return {
      ...common,
      questionLimit: 12,
      latencyCalls: 60,
      coldStartRuns: 1,
      runBudgetMs: 120_000,
      // Long enough that a turn completes at every level on a busy 2-core machine (0.5 s once completed none).
      httpSeconds: 1.5,
      httpMaxRequests: 1_000,
      httpWarmupSeconds: 0.2,
      reminderBurst: { count: 500, spreadMs: 0, recipients: 100, tenants: 5 },
      reminderSteady: { count: 50, spreadMs: 500, recipients: 100, tenants: 5 },
      useEval: false,
      crossCheckScore: false,
    };
  }
  return {
    ...common,
    latencyCalls: 2_000,
    coldStartRuns: 5,
    runBudgetMs: 172_000,
    // --http-seconds N: a longer soak per level (then the run may exceed 3 minutes).
    httpSeconds: Number(value('--http-seconds') ?? 4),
    httpMaxRequests: 20_000,
    httpWarmupSeconds: 0.5,
    // 10,000 due at one instant to 2,000 people in 5 organisations' tenants: Teams' 50 a second per tenant
    // makes 2,000 a tenant take at least 39 s, which keeps the run within minutes.
    reminderBurst: { count: 10_000, spreadMs: 0, recipients: 2_000, tenants: 5 },
    reminderSteady: { count: 600, spreadMs: 3_000, recipients: 100, tenants: 5 },
    useEval: !args.includes('--no-eval'),
    crossCheckScore: !args.includes('--no-eval'),
  };
}
