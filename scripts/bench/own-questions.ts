// Our own question set (bench/questions*.jsonl): questions a practitioner might type, written in other
// words than the headings, each naming the section(s) that answer it. Scored by section id, so a stale
// question (its section renamed or removed while the content is being written) is reported, not counted
// as a miss.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { REPO_ROOT } from './knowledge-source.ts';
import { createTally, type QualityScore } from './score-rule.ts';

export const OWN_QUESTIONS_DIR = join(REPO_ROOT, 'bench');

const ownQuestion = z.object({
  id: z.string().min(1),
  topic: z.string().min(1),
  q: z.string().min(1),
  /** Section ids (`<doc-id>#<slug>`) that answer the question; any one counts. */
  sections: z.array(z.string().regex(/^[a-z0-9-]+#[a-z0-9-]+$/)).min(1),
});
export type OwnQuestion = z.infer<typeof ownQuestion>;

/** bench/questions-<partnership>.jsonl when it exists, else bench/questions.jsonl. */
export function ownQuestionsFile(partnership: string): string {
  const specific = join(OWN_QUESTIONS_DIR, `questions-${partnership}.jsonl`);
  return existsSync(specific) ? specific : join(OWN_QUESTIONS_DIR, 'questions.jsonl');
}

export function readOwnQuestions(file: string): OwnQuestion[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line, i) => ({ line: line.trim(), n: i + 1 }))
    .filter(({ line }) => line && !line.startsWith('//'))
    .map(({ line, n }) => {
      const parsed = ownQuestion.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`bench: ${file}:${n}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      return parsed.data;
    });
}

/** Splits questions into those whose sections all exist in this knowledge and those that are stale. */
export function partitionStale(questions: readonly OwnQuestion[], hasSection: (id: string) => boolean): { live: OwnQuestion[]; stale: string[] } {
  const live = questions.filter((q) => q.sections.some(hasSection));
  const stale = questions.filter((q) => !q.sections.some(hasSection)).map((q) => q.id);
  return { live, stale };
}

export interface RankedResponse {
  /** Whether the card showed the first result as the answer (ours can say "not sure"). */
  answered: boolean;
  sectionIds: string[];
}

/**
 * Top-1: the first result answers the question and was shown as the answer (an "I'm not sure" card
 * is not a top-1 hit). Top-3: one of the first three sections shown answers it.
 */
export function scoreOwn(questions: readonly OwnQuestion[], respond: (q: string) => RankedResponse): QualityScore {
  const tally = createTally();
  let notSure = 0;
  for (const q of questions) {
    const r = respond(q.q);
    if (!r.answered) notSure++;
    const want = new Set(q.sections);
    const first = r.answered && r.sectionIds.length > 0 && want.has(r.sectionIds[0]);
    const inThree = r.sectionIds.slice(0, 3).some((id) => want.has(id));
    tally.add(q, first, inThree);
  }
  return { ...tally.result(questions.length), not_sure: notSure };
}
