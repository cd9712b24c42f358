// Cold start for the current knowledge and for synthetic knowledge 10x and 100x its size, each in fresh
// processes (median of a few), to show how the cost of loading Markdown and building the index grows.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, type KnowledgeSource } from './knowledge-source.ts';
import { writeSyntheticKnowledge } from './synthetic-knowledge.ts';
import { round } from './stats.ts';
import { START_ENV, START_NODE_FLAGS } from './bot-flags.ts';

interface ChildFigures {
  sections: number;
  import_ms: number;
  load_ms: number;
  index_ms: number;
  first_answer_ms: number;
  rss_mb: number;
}

export interface ColdStartSize {
  multiplier: number;
  sections: number;
  runs: number;
  /** load + index: what grows with content. Median over the runs. */
  total_ms: number;
  load_ms: number;
  index_ms: number;
  first_answer_ms: number;
  /** Loading the modules themselves (tsx, flexsearch), the same at every size. */
  import_ms: number;
  rss_mb: number;
  /** total_ms per 1,000 sections: roughly constant if the growth is linear. */
  ms_per_1000_sections: number;
  /** Not run (it would not fit the time budget): extrapolated from the previous size, and said so. */
  estimated?: true;
}

export interface ColdStartResult {
  /** 'compiled': dist/ with `npm start`'s Node flags, as the bot starts in production; 'tsx': from source. */
  runtime: 'compiled' | 'tsx';
  sizes: ColdStartSize[];
}

// The start as production makes it (compiled by `npm run build`, `npm start`'s flags) when dist/ holds it; from
// source through tsx otherwise (the smoke run in npm test), and the result says which.
const CHILD_COMPILED = join(REPO_ROOT, 'dist', 'scripts', 'bench', 'cold-start-child.js');
const CHILD_SOURCE = join(import.meta.dirname, 'cold-start-child.ts');
const childRuntime = (): ColdStartResult['runtime'] => (existsSync(CHILD_COMPILED) ? 'compiled' : 'tsx');

/**
 * The current size is run `runs` times (median); the synthetic sizes once each, since they take seconds
 * and vary less. The largest runs only when the previous size predicts it ends before `deadline`
 * (a performance.now() time), so `npm run bench` stays under 3 minutes however the content grows;
 * otherwise it is extrapolated and flagged `estimated`.
 */
export function measureColdStart(source: KnowledgeSource, multipliers: readonly number[], runs: number, deadline: number): ColdStartResult {
  const scratch = mkdtempSync(join(tmpdir(), 'bench-kb-'));
  try {
    const sizes: ColdStartSize[] = [];
    for (const [i, m] of multipliers.entries()) {
      const last = i === multipliers.length - 1;
      const prev = sizes.at(-1);
      const scale = (x: number) => (prev ? round((x * m) / prev.multiplier, 0) : 0);
      const predicted = prev ? scale(prev.total_ms) + prev.import_ms + 2_000 : 0;
      if (last && prev && performance.now() + predicted > deadline) {
        sizes.push({ ...prev, multiplier: m, sections: scale(prev.sections), runs: 0, total_ms: scale(prev.total_ms), load_ms: scale(prev.load_ms), index_ms: scale(prev.index_ms), rss_mb: 0, estimated: true });
        continue;
      }
      const dir = m === 1 ? source.dir : writeSyntheticKnowledge(source, m, join(scratch, `x${m}`)).dir;
      sizes.push(measureSize(dir, source.partnership, m, m === 1 ? runs : 1));
    }
    return { runtime: childRuntime(), sizes };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function measureSize(dir: string, partnership: string, multiplier: number, runs: number): ColdStartSize {
  const samples: ChildFigures[] = [];
  for (let i = 0; i < runs; i++) samples.push(runChild(dir, partnership));
  const med = (pick: (f: ChildFigures) => number) => {
    const xs = samples.map(pick).sort((a, b) => a - b);
    return xs[Math.floor((xs.length - 1) / 2)];
  };
  const total = med((f) => f.load_ms + f.index_ms);
  const sections = samples[0].sections;
  return {
    multiplier,
    sections,
    runs,
    total_ms: round(total, 1),
    load_ms: round(med((f) => f.load_ms), 1),
    index_ms: round(med((f) => f.index_ms), 1),
    first_answer_ms: round(med((f) => f.first_answer_ms), 2),
    import_ms: round(med((f) => f.import_ms), 1),
    rss_mb: round(med((f) => f.rss_mb), 1),
    ms_per_1000_sections: round((total / sections) * 1000, 1),
  };
}

function runChild(dir: string, partnership: string): ChildFigures {
  const args = childRuntime() === 'compiled' ? [...START_NODE_FLAGS, CHILD_COMPILED] : ['--import', 'tsx', CHILD_SOURCE];
  const run = spawnSync(process.execPath, [...args, dir, partnership], { cwd: REPO_ROOT, env: { ...process.env, ...START_ENV }, encoding: 'utf8', timeout: 170_000 });
  const line = run.stdout?.trim().split('\n').at(-1);
  if (run.status !== 0 || !line) throw new Error(`bench: cold start in ${dir} failed (exit ${run.status}): ${run.stderr?.slice(-500)}`);
  return JSON.parse(line) as ChildFigures;
}
