// Reminders are stored, claimed once, sent once, and survive a restart.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../bot/storage/database.ts';
import { allMigrations } from '../bot/storage/schema.ts';
import { createSqliteScheduleStore } from '../bot/storage/sqlite-schedule.ts';
import { createDispatcher } from '../bot/scheduling/dispatcher.ts';
import type { MessageKind } from '../bot/scheduling/types.ts';
import { ManualClock } from '../bot/shared/clock.ts';
import type { Delivery, Notifier, OutgoingMessage, Recipient } from '../bot/shared/notifier.ts';
import { captureLogs } from './support/log-capture.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function fileDb() {
  const dir = mkdtempSync(join(tmpdir(), 'sa-sched-'));
  dirs.push(dir);
  return join(dir, 'test.db');
}

class RecordingNotifier implements Notifier {
  sent: Array<{ to: Recipient; message: OutgoingMessage }> = [];
  reachable = new Set<string>(['user-1']);
  async send(to: Recipient, message: OutgoingMessage): Promise<Delivery> {
    if (to.kind === 'user' && !this.reachable.has(to.userKey)) return { delivered: false, reason: 'no-conversation' };
    this.sent.push({ to, message });
    return { delivered: true, activityId: `act-${this.sent.length}`, conversationId: 'conv' };
  }
  async update() {
    return true;
  }
  canReach(to: Recipient) {
    return to.kind === 'user' && this.reachable.has(to.userKey);
  }
}

const textKind = (undeliverable: string[] = []): MessageKind => ({
  render: (m, ctx) => (m.payload.obsolete ? null : { text: `${m.payload.text}${ctx.late ? ' (late)' : ''}` }),
  undeliverable: async (m) => void undeliverable.push(String(m.payload.text)),
});

describe('scheduled messages', () => {
  it('sends each message once, at its due time, and none early', async () => {
    const db = openDatabase(fileDb(), allMigrations);
    const store = createSqliteScheduleStore(db);
    const clock = new ManualClock('2026-11-23T09:00:00Z');
    const notifier = new RecordingNotifier();
    const d = createDispatcher({ store, notifier, clock, logger: captureLogs().logger, kinds: { t: textKind() }, intervalMs: 1000 });
    store.schedule([
      { kind: 't', subjectId: 's1', recipient: { kind: 'user', userKey: 'user-1' }, dueAt: new Date('2026-11-23T10:00:00Z'), payload: { text: 'first' } },
      { kind: 't', subjectId: 's1', recipient: { kind: 'user', userKey: 'user-1' }, dueAt: new Date('2026-11-23T11:00:00Z'), payload: { text: 'second' } },
    ]);
    expect((await d.tick()).sent).toBe(0);
    clock.set('2026-11-23T10:00:00Z');
    expect((await d.tick()).sent).toBe(1);
    expect((await d.tick()).sent).toBe(0);
    clock.set('2026-11-23T11:00:00Z');
    await d.tick();
    expect(notifier.sent.map((s) => s.message.text)).toEqual(['first', 'second']);
    db.close();
  });

  it('resumes after a restart and marks what was missed as late', async () => {
    const file = fileDb();
    const clock = new ManualClock('2026-11-23T09:00:00Z');
    const first = openDatabase(file, allMigrations);
    createSqliteScheduleStore(first).schedule([
      { kind: 't', subjectId: 's1', recipient: { kind: 'user', userKey: 'user-1' }, dueAt: new Date('2026-11-23T10:00:00Z'), payload: { text: 'missed' } },
    ]);
    first.close();
    // The service was down from 09:00 to 14:00.
    clock.set('2026-11-23T14:00:00Z');
    const db = openDatabase(file, allMigrations);
    const notifier = new RecordingNotifier();
    const d = createDispatcher({ store: createSqliteScheduleStore(db), notifier, clock, logger: captureLogs().logger, kinds: { t: textKind() }, intervalMs: 1000 });
    const r = await d.tick();
    expect(r).toMatchObject({ sent: 1, late: 1 });
    expect(notifier.sent[0].message.text).toBe('missed (late)');
    expect((await d.tick()).sent).toBe(0);
    db.close();
  });

  it('never sends a message twice when two processes dispatch from one database', async () => {
    const file = fileDb();
    const clock = new ManualClock('2026-11-23T10:00:00Z');
    const a = openDatabase(file, allMigrations);
    const b = openDatabase(file, allMigrations);
    const items = Array.from({ length: 200 }, (_, i) => ({
      kind: 't',
      subjectId: `s${i}`,
      recipient: { kind: 'user' as const, userKey: 'user-1' },
      dueAt: new Date('2026-11-23T09:59:00Z'),
      payload: { text: `m${i}` },
    }));
    createSqliteScheduleStore(a).schedule(items);
    const notifier = new RecordingNotifier();
    const make = (db: typeof a) =>
      createDispatcher({ store: createSqliteScheduleStore(db), notifier, clock, logger: captureLogs().logger, kinds: { t: textKind() }, intervalMs: 1000, batchSize: 7 });
    await Promise.all([make(a).tick(), make(b).tick()]);
    const texts = notifier.sent.map((s) => s.message.text);
    expect(texts).toHaveLength(200);
    expect(new Set(texts).size).toBe(200);
    a.close();
    b.close();
  });

  it('cancels what no longer applies, and reports who could not be reached', async () => {
    const db = openDatabase(fileDb(), allMigrations);
    const store = createSqliteScheduleStore(db);
    const clock = new ManualClock('2026-11-23T10:00:00Z');
    const notifier = new RecordingNotifier();
    const unreachable: string[] = [];
    const d = createDispatcher({ store, notifier, clock, logger: captureLogs().logger, kinds: { t: textKind(unreachable) }, intervalMs: 1000 });
    store.schedule([
      { kind: 't', subjectId: 'a', recipient: { kind: 'user', userKey: 'user-1' }, dueAt: clock.now(), payload: { text: 'gone', obsolete: true } },
      { kind: 't', subjectId: 'b', recipient: { kind: 'user', userKey: 'never-installed' }, dueAt: clock.now(), payload: { text: 'nobody' } },
      { kind: 't', subjectId: 'c', recipient: { kind: 'user', userKey: 'user-1' }, dueAt: clock.now(), payload: { text: 'cancelled first' } },
    ]);
    expect(store.cancel('c')).toBe(1);
    const r = await d.tick();
    expect(r).toMatchObject({ sent: 0, cancelled: 1, undeliverable: 1 });
    expect(unreachable).toEqual(['nobody']);
    expect(store.list('a')[0].status).toBe('cancelled');
    db.close();
  });
});
