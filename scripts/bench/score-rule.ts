// The scoring rule of ../shared/eval/score.mjs, reproduced line for line so every engine is scored exactly
// as the ask CLI is. score.mjs runs on import (it spawns the CLI), so it cannot be imported; quality.ts
// runs it once in the full bench and checks that this copy agrees.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './knowledge-source.ts';

export const EVAL_DIR = join(REPO_ROOT, '..', 'shared', 'eval');
export const QUESTIONS_FILE = join(EVAL_DIR, 'questions.jsonl');

export interface EvalQuestion {
  id: string;
  topic: string;
  q: string;
  any: string[];
  also?: string[];
}

/** What the ask CLI prints for one question, reduced to what the scorer reads. */
export interface ScoredResponse {
  answer: string;
  results: Array<{ text: string }>;
}

export function readQuestions(file = QUESTIONS_FILE): EvalQuestion[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as EvalQuestion);
}

const norm = (s: unknown) =>
  String(s ?? '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u2032]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ');

const matches = (text: string, q: EvalQuestion) => {
  const t = norm(text);
  const hit = (list: string[]) => list.some((p) => t.includes(norm(p)));
  return hit(q.any) && (!q.also || q.also.length === 0 || hit(q.also));
};

export interface QuestionScore {
  top1: boolean;
  top3: boolean;
}

export function scoreOne(q: EvalQuestion, r: ScoredResponse): QuestionScore {
  const results = r.results;
  const first = `${r.answer ?? ''}\n${results[0]?.text ?? ''}`;
  const firstThree = `${first}\n${results.slice(1, 3).map((x) => x?.text ?? '').join('\n')}`;
  const top1 = matches(first, q);
  return { top1, top3: top1 || matches(firstThree, q) };
}

export interface TopicScore {
  n: number;
  top1: number;
  top3: number;
}

export interface QualityScore {
  n: number;
  /** Percentages, 0-100, one decimal as score.mjs prints them. */
  top1: number;
  top3: number;
  topics: Record<string, TopicScore>;
  /** Ids of questions missed at rank 1. */
  missed: string[];
  /** Questions answered with "I'm not sure" (own set only; a keyword engine never says it). */
  not_sure?: number;
}

export function scoreAll(questions: readonly EvalQuestion[], respond: (q: string) => ScoredResponse): QualityScore {
  const tally = createTally();
  for (const q of questions) {
    const s = scoreOne(q, respond(q.q));
    tally.add(q, s.top1, s.top3);
  }
  return tally.result(questions.length);
}

/** Counts hits overall and per topic, the same way for both question sets. */
export function createTally() {
  const topics = new Map<string, { n: number; top1: number; top3: number }>();
  let top1 = 0;
  let top3 = 0;
  const missed: string[] = [];
  // The same arithmetic as score.mjs's pct(), so a figure here equals the figure it prints.
  const pct = (a: number, n: number) => Number((n ? (100 * a) / n : 0).toFixed(1));
  return {
    add(q: { id: string; topic: string }, first: boolean, inThree: boolean) {
      top1 += Number(first);
      top3 += Number(inThree);
      if (!first) missed.push(q.id);
      const t = topics.get(q.topic) ?? { n: 0, top1: 0, top3: 0 };
      t.n++;
      t.top1 += Number(first);
      t.top3 += Number(inThree);
      topics.set(q.topic, t);
    },
    result(n: number): QualityScore {
      return {
        n,
        top1: pct(top1, n),
        top3: pct(top3, n),
        topics: Object.fromEntries([...topics].sort(([x], [y]) => x.localeCompare(y)).map(([k, t]) => [k, { n: t.n, top1: pct(t.top1, t.n), top3: pct(t.top3, t.n) }])),
        missed,
      };
    },
  };
}
