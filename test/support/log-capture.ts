// A logger that records, so a test fails when an unexpected error was logged: a handler that fails and
// still apologises cannot pass. test/support/setup.ts checks every capture after every test; a test that
// provokes an error on purpose says so first with expectErrorLogs(/event/).
import { createLogger, type Logger, type LogLevel } from '../../bot/shared/log.ts';

type Entry = { level: LogLevel; event: string; fields: Record<string, unknown> };

export interface CapturedLog {
  logger: Logger;
  entries: Entry[];
  /** Errors not matched by `allow`. */
  unexpectedErrors(allow?: RegExp): string[];
}

const describeEntry = (e: Entry) => `${e.event} ${JSON.stringify(e.fields)}`;

/** Every capture still in use, with how far the shared after-each check has read it. */
const live = new Map<Entry[], number>();
let expectedInThisTest: RegExp[] = [];

export function captureLogs(): CapturedLog {
  const entries: Entry[] = [];
  live.set(entries, 0);
  return {
    logger: createLogger((level, event, fields) => entries.push({ level, event, fields }), 'debug'),
    entries,
    unexpectedErrors: (allow) => entries.filter((e) => e.level === 'error' && !(allow && allow.test(e.event))).map(describeEntry),
  };
}

/** This test logs these errors on purpose (matched against the event name and its fields). */
export function expectErrorLogs(...patterns: RegExp[]): void {
  expectedInThisTest.push(...patterns);
}

/** The errors logged since the last call that no test declared; the declarations end with the test. */
export function takeUnexpectedErrors(): string[] {
  const found: string[] = [];
  for (const [entries, read] of live) {
    for (const e of entries.slice(read)) {
      const line = describeEntry(e);
      if (e.level === 'error' && !expectedInThisTest.some((p) => p.test(line))) found.push(line);
    }
    live.set(entries, entries.length);
  }
  expectedInThisTest = [];
  return found;
}
