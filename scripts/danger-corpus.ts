// The labelled immediate-danger corpus, shared by the corpus test and `npm run danger:report`.
// Emergencies and ordinary questions of our own; the shared eval sets' non-emergencies join the ordinary side
// when ../shared/eval is present (read here, never copied into the corpus).
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { DangerDetector } from '../bot/safety/immediate-danger.ts';

const DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'immediate-danger');
const EVAL_DIR = join(import.meta.dirname, '..', '..', 'shared', 'eval');

export type CorpusPart = 'main' | 'held-aside';

export interface CorpusFile {
  name: string;
  label: 'emergency' | 'ordinary';
  questions: string[];
}

const readJsonl = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);

const own = (name: string, label: CorpusFile['label']): CorpusFile => ({ name, label, questions: readJsonl(join(DIR, name)).map((r) => String(r.q)) });

/** The shared sets' questions that are not emergencies: everything but topic "safety" ones describing a situation now. */
function evalOrdinary(): CorpusFile[] {
  const out: CorpusFile[] = [];
  for (const name of ['questions.jsonl', 'scenarios.jsonl']) {
    const file = join(EVAL_DIR, name);
    if (!existsSync(file)) continue;
    const rows = readJsonl(file).filter((r) => !r.gap);
    // Topic "safety" items are the emergencies (a child in danger right now, a carer unconscious...); one of them
    // asks for the out-of-hours number, which is a look-up, not an emergency.
    const ordinary = rows.filter((r) => r.topic !== 'safety' || !/danger|wake|grab|off his face|passed out/i.test(String(r.q)));
    out.push({ name: `../shared/eval/${name} (not emergencies)`, label: 'ordinary', questions: ordinary.map((r) => String(r.q)) });
  }
  return out;
}

/** A blind set as its writers wrote it (`{"danger": true|false, "q": ...}` per line, bench/danger-sets/): its
 *  emergencies and its ordinary messages, scored like the corpus. */
export function dangerSet(file: string): CorpusFile[] {
  const rows = readJsonl(file);
  const name = basename(file);
  return [
    { name: `${name} (emergencies)`, label: 'emergency', questions: rows.filter((r) => r.danger === true).map((r) => String(r.q)) },
    { name: `${name} (not emergencies)`, label: 'ordinary', questions: rows.filter((r) => r.danger === false).map((r) => String(r.q)) },
  ];
}

export function dangerCorpus(part: CorpusPart): CorpusFile[] {
  if (part === 'held-aside') return [own('emergencies-held-aside.jsonl', 'emergency'), own('ordinary-held-aside.jsonl', 'ordinary')];
  return [own('emergencies.jsonl', 'emergency'), own('ordinary.jsonl', 'ordinary'), ...evalOrdinary()];
}

export function scoreCorpus(file: CorpusFile, detector: DangerDetector) {
  const wrong: Array<{ q: string; situations: string[] }> = [];
  for (const q of file.questions) {
    const f = detector.assess(q);
    if (f.immediateDanger !== (file.label === 'emergency')) wrong.push({ q, situations: f.situations });
  }
  const n = file.questions.length;
  const right = n - wrong.length;
  const hitRate = file.label === 'emergency' ? right / n : (n - right) / n;
  return { n, right, wrong, percent: Math.round(hitRate * 1000) / 10 };
}
