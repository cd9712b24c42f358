// The import report as the content owner reads it in the terminal.
import type { ImportReport } from './import-documents.ts';

export function formatReport(report: ImportReport, partnership: string): string {
  const out: string[] = [];
  out.push(`Imported ${report.drafts.length} draft${report.drafts.length === 1 ? '' : 's'} (status: verify):`);
  for (const d of report.drafts) out.push(`  ${d.file}  (${d.sections} section${d.sections === 1 ? '' : 's'}, from ${d.from})`);
  out.push('', 'Needs a person:');
  for (const item of report.needsHuman) out.push(`  - ${item}`);
  out.push('');
  const c = report.check;
  if (c.ok) {
    out.push(`Knowledge check: ok (${partnership}: ${c.documents} documents, ${c.sections} sections, drafts included).`);
  } else {
    out.push(`Knowledge check: ${c.draftProblems.length + c.otherProblems.length} problem(s) to fix before the bot will load ${partnership}:`);
    for (const p of c.draftProblems) out.push(`  - ${p}`);
    if (c.otherProblems.length) {
      out.push('  Not from this import (already there):');
      for (const p of c.otherProblems) out.push(`  - ${p}`);
    }
  }
  for (const n of c.draftNotes) out.push(`  note: ${n}`);
  out.push('', `Read each draft against the original, fix the points above, then run: npm run knowledge:check -- --partnership ${partnership}`);
  return out.join('\n');
}
