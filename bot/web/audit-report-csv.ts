// The CSV export of a collation: one row per figure or answer. No respondent column: answers to different
// questions are never linked to each other, so nobody can be pieced together from a row.
import type { Collation } from '../audits/collate.ts';
import { SMALL_QUESTION_TEXT, SMALL_ROUND_TEXT } from '../audits/collate.ts';
import type { AuditRound } from '../audits/types.ts';

/** Quotes every cell; a leading = + - @ is neutralised so a spreadsheet never runs it as a formula. */
export function csvCell(value: string | number): string {
  let s = String(value).replace(/\r\n?/g, '\n');
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
}

export function auditReportCsv(round: AuditRound, c: Collation): string {
  const rows: Array<Array<string | number>> = [['section', 'item', 'question', 'value']];
  rows.push(['round', 'audit reference', '', round.ref]);
  if (round.theme) rows.push(['round', 'theme', '', round.theme]);
  rows.push(['summary', 'invited', '', c.invited], ['summary', 'answered', '', c.responded], ['summary', 'response rate %', '', c.responseRate]);
  if (c.suppressed) rows.push(['note', 'small group rule', '', SMALL_ROUND_TEXT]);
  for (const a of c.agencies) rows.push(['agency type', a.label, '', a.count ?? 'fewer than 3']);
  if (c.agencyNote) rows.push(['note', 'agency types', '', c.agencyNote]);
  for (const q of c.questions) {
    rows.push(['question', q.id, q.text, `${q.answered} answered`]);
    if (q.suppressed && !c.suppressed) rows.push(['note', q.id, q.text, SMALL_QUESTION_TEXT]);
    for (const a of q.answers) rows.push(['answer', q.id, q.text, a]);
  }
  // BOM so Excel reads the UTF-8 curly quotes correctly.
  return '\uFEFF' + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
