// The parent's side of one instance process (instance-process.ts): fork it (compiled from dist/ when built,
// else through tsx), wait for its messages, count the error lines it logs, stop it, or kill it with SIGKILL.
import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FromInstance, ToInstance } from './instance-process.ts';
import { REPO_ROOT, type KnowledgeSource } from './knowledge-source.ts';

const COMPILED = join(REPO_ROOT, 'dist', 'scripts', 'bench', 'instance-process.js');
const SOURCE = join(import.meta.dirname, 'instance-process.ts');
export const instanceRuntime = (): 'compiled' | 'tsx' => (existsSync(COMPILED) ? 'compiled' : 'tsx');

export interface InstanceHandle {
  pid: number;
  next<T extends FromInstance['type']>(type: T): Promise<Extract<FromInstance, { type: T }>>;
  send(m: ToInstance): void;
  /** `kill -9`: no shutdown code runs, claims and connections are left as they were. */
  killHard(): void;
  /** Asks it to stop; its own count of reminders sent. */
  stop(): Promise<number | undefined>;
  /** Event names of the error lines it logged. */
  errors: string[];
  /** Reminders it had sent at its last progress report. */
  sentSoFar(): number;
}

export function startInstance(source: KnowledgeSource, databaseUrl?: string): InstanceHandle {
  const compiled = instanceRuntime() === 'compiled';
  const child = fork(compiled ? COMPILED : SOURCE, [source.dir, source.partnership, ...(databaseUrl ? [databaseUrl] : [])], {
    cwd: REPO_ROOT,
    execArgv: compiled ? [] : ['--import', 'tsx'],
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  const errors: string[] = [];
  let buffered = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    buffered += chunk;
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) {
      if (!line.includes('"level":"error"')) {
        // A crash at start (not a JSON log line) is worth seeing as it happens.
        if (!line.startsWith('{') && line.trim()) process.stderr.write(`instance ${child.pid}: ${line}\n`);
        continue;
      }
      try {
        errors.push(String((JSON.parse(line) as { event?: unknown }).event));
      } catch {
        errors.push('unparsed error line');
      }
    }
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let sentSoFar = 0;
  child.on('message', (m: FromInstance) => {
    if (m.type === 'progress') sentSoFar = m.sent;
  });
  const next: InstanceHandle['next'] = (type) =>
    new Promise((resolve, reject) => {
      const onMessage = (m: FromInstance) => {
        if (m.type === 'error') {
          cleanup();
          reject(new Error(`bench: instance ${child.pid}: ${m.message}`));
        } else if (m.type === type) {
          cleanup();
          resolve(m as Extract<FromInstance, { type: typeof type }>);
        }
      };
      const onExit = (code: number | null) => {
        cleanup();
        reject(new Error(`bench: instance ${child.pid} exited (${code}) before "${type}"`));
      };
      const cleanup = () => {
        child.off('message', onMessage);
        child.off('exit', onExit);
      };
      child.on('message', onMessage);
      child.once('exit', onExit);
    });
  return {
    pid: child.pid ?? 0,
    errors,
    sentSoFar: () => sentSoFar,
    next,
    send: (m) => void child.send(m),
    killHard: () => void child.kill('SIGKILL'),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return undefined;
      const stopped = next('stopped').then((m) => m.sent, () => undefined);
      child.send({ type: 'stop' } satisfies ToInstance);
      const killer = setTimeout(() => child.kill(), 10_000);
      const sent = await stopped;
      await exited;
      clearTimeout(killer);
      return sent;
    },
  };
}
