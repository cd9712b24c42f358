// Turn latency and throughput at 10 concurrent conversations with the bot on a given store: the bench's
// HTTP load (http-load.ts) against the bot process on SQLite or on PostgreSQL, nothing else changed.
import { startFakeConnector } from '../../test/support/fake-connector.ts';
import { person } from '../../test/support/activities.ts';
import { load, startBot, type HttpLevel } from './http-load.ts';
import type { KnowledgeSource } from './knowledge-source.ts';
import { ownQuestionsFile, readOwnQuestions } from './own-questions.ts';

export type TurnsResult = Omit<HttpLevel, 'rss_after_mb'> & { store: 'sqlite' | 'postgres'; logged_errors: string[] };

export async function measureTurns(source: KnowledgeSource, options: { seconds: number; warmupSeconds: number; conversations: number; databaseUrl?: string }): Promise<TurnsResult> {
  const connector = await startFakeConnector();
  const bot = startBot(source, { databaseUrl: options.databaseUrl });
  try {
    const ready = await bot.next('ready');
    const url = `http://127.0.0.1:${ready.port}/api/messages`;
    const people = Array.from({ length: options.conversations }, (_, i) => person(`turns-${i}`));
    for (const p of people) connector.members.set(p.id, { email: `${p.id.slice(3)}@tenant.example`, aadObjectId: p.aadObjectId });
    const questions = readOwnQuestions(ownQuestionsFile(source.partnership)).map((q) => q.q);
    const httpOptions = {
      concurrency: [options.conversations],
      seconds: options.seconds,
      warmupSeconds: options.warmupSeconds,
      maxRequests: 50_000,
      reminderBurst: { count: 0, spreadMs: 0, recipients: 1, tenants: 1 },
      reminderSteady: { count: 0, spreadMs: 0, recipients: 1, tenants: 1 },
      questions,
    };
    if (options.warmupSeconds > 0) await load(url, connector, people, httpOptions, options.warmupSeconds);
    connector.recorded.splice(0);
    const level = await load(url, connector, people, httpOptions, options.seconds);
    return { store: options.databaseUrl ? 'postgres' : 'sqlite', ...level, logged_errors: [...new Set(bot.errors)] };
  } finally {
    await bot.stop();
    await connector.close();
  }
}
