// The insights as one CSV table: one row per figure, each with its next step. Same rules as the page:
// small counts as words, words of questions only where allowed.
import { countText, type Insights } from '../content-owners/insights.ts';
import { csvCell } from './audit-report-csv.ts';
import { areaTitle } from './insights-page.ts';

export function insightsCsv(x: Insights): string {
  const rows: Array<Array<string | number>> = [['table', 'week', 'area', 'section', 'questions', 'count', 'helpful', 'not helpful', 'next step']];
  for (const a of x.unsure) {
    for (const g of a.groups) rows.push(['not sure', '', areaTitle(a.area), g.nearest?.sectionId ?? '', g.examples.join(' | '), countText(g.count), '', '', g.nextStep]);
    if (a.hidden) rows.push(['not sure', '', areaTitle(a.area), '', '(not shown)', countText(a.hidden), '', '', a.nextStepHidden]);
  }
  for (const f of x.feedback) {
    rows.push(['feedback', '', areaTitle(f.section.area || 'none'), f.section.sectionId, f.questions.join(' | '), '', countText(f.helpful), countText(f.notHelpful), f.nextStep]);
  }
  for (const w of x.weeks) {
    for (const a of w.areas) rows.push(['most asked area', w.week, areaTitle(a.area), '', '', countText(a.count), '', '', a.nextStep]);
    for (const s of w.sections) rows.push(['most asked section', w.week, areaTitle(s.section.area || 'none'), s.section.sectionId, '', countText(s.count), '', '', s.nextStep]);
  }
  for (const n of x.neverShown) rows.push(['never shown', '', areaTitle(n.section.area), n.section.sectionId, '', '', '', '', n.nextStep]);
  return '\uFEFF' + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
