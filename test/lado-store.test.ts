// The LADO clock store on a real SQLite file: a clock and its reminders commit together, a form token
// starts one clock only, state moves forward once, and everything is there after reopening the file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../bot/storage/database.ts';
import { allMigrations } from '../bot/storage/schema.ts';
import { createSqliteScheduleStore } from '../bot/storage/sqlite-schedule.ts';
import { createSqliteReferralClockStore } from '../bot/storage/sqlite-lado-clocks.ts';
import { createEnglandCalendar } from '../bot/time/calendar.ts';
import { createLadoService, newClockId, CLOCK_ID } from '../bot/lado/service.ts';
import { MESSAGE_KINDS, type ReferralClock } from '../bot/lado/types.ts';
import { ManualClock } from '../bot/shared/clock.ts';
import type { ScheduleRequest } from '../bot/scheduling/types.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function dbFile() {
  const dir = mkdtempSync(join(tmpdir(), 'sa-lado-'));
  dirs.push(dir);
  return join(dir, 'assistant.db');
}
function open(file: string) {
  const db = openDatabase(file, allMigrations);
  const schedule = createSqliteScheduleStore(db);
  return { db, schedule, store: createSqliteReferralClockStore(db, schedule) };
}

const clockRecord = (over: Partial<ReferralClock> = {}): ReferralClock => ({
  id: newClockId(),
  caseRef: 'LADO-1',
  orgType: 'Health',
  rule: '1-working-day',
  identifiedAt: new Date('2026-11-23T10:00:00Z'),
  deadlineAt: new Date('2026-11-24T17:00:00Z'),
  createdAt: new Date('2026-11-23T10:05:00Z'),
  officerKey: 'aad-officer',
  referrer: { kind: 'user', userKey: 'aad-referrer' },
  referrerReachable: true,
  own: false,
  state: 'open',
  startToken: `token-${Math.random().toString(36).slice(2)}`,
  ...over,
});
const reminder = (c: ReferralClock, at: string): ScheduleRequest => ({
  kind: MESSAGE_KINDS.reminder,
  subjectId: c.id,
  recipient: c.referrer,
  dueAt: new Date(at),
  payload: { clockId: c.id, reminder: 'halfway' },
});

