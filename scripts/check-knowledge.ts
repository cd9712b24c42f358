// npm run knowledge:check [-- --partnership wirral] [--quiet]: validates the content for every partnership
// (or one), listing every problem with file, field and why; exits non-zero on any problem.
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { openingProblemsIn } from '../bot/knowledge/answer-openings.ts';
import { loadKnowledge } from '../bot/knowledge/load.ts';
import { KnowledgeError } from '../bot/partnership/profile.ts';

const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const dirArg = args.indexOf('--dir');
const root = dirArg >= 0 ? args[dirArg + 1] : 'knowledge';
const only = args.indexOf('--partnership');
const partnerships =
  only >= 0
    ? [args[only + 1]]
    : readdirSync(root).filter((d) => d !== 'national' && existsSync(join(root, d, 'partnership.yml')));

let failed = false;
if (partnerships.length === 0) {
  console.error(`knowledge: no partnership folders with a partnership.yml under ${root}/`);
  failed = true;
}
for (const p of partnerships) {
  const warnings: string[] = [];
  try {
    const kb = loadKnowledge(root, p, { onWarning: (w) => warnings.push(w) });
    // Editorial problems the loader lets through (the bot still starts), but the check fails on.
    const openings = openingProblemsIn(kb.docs);
    if (openings.length) throw new KnowledgeError(openings);
    const sections = kb.docs.reduce((n, d) => n + d.sections.length, 0);
    const verify = kb.docs.reduce((n, d) => n + d.sections.filter((s) => s.status === 'verify').length, 0);
    if (!quiet) for (const w of warnings) console.log(`  note: ${w}`);
    const questions = kb.docs.reduce((n, d) => n + d.sections.reduce((m, s) => m + (s.questions ?? []).length, 0), 0);
    const asked = kb.docs.reduce((n, d) => n + d.sections.filter((s) => (s.questions ?? []).length > 0).length, 0);
    console.log(
      `knowledge ok: ${p}: ${kb.docs.length} documents, ${sections} sections (${verify} marked verify), ` +
        `${questions} practitioner questions on ${asked} sections, ${kb.glossary.length} glossary entries, ` +
        `${kb.situations.situations.length} situations, ${kb.dangerLexicon.situations.length} immediate-danger situations`,
    );
  } catch (err) {
    failed = true;
    if (err instanceof KnowledgeError) {
      console.error(`knowledge: ${p}: ${err.problems.length} problem(s)`);
      for (const line of err.problems) console.error(`  - ${line}`);
    } else throw err;
  }
}
process.exit(failed ? 1 : 0);
