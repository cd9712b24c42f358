// Turn latency and throughput over HTTP: Teams-shaped message activities posted by autocannon on loopback
// to POST /api/messages of the real assistant (its own process), which answers and posts its reply card
// to the fake Bot Connector before the HTTP response returns. So a request's latency is the time until
// the reply reached the connector; the connector's count of replies is checked against the 2xx count.
// One autocannon connection = one conversation (one practitioner), 1, 10 and 100 at once.
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { startFakeConnector, type FakeConnector } from '../../test/support/fake-connector.ts';
import { message, person } from '../../test/support/activities.ts';
import type { FromBot, ToBot } from './bot-process.ts';
import type { ReminderResult, TeamsLimitsCheck } from './reminders.ts';
import type { ReminderScenario } from './options.ts';
import { REPO_ROOT, type KnowledgeSource } from './knowledge-source.ts';
import { round } from './stats.ts';
import { START_ENV, START_NODE_FLAGS } from './bot-flags.ts';

export interface HttpLevel {
  conversations: number;
  seconds: number;
  requests: number;
  /** Replies the fake connector received. Can exceed `requests`: autocannon does not count the turns
   * still in flight when it stops, but the bot answers them. */
  replies: number;
  /** Turns that got a 2xx but whose reply never reached the connector: should be 0. */
  unanswered: number;
  errors: number;
  non2xx: number;
  timeouts: number;
  p50_ms: number;
  p99_ms: number;
  max_ms: number;
  mean_ms: number;
  rps: number;
  /** The bot's RSS (after a GC) once this level finished: growth level to level shows whether memory settles. */
  rss_after_mb: number;
}

export interface HttpResult {
  /** From process start to listening: config, knowledge, index, database, server. */
  bot_start_ms: number;
  /** 'compiled': dist/ as `npm start` runs it; 'tsx': from source (no build present). */
  bot_runtime: 'compiled' | 'tsx';
  levels: Record<string, HttpLevel>;
  memory: {
    rss_start_mb: number;
    /** The median of three samples, each a second after a full GC (RSS swings by tens of MB from one second to the next). */
    rss_after_load_mb: number;
    rss_after_load_samples_mb: number[];
    heap_start_mb: number;
    heap_after_load_mb: number;
    heap_total_after_load_mb?: number;
    external_after_load_mb: number;
  };
  /** Error lines the bot logged during the run (event names only): should be 0. */
  logged_errors: number;
  logged_error_events: string[];
}

export interface HttpOptions {
  concurrency: readonly number[];
  seconds: number;
  warmupSeconds: number;
  maxRequests: number;
  reminderBurst: ReminderScenario;
  reminderSteady: ReminderScenario;
  questions: readonly string[];
  /** Requests per second across all connections (unset: as fast as replies come). */
  overallRate?: number;
}

// The bot as production runs it (compiled by `npm run build`, no TypeScript loader) when dist/ holds it;
// from source through tsx otherwise (the smoke run in npm test), and results say which.
const BOT_COMPILED = join(REPO_ROOT, 'dist', 'scripts', 'bench', 'bot-process.js');
const BOT_SOURCE = join(import.meta.dirname, 'bot-process.ts');
export const botRuntime = (): 'compiled' | 'tsx' => (existsSync(BOT_COMPILED) ? 'compiled' : 'tsx');
// Teams' published limits, which the fake connector enforces while reminders are sent.
export const TEAMS_LIMITS = {
  conversation: [
    { limit: 7, ms: 1_000 },
    { limit: 8, ms: 2_000 },
    { limit: 60, ms: 30_000 },
    { limit: 1800, ms: 3_600_000 },
  ],
  tenant: [{ limit: 50, ms: 1_000 }],
};

