// createApp(deps): the restify server with every route, and no side effects until someone calls listen().
import restify from 'restify';
import type { ActivityHandler, CloudAdapter } from './teams/adapter.ts';
import type { HttpRequest, HttpRoute } from './web/http.ts';
import type { Logger } from './shared/log.ts';
import { tenantOf } from './teams/activity.ts';
import { activityFieldProblem } from './teams/activity-validation.ts';

export interface AppDeps {
  adapter: CloudAdapter;
  bot: ActivityHandler;
  routes: HttpRoute[];
  logger: Logger;
  /** Empty = any tenant. Lower-case (config lower-cases them): tenant ids are GUIDs, compared case-insensitively. */
  allowedTenants: readonly string[];
  /** Whether the database answers now: /healthz says 503 (not ready) when it doesn't, so a load balancer takes the instance out. */
  healthy?: () => Promise<boolean>;
}

const MAX_BODY_BYTES = 256 * 1024;

export function createApp(deps: AppDeps): restify.Server {
  const server = restify.createServer({ name: 'safeguarding-assistant', handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyParser({ mapParams: false, maxBodySize: MAX_BODY_BYTES, rejectUnknown: false }));

  server.post('/api/messages', async (req, res) => {
    const problem = activityProblem(req.body, req.contentType());
    if (problem) {
      deps.logger.warn('http.bad_activity', { problem });
      res.send(400, { error: problem });
      return;
    }
    const tenant = tenantOf(req.body);
    if (deps.allowedTenants.length && (!tenant || !deps.allowedTenants.includes(tenant.toLowerCase()))) {
      deps.logger.warn('http.tenant_rejected', { tenantKnown: Boolean(tenant) });
      res.send(403, { error: 'This assistant is not available to your organisation.' });
      return;
    }
    try {
      await deps.adapter.process(req, res, (context) => deps.bot.run(context));
    } catch (err) {
      deps.logger.error('http.process_failed', { err });
      if (!res.headersSent) res.send(500, { error: 'The assistant could not process this activity.' });
    }
  });

  server.get('/healthz', async (_req, res) => {
    const healthy = deps.healthy ? await deps.healthy().catch(() => false) : true;
    if (healthy) res.send(200, { ok: true, ready: true });
    else {
      res.header('Retry-After', '5');
      res.send(503, { ok: false, ready: false, reason: 'the database is not answering' });
    }
  });

  for (const route of deps.routes) {
    const handler = async (req: restify.Request, res: restify.Response) => {
      try {
        const result = await route.handle(toHttpRequest(req));
        if (result.contentType) res.header('Content-Type', result.contentType);
        for (const [k, v] of Object.entries(result.headers ?? {})) res.header(k, v);
        if (typeof result.body === 'string' || Buffer.isBuffer(result.body)) {
          res.writeHead(result.status);
          res.end(result.body);
        } else res.send(result.status, result.body);
      } catch (err) {
        deps.logger.error('http.route_failed', { route: route.path, err });
        if (!res.headersSent) res.send(500, { error: 'Something went wrong.' });
      }
    };
    if (route.method === 'get') server.get(route.path, handler);
    else server.post(route.path, handler);
  }

  server.on('restifyError', (_req: restify.Request, _res: restify.Response, err: Error & { statusCode?: number }, callback: () => void) => {
    if ((err.statusCode ?? 500) >= 500) deps.logger.error('http.error', { err });
    callback();
  });
  return server;
}

function activityProblem(body: unknown, contentType: string): string | undefined {
  if (!/json/i.test(contentType)) return 'Content-Type must be application/json';
  return activityFieldProblem(body);
}

function toHttpRequest(req: restify.Request): HttpRequest {
  return {
    path: req.path(),
    params: { ...(req.params as Record<string, string>) },
    query: { ...((req.query ?? {}) as Record<string, string>) },
    headers: req.headers as Record<string, string | undefined>,
    body: req.body,
  };
}

export function listen(server: restify.Server, port: number, host = '0.0.0.0'): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve((server.address() as { port: number }).port));
  });
}
