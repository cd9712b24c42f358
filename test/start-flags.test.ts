// The bench measures the bot with the flags and environment `npm start` gives it: if one changes without the
// other, the memory figures in BENCHMARKS.md would describe a process nobody runs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { START_ENV, START_NODE_FLAGS } from '../scripts/bench/bot-flags.ts';

const startScript: string = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')).scripts.start;
const words = startScript.split('&&').at(-1)!.trim().split(/\s+/);
const nodeAt = words.indexOf('node');

describe('npm start', () => {
  it('runs the compiled bot with exactly the Node flags the bench runs it with', () => {
    expect(nodeAt).toBeGreaterThanOrEqual(0);
    expect(words.at(-1)).toBe('dist/bot/index.js');
    expect(words.slice(nodeAt + 1, -1)).toEqual([...START_NODE_FLAGS]);
  });

  it('sets exactly the environment the bench runs it with', () => {
    const env = Object.fromEntries(words.slice(0, nodeAt).map((w) => w.split('=') as [string, string]));
    expect(env).toEqual(START_ENV);
  });
});
