// Free text we must store (feedback questions, audit answers and drafts) is deleted once it has been kept
// FREE_TEXT_RETENTION_DAYS past the point it stopped being needed. Each store that holds such text registers
// a holder; the sweeper asks each to delete what is older than the cut-off, on a timer and with injected time.
import type { Clock } from './clock.ts';
import type { Logger } from './log.ts';

export interface FreeTextHolder {
  /** For the log line: what kind of text this is (never the text). */
  readonly name: string;
  /** Deletes free text whose retention started before `cutoff`; returns how many records lost text. */
  purgeFreeTextBefore(cutoff: Date): Promise<number>;
}

export interface RetentionSweeper {
  /** One sweep now; returns the number of records that lost text. */
  sweep(): Promise<number>;
  start(): void;
  stop(): Promise<void>;
}

export const SWEEP_INTERVAL_MS = 60 * 60_000;
const DAY_MS = 86_400_000;

export function createRetentionSweeper(deps: {
  holders: readonly FreeTextHolder[];
  retentionDays: number;
  clock: Clock;
  logger: Logger;
  /** After deleting: make sure the deleted text leaves the files too (e.g. a WAL checkpoint). */
  afterPurge?: () => Promise<void>;
  intervalMs?: number;
}): RetentionSweeper {
  let timer: NodeJS.Timeout | undefined;
  async function sweep(): Promise<number> {
    const cutoff = new Date(deps.clock.now().getTime() - deps.retentionDays * DAY_MS);
    let total = 0;
    for (const holder of deps.holders) {
      try {
        const n = await holder.purgeFreeTextBefore(cutoff);
        total += n;
        if (n) deps.logger.info('retention.purged', { holder: holder.name, records: n, retentionDays: deps.retentionDays });
      } catch (err) {
        deps.logger.error('retention.purge_failed', { holder: holder.name, err });
      }
    }
    if (total) {
      try {
        await deps.afterPurge?.();
      } catch (err) {
        deps.logger.error('retention.after_purge_failed', { err });
      }
    }
    return total;
  }
  // The timer's sweeps: one at a time, and stop() waits for the one running.
  let running: Promise<number> | undefined;
  const sweepInBackground = () => {
    running ??= sweep()
      .catch((err: unknown) => {
        deps.logger.error('retention.sweep_failed', { err });
        return 0;
      })
      .finally(() => (running = undefined));
  };
  return {
    sweep,
    start() {
      if (timer) return;
      sweepInBackground();
      timer = setInterval(sweepInBackground, deps.intervalMs ?? SWEEP_INTERVAL_MS);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      await running;
    },
  };
}
