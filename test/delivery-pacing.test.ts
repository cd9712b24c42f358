// The pieces of delivery that need no server: the pacer keeps inside Teams' windows (time injected), the
// backoff grows with jitter and honours Retry-After, errors are classified, and after a crash only a send
// that had started is marked as a possible repeat.
import { afterEach, describe, expect, it } from 'vitest';
import { createPacer, TEAMS_CONVERSATION_LIMITS, type PacerTime } from '../bot/teams/pacer.ts';
import { retryDelayMs } from '../bot/scheduling/retry-policy.ts';
import { classifySendError, retryAfterMs } from '../bot/teams/send-outcome.ts';
import { disposeTestDatabases, openTestStores, storeKinds } from './support/stores.ts';

/** A clock that only moves when someone sleeps on it. */
function virtualTime(): PacerTime & { t: number } {
  const time = {
    t: 0,
    now: () => time.t,
    sleep: async (ms: number) => {
      time.t += ms;
    },
  };
  return time;
}

/** The most sends inside any window of `ms` (sliding), from a sorted list of times. */
function mostInWindow(times: number[], ms: number): number {
  let most = 0;
  let start = 0;
  for (let end = 0; end < times.length; end++) {
    while (times[end] - times[start] >= ms) start++;
    most = Math.max(most, end - start + 1);
  }
  return most;
}

describe('pacing within Teams limits', () => {
  it('300 messages to one channel keep inside 7/s, 8 in 2 s and 60 in 30 s, and take no longer than those windows force', async () => {
    const time = virtualTime();
    const pacer = createPacer({ time });
    const times: number[] = [];
    for (let i = 0; i < 300; i++) {
      await pacer.take('19:lado-channel', 'tenant-1');
      times.push(time.t);
    }
    for (const w of TEAMS_CONVERSATION_LIMITS) expect(mostInWindow(times, w.ms)).toBeLessThanOrEqual(w.limit);
    // 60 per 30 s binds: four full windows, then the last 60 at 8 per 2 s (7 pauses of 2 s). No slower than
    // that, but for the pacer's 50 ms of slack per pause.
    expect(time.t).toBeGreaterThanOrEqual(4 * 30_000);
    expect(time.t).toBeLessThanOrEqual(4 * 30_000 + 7 * 2_000 + 11 * 50);
  });

  it('many conversations share the tenant limit of 50 a second', async () => {
    const time = virtualTime();
    const pacer = createPacer({ time });
    const times: number[] = [];
    for (let i = 0; i < 1000; i++) {
      await pacer.take(`a:person-${i}`, 'tenant-1');
      times.push(time.t);
    }
    expect(mostInWindow(times, 1000)).toBeLessThanOrEqual(50);
    expect(time.t).toBeGreaterThanOrEqual(19_000);
    expect(time.t).toBeLessThan(20_500);
    // A different tenant is not held up by this one.
    const before = time.t;
    await pacer.take('a:other', 'tenant-2');
    expect(time.t).toBe(before);
  });
});

describe('retry backoff', () => {
  const policy = { retryForMs: 3_600_000, baseDelayMs: 2_000, maxDelayMs: 300_000 };
  it('doubles with each failure, jittered within the upper half, capped', () => {
    expect(retryDelayMs(1, undefined, policy, () => 0)).toBe(1_000);
    expect(retryDelayMs(1, undefined, policy, () => 0.999)).toBeLessThanOrEqual(2_000);
    expect(retryDelayMs(4, undefined, policy, () => 0)).toBe(8_000);
    expect(retryDelayMs(30, undefined, policy, () => 0.5)).toBe(225_000);
    expect(retryDelayMs(30, undefined, policy, () => 0.9999)).toBeLessThanOrEqual(300_000);
  });
  it('never sooner than Retry-After', () => {
    expect(retryDelayMs(1, 30_000, policy, () => 0.5)).toBe(30_000);
  });
});

