// Sends what is due. Safe with several processes on one database: a message is claimed in one UPDATE
// before it is sent, so only one process sends it. A timer wakes at the next due time (or every
// `intervalMs` at most), so reminders go out within a second or so of being due.
import { randomUUID } from 'node:crypto';
import type { Clock } from '../shared/clock.ts';
import type { Logger } from '../shared/log.ts';
import type { Notifier } from '../shared/notifier.ts';
import type { MessageKind, ScheduleStore } from './types.ts';

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
}

export interface TickResult {
  sent: number;
  late: number;
  cancelled: number;
  undeliverable: number;
  failed: number;
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

export function createDispatcher(deps: DispatcherDeps): Dispatcher {
  const lateAfter = deps.lateAfterMs ?? 5 * 60_000;
  const batch = deps.batchSize ?? 500;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<TickResult> | undefined;
  let stopped = true;

  async function tick(): Promise<TickResult> {
    const result: TickResult = { sent: 0, late: 0, cancelled: 0, undeliverable: 0, failed: 0, lateness: [] };
    const now = deps.clock.now();
    deps.store.requeueStale(new Date(now.getTime() - STALE_CLAIM_MS));
    const token = randomUUID();
    for (;;) {
      const due = deps.store.claimDue(deps.clock.now(), batch, token);
      if (due.length === 0) break;
      for (const message of due) {
        const at = deps.clock.now();
        const lateness = at.getTime() - message.dueAt.getTime();
        const context = { late: lateness > lateAfter, now: at };
        const kind = deps.kinds[message.kind];
        try {
          if (!kind) throw new Error(`dispatcher: no renderer for kind "${message.kind}"`);
          const rendered = await kind.render(message, context);
          if (!rendered) {
            deps.store.markCancelled(message.id, at);
            result.cancelled++;
            continue;
          }
          const delivery = await deps.notifier.send(message.recipient, rendered);
          if (delivery.delivered) {
            deps.store.markSent(message.id, deps.clock.now(), context.late, delivery.activityId, delivery.conversationId);
            await kind.sent?.(message, delivery);
            result.sent++;
            result.lateness.push(Math.max(0, lateness));
            if (context.late) result.late++;
          } else {
            deps.store.markUndeliverable(message.id, at, delivery.reason);
            await kind.undeliverable?.(message, context);
            result.undeliverable++;
          }
        } catch (err) {
          result.failed++;
          deps.store.markUndeliverable(message.id, at, 'error');
          deps.logger.error('dispatch.failed', { kind: message.kind, id: message.id, err });
        }
      }
      if (due.length < batch) break;
    }
    if (result.sent || result.undeliverable || result.failed) {
      deps.logger.info('dispatch', { sent: result.sent, late: result.late, cancelled: result.cancelled, undeliverable: result.undeliverable, failed: result.failed });
    }
    return result;
  }

  function schedule(delayMs: number) {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(run, Math.max(0, delayMs));
    timer.unref?.();
  }

  function run() {
    if (running) return;
    running = tick()
      .catch((err) => {
        deps.logger.error('dispatch.tick_failed', { err });
        return undefined as unknown as TickResult;
      })
      .finally(() => {
        running = undefined;
        const next = deps.store.nextDueAt();
        const wait = next ? next.getTime() - deps.clock.now().getTime() : deps.intervalMs;
        schedule(Math.min(Math.max(wait, 0), deps.intervalMs));
      });
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
