// A local stand-in for the Bot Connector service (the activity's serviceUrl): records what the bot sends.
// Faults can be programmed (503s for a while, 429 with Retry-After, resets, no answer, a permanent 403),
// and Teams' rate limits enforced (429 past them), for the delivery tests and the burst bench.
import restify from 'restify';

/** What the fake does with one message send instead of accepting it. */
export type Fault =
  | { status: number; code?: string; retryAfterS?: number }
  /** The connection is cut before the message is accepted. */
  | { reset: true }
  /** No answer at all (the bot's timeout decides); `accepted`: Teams got the message, only the answer is lost. */
  | { hang: true; accepted?: boolean };

export interface SendAttempt {
  route: 'reply' | 'send';
  conversationId: string;
  /** Attempts so far to this conversation, counting this one (1 = first). */
  n: number;
}

/** Teams' published limits, enforced: past them, 429 with Retry-After. */
export interface EnforcedLimits {
  conversation: Array<{ limit: number; ms: number }>;
  tenant: Array<{ limit: number; ms: number }>;
}

export interface Recorded {
  route: 'reply' | 'send' | 'update' | 'create-conversation';
  conversationId: string;
  activityId?: string;
  body: any;
  /** When it arrived (Date.now()): the bench measures lateness where a practitioner would feel it. */
  at?: number;
}

export interface FakeConnector {
  url: string;
  recorded: Recorded[];
  /** Members the getMember call knows: user id -> email/UPN. */
  members: Map<string, { email?: string; userPrincipalName?: string; aadObjectId?: string }>;
  /** Resolves with the first recorded call (after `since`) that matches. */
  waitFor(match: (r: Recorded) => boolean, options?: { timeoutMs?: number; since?: number }): Promise<Recorded>;
  /** The cards sent (not updates), in order. */
  cards(conversationId?: string): any[];
  /** Consulted for every send and reply: a fault, or undefined to accept it. */
  faults?: (attempt: SendAttempt) => Fault | undefined;
  /** Enforce rate limits (429 with Retry-After past them). */
  limits?: EnforcedLimits;
  /** Sends refused by a fault or a limit, and 429s from the limits, for the tests and the bench. */
  refused: Array<{ conversationId: string; status: number | 'reset' | 'hang' }>;
  /** How many requests are being held without an answer. */
  hanging(): number;
  close(): Promise<void>;
}

