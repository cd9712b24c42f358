// Sends what is due. Safe with several processes on one database: a message is claimed in one UPDATE
// before it is sent, so only one process sends it. A timer wakes at the next due time (or every
// `intervalMs` at most), so reminders go out within a second or so of being due.
// A send that fails for a passing reason (throttling, an outage) goes back to pending and is retried with
// exponential backoff and jitter until its retry budget runs out; one Teams refuses for good is reported
// at once. Different recipients are sent to side by side (the notifier paces them within Teams' limits);
// one recipient's messages go in order.
import { randomUUID } from 'node:crypto';
import type { Clock } from '../shared/clock.ts';
import type { Logger } from '../shared/log.ts';
import { isStorageUnavailable } from '../shared/storage-unavailable.ts';
import type { Delivery, Notifier } from '../shared/notifier.ts';
import { retryDelayMs, type RetryPolicy } from './retry-policy.ts';
import { withRepeatNote } from './repeat-note.ts';
import type { MessageKind, RenderContext, ScheduledMessage, ScheduleStore } from './types.ts';

export interface DispatcherDeps {
  store: ScheduleStore;
  notifier: Notifier;
  clock: Clock;
  logger: Logger;
  kinds: Record<string, MessageKind>;
  /** The longest the dispatcher sleeps between checks. */
  intervalMs: number;
  /** Sent later than this after its due time counts as late (said so in the message). */
  lateAfterMs?: number;
  batchSize?: number;
  /** How long and how often a passing failure is retried. */
  retry?: Partial<RetryPolicy>;
  /** Jitter for the backoff; injected so tests are repeatable. */
  random?: () => number;
  /** Recipients sent to at the same time. */
  concurrency?: number;
}

export interface TickResult {
  sent: number;
  late: number;
  cancelled: number;
  undeliverable: number;
  failed: number;
  /** Failed for a passing reason and put back to be tried again. */
  retrying: number;
  /** ms between due time and send, for each message sent. */
  lateness: number[];
}

export interface Dispatcher {
  tick(): Promise<TickResult>;
  start(): void;
  stop(): Promise<void>;
  /** Wake now (e.g. a reminder due immediately was just scheduled). */
  poke(): void;
}

const STALE_CLAIM_MS = 2 * 60_000;
// A live dispatcher refreshes its claims well inside the stale limit, however long a paced batch takes.
const CLAIM_REFRESH_MS = 20_000;

export const DEFAULT_RETRY: RetryPolicy = { retryForMs: 60 * 60_000, baseDelayMs: 2_000, maxDelayMs: 5 * 60_000 };

const codeOf = (err: unknown) => (err as { code?: string } | undefined)?.code ?? (err as Error | undefined)?.name;

