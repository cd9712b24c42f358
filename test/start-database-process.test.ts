// The bot process started with DATABASE_URL pointing at a port where no PostgreSQL listens yet: it does not exit,
// it listens at once and says "not ready" (503) on /healthz and /api/messages, logging each retry without the
// password; when a server appears on that port it opens the stores and answers. Then the database goes away
// again: /healthz goes back to 503 so a load balancer takes the instance out, and returns to 200 when it is back.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startFakeConnector, type FakeConnector } from './support/fake-connector.ts';
import { FIXTURE_KNOWLEDGE } from './support/test-assistant.ts';
import { message, person } from './support/activities.ts';
import { postgresTestsRun } from './support/postgres.ts';
import { freePort, privateCluster, type PrivateCluster } from './support/private-cluster.ts';

const REPO_ROOT = join(import.meta.dirname, '..');
const PASSWORD = 'WOMBAT-PW-NEVER-LOGGED';

async function until<T>(probe: () => Promise<T | undefined>, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe.skipIf(!postgresTestsRun)('the bot process when PostgreSQL is not there yet', () => {
  let child: ChildProcess | undefined;
  let connector: FakeConnector | undefined;
  let cluster: PrivateCluster | undefined;
  const dataDir = mkdtempSync(join(tmpdir(), 'sa-process-pg-'));
  const lines: string[] = [];
  const events = () => lines.map(parse).filter((e): e is Record<string, unknown> => e !== undefined);

  afterAll(async () => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    await connector?.close();
    await cluster?.destroy();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('listens at once with 503 until the database appears, then answers; /healthz follows the database after that', { timeout: 90_000 }, async () => {
    connector = await startFakeConnector();
    const dbPort = await freePort();
    const botPort = await freePort();
    const base = `http://127.0.0.1:${botPort}`;
    child = spawn(process.execPath, ['--import', 'tsx', 'bot/index.ts'], {
      cwd: REPO_ROOT,
      env: {
        PATH: process.env.PATH,
        PORT: String(botPort),
        DATA_DIR: dataDir,
        KNOWLEDGE_DIR: FIXTURE_KNOWLEDGE,
        PARTNERSHIP: 'testshire',
        DATABASE_URL: `postgres://postgres:${PASSWORD}@127.0.0.1:${dbPort}/postgres`,
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    child.stderr!.setEncoding('utf8');
    let buffered = '';
    child.stderr!.on('data', (chunk: string) => {
      buffered += chunk;
      lines.push(...buffered.split('\n').slice(0, -1));
      buffered = buffered.slice(buffered.lastIndexOf('\n') + 1);
    });

    // Not ready: the health check says why, a message is refused with 503 (the Bot Framework retries it).
    const notReady = await until(async () => {
      const res = await fetch(`${base}/healthz`);
      return res.status === 503 ? ((await res.json()) as { ready: boolean; reason: string }) : undefined;
    }, 30_000, '/healthz 503');
    expect(notReady.ready).toBe(false);
    expect(notReady.reason).toContain(`127.0.0.1:${dbPort}/postgres`);
    const who = person('pg-process');
    const refused = await fetch(`${base}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(message(connector.url, who, 'help')) });
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBeTruthy();
    await until(async () => (events().filter((e) => e.event === 'storage.postgres_connect_failed').length >= 2 ? true : undefined), 20_000, 'two retries logged');
    expect(child.exitCode).toBeNull();

    // A server appears on that port: the process connects, migrates and is ready.
    cluster = await privateCluster(dbPort);
    await cluster.start();
    await until(async () => ((await fetch(`${base}/healthz`)).status === 200 ? true : undefined), 30_000, '/healthz 200');
    const res = await fetch(`${base}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(message(connector.url, who, 'help')) });
    expect(res.status).toBe(200);
    await connector.waitFor((r) => r.conversationId === who.conversationId);

    // The database goes away while running: not ready again, and ready again once it is back.
    await cluster.stop();
    await until(async () => ((await fetch(`${base}/healthz`)).status === 503 ? true : undefined), 20_000, '/healthz 503 after the stop');
    await cluster.start();
    await until(async () => ((await fetch(`${base}/healthz`)).status === 200 ? true : undefined), 30_000, '/healthz 200 after the restart');

    // The log: one line names the store kind, host and database; retries are warnings; the password appears nowhere.
    const storage = events().find((e) => e.event === 'storage');
    expect(storage).toMatchObject({ kind: 'postgres', host: `127.0.0.1:${dbPort}`, database: 'postgres' });
    const retries = events().filter((e) => e.event === 'storage.postgres_connect_failed');
    expect(retries.map((e) => e.attempt)).toEqual(retries.map((_, i) => i + 1));
    expect(events().find((e) => e.event === 'started')).toMatchObject({ store: 'postgres' });
    expect(lines.join('\n')).not.toContain(PASSWORD);

    const exited = new Promise<number | null>((resolve) => child!.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});

function parse(line: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(line) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}
