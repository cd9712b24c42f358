// Reminder dispatch under load: many reminders pending in the real SQLite schedule store, falling due over
// a short window, sent by the real dispatcher through the real Teams notifier (CloudAdapter proactive
// messages) to the fake Bot Connector. Lateness is send time minus due time, as a practitioner feels it.
// A bench message kind stands in for the LADO ones so this measures the machinery, whatever state the
// LADO feature is in; `npm run load:lado` measures the same with the LADO cards.
import type { Assistant } from '../../bot/assemble.ts';
import type { Config } from '../../bot/config.ts';
import { createDispatcher } from '../../bot/scheduling/dispatcher.ts';
import type { ScheduleRequest } from '../../bot/scheduling/types.ts';
import { systemClock } from '../../bot/shared/clock.ts';
import type { Logger } from '../../bot/shared/log.ts';
import { createTeamsNotifier } from '../../bot/teams/teams-notifier.ts';
import { round, summarise } from './stats.ts';

export interface ReminderResult {
  open: number;
  sent: number;
  /** Due times were spread evenly over this window. */
  spread_ms: number;
  recipients: number;
  tenants: number;
  lateness_ms: { p50: number; p99: number; max: number };
  /** From the first due time to the last send. */
  drain_ms: number;
  /** Measured at the fake connector, which enforces Teams' rate limits (429 with Retry-After past them). */
  teams_limits?: TeamsLimitsCheck;
  /** Sends per second while the window was open. */
  sent_per_s: number;
  /** Storing all reminders in one transaction. */
  schedule_ms: number;
}

const KIND = 'bench.reminder';

export interface TeamsLimitsCheck {
  /** Distinct reminders the connector accepted, and any accepted more than once. */
  delivered: number;
  sent_twice: number;
  /** Sends the connector refused with 429 because a limit was passed. */
  throttled_429: number;
  /** The least time the limits allow for this burst, from the busiest tenant and conversation. */
  lower_bound_ms: number;
}

export async function measureReminders(
  assistant: Assistant,
  config: Config,
  logger: Logger,
  options: { count: number; spreadMs: number; recipients: number; tenants: number; connectorUrl: string },
): Promise<ReminderResult> {
  // Conversation references as if each recipient had talked to the bot.
  for (let i = 0; i < options.recipients; i++) {
    await assistant.references.save(`bench-user-${i}`, {
      channelId: 'msteams',
      serviceUrl: options.connectorUrl,
      conversation: { id: `a:bench-${i}`, conversationType: 'personal', tenantId: `tenant-${i % options.tenants}`, isGroup: false, name: '' },
      user: { id: `29:bench-${i}`, name: '' },
      bot: { id: '28:bot-app-id', name: '' },
    });
  }

  const lateness: number[] = [];
  let sent = 0;
  let lastSent = 0;
  let done: () => void = () => {};
  const allSent = new Promise<void>((resolve) => (done = resolve));
  const dispatcher = createDispatcher({
    store: assistant.schedule,
    notifier: createTeamsNotifier(assistant.adapter, config.auth.appId, assistant.references, logger),
    clock: systemClock,
    logger,
    intervalMs: config.dispatchIntervalMs,
    kinds: {
      [KIND]: {
        render: (m) => ({ text: `Reminder ${String(m.payload.n)}: the referral clock is still running.` }),
        sent(m) {
          lastSent = Date.now();
          lateness.push(Math.max(0, lastSent - m.dueAt.getTime()));
          if (++sent === options.count) done();
        },
      },
    },
  });

  const first = Date.now() + 1_000;
  const step = options.spreadMs / options.count;
  const items: ScheduleRequest[] = Array.from({ length: options.count }, (_, n) => ({
    kind: KIND,
    subjectId: `bench-${n}`,
    recipient: { kind: 'user', userKey: `bench-user-${n % options.recipients}` },
    dueAt: new Date(first + Math.floor(n * step)),
    payload: { n },
  }));
  const t0 = performance.now();
  await assistant.schedule.schedule(items);
  const scheduleMs = performance.now() - t0;

  dispatcher.start();
  // Paced within Teams' limits, a burst takes as long as they force (39 s for the full run's) and then some.
  const deadline = options.spreadMs + 180_000;
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, deadline).unref());
  await Promise.race([allSent, timeout]);
  const finished = Date.now();
  await dispatcher.stop();

  const s = summarise(lateness);
  return {
    open: options.count,
    sent,
    spread_ms: options.spreadMs,
    recipients: options.recipients,
    tenants: options.tenants,
    drain_ms: round(Math.max(0, lastSent - first), 0),
    lateness_ms: { p50: round(s.p50, 1), p99: round(s.p99, 1), max: round(s.max, 1) },
    sent_per_s: round(sent / (Math.max(1, finished - first) / 1000), 0),
    schedule_ms: round(scheduleMs, 1),
  };
}
