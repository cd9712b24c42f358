// Memory over time: the bot in its own process under the bench's HTTP load, then a long steady trickle of
// turns, RSS sampled after a full GC every minute, and the slope of the second half reported. Optional
// heap snapshots (start, after the bench load, end) show where the JS heap goes.
//   node --import tsx scripts/bench/soak.ts --minutes 10 --rate 50 [--snapshots /tmp/heap]
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startFakeConnector } from '../../test/support/fake-connector.ts';
import { person } from '../../test/support/activities.ts';
import { load, startBot, type HttpOptions } from './http-load.ts';
import { pickKnowledge } from './knowledge-source.ts';
import { ownQuestionsFile, readOwnQuestions } from './own-questions.ts';
import { round } from './stats.ts';

const args = process.argv.slice(2);
const value = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const minutes = Number(value('--minutes', '10'));
const rate = Number(value('--rate', '50'));
const snapshots = args.includes('--snapshots') ? value('--snapshots', '') : '';

const source = pickKnowledge('auto');
const questions = readOwnQuestions(ownQuestionsFile(source.partnership)).map((q) => q.q);
const connector = await startFakeConnector();
const bot = startBot(source);
const ready = await bot.next('ready');
const url = `http://127.0.0.1:${ready.port}/api/messages`;
const base: HttpOptions = { concurrency: [], seconds: 0, warmupSeconds: 0, maxRequests: 1_000_000, reminderBurst: { count: 0, spreadMs: 0, recipients: 1, tenants: 1 }, reminderSteady: { count: 0, spreadMs: 0, recipients: 1, tenants: 1 }, questions };
const sample = async () => {
  bot.send({ type: 'rss' });
  return bot.next('rss');
};
const snapshot = async (label: string) => {
  if (!snapshots) return;
  mkdirSync(snapshots, { recursive: true });
  bot.send({ type: 'snapshot', file: join(snapshots, `${label}.heapsnapshot`) });
  console.log(`snapshot ${(await bot.next('snapshot')).file}`);
};

try {
  console.log(`start: ${JSON.stringify(await sample())}`);
  await snapshot('start');
  // The bench's load first (1, 10, 100 conversations, 4 s each), where "RSS after load" comes from.
  let n = 0;
  for (const c of [1, 10, 100]) {
    const people = Array.from({ length: c }, () => person(`soak-${++n}`));
    for (const p of people) connector.members.set(p.id, { email: `${p.id.slice(3)}@tenant.example`, aadObjectId: p.aadObjectId });
    const level = await load(url, connector, people, base, 4);
    console.log(`bench load, ${c} conversations: ${level.rps} turns/s, p99 ${level.p99_ms} ms`);
    connector.recorded.splice(0);
  }
  const afterLoad = await sample();
  console.log(`after the bench load: ${JSON.stringify(afterLoad)}`);
  await snapshot('after-load');

  // Then a steady trickle: 10 conversations, `rate` turns a second in all, sampled every minute.
  const people = Array.from({ length: 10 }, () => person(`soak-${++n}`));
  for (const p of people) connector.members.set(p.id, { email: `${p.id.slice(3)}@tenant.example`, aadObjectId: p.aadObjectId });
  const series: Array<{ minute: number; rss_mb: number; heap_mb: number; turns: number }> = [];
  for (let m = 1; m <= minutes; m++) {
    const level = await load(url, connector, people, { ...base, overallRate: rate }, 60);
    connector.recorded.splice(0);
    const s = await sample();
    series.push({ minute: m, rss_mb: s.rss_mb, heap_mb: s.heap_mb, turns: level.requests });
    console.log(`minute ${m}: ${JSON.stringify(s)} turns ${level.requests}`);
  }
  await snapshot('end');
  const half = series.slice(Math.floor(series.length / 2));
  console.log(JSON.stringify({ after_load: afterLoad, series, rss_slope_mb_per_min_second_half: round(slope(half.map((s) => [s.minute, s.rss_mb])), 2), heap_slope_mb_per_min_second_half: round(slope(half.map((s) => [s.minute, s.heap_mb])), 2) }));
} finally {
  await bot.stop();
  await connector.close();
}

/** Least-squares slope of y over x. */
function slope(points: number[][]): number {
  if (points.length < 2) return 0;
  const mx = points.reduce((a, p) => a + p[0], 0) / points.length;
  const my = points.reduce((a, p) => a + p[1], 0) / points.length;
  const num = points.reduce((a, p) => a + (p[0] - mx) * (p[1] - my), 0);
  const den = points.reduce((a, p) => a + (p[0] - mx) ** 2, 0);
  return den ? num / den : 0;
}