describe('classifying what Teams answered', () => {
  const restError = (status: number, code?: string, headers: Record<string, string> = {}) =>
    Object.assign(new Error('x'), { name: 'RestError', statusCode: status, code, response: { status, headers: { get: (n: string) => headers[n] } } });
  const now = Date.parse('2026-11-23T09:00:00Z');

  it.each([
    [429, false],
    [412, false],
    [503, false],
    [500, true],
    [502, true],
    [504, true],
  ])('%i is worth retrying (may have arrived: %s)', (status, mayHaveArrived) => {
    expect(classifySendError(restError(status), now)).toMatchObject({ reason: 'transient', mayHaveArrived });
  });
  it('honours Retry-After in seconds or as a date', () => {
    expect(classifySendError(restError(429, undefined, { 'retry-after': '7' }), now)).toMatchObject({ retryAfterMs: 7_000 });
    expect(retryAfterMs('Mon, 23 Nov 2026 09:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('soon', now)).toBeUndefined();
  });
  it('a blocked conversation, a missing one, or a refused message is permanent', () => {
    expect(classifySendError(restError(403, 'ConversationBlockedByUser'), now)).toMatchObject({ reason: 'permanent', detail: '403 ConversationBlockedByUser' });
    expect(classifySendError(restError(404, 'ConversationNotFound'), now)).toMatchObject({ reason: 'permanent' });
    expect(classifySendError(restError(400), now)).toMatchObject({ reason: 'permanent' });
  });
  it('network failures: refused means nothing was sent; a reset or our timeout may have reached Teams', () => {
    expect(classifySendError(Object.assign(new Error('x'), { code: 'ECONNREFUSED' }), now)).toMatchObject({ reason: 'transient', mayHaveArrived: false });
    expect(classifySendError(Object.assign(new Error('x'), { code: 'ECONNRESET' }), now)).toMatchObject({ reason: 'transient', mayHaveArrived: true });
    expect(classifySendError(Object.assign(new Error('x'), { name: 'AbortError' }), now)).toMatchObject({ reason: 'transient', mayHaveArrived: true });
  });
});

describe.each(storeKinds())('after a crash, only a send that had started is a possible repeat (%s)', (kind) => {
  afterEach(disposeTestDatabases);

  it('requeues the whole stale claim, marking only the message whose send began', async () => {
    const store = (await openTestStores(kind)).schedule;
    const due = new Date('2026-11-23T09:00:00Z');
    await store.schedule([1, 2, 3].map((n) => ({ kind: 't', subjectId: `s${n}`, recipient: { kind: 'user' as const, userKey: `u${n}` }, dueAt: due, payload: {} })));
    const claimed = await store.claimDue(due, 10, 'dead-process');
    expect(claimed).toHaveLength(3);
    await store.markSent(claimed[0].id, due, false);
    await store.markSending(claimed[1].id, due);
    // The process dies here; three minutes later another one takes the stale claim back.
    expect(await store.requeueStale(new Date(due.getTime() + 60_000))).toBe(2);
    const again = await store.claimDue(new Date(due.getTime() + 180_000), 10, 'new-process');
    expect(again.map((m) => [m.subjectId, m.possibleRepeat])).toEqual([
      ['s2', true],
      ['s3', false],
    ]);
  });
});

describe('delivery settings', () => {
  it('have defaults, and a bad value is named', async () => {
    const { loadConfig, ConfigError } = await import('../bot/config.ts');
    expect(loadConfig({}).delivery).toEqual({ connectorTimeoutMs: 5_000, retryForMs: 60 * 60_000 });
    expect(loadConfig({ REMINDER_RETRY_MINUTES: '180', CONNECTOR_TIMEOUT_MS: '3000' }).delivery).toEqual({ connectorTimeoutMs: 3_000, retryForMs: 180 * 60_000 });
    for (const env of [{ REMINDER_RETRY_MINUTES: '0' }, { CONNECTOR_TIMEOUT_MS: 'soon' }, { CONNECTOR_TIMEOUT_MS: '100' }]) {
      const name = Object.keys(env)[0];
      expect(() => loadConfig(env)).toThrow(ConfigError);
      expect(() => loadConfig(env)).toThrow(new RegExp(name));
    }
  });
});
