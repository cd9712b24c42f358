// Starts the real assistant (restify + CloudAdapter, auth off) on port 0 with a fake Bot Connector.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assemble, type Assistant } from '../../bot/assemble.ts';
import { listen } from '../../bot/app.ts';
import { loadConfig } from '../../bot/config.ts';
import { loadKnowledge, type KnowledgeBase } from '../../bot/knowledge/load.ts';
import type { Clock } from '../../bot/shared/clock.ts';
import { captureLogs, type CapturedLog } from './log-capture.ts';
import { startFakeConnector, type FakeConnector } from './fake-connector.ts';

export const FIXTURE_KNOWLEDGE = join(import.meta.dirname, '..', 'fixtures', 'knowledge');

export interface TestAssistant {
  assistant: Assistant;
  connector: FakeConnector;
  logs: CapturedLog;
  botUrl: string;
  dataDir: string;
  post(activity: object | string, contentType?: string): Promise<{ status: number; body: any }>;
  /** Stops the assistant; keeps the data directory (for restart tests) unless `removeData`. */
  stop(options?: { removeData?: boolean }): Promise<void>;
}

export interface StartOptions {
  env?: Record<string, string>;
  clock?: Clock;
  knowledge?: KnowledgeBase;
  partnership?: string;
  knowledgeDir?: string;
  /** Reuse a data directory (restart tests) and/or a connector. */
  dataDir?: string;
  connector?: FakeConnector;
}

const knowledgeCache = new Map<string, KnowledgeBase>();

export function fixtureKnowledge(partnership = 'testshire', dir = FIXTURE_KNOWLEDGE): KnowledgeBase {
  const key = `${dir}:${partnership}`;
  if (!knowledgeCache.has(key)) knowledgeCache.set(key, loadKnowledge(dir, partnership));
  return knowledgeCache.get(key)!;
}

export async function startTestAssistant(options: StartOptions = {}): Promise<TestAssistant> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'sa-test-'));
  const partnership = options.partnership ?? 'testshire';
  const config = loadConfig({
    PORT: '0',
    PUBLIC_URL: 'http://assistant.test',
    DATA_DIR: dataDir,
    PARTNERSHIP: partnership,
    KNOWLEDGE_DIR: options.knowledgeDir ?? FIXTURE_KNOWLEDGE,
    LINK_SECRET: 'test-link-secret',
    ...options.env,
  });
  const logs = captureLogs();
  const connector = options.connector ?? (await startFakeConnector());
  const assistant = assemble(config, {
    logger: logs.logger,
    clock: options.clock,
    knowledge: options.knowledge ?? fixtureKnowledge(partnership, options.knowledgeDir ?? FIXTURE_KNOWLEDGE),
  });
  // The amendments log is brought up to date before the first turn, as tests expect.
  await assistant.ready;
  const port = await listen(assistant.server, 0, '127.0.0.1');
  assistant.start();
  const botUrl = `http://127.0.0.1:${port}`;
  return {
    assistant,
    connector,
    logs,
    botUrl,
    dataDir,
    async post(activity, contentType = 'application/json') {
      const res = await fetch(`${botUrl}/api/messages`, {
        method: 'POST',
        headers: { 'Content-Type': contentType },
        body: typeof activity === 'string' ? activity : JSON.stringify(activity),
      });
      const text = await res.text();
      let body: any = text;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        /* not JSON */
      }
      return { status: res.status, body };
    },
    async stop({ removeData = false } = {}) {
      await assistant.stop();
      if (!options.connector) await connector.close();
      if (removeData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
