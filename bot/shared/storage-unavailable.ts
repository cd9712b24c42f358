// The one place that tells "the database is unavailable just now" (worth a kind "try again") from a bug. It reads
// error codes and messages only, so domain code may use it without importing a database driver.

/** What the practitioner is told when their turn could not be saved because the database was unavailable. */
export const STORAGE_UNAVAILABLE_REPLY = "I couldn't save that just now, so nothing was saved. Please try again in a minute. If a child is in immediate danger, call 999.";

// PostgreSQL SQLSTATEs: 08… connection exceptions; 57P01-03 admin/crash shutdown, cannot connect now.
const PG_CONNECTION_GONE = /^(08...|57P0[123])$/;
const SOCKET_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
// node-postgres reports a dropped socket or a pool that could not connect in time with these messages (no code).
const PG_CONNECTION_MESSAGES = /Connection terminated|connection is closed|Client has encountered a connection error|timeout exceeded when trying to connect/i;
// Busy or overloaded rather than broken: too many connections, statement timeout, serialization failure, deadlock,
// lock not available. Trying again a little later is the right answer to all of them.
const PG_TRY_AGAIN = new Set(['53300', '57014', '40001', '40P01', '55P03']);
// SQLite (better-sqlite3 codes, extended ones included): busy or locked, disk I/O, disk full, file gone read-only.
const SQLITE_UNAVAILABLE = /^SQLITE_(BUSY|LOCKED|IOERR|FULL|CANTOPEN|READONLY|PROTOCOL)/;

interface CodedError {
  code?: unknown;
  message?: unknown;
  cause?: unknown;
}

/** The connection itself is gone (a dropped socket, a terminated backend, a server that refuses): a read may be retried on a new one. */
export function isConnectionLost(err: unknown): boolean {
  const e = err as CodedError | undefined;
  const code = typeof e?.code === 'string' ? e.code : '';
  if (PG_CONNECTION_GONE.test(code) || SOCKET_CODES.has(code)) return true;
  return err instanceof Error && PG_CONNECTION_MESSAGES.test(err.message);
}

/** The database cannot take this call now (gone, closed, busy, out of disk); not a fault in the call itself. */
export function isStorageUnavailable(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== 'object' || depth > 4) return false;
  if (isConnectionLost(err)) return true;
  const e = err as CodedError;
  const code = typeof e.code === 'string' ? e.code : '';
  if (PG_TRY_AGAIN.has(code) || SQLITE_UNAVAILABLE.test(code)) return true;
  const message = typeof e.message === 'string' ? e.message : '';
  // Stores closed under a turn (a stopping instance): better-sqlite3's and our PostgreSQL layer's words.
  if (/The database connection is not open|the PostgreSQL stores are closed/.test(message)) return true;
  // A wrapped error (e.g. an AggregateError of failed connection attempts) carries the cause.
  if (e.cause) return isStorageUnavailable(e.cause, depth + 1);
  const errors = (err as { errors?: unknown }).errors;
  return Array.isArray(errors) && errors.length > 0 && errors.every((x) => isStorageUnavailable(x, depth + 1));
}
