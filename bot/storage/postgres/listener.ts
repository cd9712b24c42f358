// LISTENs for "messages scheduled" on one dedicated connection (LISTEN cannot share a pooled one). When the
// connection drops it reconnects with backoff, then wakes the listeners once in case a notice was missed meanwhile.
import pg from 'pg';
import type { Logger } from '../../shared/log.ts';

export interface ScheduledListener {
  on(listener: () => void): () => void;
  close(): Promise<void>;
}

export function listenForScheduled(url: string, channel: string, logger: Logger, backoff = { firstMs: 250, maxMs: 10_000 }): ScheduledListener {
  const listeners = new Set<() => void>();
  let client: pg.Client | undefined;
  let closed = false;
  let failures = 0;
  let timer: NodeJS.Timeout | undefined;

  const wake = () => {
    for (const l of [...listeners]) {
      try {
        l();
      } catch (err) {
        logger.error('storage.scheduled_listener_failed', { err });
      }
    }
  };

  const retry = () => {
    if (closed || timer) return;
    const delay = Math.min(backoff.firstMs * 2 ** failures, backoff.maxMs);
    failures++;
    timer = setTimeout(() => {
      timer = undefined;
      void connect();
    }, delay);
    timer.unref();
  };

  async function connect(): Promise<void> {
    if (closed) return;
    const c = new pg.Client({ connectionString: url, application_name: 'safeguarding-assistant-listen' });
    client = c;
    let dropped = false;
    const drop = (err?: Error & { code?: string }) => {
      if (dropped) return;
      dropped = true;
      if (closed) return;
      logger.warn('storage.postgres_listen_lost', { code: err?.code ?? err?.name ?? 'ended', attempt: failures + 1 });
      c.end().catch(() => {});
      retry();
    };
    c.on('error', drop);
    c.on('end', () => drop());
    c.on('notification', (n) => {
      if (n.channel === channel) wake();
    });
    try {
      await c.connect();
      await c.query(`listen ${channel}`);
      if (closed) return void c.end().catch(() => {});
      if (failures > 0) {
        logger.info('storage.postgres_listen_restored', { attempts: failures });
        wake();
      }
      failures = 0;
    } catch (err) {
      drop(err as Error);
    }
  }

  void connect();
  return {
    on(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      listeners.clear();
      await client?.end().catch(() => {});
    },
  };
}