export async function measureHttpAndReminders(source: KnowledgeSource, options: HttpOptions): Promise<{ http: HttpResult; reminders: { burst: ReminderResult; steady: ReminderResult } }> {
  const connector = await startFakeConnector();
  const bot = startBot(source);
  try {
    const ready = await bot.next('ready');
    const url = `http://127.0.0.1:${ready.port}/api/messages`;
    const levels: Record<string, HttpLevel> = {};
    let nextPerson = 0;
    for (const c of options.concurrency) {
      const people = Array.from({ length: c }, () => person(`bench-${++nextPerson}`));
      // Each person's email is known to the connector, as in a real tenant: the bot looks it up once.
      for (const p of people) connector.members.set(p.id, { email: `${p.id.slice(3)}@tenant.example`, aadObjectId: p.aadObjectId });
      if (options.warmupSeconds > 0) await load(url, connector, people, options, options.warmupSeconds);
      connector.recorded.splice(0);
      const level = await load(url, connector, people, options, options.seconds);
      connector.recorded.splice(0);
      bot.send({ type: 'rss' });
      levels[`c${c}`] = { ...level, rss_after_mb: (await bot.next('rss')).rss_mb };
    }
    const samples = [];
    for (let i = 0; i < 3; i++) {
      bot.send({ type: 'rss' });
      samples.push(await bot.next('rss'));
    }
    const after = [...samples].sort((a, b) => a.rss_mb - b.rss_mb)[1];
    const remind = async (s: ReminderScenario) => {
      connector.recorded.splice(0);
      connector.refused.splice(0);
      connector.limits = TEAMS_LIMITS;
      bot.send({ type: 'reminders', count: s.count, spreadMs: s.spreadMs, recipients: s.recipients, tenants: s.tenants, connectorUrl: connector.url });
      const result = (await bot.next('reminders')).result;
      await quiet(connector);
      result.teams_limits = checkAgainstLimits(connector, s);
      connector.limits = undefined;
      connector.recorded.splice(0);
      return result;
    };
    const steady = await remind(options.reminderSteady);
    const burst = await remind(options.reminderBurst);
    const reminders = { burst, steady };
    return {
      http: {
        bot_start_ms: ready.start_ms,
        bot_runtime: botRuntime(),
        levels,
        memory: {
          rss_start_mb: ready.rss_mb,
          rss_after_load_mb: after.rss_mb,
          rss_after_load_samples_mb: samples.map((s) => s.rss_mb),
          heap_start_mb: ready.heap_mb,
          heap_after_load_mb: after.heap_mb,
          heap_total_after_load_mb: after.heap_total_mb,
          external_after_load_mb: after.external_mb,
        },
        logged_errors: bot.errors.length,
        logged_error_events: [...new Set(bot.errors)].slice(0, 5),
      },
      reminders,
    };
  } finally {
    await bot.stop();
    await connector.close();
  }
}

/** What the connector received, against what Teams' limits allow for this burst. */
function checkAgainstLimits(connector: FakeConnector, s: ReminderScenario): TeamsLimitsCheck {
  const times = new Map<string, number>();
  for (const r of connector.recorded) {
    const n = /^Reminder (\d+):/.exec(String(r.body?.text ?? ''))?.[1];
    if (n !== undefined) times.set(n, (times.get(n) ?? 0) + 1);
  }
  // n sends where any window of `ms` holds at most `limit` span at least (ceil(n / limit) - 1) windows.
  const span = (n: number, windows: Array<{ limit: number; ms: number }>) => Math.max(0, ...windows.map((w) => (Math.ceil(n / w.limit) - 1) * w.ms));
  const perTenant = Math.ceil(s.count / s.tenants);
  const perConversation = Math.ceil(s.count / s.recipients);
  return {
    delivered: times.size,
    sent_twice: [...times.values()].filter((c) => c > 1).length,
    throttled_429: connector.refused.filter((r) => r.status === 429).length,
    // Nothing can finish before the last one is due, either.
    lower_bound_ms: Math.max(s.spreadMs, span(perTenant, TEAMS_LIMITS.tenant), span(perConversation, TEAMS_LIMITS.conversation)),
  };
}

