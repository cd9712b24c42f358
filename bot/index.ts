// Composition root: config -> knowledge -> storage -> adapter -> server.listen().
import { assemble } from './assemble.ts';
import { ConfigError, loadConfig } from './config.ts';
import { listen } from './app.ts';
import { KnowledgeError } from './partnership/profile.ts';
import { createLogger } from './shared/log.ts';

const logger = createLogger();

async function main(): Promise<void> {
  const started = performance.now();
  const config = loadConfig();
  if (!config.auth.appId) {
    logger.warn('auth.disabled', {
      message: '*** MicrosoftAppId is not set: Bot Framework authentication is OFF. Use this only on your own machine or in tests. ***',
    });
  }
  const assistant = assemble(config, { logger });
  const port = await listen(assistant.server, config.port);
  assistant.start();
  logger.info('started', {
    partnership: config.partnership,
    documents: assistant.knowledge.docs.length,
    sections: assistant.engine.sectionCount,
    messagesEndpoint: `http://localhost:${port}/api/messages`,
    publicUrl: config.publicUrl,
    auth: config.auth.appId ? `on (${config.auth.appType})` : 'off',
    ms: Math.round(performance.now() - started),
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('stopping', { signal });
    await assistant.stop();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
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
