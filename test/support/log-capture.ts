// A logger that records, so a test fails when an unexpected error was logged: a handler that fails and
// still apologises cannot pass.
import { createLogger, type Logger, type LogLevel } from '../../bot/shared/log.ts';

export interface CapturedLog {
  logger: Logger;
  entries: Array<{ level: LogLevel; event: string; fields: Record<string, unknown> }>;
  /** Errors not matched by `allow`. */
  unexpectedErrors(allow?: RegExp): string[];
}

export function captureLogs(): CapturedLog {
  const entries: CapturedLog['entries'] = [];
  return {
    logger: createLogger((level, event, fields) => entries.push({ level, event, fields }), 'debug'),
    entries,
    unexpectedErrors: (allow) =>
      entries.filter((e) => e.level === 'error' && !(allow && allow.test(e.event))).map((e) => `${e.event} ${JSON.stringify(e.fields)}`),
  };
}