export function createDispatcher(deps: DispatcherDeps): Dispatcher {
  const lateAfter = deps.lateAfterMs ?? 5 * 60_000;
  const batch = deps.batchSize ?? 500;
  const retry: RetryPolicy = { ...DEFAULT_RETRY, ...deps.retry };
  const random = deps.random ?? Math.random;
  const concurrency = deps.concurrency ?? 16;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = true;

  async function dispatchOne(message: ScheduledMessage, result: TickResult): Promise<void> {
    const at = deps.clock.now();
    const lateness = at.getTime() - message.dueAt.getTime();
    const context: RenderContext = { late: lateness > lateAfter, now: at };
    const kind = deps.kinds[message.kind];
    // How far this message got: what a database failure may do with it depends on it.
    let phase: 'rendering' | 'sending' | 'settled' = 'rendering';
    try {
      if (!kind) throw new Error(`dispatcher: no renderer for kind "${message.kind}"`);
      const rendered = await kind.render(message, context);
      if (!rendered) {
        await deps.store.markCancelled(message.id, at);
        result.cancelled++;
        return;
      }
      await deps.store.markSending(message.id, deps.clock.now());
      phase = 'sending';
      const delivery = await deps.notifier.send(message.recipient, message.possibleRepeat ? withRepeatNote(rendered) : rendered);
      if (delivery.delivered) {
        await deps.store.markSent(message.id, deps.clock.now(), context.late, delivery.activityId, delivery.conversationId);
        phase = 'settled';
        await kind.sent?.(message, delivery);
        result.sent++;
        result.lateness.push(Math.max(0, lateness));
        if (context.late) result.late++;
        return;
      }
      await notDelivered(message, delivery, kind, context, result);
    } catch (err) {
      result.failed++;
      // The database failed mid-send (gone, or too busy for a moment): the message goes back to pending, a possible
      // repeat if its send had started. If even that fails, the claim goes stale and is requeued once the database
      // is back. Never lost, never marked undeliverable for our own fault.
      if (isStorageUnavailable(err)) {
        deps.logger.warn('dispatch.storage_unavailable', { kind: message.kind, id: message.id, code: codeOf(err) });
        if (phase !== 'settled') {
          const now = deps.clock.now();
          await deps.store
            .retryLater(message.id, { at: now, nextAttemptAt: new Date(now.getTime() + retry.baseDelayMs), detail: 'storage-unavailable', mayHaveArrived: phase === 'sending' })
            .catch(() => {});
        }
        return;
      }
      deps.logger.error('dispatch.failed', { kind: message.kind, id: message.id, err });
      // If the database itself failed, the claim goes stale and the message is requeued rather than lost.
      await deps.store.markUndeliverable(message.id, at, 'error').catch((markErr: unknown) => deps.logger.error('dispatch.mark_failed', { id: message.id, err: markErr }));
    }
  }

  async function notDelivered(message: ScheduledMessage, delivery: Extract<Delivery, { delivered: false }>, kind: MessageKind, context: RenderContext, result: TickResult) {
    const now = deps.clock.now();
    if (delivery.reason === 'transient') {
      const firstFailed = message.firstFailedAt ?? now;
      if (now.getTime() - firstFailed.getTime() < retry.retryForMs) {
        const delay = retryDelayMs(message.failures + 1, delivery.retryAfterMs, retry, random);
        await deps.store.retryLater(message.id, { at: now, nextAttemptAt: new Date(now.getTime() + delay), detail: delivery.detail ?? 'transient', mayHaveArrived: delivery.mayHaveArrived });
        result.retrying++;
        return;
      }
      deps.logger.warn('dispatch.retry_budget_spent', { kind: message.kind, id: message.id, failures: message.failures + 1, detail: delivery.detail });
    }
    const gaveUp = delivery.reason === 'transient' ? 'retry-budget' : delivery.reason;
    await deps.store.markUndeliverable(message.id, now, delivery.reason === 'transient' ? `retry-budget: ${delivery.detail ?? ''}`.trim() : delivery.detail ? `${delivery.reason}: ${delivery.detail}` : delivery.reason);
    await kind.undeliverable?.(message, { ...context, gaveUp });
    result.undeliverable++;
  }

  /** One recipient's messages in order; different recipients side by side, `concurrency` at a time. */
  async function dispatchBatch(due: ScheduledMessage[], result: TickResult) {
    const byRecipient = new Map<string, ScheduledMessage[]>();
    for (const m of due) {
      const key = JSON.stringify(m.recipient);
      const list = byRecipient.get(key);
      if (list) list.push(m);
      else byRecipient.set(key, [m]);
    }
    const queues = [...byRecipient.values()];
    let next = 0;
    const worker = async () => {
      while (next < queues.length) {
        const queue = queues[next++];
        for (const m of queue) await dispatchOne(m, result);
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, queues.length) }, worker));
  }

  // One tick at a time per instance: a tick asked for while another runs (a wake from another instance, a
  // manual tick) starts when that one is done, so it sees every send the first one made.
  let lastTick: Promise<unknown> = Promise.resolve();
  function tick(): Promise<TickResult> {
    const next = lastTick.then(tickOnce, tickOnce);
    lastTick = next.catch(() => {});
    return next;
  }

  async function tickOnce(): Promise<TickResult> {
    const result: TickResult = { sent: 0, late: 0, cancelled: 0, undeliverable: 0, failed: 0, retrying: 0, lateness: [] };
    const now = deps.clock.now();
    await deps.store.requeueStale(new Date(now.getTime() - STALE_CLAIM_MS));
    const token = randomUUID();
    const keepClaims = setInterval(() => {
      deps.store.refreshClaims(token, deps.clock.now()).catch((err: unknown) => deps.logger.error('dispatch.refresh_claims_failed', { err }));
    }, CLAIM_REFRESH_MS);
    keepClaims.unref?.();
    try {
      for (;;) {
        const due = await deps.store.claimDue(deps.clock.now(), batch, token);
        if (due.length === 0) break;
        // Until nothing is due: a notice scheduled while this batch was sent (e.g. to the officer) goes now too.
        await dispatchBatch(due, result);
      }
    } finally {
      clearInterval(keepClaims);
    }
    if (result.sent || result.undeliverable || result.failed || result.retrying) {
      deps.logger.info('dispatch', { sent: result.sent, late: result.late, cancelled: result.cancelled, undeliverable: result.undeliverable, failed: result.failed, retrying: result.retrying });
    }
    return result;
  }

  function schedule(delayMs: number) {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(run, Math.max(0, delayMs));
    timer.unref?.();
  }

  async function cycle(): Promise<void> {
    let next: Date | undefined;
    try {
      await tick();
    } catch (err) {
      if (isStorageUnavailable(err)) deps.logger.warn('dispatch.storage_unavailable', { code: codeOf(err) });
      else deps.logger.error('dispatch.tick_failed', { err });
    }
    try {
      next = await deps.store.nextDueAt();
    } catch (err) {
      if (isStorageUnavailable(err)) deps.logger.warn('dispatch.storage_unavailable', { code: codeOf(err) });
      else deps.logger.error('dispatch.next_due_failed', { err });
    }
    running = undefined;
    const wait = next ? next.getTime() - deps.clock.now().getTime() : deps.intervalMs;
    schedule(Math.min(Math.max(wait, 0), deps.intervalMs));
  }

  function run() {
    if (running) return;
    running = cycle();
  }

  return {
    tick,
    start() {
      stopped = false;
      schedule(0);
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
    poke() {
      if (!stopped && !running) schedule(0);
    },
  };
}
