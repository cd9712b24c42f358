// The assistant under load, in its own process so its memory and CPU are its own: the real restify server
// and CloudAdapter (auth off) on a loopback port, replying to the fake Bot Connector the parent runs.
// Talks to http-load.ts over IPC. Background work (the bot's own dispatcher) is not started, so the only
// scheduled sends are the reminder bench's.
import { mkdtempSync, rmSync } from 'node:fs';
import { getHeapSpaceStatistics, writeHeapSnapshot } from 'node:v8';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assemble } from '../../bot/assemble.ts';
import { listen } from '../../bot/app.ts';
import { loadConfig } from '../../bot/config.ts';
import { createLogger } from '../../bot/shared/log.ts';
import { openPostgresStores } from '../../bot/storage/postgres/open.ts';
import { measureReminders, type ReminderResult } from './reminders.ts';

export type ToBot = { type: 'rss' } | { type: 'snapshot'; file: string } | { type: 'reminders'; count: number; spreadMs: number; recipients: number; tenants: number; connectorUrl: string } | { type: 'stop' };
export type FromBot =
  | { type: 'ready'; port: number; start_ms: number; rss_mb: number; heap_mb: number; external_mb: number }
  | { type: 'rss'; rss_mb: number; heap_mb: number; external_mb: number; heap_total_mb?: number; array_buffers_mb?: number; spaces_mb?: Record<string, number> }
  | { type: 'snapshot'; file: string }
  | { type: 'reminders'; result: ReminderResult }
  | { type: 'error'; message: string };

const send = (m: FromBot) => process.send?.(m);
const memory = () => {
  globalThis.gc?.();
  const m = process.memoryUsage();
  const mb = (b: number) => Math.round((b / 2 ** 20) * 10) / 10;
  return { rss_mb: mb(m.rss), heap_mb: mb(m.heapUsed), external_mb: mb(m.external), heap_total_mb: mb(m.heapTotal), array_buffers_mb: mb(m.arrayBuffers) };
};

/** Committed MB per V8 heap space: which part of the heap holds memory the live objects don't need. */
const spaces = () => Object.fromEntries(getHeapSpaceStatistics().map((sp) => [sp.space_name, Math.round((sp.space_size / 2 ** 20) * 10) / 10]));

// A third argument: a PostgreSQL URL (the turn figures per store); without it, SQLite in a temporary DATA_DIR.
const [knowledgeDir, partnership, databaseUrl] = process.argv.slice(2);
const dataDir = mkdtempSync(join(tmpdir(), 'bench-bot-'));
const t0 = performance.now();
const config = loadConfig({
  PORT: '0',
  PUBLIC_URL: 'http://assistant.bench',
  DATA_DIR: dataDir,
  PARTNERSHIP: partnership,
  KNOWLEDGE_DIR: knowledgeDir,
  LINK_SECRET: 'bench-link-secret',
  ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
});
// Production logging (one JSON line per turn on stderr); the parent drains it and counts errors.
const logger = createLogger();
const stores = config.databaseUrl ? await openPostgresStores(config.databaseUrl, { logger }) : undefined;
const assistant = assemble(config, { logger, stores });
const port = await listen(assistant.server, 0, '127.0.0.1');
send({ type: 'ready', port, start_ms: Math.round(performance.now() - t0), ...memory() });

process.on('message', (m: ToBot) => {
  void (async () => {
    try {
      if (m.type === 'rss') {
        // RSS as the process stands, read before any forced GC: a full GC's compaction maps new pages and its
        // background unmapper hands the old ones back later, so RSS read just after gc() swings by 100 MB+.
        // Then the live JS heap, after a full GC (and a second for V8 to finish sweeping).
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        const rss = process.memoryUsage().rss;
        globalThis.gc?.();
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        send({ type: 'rss', ...memory(), rss_mb: Math.round((rss / 2 ** 20) * 10) / 10, spaces_mb: spaces() });
      }
      else if (m.type === 'snapshot') send({ type: 'snapshot', file: writeHeapSnapshot(m.file) });
      else if (m.type === 'reminders') send({ type: 'reminders', result: await measureReminders(assistant, config, logger, m) });
      else if (m.type === 'stop') {
        await assistant.stop();
        rmSync(dataDir, { recursive: true, force: true });
        process.exit(0);
      }
    } catch (err) {
      send({ type: 'error', message: err instanceof Error ? `${err.name}: ${err.message}` : String(err) });
    }
  })();
});
