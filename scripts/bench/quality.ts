// Answer quality: the same questions through our answer() and through each baseline, all rendered by the
// same ask handler, so the only difference a scorer sees is the ranking.
//   - The held-out set (../shared/eval/questions.jsonl), scored by the rule of score.mjs, when the real
//     knowledge loaded. The bench only reads it at run time; nothing here is tuned to it, and the ids
//     of missed questions are not written out, so results.json cannot become a tuning target either.
//   - Our own set (bench/questions*.jsonl), scored by section id, always.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createAnswerEngine, type AnswerEngine } from '../../bot/knowledge/answer.ts';
import { askResponse } from '../ask-response.ts';
import { loadConfig } from '../../bot/config.ts';
import { BASELINES, baselineEngine } from './baselines.ts';
import { EVAL_DIR, QUESTIONS_FILE, readQuestions, scoreAll, type QualityScore } from './score-rule.ts';
import { ownQuestionsFile, partitionStale, readOwnQuestions, scoreOwn } from './own-questions.ts';
import { REPO_ROOT, type KnowledgeSource } from './knowledge-source.ts';
import { round } from './stats.ts';
import { measureScenarios, type ScenarioResult } from './scenarios.ts';

export type EngineScore = Omit<QualityScore, 'missed'> & {
  config: string;
  missed?: string[];
  /** Building the engine's index over the sections, in process (warm modules). */
  build_ms: number;
  /** Mean time per question through the ask handler (search + card), for a rough comparison. */
  ms_per_question: number;
};

export interface QualityResult {
  question_set: string;
  scoring: string;
  questions: number;
  engines: Record<string, EngineScore>;
  best_baseline: string;
  /** Our figure minus the best baseline's, in percentage points. */
  lead_points: { top1: number; top3: number };
  /** Own-set questions whose sections no longer exist (content renamed): left out, listed here. */
  stale?: string[];
  /** score.mjs run through the ask CLI, when it was run: does our scorer agree with it? */
  score_mjs?: { top1: number; top3: number; agrees: boolean } | { error: string };
  /** Our own question set, when the held-out set was the headline one. */
  own?: QualityResult;
  /** The scenario set (both partnerships, out-of-scope requests too), when the real knowledge loaded. */
  scenarios?: ScenarioResult;
}

type Scorer = (engine: AnswerEngine) => QualityScore;

export function measureQuality(source: KnowledgeSource, options: { questionLimit?: number; crossCheck: boolean; useEval: boolean }): QualityResult {
  const own = measureOwn(source, options.questionLimit);
  const evalQuestions = options.useEval && source.kind === 'real' ? readQuestions().slice(0, options.questionLimit) : [];
  if (evalQuestions.length === 0) return own;

  const publicUrl = loadConfig({ NODE_ENV: 'development' }).publicUrl;
  const scorer: Scorer = (engine) =>
    scoreAll(evalQuestions, (q) => {
      const r = askResponse({ engine, profile: source.kb.partnership, danger: source.kb.immediateDanger, publicUrl }, q);
      return { answer: r.answer, results: r.results };
    });
  const result = compare(source, scorer, {
    question_set: relative(REPO_ROOT, QUESTIONS_FILE),
    scoring: 'score.mjs rule: expected phrase in the answer text (top-1) or in the first three results (top-3)',
    questions: evalQuestions.length,
    hideMissed: true,
  });
  if (options.crossCheck && existsSync(join(EVAL_DIR, 'score.mjs'))) result.score_mjs = runScoreMjs(source, result.engines.ours);
  const scenarios = measureScenarios(source.dir, { crossCheck: options.crossCheck, questionLimit: options.questionLimit });
  return { ...result, own, ...(scenarios ? { scenarios } : {}) };
}

function measureOwn(source: KnowledgeSource, limit?: number): QualityResult {
  const file = ownQuestionsFile(source.partnership);
  const engine = createAnswerEngine(source.kb);
  const { live, stale } = partitionStale(readOwnQuestions(file).slice(0, limit), (id) => engine.section(id) !== undefined);
  const publicUrl = loadConfig({ NODE_ENV: 'development' }).publicUrl;
  const scorer: Scorer = (e) =>
    scoreOwn(live, (q) => {
      const r = askResponse({ engine: e, profile: source.kb.partnership, danger: source.kb.immediateDanger, publicUrl }, q);
      return { answered: r.confidence === 'high', sectionIds: r.results.map((x) => x.sectionId) };
    });
  const result = compare(source, scorer, {
    question_set: relative(REPO_ROOT, file),
    scoring: 'section id: top-1 = first section, shown as the answer; top-3 = in the first three sections shown',
    questions: live.length,
    hideMissed: false,
  });
  return stale.length ? { ...result, stale } : result;
}

function compare(
  source: KnowledgeSource,
  score: Scorer,
  set: { question_set: string; scoring: string; questions: number; hideMissed: boolean },
): QualityResult {
  const run = (build: () => AnswerEngine, config: string): EngineScore => {
    const t0 = performance.now();
    const engine = build();
    const t1 = performance.now();
    const { missed, ...rest } = score(engine);
    const perQuestion = (performance.now() - t1) / Math.max(1, set.questions);
    const timing = { build_ms: round(t1 - t0, 1), ms_per_question: round(perQuestion, 2) };
    return set.hideMissed ? { ...rest, config, ...timing } : { ...rest, missed, config, ...timing };
  };
  const engines: Record<string, EngineScore> = {
    ours: run(() => createAnswerEngine(source.kb), 'answer() as the bot and the ask CLI run it'),
  };
  for (const b of BASELINES) engines[b.name] = run(() => baselineEngine(source.kb, b), b.config);

  const names = BASELINES.map((b) => b.name);
  const best = names.reduce((a, b) => (engines[b].top1 > engines[a].top1 ? b : a));
  return {
    question_set: set.question_set,
    scoring: set.scoring,
    questions: set.questions,
    engines,
    best_baseline: best,
    lead_points: {
      top1: round(engines.ours.top1 - engines[best].top1, 1),
      top3: round(engines.ours.top3 - Math.max(...names.map((n) => engines[n].top3)), 1),
    },
  };
}

/** The real scorer through the real CLI, once: proves the in-process figures are the ones it would print. */
function runScoreMjs(source: KnowledgeSource, ours: EngineScore): QualityResult['score_mjs'] {
  const run = spawnSync(process.execPath, [join(EVAL_DIR, 'score.mjs')], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, PARTNERSHIP: source.partnership, KNOWLEDGE_DIR: source.dir },
    timeout: 120_000,
  });
  const m = /top1 ([\d.]+)% top3 ([\d.]+)%/.exec(run.stdout ?? '');
  if (!m) return { error: `score.mjs printed no totals (exit ${run.status})` };
  const top1 = Number(m[1]);
  const top3 = Number(m[2]);
  return { top1, top3, agrees: top1 === ours.top1 && top3 === ours.top3 };
}
