// npm run bench:instances: issue 18's measures, on a throwaway PostgreSQL server this run starts and stops.
//   1. Reminders: 10,000 falling due over one minute, two instances (own processes) on one PostgreSQL database,
//      one killed with `kill -9` halfway; beside one instance on SQLite and one on PostgreSQL with the same load. Counted at the
//      fake Bot Connector, which enforces Teams' limits.
//   2. Turns at 10 concurrent conversations, the bot on SQLite and then on PostgreSQL.
//   npm run bench:instances -- --smoke     300 reminders over 10 s, 3 s of turns (still waits out the 2-minute lease)
//   npm run bench:instances -- --out file.json | --no-turns | --count N --spread-s S
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describeMachine } from './machine.ts';
import { botRuntime } from './http-load.ts';
import { instanceRuntime } from './instance-handle.ts';
import { pickKnowledge, REPO_ROOT } from './knowledge-source.ts';
import { postgresMissing, startPgCluster } from './pg-cluster.ts';
import { round } from './stats.ts';
import { formatInstancesTable, type InstancesResults } from './two-instances-table.ts';
import { runInstances, type ReminderLoad } from './two-instance-reminders.ts';
import { measureTurns, type TurnsResult } from './turns-per-store.ts';

const args = process.argv.slice(2);
const smoke = args.includes('--smoke');
const outArg = args.indexOf('--out');
const out = outArg >= 0 ? args[outArg + 1] : smoke ? join(tmpdir(), 'bench-instances-smoke.json') : join(REPO_ROOT, 'bench', 'instances-results.json');
const progress = (line: string) => process.stderr.write(`bench:instances: ${line}\n`);

const missing = postgresMissing();
if (missing) {
  console.error(`bench:instances: not run. ${missing}`);
  process.exit(2);
}

// 2,000 people in 5 tenants: 167 a second at the window's pace, within Teams' 50 a second per tenant.
const sized: ReminderLoad = smoke ? { count: 300, spreadMs: 10_000, recipients: 100, tenants: 5 } : { count: 10_000, spreadMs: 60_000, recipients: 2_000, tenants: 5 };
// --count N --spread-s S: another load (trying the machinery); --no-turns: the reminders only.
const numberArg = (name: string) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : undefined);
const reminders: ReminderLoad = { ...sized, count: numberArg('--count') ?? sized.count, spreadMs: (numberArg('--spread-s') ?? sized.spreadMs / 1000) * 1000 };
const turns = smoke ? { seconds: 3, warmupSeconds: 0.5, conversations: 10, rounds: 1 } : { seconds: 10, warmupSeconds: 1, conversations: 10, rounds: 2 };

const started = performance.now();
const machine = describeMachine();
const source = pickKnowledge(smoke ? 'fixture' : 'auto');
progress(`knowledge: ${source.partnership} (${source.kind}), ${source.sections} sections; machine: ${machine.summary}, load ${machine.load_avg_start}`);
const cluster = await startPgCluster();
progress(`PostgreSQL ${cluster.version} started at ${cluster.url}`);
let results: InstancesResults;
try {
  // Alternated, SQLite then PostgreSQL, `rounds` times: on a shared machine the load drifts, and alternating
  // keeps the drift from landing on one store only.
  const turnsRuns: TurnsResult[] = [];
  const turnsDb = await cluster.createDatabase('bench_turns');
  for (let round = 1; round <= (args.includes('--no-turns') ? 0 : turns.rounds); round++) {
    progress(`turns at ${turns.conversations} conversations on SQLite (round ${round} of ${turns.rounds})`);
    turnsRuns.push(await measureTurns(source, turns));
    progress(`turns at ${turns.conversations} conversations on PostgreSQL (round ${round} of ${turns.rounds})`);
    turnsRuns.push(await measureTurns(source, { ...turns, databaseUrl: turnsDb }));
  }
  progress(`reminders: one instance on SQLite`);
  const sqlite = await runInstances(source, reminders, { instances: 1, killHalfway: false }, progress);
  // The same store with one instance and no kill: what PostgreSQL itself costs, apart from the second process and the kill.
  progress(`reminders: one instance on PostgreSQL`);
  const postgresOne = await runInstances(source, reminders, { instances: 1, databaseUrl: await cluster.createDatabase('bench_one_instance'), killHalfway: false }, progress);
  progress(`reminders: two instances on PostgreSQL, one killed halfway`);
  const postgres = await runInstances(source, reminders, { instances: 2, databaseUrl: await cluster.createDatabase('bench_instances'), killHalfway: true }, progress);
  results = {
    date: new Date().toISOString(),
    mode: smoke ? 'smoke' : 'full',
    machine: machine.summary,
    load_avg_start: machine.load_avg_start,
    load_avg_end: round(loadavg()[0], 2),
    runtime: { bot: botRuntime(), instances: instanceRuntime(), node: process.version, postgres: cluster.version },
    knowledge: { kind: source.kind, partnership: source.partnership, sections: source.sections },
    reminders: { load: reminders, sqlite_one_instance: sqlite, postgres_one_instance: postgresOne, postgres_two_instances_one_killed: postgres },
    turns: { conversations: turns.conversations, seconds: turns.seconds, runs: turnsRuns },
    duration_s: 0,
  };
} finally {
  cluster.stop();
}
results.duration_s = round((performance.now() - started) / 1000, 1);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(results, null, 2) + '\n');
console.log(formatInstancesTable(results));
console.log(`\nwritten to ${out}`);
// The two-instance run's own verdict: a missing or unmarked duplicate reminder fails the command.
const pg = results.reminders.postgres_two_instances_one_killed;
const sq = results.reminders.sqlite_one_instance;
const ok = [pg, sq, results.reminders.postgres_one_instance].every((r) => r.delivered === r.expected && r.sent_twice_unmarked === 0);
process.exit(ok ? 0 : 1);