export async function load(url: string, connector: FakeConnector, people: ReturnType<typeof person>[], options: HttpOptions, seconds: number): Promise<Omit<HttpLevel, 'rss_after_mb'>> {
  let client = 0;
  let asked = 0;
  const questions = options.questions.length ? options.questions : ['how quickly must the LADO be told?'];
  const result = await autocannon({
    url,
    connections: people.length,
    duration: seconds,
    maxOverallRequests: options.maxRequests,
    ...(options.overallRate ? { overallRate: options.overallRate } : {}),
    timeout: 10,
    setupClient(c) {
      const who = people[client++ % people.length];
      c.setRequests([
        {
          method: 'POST',
          path: '/api/messages',
          headers: { 'content-type': 'application/json' },
          // A fresh activity (id, timestamp) and the next question for every request.
          setupRequest: (req) => ({ ...req, body: JSON.stringify(message(connector.url, who, questions[asked++ % questions.length])) }),
        },
      ]);
    },
  });
  await quiet(connector);
  const ok = result.requests.total - result.non2xx;
  const replies = connector.recorded.filter((r) => r.route === 'reply' || r.route === 'send').length;
  return {
    conversations: people.length,
    seconds: round(result.duration, 2),
    requests: result.requests.total,
    replies,
    unanswered: Math.max(0, ok - replies),
    errors: result.errors,
    non2xx: result.non2xx,
    timeouts: result.timeouts,
    p50_ms: result.latency.p50,
    p99_ms: result.latency.p99,
    max_ms: result.latency.max,
    mean_ms: round(result.latency.average, 2),
    rps: round(ok / result.duration, 0),
  };
}

/** Waits until replies stop arriving, so turns still in flight when autocannon stopped are counted here. */
async function quiet(connector: FakeConnector): Promise<void> {
  for (let last = -1; last !== connector.recorded.length; ) {
    last = connector.recorded.length;
    await new Promise((r) => setTimeout(r, 100));
  }
}

export interface BotHandle {
  next<T extends FromBot['type']>(type: T): Promise<Extract<FromBot, { type: T }>>;
  send(m: ToBot): void;
  stop(): Promise<void>;
  errors: string[];
}

/** The bot process on SQLite in a temporary DATA_DIR, or on the PostgreSQL database `databaseUrl` names. */
export function startBot(source: KnowledgeSource, options: { databaseUrl?: string } = {}): BotHandle {
  const compiled = botRuntime() === 'compiled';
  const child: ChildProcess = fork(compiled ? BOT_COMPILED : BOT_SOURCE, [source.dir, source.partnership, ...(options.databaseUrl ? [options.databaseUrl] : [])], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...START_ENV },
    // BENCH_BOT_PROFILE=<dir> writes a CPU profile of the bot under load (to see where a turn's time goes).
    execArgv: [
      ...(compiled ? [] : ['--import', 'tsx']),
      ...START_NODE_FLAGS,
      // BENCH_BOT_NODE_FLAGS="--optimize-for-size": the bot with other V8 heap sizing (BENCHMARKS.md, Memory).
      ...(process.env.BENCH_BOT_NODE_FLAGS ?? '').split(' ').filter(Boolean),
      '--expose-gc',
      ...(process.env.BENCH_BOT_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_BOT_PROFILE}`] : []),
    ],
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  const errors: string[] = [];
  let buffered = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    buffered += chunk;
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) {
      if (!line.includes('"level":"error"')) continue;
      try {
        errors.push(String((JSON.parse(line) as { event?: unknown }).event));
      } catch {
        errors.push('unparsed error line');
      }
    }
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    errors,
    send: (m) => void child.send(m),
    next(type) {
      return new Promise((resolve, reject) => {
        const onMessage = (m: FromBot) => {
          if (m.type === 'error') {
            cleanup();
            reject(new Error(`bench: bot process: ${m.message}`));
          } else if (m.type === type) {
            cleanup();
            resolve(m as Extract<FromBot, { type: typeof type }>);
          }
        };
        const onExit = (code: number | null) => {
          cleanup();
          reject(new Error(`bench: bot process exited (${code}) before "${type}"`));
        };
        const cleanup = () => {
          child.off('message', onMessage);
          child.off('exit', onExit);
        };
        child.on('message', onMessage);
        child.once('exit', onExit);
      });
    },
    async stop() {
      if (child.exitCode === null && child.connected) child.send({ type: 'stop' } satisfies ToBot);
      const killer = setTimeout(() => child.kill(), 5_000);
      await exited;
      clearTimeout(killer);
    },
  };
}
