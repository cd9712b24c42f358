// Starts the Microsoft 365 Agents Playground (@microsoft/m365agentsplayground, an offline Teams-like client
// with its own mock Bot Connector) pointed at a bot endpoint, and stops it by its own process id.
// Used by `npm run playground` (scripts/playground.ts) and the end-to-end test (test/browser-playground.test.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';

export interface Playground {
  /** The chat UI, e.g. http://127.0.0.1:56150/ */
  url: string;
  port: number;
  process: ChildProcess;
  /** Everything it printed, for a test's failure message. */
  output(): string;
  stop(): Promise<void>;
}

export interface PlaygroundOptions {
  /** The bot's messaging endpoint, e.g. http://127.0.0.1:3978/api/messages */
  endpoint: string;
  /** 0 = any free port. */
  port?: number;
  /** Working directory: the playground writes devTools/m365agentsplayground.log here. */
  cwd: string;
  /** Echo its output (for a person at a terminal). */
  echo?: boolean;
  /** Let the playground open the person's default browser (never in tests). */
  openBrowser?: boolean;
  startTimeoutMs?: number;
}

export function playgroundCli(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@microsoft/m365agentsplayground/package.json')), 'cli.js');
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export async function startPlayground(options: PlaygroundOptions): Promise<Playground> {
  const port = options.port || (await freePort());
  mkdirSync(options.cwd, { recursive: true });
  // --dt: no telemetry (the machine may be offline, and nothing about our users should leave it).
  const args = [playgroundCli(), '--app-endpoint', options.endpoint, '--channel-id', 'msteams', '--disable-telemetry', '--port', String(port)];
  const child = spawn(process.execPath, args, {
    cwd: options.cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      // Read by the playground itself: "none" stops it opening a browser window.
      TEAMSAPPTESTER_BROWSER: options.openBrowser ? (process.env.TEAMSAPPTESTER_BROWSER ?? '') : 'none',
    },
  });
  let output = '';
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    if (options.echo) process.stdout.write(chunk);
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);

  // It prints "Listening on <port>"; if that port was taken it picks another, so read the real one.
  const actualPort = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => finish(new Error(`playground: not listening after ${options.startTimeoutMs ?? 30_000} ms. Output:\n${output}`)), options.startTimeoutMs ?? 30_000);
    const check = () => {
      const m = /Listening on (\d+)/.exec(output);
      if (m) finish(undefined, Number(m[1]));
    };
    const exited = (code: number | null) => finish(new Error(`playground: exited with code ${code} before listening. Output:\n${output}`));
    function finish(err?: Error, p?: number) {
      clearTimeout(timer);
      child.stdout!.off('data', check);
      child.off('exit', exited);
      if (err) {
        child.kill('SIGTERM');
        reject(err);
      } else resolve(p!);
    }
    child.stdout!.on('data', check);
    child.once('exit', exited);
    check();
  });

  return {
    url: `http://127.0.0.1:${actualPort}/`,
    port: actualPort,
    process: child,
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
