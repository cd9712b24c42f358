// Composition root: config -> knowledge -> port open (503 until ready) -> stores -> assistant -> ready.
import { assemble, type Assistant } from './assemble.ts';
import { ConfigError, loadConfig } from './config.ts';
import { loadKnowledge } from './knowledge/load.ts';
import { KnowledgeError } from './partnership/profile.ts';
import { createLogger } from './shared/log.ts';
import type { StoreSet } from './storage/store-set.ts';
import { createStartingServer, type StartingServer } from './web/starting-server.ts';
import { describeStores, openStores } from './wire/stores.ts';

const logger = createLogger();
// After openStores gives up (PostgreSQL: about a minute of its own retries), wait this long and start again.
const REOPEN_AFTER_MS = 10_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main(): Promise<void> {
  const started = performance.now();
  const config = loadConfig();
  if (!config.auth.appId) {
    logger.warn('auth.disabled', {
      message: '*** MicrosoftAppId is not set: Bot Framework authentication is OFF. Use this only on your own machine or in tests. ***',
    });
  }
  const knowledge = loadKnowledge(config.knowledgeDir, config.partnership);
  const where = describeStores(config);
  // Listening before the database answers: /healthz says "not ready" instead of the process exiting.
  const front = createStartingServer(`opening the ${where.kind === 'postgres' ? `PostgreSQL database ${where.host}/${where.database}` : 'SQLite database'}`);
  const port = await front.listen(config.port);

  let stopping = false;
  let assistant: Assistant | undefined;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('stopping', { signal });
    await assistant?.stop();
    await front.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));

  const stores = await openStoresPatiently(config, front, () => stopping);
  if (!stores) return;
  if (stopping) {
    await stores.close();
    return;
  }
  assistant = assemble(config, { logger, knowledge, stores });
  front.handOver(assistant.server.server);
  assistant.start();
  logger.info('started', {
    partnership: config.partnership,
    documents: assistant.knowledge.docs.length,
    sections: assistant.engine.sectionCount,
    messagesEndpoint: `http://localhost:${port}/api/messages`,
    publicUrl: config.publicUrl,
    auth: config.auth.appId ? `on (${config.auth.appType})` : 'off',
    store: stores.kind,
    ms: Math.round(performance.now() - started),
  });
}

/** Opens the stores, trying again for as long as it takes (each failure logged, /healthz saying why); undefined once stopping. */
async function openStoresPatiently(config: ReturnType<typeof loadConfig>, front: StartingServer, stopping: () => boolean): Promise<StoreSet | undefined> {
  for (let round = 1; !stopping(); round++) {
    try {
      return await openStores(config, logger);
    } catch (err) {
      if (stopping()) return undefined;
      const reason = err instanceof Error ? err.message : String(err);
      front.waiting(`the database is unavailable: ${reason}`);
      logger.warn('start.storage_unavailable', { round, retryInMs: REOPEN_AFTER_MS, reason });
      await sleep(REOPEN_AFTER_MS);
    }
  }
  return undefined;
}

main().catch((err) => {
  if (err instanceof ConfigError || err instanceof KnowledgeError) {
    console.error(err.message);
  } else {
    logger.error('start.failed', { err });
    console.error(err);
  }
  process.exit(1);
});