export async function startFakeConnector(): Promise<FakeConnector> {
  const recorded: Recorded[] = [];
  const members = new Map<string, { email?: string; userPrincipalName?: string; aadObjectId?: string }>();
  const waiters: Array<{ match: (r: Recorded) => boolean; since: number; resolve: (r: Recorded) => void }> = [];
  const server = restify.createServer({ name: 'fake-connector' });
  server.use(restify.plugins.bodyParser({ mapParams: false }));
  let n = 0;
  const record = (r: Recorded) => {
    r.at = Date.now();
    recorded.push(r);
    for (const w of [...waiters]) {
      if (recorded.length - 1 >= w.since && w.match(r)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(r);
      }
    }
  };
  const refused: FakeConnector['refused'] = [];
  const attempts = new Map<string, number>();
  const hanging = new Set<{ end(): void }>();
  const arrivals = new Map<string, number[]>();
  let connector: FakeConnector;

  /** ms until a send fits every window, or 0 when it fits now. */
  const overLimit = (log: number[], windows: Array<{ limit: number; ms: number }>, now: number) => {
    let wait = 0;
    for (const { limit, ms } of windows) {
      let count = 0;
      for (let i = log.length - 1; i >= 0 && log[i] > now - ms; i--) count++;
      if (count >= limit) wait = Math.max(wait, log[log.length - limit] + ms - now);
    }
    return wait;
  };

  /** True when the send was accepted and should be recorded; otherwise the response is dealt with here. */
  const admit = async (route: 'reply' | 'send', req: restify.Request, res: restify.Response): Promise<boolean> => {
    const conversationId = req.params.conversationId as string;
    const attempt = { route, conversationId, n: (attempts.get(conversationId) ?? 0) + 1 };
    attempts.set(conversationId, attempt.n);
    if (connector.limits) {
      const now = performance.now();
      const tenantId = String((req.body as { conversation?: { tenantId?: string } } | undefined)?.conversation?.tenantId ?? '');
      const log = arrivals.get(`c:${conversationId}`) ?? [];
      const tenantLog = arrivals.get(`t:${tenantId}`) ?? [];
      const wait = Math.max(overLimit(log, connector.limits.conversation, now), overLimit(tenantLog, connector.limits.tenant, now));
      if (wait > 0) {
        refused.push({ conversationId, status: 429 });
        res.header('Retry-After', String(Math.max(1, Math.ceil(wait / 1000))));
        res.send(429, { error: { code: 'Throttled', message: 'Too many requests' } });
        return false;
      }
      log.push(now);
      tenantLog.push(now);
      arrivals.set(`c:${conversationId}`, log);
      arrivals.set(`t:${tenantId}`, tenantLog);
      if (tenantLog.length > 10_000) tenantLog.splice(0, 5_000);
    }
    const fault = connector.faults?.(attempt);
    if (!fault) return true;
    if ('status' in fault) {
      refused.push({ conversationId, status: fault.status });
      if (fault.retryAfterS !== undefined) res.header('Retry-After', String(fault.retryAfterS));
      res.send(fault.status, { error: { code: fault.code ?? 'ServiceError', message: 'fault injected by the test' } });
      return false;
    }
    if ('reset' in fault) {
      refused.push({ conversationId, status: 'reset' });
      req.socket.destroy();
      return false;
    }
    if (fault.accepted) record({ route, conversationId, body: req.body });
    refused.push({ conversationId, status: 'hang' });
    const held = { end: () => req.socket.destroy() };
    hanging.add(held);
    // Held until the bot gives up (or the fake closes): restify would answer 500 if the handler returned.
    await new Promise<void>((resolve) => req.socket.once('close', resolve));
    hanging.delete(held);
    return false;
  };

  server.post('/v3/conversations/:conversationId/activities/:activityId', async (req, res) => {
    if (!(await admit('reply', req, res))) return;
    record({ route: 'reply', conversationId: req.params.conversationId, activityId: req.params.activityId, body: req.body });
    res.send(200, { id: `sent-${++n}` });
  });
  server.post('/v3/conversations/:conversationId/activities', async (req, res) => {
    if (!(await admit('send', req, res))) return;
    record({ route: 'send', conversationId: req.params.conversationId, body: req.body });
    res.send(200, { id: `sent-${++n}` });
  });
  server.put('/v3/conversations/:conversationId/activities/:activityId', async (req, res) => {
    record({ route: 'update', conversationId: req.params.conversationId, activityId: req.params.activityId, body: req.body });
    res.send(200, { id: req.params.activityId });
  });
  server.post('/v3/conversations', async (req, res) => {
    record({ route: 'create-conversation', conversationId: '', body: req.body });
    res.send(200, { id: `a:created-${++n}` });
  });
  server.get('/v3/conversations/:conversationId/members/:userId', async (req, res) => {
    const m = members.get(req.params.userId);
    if (!m) {
      res.send(404, { error: { code: 'MemberNotFoundInConversation', message: 'not found' } });
      return;
    }
    res.send(200, { id: req.params.userId, ...m });
  });
  const port = await new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)));
  connector = {
    url: `http://127.0.0.1:${port}/`,
    recorded,
    members,
    refused,
    hanging: () => hanging.size,
    waitFor(match, { timeoutMs = 5000, since = 0 } = {}) {
      const found = recorded.slice(since).find(match);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const w = { match, since, resolve };
        waiters.push(w);
        setTimeout(() => {
          const i = waiters.indexOf(w);
          if (i >= 0) {
            waiters.splice(i, 1);
            reject(new Error(`fake connector: nothing matched within ${timeoutMs} ms (${recorded.length} recorded)`));
          }
        }, timeoutMs).unref();
      });
    },
    cards(conversationId) {
      return recorded
        .filter((r) => r.route !== 'update' && (!conversationId || r.conversationId === conversationId))
        .flatMap((r) => (r.body?.attachments ?? []).map((a: any) => a.content));
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const h of hanging) h.end();
        server.close(() => resolve());
      }),
  };
  return connector;
}
