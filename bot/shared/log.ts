// One JSON line per event on stderr. Never pass message text or names here: callers log ids, counts and kinds.
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(event: string, fields?: LogFields): void;
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  /** `err` is logged as its class and stack only: an error message may quote user input. */
  error(event: string, fields?: LogFields): void;
}

export type LogSink = (level: LogLevel, event: string, fields: Record<string, unknown>) => void;

const stderrSink: LogSink = (level, event, fields) => {
  process.stderr.write(JSON.stringify({ t: new Date().toISOString(), level, event, ...fields }) + '\n');
};

export function createLogger(sink: LogSink = stderrSink, minLevel: LogLevel = 'info'): Logger {
  const order: LogLevel[] = ['debug', 'info', 'warn', 'error'];
  const min = order.indexOf(minLevel);
  const emit = (level: LogLevel) => (event: string, fields: Record<string, unknown> = {}) => {
    if (order.indexOf(level) < min) return;
    const { err, ...rest } = fields as { err?: unknown };
    const errFields = err instanceof Error ? { error: err.name, stack: err.stack?.split('\n').slice(1, 6).join(' | ') } : {};
    sink(level, event, { ...rest, ...errFields });
  };
  return { debug: emit('debug'), info: emit('info'), warn: emit('warn'), error: emit('error') };
}

export const silentLogger: Logger = createLogger(() => {}, 'error');
