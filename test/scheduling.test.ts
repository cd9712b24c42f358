// Reminders are stored, claimed once, sent once, and survive a restart.
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../bot/scheduling/dispatcher.ts';
import type { MessageKind } from '../bot/scheduling/types.ts';
import { ManualClock } from '../bot/shared/clock.ts';
import type { Delivery, Notifier, OutgoingMessage, Recipient } from '../bot/shared/notifier.ts';
import { captureLogs } from './support/log-capture.ts';
import { createTestDatabase, disposeTestDatabases, openTestStores, storeKinds } from './support/stores.ts';

afterEach(disposeTestDatabases);

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
  async canReach(to: Recipient) {
    return to.kind === 'user' && this.reachable.has(to.userKey);
  }
}

const textKind = (undeliverable: string[] = []): MessageKind => ({
  render: (m, ctx) => (m.payload.obsolete ? null : { text: `${m.payload.text}${ctx.late ? ' (late)' : ''}` }),
  undeliverable: async (m) => void undeliverable.push(String(m.payload.text)),
});

describe.each(storeKinds())('scheduled messages (%s)', (kind) => {
  it('sends each message once, at its due time, and none early', async () => {
    const store = (await openTestStores(kind)).schedule;
    const clock = new ManualClock('2026-11-23T09:00:00Z');
    const notifier = new RecordingNotifier();
    const d = createDispatcher({ store, notifier, clock, logger: captureLogs().logger, kinds: { t: textKind() }, intervalMs: 1000 });
    await store.schedule([
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
  });

  it('resumes after a restart and marks what was missed as late', async () => {
    const database = await createTestDatabase(kind);
    const clock = new ManualClock('2026-11-23T09:00:00Z');
    const first = await database.open();
    await first.schedule.schedule([
      { kind: 't', subjectId: 's1', recipient: { kind: 'user', userKey: 'user-1' }, dueAt: new Date('2026-11-23T10:00:00Z'), payload: { text: 'missed' } },
    ]);
    await first.close();
    // The service was down from 09:00 to 14:00.
    clock.set('2026-11-23T14:00:00Z');
    const notifier = new RecordingNotifier();
    const d = createDispatcher({ store: (await database.open()).schedule, notifier, clock, logger: captureLogs().logger, kinds: { t: textKind() }, intervalMs: 1000 });
    const r = await d.tick();
    expect(r).toMatchObject({ sent: 1, late: 1 });
    expect(notifier.sent[0].message.text).toBe('missed (late)');
    expect((await d.tick()).sent).toBe(0);
  });

  it('never sends a message twice when two processes dispatch from one database', async () => {
    const database = await createTestDatabase(kind);
    const clock = new ManualClock('2026-11-23T10:00:00Z');
    const a = await database.open();
    const b = await database.open();
    const items = Array.from({ length: 200 }, (_, i) => ({
      kind: 't',
      subjectId: `s${i}`,
      recipient: { kind: 'user' as const, userKey: 'user-1' },
      dueAt: new Date('2026-11-23T09:59:00Z'),
      payload: { text: `m${i}` },
    }));
    await a.schedule.schedule(items);
    const notifier = new RecordingNotifier();
    const make = (stores: typeof a) =>
      createDispatcher({ store: stores.schedule, notifier, clock, logger: captureLogs().logger, kinds: { t: textKind() }, intervalMs: 1000, batchSize: 7 });
    await Promise.all([make(a).tick(), make(b).tick()]);
    const texts = notifier.sent.map((s) => s.message.text);
    expect(texts).toHaveLength(200);
    expect(new Set(texts).size).toBe(200);
  });

  it('cancels what no longer applies, and reports who could not be reached', async () => {
    const store = (await openTestStores(kind)).schedule;
    const clock = new ManualClock('2026-11-23T10:00:00Z');
    const notifier = new RecordingNotifier();
    const unreachable: string[] = [];
    const d = createDispatcher({ store, notifier, clock, logger: captureLogs().logger, kinds: { t: textKind(unreachable) }, intervalMs: 1000 });
    await store.schedule([
      { kind: 't', subjectId: 'a', recipient: { kind: 'user', userKey: 'user-1' }, dueAt: clock.now(), payload: { text: 'gone', obsolete: true } },
      { kind: 't', subjectId: 'b', recipient: { kind: 'user', userKey: 'never-installed' }, dueAt: clock.now(), payload: { text: 'nobody' } },
      { kind: 't', subjectId: 'c', recipient: { kind: 'user', userKey: 'user-1' }, dueAt: clock.now(), payload: { text: 'cancelled first' } },
    ]);
    expect(await store.cancel('c')).toBe(1);
    const r = await d.tick();
    expect(r).toMatchObject({ sent: 0, cancelled: 1, undeliverable: 1 });
    expect(unreachable).toEqual(['nobody']);
    expect((await store.list('a'))[0].status).toBe('cancelled');
  });
});
