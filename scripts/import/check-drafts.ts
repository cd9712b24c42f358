// Runs the knowledge check (the same loader the bot and `npm run knowledge:check` use) over the
// partnership with the drafts in place, and separates what is about the drafts from the rest.
import { loadKnowledge } from '../../bot/knowledge/load.ts';
import { KnowledgeError } from '../../bot/partnership/profile.ts';

export interface CheckResult {
  ok: boolean;
  documents?: number;
  sections?: number;
  draftProblems: string[];
  otherProblems: string[];
  draftNotes: string[];
}

export function checkKnowledge(knowledgeDir: string, partnership: string, draftFiles: string[]): CheckResult {
  const warnings: string[] = [];
  const aboutDrafts = (line: string) => draftFiles.some((f) => line.startsWith(`${f}:`) || line.includes(`(also in ${f})`));
  try {
    const kb = loadKnowledge(knowledgeDir, partnership, { onWarning: (w) => warnings.push(w) });
    return {
      ok: true,
      documents: kb.docs.length,
      sections: kb.docs.reduce((n, d) => n + d.sections.length, 0),
      draftProblems: [],
      otherProblems: [],
      draftNotes: warnings.filter(aboutDrafts),
    };
  } catch (err) {
    if (!(err instanceof KnowledgeError)) throw err;
    return {
      ok: false,
      draftProblems: err.problems.filter(aboutDrafts).map(withHint),
      otherProblems: err.problems.filter((p) => !aboutDrafts(p)),
      draftNotes: warnings.filter(aboutDrafts),
    };
  }
}

// The loader's wording is exact but terse for a missing address; say what to write.
const withHint = (problem: string) =>
  /: source_url: /.test(problem) ? `${problem} (add source_url: the https:// address where the partnership publishes the document)` : problem;
