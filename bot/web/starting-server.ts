// The port is opened at once, before the database is: until the assistant is assembled every request gets a 503
// (a load balancer keeps the instance out; the Bot Framework retries a message), then each goes to the assistant.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

export interface StartingServer {
  readonly http: Server;
  /** Why it is not ready yet: what /healthz says while starting. */
  waiting(reason: string): void;
  /** From now on every request goes to this server's request handler (the assistant's restify server). */
  handOver(target: Pick<Server, 'emit'>): void;
  listen(port: number, host?: string): Promise<number>;
  close(): Promise<void>;
}

const RETRY_AFTER_SECONDS = '5';

export function createStartingServer(initialReason = 'starting'): StartingServer {
  let reason = initialReason;
  let target: Pick<Server, 'emit'> | undefined;
  const notReady = (req: IncomingMessage, res: ServerResponse) => {
    // The body is not read: drain it so the connection can be reused.
    req.resume();
    const path = (req.url ?? '/').split('?')[0];
    const body = path === '/healthz' ? { ready: false, reason } : { error: `The assistant is starting (${reason}). Please try again shortly.` };
    res.writeHead(503, { 'Content-Type': 'application/json', 'Retry-After': RETRY_AFTER_SECONDS });
    res.end(JSON.stringify(body));
  };
  const http = createServer((req, res) => {
    if (target) target.emit('request', req, res);
    else notReady(req, res);
  });
  return {
    http,
    waiting(why) {
      reason = why;
    },
    handOver(server) {
      target = server;
    },
    listen(port, host = '0.0.0.0') {
      return new Promise((resolve, reject) => {
        http.once('error', reject);
        http.listen(port, host, () => resolve((http.address() as { port: number }).port));
      });
    },
    close() {
      return new Promise((resolve) => {
        http.close(() => resolve());
        http.closeIdleConnections();
      });
    },
  };
}
