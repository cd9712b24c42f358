// The scenario set (../shared/eval/scenarios.jsonl): situations in practitioners' own words for both
// partnerships, and requests that are not about safeguarding. Every engine is rendered by the same ask
// handler and scored by the rule of score-scenarios.mjs, reproduced here: top-1 counts only when the answer
// is given with confidence "high"; out-of-scope requests count when declined. A keyword engine never
// declines, which is part of what the comparison shows.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnswerEngine, type AnswerEngine } from '../../bot/knowledge/answer.ts';
import { askResponse, type AskResponse } from '../ask-response.ts';
import { loadConfig } from '../../bot/config.ts';
import { loadKnowledge, type KnowledgeBase } from '../../bot/knowledge/load.ts';
import { BASELINES, baselineEngine } from './baselines.ts';
import { EVAL_DIR } from './score-rule.ts';
import { REPO_ROOT } from './knowledge-source.ts';
import { round } from './stats.ts';

export const SCENARIOS_FILE = join(EVAL_DIR, 'scenarios.jsonl');

interface Scenario {
  id: string;
  partnership?: string;
  topic?: string;
  q: string;
  any?: string[];
  also?: string[];
  expect?: string;
  gap?: boolean;
}

export interface ScenarioEngineScore {
  /** In-scope questions: answered confidently with the right first section; right section in the first three. */
  top1: number;
  top3: number;
  /** Out-of-scope requests declined (not answered with confidence "high"), of how many. */
  declined: number;
  out_of_scope: number;
}

export interface ScenarioResult {
  question_set: string;
  scoring: string;
  questions: number;
  partnerships: string[];
  engines: Record<string, ScenarioEngineScore>;
  /** The strict comparison: baselines given the same stored questions our engine reads. */
  best_baseline: string;
  lead_points: { top1: number; top3: number };
  /** The everyday comparison: baselines over the published section text alone (engine names end "/published"). */
  published_text: { best_baseline: string; lead_points: { top1: number; top3: number } };
  /** score-scenarios.mjs through the ask CLI, in a full run: does this copy of its rule agree? */
  score_mjs?: { top1: number; top3: number; agrees: boolean } | { error: string };
}

export function readScenarios(file = SCENARIOS_FILE): Scenario[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Scenario)
    .filter((q) => !q.gap);
}

const norm = (s: unknown) =>
  String(s ?? '')
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ');

const hit = (text: string, q: Scenario) => {
  const t = norm(text);
  const has = (list: string[] = []) => list.some((x) => t.includes(norm(x)));
  return has(q.any) && (!q.also?.length || has(q.also));
};

/** score-scenarios.mjs's rule for one response: [top1, top3] for in-scope, [declined] for out-of-scope. */
export function scoreScenario(q: Scenario, r: Pick<AskResponse, 'confidence' | 'results' | 'safety'>): { top1: boolean; top3: boolean } {
  const high = r.confidence === 'high';
  if (q.expect === 'not-sure') return { top1: !high, top3: !high };
  const safe = q.topic !== 'safety' || r.safety.immediateDanger;
  const top1 = high && safe && hit(r.results[0]?.text ?? '', q);
  const top3 = safe && hit(r.results.slice(0, 3).map((x) => x.text).join('\n'), q);
  return { top1, top3: top1 || top3 };
}

export function measureScenarios(knowledgeDir: string, options: { crossCheck: boolean; questionLimit?: number }): ScenarioResult | undefined {
  const scenarios = readScenarios().slice(0, options.questionLimit);
  if (scenarios.length === 0) return undefined;
  const publicUrl = loadConfig({ NODE_ENV: 'development' }).publicUrl;
  const byPartnership = new Map<string, Scenario[]>();
  for (const q of scenarios) byPartnership.set(q.partnership ?? 'wigan', [...(byPartnership.get(q.partnership ?? 'wigan') ?? []), q]);
  const kbs = new Map<string, KnowledgeBase>([...byPartnership.keys()].map((p) => [p, loadKnowledge(knowledgeDir, p)]));

  const score = (build: (kb: KnowledgeBase) => AnswerEngine): ScenarioEngineScore => {
    let n = 0, t1 = 0, t3 = 0, out = 0, declined = 0;
    for (const [p, list] of byPartnership) {
      const kb = kbs.get(p)!;
      const engine = build(kb);
      for (const q of list) {
        const s = scoreScenario(q, askResponse({ engine, profile: kb.partnership, danger: kb.immediateDanger, publicUrl }, q.q));
        if (q.expect === 'not-sure') {
          out++;
          declined += Number(s.top1);
        } else {
          n++;
          t1 += Number(s.top1);
          t3 += Number(s.top3);
        }
      }
    }
    const pct = (a: number) => (n ? round((100 * a) / n, 1) : 0);
    return { top1: pct(t1), top3: pct(t3), declined, out_of_scope: out };
  };

  const engines: Record<string, ScenarioEngineScore> = { ours: score((kb) => createAnswerEngine(kb)) };
  for (const b of BASELINES) engines[b.name] = score((kb) => baselineEngine(kb, b));
  for (const b of BASELINES) engines[`${b.name}/published`] = score((kb) => baselineEngine(kb, b, { publishedTextOnly: true }));
  const strict = leadOver(engines, BASELINES.map((b) => b.name));
  const result: ScenarioResult = {
    question_set: '../shared/eval/scenarios.jsonl',
    scoring: 'score-scenarios.mjs rule: top-1 = answered (confidence high) with an expected phrase in the first section; top-3 = in the first three; out-of-scope = declined',
    questions: scenarios.length,
    partnerships: [...byPartnership.keys()],
    engines,
    best_baseline: strict.best_baseline,
    lead_points: strict.lead_points,
    published_text: leadOver(engines, BASELINES.map((b) => `${b.name}/published`)),
  };
  if (options.crossCheck && !options.questionLimit && existsSync(join(EVAL_DIR, 'score-scenarios.mjs'))) result.score_mjs = runScoreScenarios(knowledgeDir, engines.ours);
  return result;
}

/** Our lead over the best of `names` at top-1 (and over the best top-3 among them). */
function leadOver(engines: Record<string, ScenarioEngineScore>, names: string[]) {
  const best = names.reduce((a, b) => (engines[b].top1 > engines[a].top1 ? b : a));
  return {
    best_baseline: best,
    lead_points: {
      top1: round(engines.ours.top1 - engines[best].top1, 1),
      top3: round(engines.ours.top3 - Math.max(...names.map((x) => engines[x].top3)), 1),
    },
  };
}

function runScoreScenarios(knowledgeDir: string, ours: ScenarioEngineScore): ScenarioResult['score_mjs'] {
  const run = spawnSync(process.execPath, [join(EVAL_DIR, 'score-scenarios.mjs')], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, KNOWLEDGE_DIR: knowledgeDir },
    timeout: 180_000,
  });
  const m = /answered-and-right ([\d.]+)%, top3 ([\d.]+)%/.exec(run.stdout ?? '');
  if (!m) return { error: `score-scenarios.mjs printed no totals (exit ${run.status})` };
  const top1 = Number(m[1]);
  const top3 = Number(m[2]);
  return { top1, top3, agrees: top1 === ours.top1 && top3 === ours.top3 };
}
