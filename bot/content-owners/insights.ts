// What content owners need to see: questions the assistant could not answer confidently (grouped by area and
// by similar wording), Helpful / Not helpful by section, the most-asked sections and areas by week, and the
// sections never shown. Pure: records in, tables out. Words are shown only when the rules allow.
import { findPersonalData } from '../safety/personal-data.ts';
import type { KnowledgeDoc } from '../knowledge/types.ts';
import type { AskedRecord, FeedbackRow } from './types.ts';

export const NEXT_STEPS = {
  addQuestion: 'Add a question to this section',
  write: 'Write a section',
  check: 'Check the answer',
  keep: 'No change needed',
  addOrRetire: 'Add a question to this section, or retire it',
} as const;

/** Small numbers could point to a person: shown as words. */
export function countText(n: number): string {
  return n === 0 ? 'none' : n < 3 ? 'fewer than 3' : String(n);
}

export interface SectionRef {
  sectionId: string;
  title: string;
  docId: string;
  slug: string;
  area: string;
}

export interface WordingGroup {
  examples: string[];
  count: number;
  nearest?: SectionRef;
  nextStep: string;
}

export interface Insights {
  from: string;
  to: string;
  questions: number;
  unsureTotal: number;
  unsure: Array<{ area: string; total: number; groups: WordingGroup[]; hidden: number; nextStepHidden: string }>;
  feedback: Array<{ section: SectionRef; helpful: number; notHelpful: number; questions: string[]; hiddenQuestions: number; nextStep: string }>;
  weeks: Array<{ week: string; areas: Array<{ area: string; count: number; nextStep: string }>; sections: Array<{ section: SectionRef; count: number; nextStep: string }> }>;
  neverShown: Array<{ section: SectionRef; nextStep: string }>;
}

export interface InsightsInput {
  from: string;
  to: string;
  asked: readonly AskedRecord[];
  feedback: readonly FeedbackRow[];
  docs: readonly KnowledgeDoc[];
  /** Words of questions asked before this are not shown (the retention period). */
  textCutoff: Date;
}

const STOP = new Set(
  'the a an and or of to in on for with is are was were be do does did i we you my our your it its this that there what when where who how which can could should would will must if at by from about as any not no have has had me us'.split(' '),
);

export function wordingKey(text: string): Set<string> {
  const words = text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').split(/[^a-z0-9]+/);
  return new Set(words.filter((w) => w.length > 1 && !STOP.has(w)).map((w) => (w.length > 4 && w.endsWith('s') ? w.slice(0, -1) : w)));
}

function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

const showable = (text: string | null, at: Date, cutoff: Date): text is string => Boolean(text) && at >= cutoff && findPersonalData(text!).length === 0;

function weekOf(d: Date): string {
  const day = (d.getUTCDay() + 6) % 7;
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - day)).toISOString().slice(0, 10);
}

function mostCommon<T>(items: T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const i of items) counts.set(i, (counts.get(i) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

export function buildInsights(input: InsightsInput): Insights {
  const sections = new Map<string, SectionRef>();
  for (const d of input.docs) for (const s of d.sections) sections.set(s.id, { sectionId: s.id, title: `${d.title} › ${s.heading}`, docId: d.id, slug: s.slug, area: d.area });
  const ref = (id: string): SectionRef => sections.get(id) ?? { sectionId: id, title: `${id} (no longer in the procedures)`, docId: id.split('#')[0], slug: id.split('#')[1] ?? '', area: '' };

  // Not answered confidently: by area, then by similar wording.
  const unsureRows = input.asked.filter((r) => r.outcome !== 'answered');
  const byArea = new Map<string, AskedRecord[]>();
  for (const r of unsureRows) byArea.set(r.area ?? 'none', [...(byArea.get(r.area ?? 'none') ?? []), r]);
  const unsure = [...byArea]
    .map(([area, rows]) => {
      const clusters: Array<{ key: Set<string>; texts: string[]; nearest: string[] }> = [];
      let hidden = 0;
      for (const r of rows) {
        if (!showable(r.question, r.at, input.textCutoff)) {
          hidden++;
          continue;
        }
        const key = wordingKey(r.question);
        const home = clusters.find((c) => similarity(c.key, key) >= 0.5);
        if (home) {
          home.texts.push(r.question);
          if (r.shown[0]) home.nearest.push(r.shown[0]);
        } else clusters.push({ key, texts: [r.question], nearest: r.shown[0] ? [r.shown[0]] : [] });
      }
      const groups = clusters
        .map((c): WordingGroup => {
          const nearestId = mostCommon(c.nearest);
          const examples = [...new Set(c.texts)].slice(0, 3);
          return { examples, count: c.texts.length, nearest: nearestId ? ref(nearestId) : undefined, nextStep: nearestId ? NEXT_STEPS.addQuestion : NEXT_STEPS.write };
        })
        .sort((a, b) => b.count - a.count);
      return { area, total: rows.length, groups, hidden, nextStepHidden: area === 'none' ? NEXT_STEPS.write : NEXT_STEPS.check };
    })
    .sort((a, b) => b.total - a.total);

  // Helpful / Not helpful, with the words behind "not helpful" where allowed.
  const votes = new Map<string, FeedbackRow[]>();
  for (const f of input.feedback) votes.set(f.sectionId, [...(votes.get(f.sectionId) ?? []), f]);
  const feedback = [...votes]
    .map(([id, rows]) => {
      const against = rows.filter((r) => !r.helpful);
      const questions = [...new Set(against.filter((r) => showable(r.question, r.at, input.textCutoff)).map((r) => r.question!))];
      const shownCount = against.filter((r) => showable(r.question, r.at, input.textCutoff)).length;
      return {
        section: ref(id),
        helpful: rows.length - against.length,
        notHelpful: against.length,
        questions: questions.slice(0, 10),
        hiddenQuestions: against.length - shownCount,
        nextStep: against.length ? NEXT_STEPS.check : NEXT_STEPS.keep,
      };
    })
    .sort((a, b) => b.notHelpful - a.notHelpful || b.helpful - a.helpful);

  // Most asked, by week (Monday to Sunday).
  const weeks = new Map<string, AskedRecord[]>();
  for (const r of input.asked) weeks.set(weekOf(r.at), [...(weeks.get(weekOf(r.at)) ?? []), r]);
  const weekRows = [...weeks]
    .sort((a, b) => b[0].localeCompare(a[0]))
    .map(([week, rows]) => {
      const areaCounts = new Map<string, number>();
      const sectionCounts = new Map<string, number>();
      for (const r of rows) {
        areaCounts.set(r.area ?? 'none', (areaCounts.get(r.area ?? 'none') ?? 0) + 1);
        if (r.outcome === 'answered' && r.shown[0]) sectionCounts.set(r.shown[0], (sectionCounts.get(r.shown[0]) ?? 0) + 1);
      }
      return {
        week,
        areas: [...areaCounts].sort((a, b) => b[1] - a[1]).map(([area, count]) => ({ area, count, nextStep: area === 'none' ? NEXT_STEPS.write : NEXT_STEPS.check })),
        sections: [...sectionCounts].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([id, count]) => ({ section: ref(id), count, nextStep: NEXT_STEPS.check })),
      };
    });

  const shown = new Set(input.asked.flatMap((r) => r.shown));
  const neverShown = [...sections.values()].filter((s) => !shown.has(s.sectionId)).map((section) => ({ section, nextStep: NEXT_STEPS.addOrRetire }));

  return { from: input.from, to: input.to, questions: input.asked.length, unsureTotal: unsureRows.length, unsure, feedback, weeks: weekRows, neverShown };
}
