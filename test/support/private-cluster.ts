// A PostgreSQL server of a test's own (scripts/pg-test-cluster.sh), for tests that stop and start the server
// itself: the database unreachable at start, a failover. Stopping is `-m immediate`, as a crash or a failover
// drops every connection; starting again keeps the data.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);
const SCRIPT = join(import.meta.dirname, '..', '..', 'scripts', 'pg-test-cluster.sh');

export interface PrivateCluster {
  readonly port: number;
  /** The admin URL (user postgres, database postgres). */
  readonly url: string;
  /** First call: a fresh cluster; later calls: the same data again. */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Stops it and deletes its files. */
  destroy(): Promise<void>;
}

/** A loopback port nothing listens on now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}

export async function privateCluster(port?: number): Promise<PrivateCluster> {
  const p = port ?? (await freePort());
  const dir = mkdtempSync(join(tmpdir(), 'sa-pg-'));
  rmSync(dir, { recursive: true, force: true }); // the script makes it (owned by the server's user)
  let created = false;
  const bin = () => {
    const versions = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(a) - Number(b));
    return `/usr/lib/postgresql/${versions.at(-1)}/bin`;
  };
  const asOwner = (cmd: string, args: string[]) => (process.getuid?.() === 0 ? run('runuser', ['-u', 'postgres', '--', cmd, ...args]) : run(cmd, args));
  return {
    port: p,
    url: `postgres://postgres@127.0.0.1:${p}/postgres`,
    async start() {
      if (!created) {
        await run('bash', [SCRIPT, dir, String(p)]);
        created = true;
        // The script turns synchronous commit off for speed; a crash would then lose the last commits, which a real
        // server (and these tests' "nothing lost") does not allow. A role setting overrides the server's default.
        const client = new pg.Client({ connectionString: `postgres://postgres@127.0.0.1:${p}/postgres` });
        await client.connect();
        await client.query('alter role postgres set synchronous_commit = on').finally(() => client.end());
        return;
      }
      // The same options as the script's first start.
      await asOwner(`${bin()}/pg_ctl`, ['-D', `${dir}/data`, '-l', `${dir}/server.log`, '-w', '-o', `-p ${p} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`, 'start']);
    },
    async stop() {
      await run('bash', [SCRIPT, '--stop', dir]);
    },
    async destroy() {
      if (created) await run('bash', [SCRIPT, '--stop', dir]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