describe('LADO clock store (SQLite file)', () => {
  it('ids are short and well-formed', () => {
    for (let i = 0; i < 100; i++) expect(newClockId()).toMatch(CLOCK_ID);
  });

  it('stores a clock with its reminders and reads both back after reopening the file', () => {
    const file = dbFile();
    const a = open(file);
    const c = clockRecord();
    expect(a.store.create(c, [reminder(c, '2026-11-24T01:30:00Z'), reminder(c, '2026-11-24T15:00:00Z')])).toEqual({ created: true });
    a.db.close();
    const b = open(file);
    expect(b.store.get(c.id)).toEqual(c);
    expect(b.schedule.list(c.id).map((m) => m.status)).toEqual(['pending', 'pending']);
    expect(b.store.countActive()).toBe(1);
    b.db.close();
  });

  it('a reused form token returns the first clock and schedules nothing more', () => {
    const { db, store, schedule } = open(dbFile());
    const first = clockRecord({ startToken: 'same-token-123' });
    store.create(first, [reminder(first, '2026-11-24T01:30:00Z')]);
    const second = clockRecord({ startToken: 'same-token-123', caseRef: 'LADO-2' });
    const again = store.create(second, [reminder(second, '2026-11-24T01:30:00Z')]);
    expect(again).toEqual({ created: false, existing: first });
    expect(schedule.list(second.id)).toEqual([]);
    db.close();
  });

  it('if the reminders cannot be stored, the clock is not stored either', () => {
    const { db, store } = open(dbFile());
    const c = clockRecord();
    const broken = { ...reminder(c, '2026-11-24T01:30:00Z'), dueAt: new Date(NaN) };
    expect(() => store.create(c, [broken])).toThrow();
    expect(store.get(c.id)).toBeUndefined();
    db.close();
  });

  it('moves forward once: open -> submitted cancels pending reminders; a second move finds nothing to do', () => {
    const { db, store, schedule } = open(dbFile());
    const c = clockRecord();
    store.create(c, [reminder(c, '2026-11-24T01:30:00Z')]);
    const at = new Date('2026-11-23T12:00:00Z');
    const moved = store.transition(c.id, { from: ['open'], to: 'submitted', at, by: 'aad-referrer', cancelKinds: [MESSAGE_KINDS.reminder] }, []);
    expect(moved).toMatchObject({ state: 'submitted', submittedAt: at });
    expect(schedule.list(c.id).map((m) => m.status)).toEqual(['cancelled']);
    expect(store.transition(c.id, { from: ['open'], to: 'submitted', at, by: 'aad-referrer' }, [])).toBeUndefined();
    expect(store.transition('Lnonexisten', { from: ['open'], to: 'received', at, by: 'x' }, [])).toBeUndefined();
    db.close();
  });

  it('two processes confirming the same clock: exactly one succeeds', () => {
    const file = dbFile();
    const a = open(file);
    const b = open(file);
    const c = clockRecord();
    a.store.create(c, []);
    const change = { from: ['open' as const], to: 'received' as const, at: new Date(), by: 'aad-officer' };
    const results = [a.store.transition(c.id, change, []), b.store.transition(c.id, change, [])];
    expect(results.filter(Boolean)).toHaveLength(1);
    a.db.close();
    b.db.close();
  });

  it('lists active clocks soonest deadline first', () => {
    const { db, store } = open(dbFile());
    const late = clockRecord({ deadlineAt: new Date('2026-11-26T17:00:00Z'), caseRef: 'LATE-1' });
    const soon = clockRecord({ deadlineAt: new Date('2026-11-24T17:00:00Z'), caseRef: 'SOON-1' });
    const done = clockRecord({ caseRef: 'DONE-1' });
    for (const c of [late, soon, done]) store.create(c, []);
    store.transition(done.id, { from: ['open'], to: 'received', at: new Date(), by: 'x' }, []);
    expect(store.listActive(10).map((c) => c.caseRef)).toEqual(['SOON-1', 'LATE-1']);
    expect(store.countActive()).toBe(2);
    db.close();
  });
});

describe('LADO service on the store', () => {
  it('starting a clock writes the deadline and the whole reminder plan in one go', () => {
    const { db, store, schedule } = open(dbFile());
    const clock = new ManualClock('2026-12-24T10:00:00Z');
    const service = createLadoService({
      store,
      clock,
      calendar: createEnglandCalendar(),
      lado: { name: 'LADO', email: null, phone: null, notification_form_url: null, referral_rule: '1-working-day', outcome_report_rule: null, outcome_report_status: 'verify', reminders: [{ at: 'start' }, { at: 'halfway' }, { before_minutes: 120 }, { at: 'deadline' }] },
      staff: ['aad-officer'],
      channelId: '19:lado-duty',
      canReach: () => true,
      userForEmailHash: () => undefined,
    });
    const r = service.start(
      { userKey: 'aad-officer', aadObjectId: 'aad-officer' },
      { referrer: 'aad-referrer', caseRef: 'LADO-77', orgType: 'Health', identifiedDate: '2026-12-24', identifiedTime: '09:30', token: 'form-token-1' },
    );
    expect(r.kind).toBe('started');
    if (r.kind !== 'started') return;
    // Christmas Eve -> Christmas Day, weekend and the Boxing Day substitute are skipped.
    expect(r.referral.deadlineAt.toISOString()).toBe('2026-12-29T17:00:00.000Z');
    const plan = schedule.list(r.referral.id).map((m) => `${m.kind} ${m.recipient.kind} ${m.dueAt.toISOString()}`);
    expect(plan).toEqual([
      'lado.reminder user 2026-12-24T10:00:00.000Z',
      // Halfway falls on Sunday 27th at 01:30; Monday 28th is the Boxing Day substitute, so it waits until Tuesday 09:00.
      'lado.reminder user 2026-12-29T09:00:00.000Z',
      'lado.reminder user 2026-12-29T15:00:00.000Z',
      'lado.reminder user 2026-12-29T17:00:00.000Z',
      'lado.overdue channel 2026-12-29T17:00:00.000Z',
    ]);
    db.close();
  });
});
