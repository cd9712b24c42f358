// npm run playground [-- --port 56150]
// Starts the bot (auth off, your .env-style settings otherwise) and the Microsoft 365 Agents Playground pointed
// at it, then opens the Playground in your browser. Ctrl+C stops both.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { listen } from '../bot/app.ts';
import { assemble } from '../bot/assemble.ts';
import { ConfigError, loadConfig } from '../bot/config.ts';
import { KnowledgeError } from '../bot/partnership/profile.ts';
import { createLogger } from '../bot/shared/log.ts';
import { startPlayground } from './playground-process.ts';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { port: { type: 'string', default: '56150' }, 'no-open': { type: 'boolean', default: false } } });
  const config = loadConfig();
  if (config.auth.appId) {
    throw new ConfigError([
      'MicrosoftAppId is set: the Playground sends no Bot Framework token, so every message would be refused. Unset MicrosoftAppId (and MicrosoftAppPassword) to try the bot here.',
    ]);
  }
  const logger = createLogger();
  const assistant = assemble(config, { logger });
  const botPort = await listen(assistant.server, config.port, '127.0.0.1');
  assistant.start();
  const endpoint = `http://127.0.0.1:${botPort}/api/messages`;

  const playground = await startPlayground({
    endpoint,
    port: Number(values.port),
    // It writes devTools/m365agentsplayground.log into its working directory: keep that with the bot's data.
    cwd: join(config.dataDir, 'playground'),
    openBrowser: !values['no-open'],
  });
  console.log(`\nSafeguarding Assistant (${config.partnership}) on ${endpoint}`);
  console.log(`Microsoft 365 Agents Playground: ${playground.url}`);
  console.log('Type a question, for example "how quickly must the LADO be told?". Ctrl+C stops both.\n');

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await playground.stop();
    await assistant.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  playground.process.once('exit', (code) => {
    if (stopping) return;
    console.error(`The Playground stopped (exit code ${code}). Its output:\n${playground.output()}`);
    void stop();
  });
}

main().catch((err) => {
  console.error(err instanceof ConfigError || err instanceof KnowledgeError ? err.message : err);
  process.exit(1);
});
