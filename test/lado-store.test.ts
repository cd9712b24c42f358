// The LADO clock store on a real database (each store kind): a clock and its reminders commit together, a form
// token starts one clock only, state moves forward once, and everything is there after reopening it.
import { afterEach, describe, expect, it } from 'vitest';
import { createEnglandCalendar } from '../bot/time/calendar.ts';
import { createLadoService, newClockId, CLOCK_ID } from '../bot/lado/service.ts';
import { MESSAGE_KINDS, type ReferralClock } from '../bot/lado/types.ts';
import { ManualClock } from '../bot/shared/clock.ts';
import type { ScheduleRequest } from '../bot/scheduling/types.ts';
import { createTestDatabase, disposeTestDatabases, openTestStores, storeKinds } from './support/stores.ts';

afterEach(disposeTestDatabases);

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

describe.each(storeKinds())('LADO clock store (%s)', (kind) => {
  it('ids are short and well-formed', () => {
    for (let i = 0; i < 100; i++) expect(newClockId()).toMatch(CLOCK_ID);
  });

  it('stores a clock with its reminders and reads both back after reopening the database', async () => {
    const database = await createTestDatabase(kind);
    const a = await database.open();
    const c = clockRecord();
    expect(await a.referralClocks.create(c, [reminder(c, '2026-11-24T01:30:00Z'), reminder(c, '2026-11-24T15:00:00Z')])).toEqual({ created: true });
    await a.close();
    const b = await database.open();
    expect(await b.referralClocks.get(c.id)).toEqual(c);
    expect((await b.schedule.list(c.id)).map((m) => m.status)).toEqual(['pending', 'pending']);
    expect(await b.referralClocks.countActive()).toBe(1);
  });

  it('a reused form token returns the first clock and schedules nothing more', async () => {
    const { referralClocks: store, schedule } = await openTestStores(kind);
    const first = clockRecord({ startToken: 'same-token-123' });
    await store.create(first, [reminder(first, '2026-11-24T01:30:00Z')]);
    const second = clockRecord({ startToken: 'same-token-123', caseRef: 'LADO-2' });
    const again = await store.create(second, [reminder(second, '2026-11-24T01:30:00Z')]);
    expect(again).toEqual({ created: false, existing: first });
    expect(await schedule.list(second.id)).toEqual([]);
  });

  it('if the reminders cannot be stored, the clock is not stored either', async () => {
    const { referralClocks: store } = await openTestStores(kind);
    const c = clockRecord();
    const broken = { ...reminder(c, '2026-11-24T01:30:00Z'), dueAt: new Date(NaN) };
    await expect(store.create(c, [broken])).rejects.toThrow();
    expect(await store.get(c.id)).toBeUndefined();
  });

  it('moves forward once: open -> submitted cancels pending reminders; a second move finds nothing to do', async () => {
    const { referralClocks: store, schedule } = await openTestStores(kind);
    const c = clockRecord();
    await store.create(c, [reminder(c, '2026-11-24T01:30:00Z')]);
    const at = new Date('2026-11-23T12:00:00Z');
    const moved = await store.transition(c.id, { from: ['open'], to: 'submitted', at, by: 'aad-referrer', cancelKinds: [MESSAGE_KINDS.reminder] }, []);
    expect(moved).toMatchObject({ state: 'submitted', submittedAt: at });
    expect((await schedule.list(c.id)).map((m) => m.status)).toEqual(['cancelled']);
    expect(await store.transition(c.id, { from: ['open'], to: 'submitted', at, by: 'aad-referrer' }, [])).toBeUndefined();
    expect(await store.transition('Lnonexisten', { from: ['open'], to: 'received', at, by: 'x' }, [])).toBeUndefined();
  });

  it('two processes confirming the same clock: exactly one succeeds', async () => {
    const database = await createTestDatabase(kind);
    const a = await database.open();
    const b = await database.open();
    const c = clockRecord();
    await a.referralClocks.create(c, []);
    const change = { from: ['open' as const], to: 'received' as const, at: new Date(), by: 'aad-officer' };
    const results = await Promise.all([a.referralClocks.transition(c.id, change, []), b.referralClocks.transition(c.id, change, [])]);
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it('lists active clocks soonest deadline first', async () => {
    const { referralClocks: store } = await openTestStores(kind);
    const late = clockRecord({ deadlineAt: new Date('2026-11-26T17:00:00Z'), caseRef: 'LATE-1' });
    const soon = clockRecord({ deadlineAt: new Date('2026-11-24T17:00:00Z'), caseRef: 'SOON-1' });
    const done = clockRecord({ caseRef: 'DONE-1' });
    for (const c of [late, soon, done]) await store.create(c, []);
    await store.transition(done.id, { from: ['open'], to: 'received', at: new Date(), by: 'x' }, []);
    expect((await store.listActive(10)).map((c) => c.caseRef)).toEqual(['SOON-1', 'LATE-1']);
    expect(await store.countActive()).toBe(2);
  });
});

describe.each(storeKinds())('LADO service on the store (%s)', (kind) => {
  it('starting a clock writes the deadline and the whole reminder plan in one go', async () => {
    const { referralClocks: store, schedule } = await openTestStores(kind);
    const clock = new ManualClock('2026-12-24T10:00:00Z');
    const service = createLadoService({
      store,
      clock,
      calendar: createEnglandCalendar(),
      lado: { name: 'LADO', email: null, phone: null, notification_form_url: null, referral_rule: '1-working-day', outcome_report_rule: null, outcome_report_status: 'verify', reminders: [{ at: 'start' }, { at: 'halfway' }, { before_minutes: 120 }, { at: 'deadline' }] },
      staff: ['aad-officer'],
      channelId: '19:lado-duty',
      canReach: async () => true,
      userForEmailHash: async () => undefined,
    });
    const r = await service.start(
      { userKey: 'aad-officer', aadObjectId: 'aad-officer' },
      { referrer: 'aad-referrer', caseRef: 'LADO-77', orgType: 'Health', identifiedDate: '2026-12-24', identifiedTime: '09:30', token: 'form-token-1' },
    );
    expect(r.kind).toBe('started');
    if (r.kind !== 'started') return;
    // Christmas Eve -> Christmas Day, weekend and the Boxing Day substitute are skipped.
    expect(r.referral.deadlineAt.toISOString()).toBe('2026-12-29T17:00:00.000Z');
    const plan = (await schedule.list(r.referral.id)).map((m) => `${m.kind} ${m.recipient.kind} ${m.dueAt.toISOString()}`);
    expect(plan).toEqual([
      'lado.reminder user 2026-12-24T10:00:00.000Z',
      // Halfway falls on Sunday 27th at 01:30; Monday 28th is the Boxing Day substitute, so it waits until Tuesday 09:00.
      'lado.reminder user 2026-12-29T09:00:00.000Z',
      'lado.reminder user 2026-12-29T15:00:00.000Z',
      'lado.reminder user 2026-12-29T17:00:00.000Z',
      'lado.overdue channel 2026-12-29T17:00:00.000Z',
    ]);
  });
});
