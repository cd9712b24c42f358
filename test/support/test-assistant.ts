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
import type { StoreKind, StoreSet } from '../../bot/storage/store-set.ts';
import { createTestDatabase, defaultStoreKind, type TestDatabase } from './stores.ts';
import { startFakeConnector, type FakeConnector } from './fake-connector.ts';

export const FIXTURE_KNOWLEDGE = join(import.meta.dirname, '..', 'fixtures', 'knowledge');

export interface TestAssistant {
  assistant: Assistant;
  connector: FakeConnector;
  logs: CapturedLog;
  botUrl: string;
  dataDir: string;
  /** Which database the records are in (the suite's choice, SQLite by default). */
  store: StoreKind;
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
  /** Reuse a data directory (restart tests: on PostgreSQL, the database that went with it) and/or a connector. */
  dataDir?: string;
  /** Where records are kept: SQLite under the data directory, or a fresh PostgreSQL database. Default: defaultStoreKind(). */
  store?: StoreKind;
  /** Stores the test opened itself (e.g. on a private PostgreSQL server it stops and starts); closed by stop(). */
  stores?: StoreSet;
  connector?: FakeConnector;
}

const knowledgeCache = new Map<string, KnowledgeBase>();
// A restart passes the data directory back: on PostgreSQL it finds the same database through it.
const databasesByDataDir = new Map<string, TestDatabase>();

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
  const store = options.stores?.kind ?? options.store ?? (options.dataDir ? databasesByDataDir.get(options.dataDir)?.kind : undefined) ?? defaultStoreKind();
  let database: TestDatabase | undefined;
  if (store === 'postgres' && !options.stores) {
    database = databasesByDataDir.get(dataDir) ?? (await createTestDatabase('postgres'));
    databasesByDataDir.set(dataDir, database);
  }
  const clock = options.clock;
  const assistant = assemble(config, {
    logger: logs.logger,
    clock,
    knowledge: options.knowledge ?? fixtureKnowledge(partnership, options.knowledgeDir ?? FIXTURE_KNOWLEDGE),
    // SQLite: assemble opens <dataDir>/assistant.db itself, as the real process does.
    stores: options.stores ?? (database ? await database.open({ now: clock ? () => clock.now() : undefined }) : undefined),
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
    store,
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
      if (removeData) {
        rmSync(dataDir, { recursive: true, force: true });
        databasesByDataDir.delete(dataDir);
        await database?.dispose();
      }
    },
  };
}
