// What a failed call to the Bot Connector means for the message: try again later (and when), or give up
// now. Teams documents 429 (with Retry-After), 412 and 5xx as worth retrying; 403 (blocked, bot removed)
// and 404 (conversation gone) will not change by retrying.
import type { Delivery } from '../shared/notifier.ts';

type Failure = Extract<Delivery, { delivered: false }>;

interface ErrorLike {
  name?: string;
  code?: string;
  statusCode?: number;
  response?: { status?: number; headers?: { get?(name: string): string | undefined } | Record<string, string> };
}

// No answer came, or the connection broke mid-request: Teams may have the message already.
const AMBIGUOUS_CODES = new Set(['ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ESOCKETTIMEDOUT', 'UND_ERR_SOCKET', 'REQUEST_SEND_ERROR']);
// The request never left: nothing reached Teams.
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

export function classifySendError(err: unknown, nowMs: number): Failure {
  const e = (typeof err === 'object' && err !== null ? err : {}) as ErrorLike;
  const status = e.statusCode ?? e.response?.status;
  const detail = status ? `${status}${e.code ? ` ${e.code}` : ''}` : (e.code ?? e.name ?? 'error');
  if (status !== undefined && status > 0) {
    if (status === 429) return { delivered: false, reason: 'transient', retryAfterMs: retryAfterMs(header(e, 'retry-after'), nowMs), mayHaveArrived: false, detail };
    if (status === 412 || status === 503 || status === 401) return { delivered: false, reason: 'transient', retryAfterMs: retryAfterMs(header(e, 'retry-after'), nowMs), mayHaveArrived: false, detail };
    if (status === 408 || status >= 500) return { delivered: false, reason: 'transient', mayHaveArrived: true, detail };
    // 403 ConversationBlockedByUser / bot removed, 404 conversation not found, 400 a message Teams refuses.
    return { delivered: false, reason: 'permanent', detail };
  }
  if (e.code && NOT_SENT_CODES.has(e.code)) return { delivered: false, reason: 'transient', mayHaveArrived: false, detail };
  if (e.name === 'AbortError' || (e.code && AMBIGUOUS_CODES.has(e.code))) return { delivered: false, reason: 'transient', mayHaveArrived: true, detail };
  // Anything else (an unexpected exception): retried within the budget, honestly marked if it gets through.
  return { delivered: false, reason: 'transient', mayHaveArrived: true, detail };
}

function header(e: ErrorLike, name: string): string | undefined {
  const headers = e.response?.headers;
  if (!headers) return undefined;
  if (typeof headers.get === 'function') return headers.get(name) ?? undefined;
  const record = headers as Record<string, string>;
  return record[name] ?? record[name.toLowerCase()];
}

/** Retry-After is seconds or an HTTP date; anything else is ignored (the backoff decides). */
export function retryAfterMs(value: string | undefined, nowMs: number): number | undefined {
  if (!value) return undefined;
  if (/^\s*\d+(\.\d+)?\s*$/.test(value)) return Math.round(Number(value) * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}

/** An error from the call to the Bot Connector (an HTTP status, a network failure, our deadline), not a bug of ours. */
export function isConnectorError(err: unknown): boolean {
  const e = (typeof err === 'object' && err !== null ? err : {}) as ErrorLike;
  const status = e.statusCode ?? e.response?.status;
  return (status !== undefined && status > 0) || e.name === 'AbortError' || (!!e.code && (AMBIGUOUS_CODES.has(e.code) || NOT_SENT_CODES.has(e.code)));
}
