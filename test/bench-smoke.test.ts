// The benchmark runs end to end (quality, latency, cold start, HTTP load, reminders) on the test fixture
// and produces every key issue 7 names. It checks shape and sanity, never speed: timings vary by machine.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { benchOptions } from '../scripts/bench/options.ts';
import { runBench } from '../scripts/bench/run-bench.ts';
import { formatTable } from '../scripts/bench/table.ts';
import { REQUIRED_KEYS, type BenchResults } from '../scripts/bench/results.ts';
import { percentile } from '../scripts/bench/stats.ts';

const dir = mkdtempSync(join(tmpdir(), 'bench-smoke-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run bench -- --smoke', () => {
  it('runs every measurement on the fixture and writes the keys issue 7 names', { timeout: 150_000 }, async () => {
    const options = benchOptions(['--smoke'], { out: join(dir, 'unused.json'), smokeOut: join(dir, 'results.json') });
    expect(options.knowledge).toBe('fixture');
    const results = await runBench(options);
    writeFileSync(options.out, JSON.stringify(results));
    const json = JSON.parse(readFileSync(options.out, 'utf8')) as BenchResults;

    for (const k of REQUIRED_KEYS.top) expect(json, k).toHaveProperty(k);
    for (const k of REQUIRED_KEYS.answer_ms) expect(typeof json.answer_ms[k]).toBe('number');
    for (const k of REQUIRED_KEYS.cold_start_ms) expect(json.cold_start_ms[k]).toBeGreaterThan(0);
    for (const level of REQUIRED_KEYS.http) for (const k of REQUIRED_KEYS.http_level) expect(typeof json.http[level]?.[k], `${level}.${k}`).toBe('number');
    for (const k of REQUIRED_KEYS.rss_mb) expect(json.rss_mb[k]).toBeGreaterThan(0);
    for (const k of REQUIRED_KEYS.reminders) expect(typeof json.reminders[k]).toBe('number');
    for (const e of REQUIRED_KEYS.quality_engines) {
      const { top1, top3 } = json.quality[e];
      // Figures, not NaN or null: a scoring bug that divides by zero shows here.
      expect([top1, top3].every(Number.isFinite), `${e}: ${top1} / ${top3}`).toBe(true);
      // A right answer first is also a right answer in the first three.
      expect(top1, e).toBeLessThanOrEqual(top3);
    }
    expect(json.machine).toMatch(/cores/);
    expect(json.knowledge.kind).toBe('fixture');
  });

  it('answered every turn and sent every reminder, with no errors logged by the bot', { timeout: 150_000 }, async () => {
    const json = JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')) as BenchResults;
    for (const level of Object.values(json.http_detail.levels)) {
      expect(level.requests).toBeGreaterThan(0);
      expect(level.errors + level.non2xx + level.timeouts + level.unanswered).toBe(0);
    }
    expect(json.http_detail.logged_errors).toBe(0);
    expect(json.reminders_detail.burst.sent).toBe(json.reminders_detail.burst.open);
    expect(json.reminders_detail.steady.sent).toBe(json.reminders_detail.steady.open);
    // The fixture's own question set is complete: no stale section ids.
    expect(json.quality_detail.stale ?? []).toEqual([]);
    expect(formatTable(json)).toContain('== Targets (issue 7)');
  });
});

describe('percentiles', () => {
  it('use the nearest rank, so p99 is a latency some request really had', () => {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(xs, 50)).toBe(50);
    expect(percentile(xs, 99)).toBe(99);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 99)).toBe(0);
  });
});
