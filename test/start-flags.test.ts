// The bench measures the bot with the flags `npm start` gives it: if one changes without the other, the
// memory figures in BENCHMARKS.md would describe a process nobody runs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { START_NODE_FLAGS } from '../scripts/bench/bot-flags.ts';

const startScript: string = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')).scripts.start;

describe('npm start', () => {
  it('runs the compiled bot with exactly the Node flags the bench runs it with', () => {
    const command = startScript.split('&&').at(-1)!.trim().split(/\s+/);
    expect(command[0]).toBe('node');
    expect(command.at(-1)).toBe('dist/bot/index.js');
    expect(command.slice(1, -1)).toEqual([...START_NODE_FLAGS]);
  });
});
