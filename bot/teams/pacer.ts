// Keeps proactive sends inside Teams' published rate limits, so a burst (10,000 reminders at 09:00, 300 to
// one LADO channel) is spread out instead of being throttled into 429s. Exact sliding windows: a send is
// taken only at "now", so each key's log stays in time order and a window is counted by binary search.
// https://learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit

export interface RateWindow {
  limit: number;
  ms: number;
}

/** Per bot per conversation: 7 a second, 8 in 2 s, 60 in 30 s, 1800 an hour. */
export const TEAMS_CONVERSATION_LIMITS: readonly RateWindow[] = [
  { limit: 7, ms: 1_000 },
  { limit: 8, ms: 2_000 },
  { limit: 60, ms: 30_000 },
  { limit: 1800, ms: 3_600_000 },
];
/** Per app per tenant: 50 requests a second. */
export const TEAMS_TENANT_LIMITS: readonly RateWindow[] = [{ limit: 50, ms: 1_000 }];

export interface PacerTime {
  /** Monotonic milliseconds. */
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realPacerTime: PacerTime = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export interface Pacer {
  /** Waits until a send to this conversation (in this tenant) is within every limit, and counts it. */
  take(conversationId: string, tenantId: string): Promise<void>;
  /** Keys with sends still inside a window (for tests and the memory check). */
  size(): number;
}

/** Sends leave here, Teams counts them on arrival: a little slack so network jitter can't bunch them past a limit. */
const DEFAULT_MARGIN_MS = 50;

export function createPacer(options: { time?: PacerTime; conversation?: readonly RateWindow[]; tenant?: readonly RateWindow[]; marginMs?: number } = {}): Pacer {
  const time = options.time ?? realPacerTime;
  const margin = options.marginMs ?? DEFAULT_MARGIN_MS;
  const conversationLimits = options.conversation ?? TEAMS_CONVERSATION_LIMITS;
  const tenantLimits = options.tenant ?? TEAMS_TENANT_LIMITS;
  const logs = new Map<string, number[]>();
  const longest = (limits: readonly RateWindow[]) => Math.max(...limits.map((w) => w.ms)) + margin;
  let sweepAt = 0;

  /** How long until one more send under `key` fits every window (0 = now). */
  function waitFor(key: string, limits: readonly RateWindow[], now: number): number {
    const log = logs.get(key);
    let wait = 0;
    if (!log) return wait;
    for (const { limit, ms } of limits) {
      const inWindow = log.length - firstAfter(log, now - ms - margin);
      // The window frees a place when its oldest counted send leaves it.
      if (inWindow >= limit) wait = Math.max(wait, log[log.length - limit] + ms + margin - now);
    }
    return wait;
  }

  function record(key: string, now: number, keepMs: number) {
    let log = logs.get(key);
    if (!log) logs.set(key, (log = []));
    log.push(now);
    const drop = firstAfter(log, now - keepMs);
    if (drop > 64) log.splice(0, drop);
  }

  function sweep(now: number) {
    if (now < sweepAt) return;
    sweepAt = now + 60_000;
    const keep = Math.max(longest(conversationLimits), longest(tenantLimits));
    for (const [key, log] of logs) if (log[log.length - 1] <= now - keep) logs.delete(key);
  }

  return {
    async take(conversationId, tenantId) {
      const conversationKey = `c:${conversationId}`;
      const tenantKey = `t:${tenantId}`;
      for (;;) {
        const now = time.now();
        const wait = Math.max(waitFor(conversationKey, conversationLimits, now), waitFor(tenantKey, tenantLimits, now));
        if (wait <= 0) {
          record(conversationKey, now, longest(conversationLimits));
          record(tenantKey, now, longest(tenantLimits));
          sweep(now);
          return;
        }
        await time.sleep(Math.ceil(wait));
      }
    },
    size: () => logs.size,
  };
}

/** Index of the first entry greater than `t` in an ascending array. */
function firstAfter(sorted: number[], t: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
