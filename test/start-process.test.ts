// The bot as `npm run dev` starts it (bot/index.ts in its own process) on the Node running this suite: it must
// start, answer a Teams-shaped message and stop cleanly. CI runs the suite on the machine's Node and on Node 24,
// so a dependency that breaks at import on one runtime (restify 11's spdy on Node 22+) fails here.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeConnector, type FakeConnector } from './support/fake-connector.ts';
import { FIXTURE_KNOWLEDGE } from './support/test-assistant.ts';
import { message, person } from './support/activities.ts';

const REPO_ROOT = join(import.meta.dirname, '..');

describe(`the bot process on Node ${process.versions.node}`, () => {
  let child: ChildProcess;
  let connector: FakeConnector;
  let dataDir: string;
  let endpoint: string;
  const stderr: string[] = [];

  beforeAll(async () => {
    connector = await startFakeConnector();
    dataDir = mkdtempSync(join(tmpdir(), 'sa-process-'));
    child = spawn(process.execPath, ['--import', 'tsx', 'bot/index.ts'], {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH, PORT: '0', DATA_DIR: dataDir, KNOWLEDGE_DIR: FIXTURE_KNOWLEDGE, PARTNERSHIP: 'testshire' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    endpoint = await new Promise<string>((resolve, reject) => {
      let buffered = '';
      child.stderr!.setEncoding('utf8');
      child.stderr!.on('data', (chunk: string) => {
        buffered += chunk;
        for (const line of buffered.split('\n').slice(0, -1)) {
          stderr.push(line);
          const event = parseLine(line);
          if (event?.event === 'started') resolve(String(event.messagesEndpoint));
        }
        buffered = buffered.slice(buffered.lastIndexOf('\n') + 1);
      });
      child.once('exit', (code) => reject(new Error(`the bot exited with ${code} before starting:\n${stderr.join('\n')}`)));
    });
  });

  afterAll(async () => {
    if (child.exitCode === null) child.kill('SIGKILL');
    await connector.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers a Teams-shaped message over HTTP', async () => {
    const who = person('process');
    const res = await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(message(connector.url, who, 'help')),
    });
    expect(res.status).toBe(200);
    const reply = await connector.waitFor((r) => r.conversationId === who.conversationId);
    expect(reply.body.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
  });

  it('stops cleanly on SIGTERM and logs nothing at error level', async () => {
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stderr.map(parseLine).filter((e) => e?.level === 'error')).toEqual([]);
  });
});

function parseLine(line: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(line) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}
