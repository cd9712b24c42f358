// When to try again after a passing failure: exponential backoff with jitter (so a thousand reminders
// failed at 09:00 don't all return at the same second), never sooner than Teams' Retry-After.

export interface RetryPolicy {
  /** Retried for this long after the first failure; then the message is undeliverable and someone is told. */
  retryForMs: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

/** `failures` counts this one (1 = the first failure). `random` returns [0, 1). */
export function retryDelayMs(failures: number, retryAfterMs: number | undefined, policy: RetryPolicy, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.min(30, Math.max(0, failures - 1)));
  // "Equal jitter": at least half the step, so the delay still grows, spread over the other half.
  const backoff = Math.round(ceiling / 2 + random() * (ceiling / 2));
  return Math.max(backoff, retryAfterMs ?? 0);
}
