// A throwaway PostgreSQL server for the bench (scripts/pg-test-cluster.sh on a free loopback port), stopped
// at the end, and a fresh database on it per measurement so one run's rows never meet another's.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { REPO_ROOT } from './knowledge-source.ts';

const SCRIPT = join(REPO_ROOT, 'scripts', 'pg-test-cluster.sh');

export interface PgCluster {
  /** postgres://postgres@127.0.0.1:<port>/postgres */
  url: string;
  /** The server's version, for the report. */
  version: string;
  /** A new, empty database on the server: its URL. */
  createDatabase(name: string): Promise<string>;
  stop(): void;
}

/** Why the bench cannot run its PostgreSQL part here, or undefined when it can. */
export function postgresMissing(): string | undefined {
  const root = '/usr/lib/postgresql';
  const installed = existsSync(root) && readdirSync(root).some((v) => existsSync(join(root, v, 'bin', 'initdb')));
  return installed ? undefined : 'PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): apt-get install -y postgresql, then run again';
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export async function startPgCluster(): Promise<PgCluster> {
  const missing = postgresMissing();
  if (missing) throw new Error(`bench: ${missing}`);
  const dir = mkdtempSync(join(tmpdir(), 'bench-pg-'));
  const port = await freePort();
  const url = execFileSync('bash', [SCRIPT, dir, String(port)], { encoding: 'utf8' }).trim();
  const admin = async <T>(fn: (c: pg.Client) => Promise<T>) => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      return await fn(c);
    } finally {
      await c.end();
    }
  };
  const version = await admin(async (c) => String((await c.query('show server_version')).rows[0].server_version));
  let stopped = false;
  return {
    url,
    version,
    async createDatabase(name) {
      if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`bench: bad database name ${name}`);
      await admin((c) => c.query(`create database ${name}`));
      return url.replace(/\/postgres$/, `/${name}`);
    },
    stop() {
      if (stopped) return;
      stopped = true;
      execFileSync('bash', [SCRIPT, '--stop', dir], { stdio: 'ignore' });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
