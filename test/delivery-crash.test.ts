// A crash in the middle of a send: the real bot in its own process, killed with SIGKILL while Teams (the fake
// connector) holds a reminder it has already taken. After the restart the reminder is sent again, once,
// marked as a possible repeat: at least once, marked. Teams has no idempotency key, so this is the honest best.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoreKind } from '../bot/storage/store-set.ts';
import { REPEAT_NOTE } from '../bot/scheduling/repeat-note.ts';
import { cardText, execute, findAction, message, person } from './support/activities.ts';
import { startFakeConnector, type FakeConnector } from './support/fake-connector.ts';
import { FIXTURE_KNOWLEDGE } from './support/test-assistant.ts';
import { createTestDatabase, type TestDatabase } from './support/postgres.ts';
import { storeKinds } from './support/stores.ts';

const ROOT = join(import.meta.dirname, '..');
const officer = person('crash-officer');
const referrer = person('crash-referrer');

let connector: FakeConnector;
let dataDir: string;
const children: ChildProcess[] = [];
/** PostgreSQL runs: the process's database (DATABASE_URL). */
let database: TestDatabase | undefined;

beforeAll(async () => {
  connector = await startFakeConnector();
  dataDir = mkdtempSync(join(tmpdir(), 'sa-crash-'));
});
afterAll(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  await connector.close();
  rmSync(dataDir, { recursive: true, force: true });
  await database?.drop();
});

/** Raw SQL on the process's database while it is stopped, `?` placeholders (SQLite's) on either kind. */
async function withDatabase<T>(kind: StoreKind, body: (sql: (text: string, ...params: unknown[]) => Promise<Record<string, unknown>[]>) => Promise<T>): Promise<T> {
  if (kind === 'sqlite') {
    const db = new Database(join(dataDir, 'assistant.db'));
    try {
      return await body(async (text, ...params) => {
        const statement = db.prepare(text);
        return statement.reader ? (statement.all(...params) as Record<string, unknown>[]) : (statement.run(...params), []);
      });
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: database!.url });
  await client.connect();
  try {
    return await body(async (text, ...params) => {
      let n = 0;
      return (await client.query(text.replace(/\?/g, () => `$${++n}`), params)).rows;
    });
  } finally {
    await client.end();
  }
}

/** Starts bot/index.ts as production would (auth off), and resolves with its URL once it listens. */
function startBot(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--disable-warning=DEP0111', '--import', 'tsx', 'bot/index.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'development',
      PORT: '0',
      PUBLIC_URL: 'http://assistant.test',
      DATA_DIR: dataDir,
      KNOWLEDGE_DIR: FIXTURE_KNOWLEDGE,
      PARTNERSHIP: 'testshire',
      LADO_STAFF: officer.aadObjectId,
      LINK_SECRET: 'crash-test-link-secret',
      DISPATCH_INTERVAL_MS: '200',
      // Long enough that the kill comes while the send is still waiting for Teams' answer.
      CONNECTOR_TIMEOUT_MS: '30000',
      ...(database ? { DATABASE_URL: database.url } : {}),
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let buffered = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const started = buffered.match(/"messagesEndpoint":"(http:\/\/localhost:\d+)\/api\/messages"/);
      if (started) resolve({ child, url: started[1] });
    });
    child.once('exit', (code) => reject(new Error(`bot exited (${code}) before listening: ${buffered.slice(-2000)}`)));
  });
}

async function post(url: string, activity: object) {
  const res = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(activity) });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

const londonNow = () => {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(Date.now() - 5 * 60_000))
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
};

const firstCardsToReferrer = (from: number) =>
  connector.recorded
    .slice(from)
    .filter((r) => r.conversationId === referrer.conversationId && r.route !== 'update')
    .flatMap((r) => (r.body.attachments ?? []).map((a: any) => cardText(a.content)))
    .filter((text) => text.includes('LADO referral needed by'));

describe.each(storeKinds())('kill -9 while a reminder is being sent (%s)', (kind) => {
  it('the reminder is sent again after the restart, once, marked as a possible repeat', async () => {
    if (kind === 'postgres') database = await createTestDatabase();
    // One connector for both kinds: this run looks only at what it recorded.
    const runStart = connector.recorded.length;
    const first = await startBot();
    for (const p of [officer, referrer]) {
      expect((await post(first.url, message(connector.url, p, 'help'))).status).toBe(200);
      await connector.waitFor((r) => r.conversationId === p.conversationId, { since: runStart });
    }
    // From now on Teams takes the first card to the referrer but never answers.
    let held = 0;
    connector.faults = (a) => (a.conversationId === referrer.conversationId && held++ === 0 ? { hang: true, accepted: true } : undefined);

    const since = connector.recorded.length;
    expect((await post(first.url, message(connector.url, officer, 'lado clock'))).status).toBe(200);
    const form = (await connector.waitFor((r) => r.conversationId === officer.conversationId, { since })).body.attachments[0].content;
    const token = findAction(form, 'Start the clock').data.token as string;
    const identified = londonNow();
    const started = await post(first.url, execute(connector.url, officer, 'lado.start', {
      token,
      referrer: referrer.aadObjectId,
      caseRef: 'LADO-2026-0990',
      orgType: 'Education (school or college)',
      identifiedDate: identified.date,
      identifiedTime: identified.time,
    }));
    expect(cardText(started.body.value)).toContain('Clock started for case');

    // Teams has the card; the bot is still waiting for the answer when it dies.
    await connector.waitFor((r) => r.conversationId === referrer.conversationId && JSON.stringify(r.body).includes('LADO referral needed by'), { since, timeoutMs: 10_000 });
    expect(connector.hanging()).toBe(1);
    first.child.kill('SIGKILL');
    await new Promise((resolve) => first.child.once('exit', resolve));

    // The claim is left mid-send. Two minutes pass before the restart (a claim is only taken back once stale).
    await withDatabase(kind, async (sql) => {
      const mid = await sql(`select id, claimed_at from scheduled_messages where status = 'sending' and send_started_at is not null`);
      expect(mid).toHaveLength(1);
      // The time is computed here and bound, so the one statement suits both kinds (ms in SQLite, timestamptz in PostgreSQL).
      const claimedAt = mid[0]!.claimed_at;
      const earlier = claimedAt instanceof Date ? new Date(claimedAt.getTime() - 180_000) : Number(claimedAt) - 180_000;
      await sql(`update scheduled_messages set claimed_at = ? where id = ?`, earlier, mid[0]!.id);
    });

    const second = await startBot();
    await connector.waitFor((r) => r.conversationId === referrer.conversationId && JSON.stringify(r.body).includes('Sent again after an interruption'), { since, timeoutMs: 10_000 });
    // Time for any further (wrong) repeat to show up: the dispatcher wakes every 200 ms.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const cards = firstCardsToReferrer(runStart);
    expect(cards).toHaveLength(2);
    expect(cards[0]).not.toContain(REPEAT_NOTE);
    expect(cards[1]).toContain(REPEAT_NOTE);

    second.child.kill('SIGTERM');
    await new Promise((resolve) => second.child.once('exit', resolve));
    const [row] = await withDatabase(kind, (sql) => sql(`select status, attempts, possible_repeat from scheduled_messages where kind = 'lado.reminder' order by due_at limit 1`));
    expect({ ...row, possible_repeat: Number(row!.possible_repeat) }).toEqual({ status: 'sent', attempts: 2, possible_repeat: 1 });
  }, 60_000);
});
