// One instance of the assistant for the two-instance bench, in its own OS process: the real server (listening,
// as a deployed instance does), the real dispatcher and Teams notifier, on PostgreSQL (a URL argument) or on
// SQLite in a temporary DATA_DIR. Its dispatcher sends a bench message kind that names the reminder's number,
// so the parent can count each one at the fake Bot Connector. Talks to two-instances.ts over IPC.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assemble } from '../../bot/assemble.ts';
import { listen } from '../../bot/app.ts';
import { loadConfig } from '../../bot/config.ts';
import { createDispatcher } from '../../bot/scheduling/dispatcher.ts';
import type { ScheduleRequest } from '../../bot/scheduling/types.ts';
import { systemClock } from '../../bot/shared/clock.ts';
import { createLogger } from '../../bot/shared/log.ts';
import { openPostgresStores } from '../../bot/storage/postgres/open.ts';
import { createTeamsNotifier } from '../../bot/teams/teams-notifier.ts';

export const BENCH_KIND = 'bench.reminder';

export interface SeedRequest {
  count: number;
  spreadMs: number;
  recipients: number;
  tenants: number;
  connectorUrl: string;
}
export type ToInstance = ({ type: 'seed' } & SeedRequest) | { type: 'stop' };
export type FromInstance =
  | { type: 'ready'; pid: number; start_ms: number }
  /** Reminder n falls due at first + floor(n * step) (epoch ms). */
  | { type: 'seeded'; first: number; step: number; schedule_ms: number }
  | { type: 'stopped'; sent: number }
  /** Twice a second: how many this instance has sent (what the parent knows of it if it is killed). */
  | { type: 'progress'; sent: number }
  | { type: 'error'; message: string };

const send = (m: FromInstance) => process.send?.(m);
const [knowledgeDir, partnership, databaseUrl] = process.argv.slice(2);
const t0 = performance.now();
const dataDir = mkdtempSync(join(tmpdir(), 'bench-instance-'));
const config = loadConfig({
  PORT: '0',
  PUBLIC_URL: 'http://assistant.bench',
  DATA_DIR: dataDir,
  PARTNERSHIP: partnership,
  KNOWLEDGE_DIR: knowledgeDir,
  LINK_SECRET: 'bench-link-secret',
  ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
});
const logger = createLogger();
const stores = config.databaseUrl ? await openPostgresStores(config.databaseUrl, { logger }) : undefined;
const assistant = assemble(config, { logger, stores });
await assistant.ready;
await listen(assistant.server, 0, '127.0.0.1');

let sent = 0;
const dispatcher = createDispatcher({
  store: assistant.schedule,
  notifier: createTeamsNotifier(assistant.adapter, config.auth.appId, assistant.references, logger),
  clock: systemClock,
  logger,
  intervalMs: config.dispatchIntervalMs,
  kinds: {
    [BENCH_KIND]: {
      render: (m) => ({ text: `Reminder ${String(m.payload.n)}: the referral clock is still running.` }),
      sent: () => void sent++,
    },
  },
});
// Another instance scheduled (PostgreSQL NOTIFY): wake now rather than at the next interval.
const unlisten = assistant.stores.onScheduled(() => dispatcher.poke());
dispatcher.start();
setInterval(() => send({ type: 'progress', sent }), 500).unref();
send({ type: 'ready', pid: process.pid, start_ms: Math.round(performance.now() - t0) });

async function seed(s: SeedRequest) {
  // Conversation references as if each recipient had talked to the bot.
  for (let i = 0; i < s.recipients; i++) {
    await assistant.references.save(`bench-user-${i}`, {
      channelId: 'msteams',
      serviceUrl: s.connectorUrl,
      conversation: { id: `a:bench-${i}`, conversationType: 'personal', tenantId: `tenant-${i % s.tenants}`, isGroup: false, name: '' },
      user: { id: `29:bench-${i}`, name: '' },
      bot: { id: '28:bot-app-id', name: '' },
    });
  }
  const first = Date.now() + 2_000;
  const step = s.spreadMs / s.count;
  const items: ScheduleRequest[] = Array.from({ length: s.count }, (_, n) => ({
    kind: BENCH_KIND,
    subjectId: `bench-${n}`,
    recipient: { kind: 'user', userKey: `bench-user-${n % s.recipients}` },
    dueAt: new Date(first + Math.floor(n * step)),
    payload: { n },
  }));
  const t = performance.now();
  await assistant.schedule.schedule(items);
  const scheduleMs = Math.round(performance.now() - t);
  dispatcher.poke();
  send({ type: 'seeded', first, step, schedule_ms: scheduleMs });
}

process.on('message', (m: ToInstance) => {
  void (async () => {
    try {
      if (m.type === 'seed') await seed(m);
      else if (m.type === 'stop') {
        await dispatcher.stop();
        unlisten();
        await assistant.stop();
        rmSync(dataDir, { recursive: true, force: true });
        send({ type: 'stopped', sent });
        process.exit(0);
      }
    } catch (err) {
      send({ type: 'error', message: err instanceof Error ? `${err.name}: ${err.message}` : String(err) });
    }
  })();
});
