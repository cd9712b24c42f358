// A local stand-in for the Bot Connector service (the activity's serviceUrl): records what the bot sends.
import restify from 'restify';

export interface Recorded {
  route: 'reply' | 'send' | 'update' | 'create-conversation';
  conversationId: string;
  activityId?: string;
  body: any;
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
    recorded.push(r);
    for (const w of [...waiters]) {
      if (recorded.length - 1 >= w.since && w.match(r)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(r);
      }
    }
  };
  server.post('/v3/conversations/:conversationId/activities/:activityId', async (req, res) => {
    record({ route: 'reply', conversationId: req.params.conversationId, activityId: req.params.activityId, body: req.body });
    res.send(200, { id: `sent-${++n}` });
  });
  server.post('/v3/conversations/:conversationId/activities', async (req, res) => {
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
  return {
    url: `http://127.0.0.1:${port}/`,
    recorded,
    members,
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
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
