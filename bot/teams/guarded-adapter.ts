// CloudAdapter with clean refusals. botbuilder answers a forged token with a 500 or 401 whose body is its internal
// error message, prints a stack per request, and cannot say "try later" when the signing keys can't be fetched.
// Here authentication runs first: a token that fails is a 401 with no detail, unreachable signing keys a 503,
// each with one log line; only an authenticated activity reaches the turn.
import { CloudAdapter, type Activity, type ConfigurationBotFrameworkAuthentication, type Request, type Response, type TurnContext } from 'botbuilder';
import type { Logger } from '../shared/log.ts';

type Logic = (context: TurnContext) => Promise<void>;

/** The algorithms the Bot Framework signs with (AuthenticationConstants.AllowedSigningAlgorithms). */
const SIGNING_ALGORITHMS = new Set(['RS256', 'RS384', 'RS512']);
/** botbuilder's own clock tolerance for channel tokens. */
const CLOCK_TOLERANCE_S = 5 * 60;

export type AuthRefusal = { status: 401; reason: string } | { status: 503; reason: string };

export class GuardedCloudAdapter extends CloudAdapter {
  constructor(
    private readonly auth: ConfigurationBotFrameworkAuthentication,
    private readonly logger: Logger,
    private readonly authEnabled: boolean,
    /** Wall-clock time for token expiry (the signer's clock is real time, whatever the app's clock says). */
    private readonly nowMs: () => number = Date.now,
  ) {
    super(auth);
  }

  // One signature that covers both of CloudAdapter's overloads; the socket form (streaming) is passed through.
  override async process(req: Request, resOrSocket: unknown, logicOrHead: unknown, maybeLogic?: unknown): Promise<void> {
    if (maybeLogic) return super.process(req, resOrSocket as never, logicOrHead as never, maybeLogic as never);
    const res = resOrSocket as Response;
    const logic = logicOrHead as Logic;
    const end = (status: number, body?: unknown) => {
      res.status(status);
      if (body !== undefined) res.send(body);
      res.end();
    };

    const activity = withDates(req.body as Record<string, unknown>);
    const header = req.headers.authorization ?? req.headers.Authorization;
    const authHeader = typeof header === 'string' ? header : '';
    let authenticated: Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']>>;
    try {
      const early = this.authEnabled ? refuseUnusableToken(authHeader, this.nowMs()) : undefined;
      if (early) throw Object.assign(new Error(early), { name: 'UnusableToken' });
      authenticated = await this.auth.authenticateRequest(activity, authHeader);
    } catch (err) {
      const refusal = classifyAuthFailure(err);
      if (refusal.status === 503) {
        this.logger.warn('auth.signing_keys_unavailable', { reason: refusal.reason });
        res.header('Retry-After', '30');
        return end(503, { error: 'The assistant can’t check who sent this right now. Please try again shortly.' });
      }
      this.logger.warn('auth.rejected', { reason: refusal.reason });
      return end(401, { error: 'Unauthorized' });
    }

    try {
      const invokeResponse = await this.processActivity(authenticated, activity, logic);
      end(invokeResponse?.status ?? 200, invokeResponse?.body);
    } catch (err) {
      // onTurnError has already handled errors inside the turn; this is the adapter itself failing.
      this.logger.error('http.process_failed', { err });
      end(500, { error: 'The assistant could not process this activity.' });
    }
  }
}

/** A token our channel can't have signed, or that has expired: no point fetching keys, and botbuilder would print
 *  a stack for it. Everything else is botbuilder's to verify. */
function refuseUnusableToken(authHeader: string, nowMs: number): string | undefined {
  const [scheme, token] = authHeader.split(' ');
  if (!authHeader) return undefined; // botbuilder refuses a missing header itself, quietly.
  if (scheme !== 'Bearer' || !token) return 'not-bearer';
  const [headerPart, payloadPart] = token.split('.');
  let alg: unknown;
  let exp: unknown;
  try {
    alg = (JSON.parse(Buffer.from(headerPart ?? '', 'base64url').toString('utf8')) as { alg?: unknown }).alg;
    exp = (JSON.parse(Buffer.from(payloadPart ?? '', 'base64url').toString('utf8')) as { exp?: unknown }).exp;
  } catch {
    return 'malformed';
  }
  if (typeof alg !== 'string' || !SIGNING_ALGORITHMS.has(alg)) return 'algorithm';
  if (typeof exp === 'number' && (exp + CLOCK_TOLERANCE_S) * 1000 < nowMs) return 'expired';
  return undefined;
}

/** Unreachable or broken OpenID metadata is ours to retry (503); anything else about the token is a 401. */
export function classifyAuthFailure(err: unknown): AuthRefusal {
  const e = (err ?? {}) as { name?: string; message?: string; statusCode?: number; type?: string };
  const name = e.name ?? 'Error';
  if (name === 'UnusableToken') return { status: 401, reason: e.message ?? 'unusable' };
  if (name === 'FetchError' || name === 'AbortError' || e.type === 'system') return { status: 503, reason: 'fetch-failed' };
  // botbuilder's AuthenticationError carries a status: 500 when the metadata or key set answered with an error.
  if (typeof e.statusCode === 'number' && e.statusCode >= 500) return { status: 503, reason: 'metadata-refused' };
  if (name === 'SyntaxError') return { status: 503, reason: 'metadata-unreadable' };
  if (name === 'TokenExpiredError' || /expired/i.test(e.message ?? '')) return { status: 401, reason: 'expired' };
  if (name === 'JsonWebTokenError' || name === 'NotBeforeError') return { status: 401, reason: 'signature' };
  return { status: 401, reason: typeof e.statusCode === 'number' ? 'claims' : name };
}

/** What botbuilder's validateAndFixActivity does: ISO strings to Dates, keeping the raw text. */
function withDates(body: Record<string, unknown>): Activity {
  const a = body as Record<string, unknown>;
  for (const [field, raw] of [['timestamp', 'rawTimestamp'], ['localTimestamp', 'rawLocalTimestamp'], ['expiration', 'rawExpiration']] as const) {
    if (typeof a[field] === 'string') {
      a[raw] = a[field];
      a[field] = new Date(a[field] as string);
    }
  }
  return a as unknown as Activity;
}
