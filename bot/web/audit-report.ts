// The anonymised report page for a closed round: a printable learning summary the committee can share
// with partners. No names or ids: only counts, agency groups of 3 or more, and redacted answers.
import { SMALL_QUESTION_TEXT, SMALL_ROUND_TEXT, type Collation } from '../audits/collate.ts';
import type { AuditRound } from '../audits/types.ts';
import { whenInWords } from '../time/in-words.ts';
import { escapeHtml, page } from './html.ts';

export interface ReportPageInput {
  round: AuditRound;
  collation: Collation;
  partnershipName: string;
  now: Date;
  /** The CSV link (same signature), shown on screen only. */
  csvUrl: string;
}

// Report-only styles; the shared stylesheet already hides nav, buttons (.no-print) and the skip link in print.
const REPORT_STYLE = `<style>
.report-summary { display: grid; grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr)); gap: .75rem; margin: 1rem 0; padding: 0; list-style: none; }
.report-summary li { background: var(--panel); border: 1px solid var(--border); border-radius: 6px; padding: .6rem .8rem; }
.report-summary .figure { display: block; font-size: 1.6rem; font-weight: 700; }
.answers { padding-left: 1.2rem; }
.answers li { margin: .4rem 0; white-space: pre-line; }
.report-actions { display: flex; gap: .75rem; flex-wrap: wrap; margin: 1rem 0; }
.note { background: var(--warn-bg); color: var(--warn-fg); padding: .6rem .8rem; border-radius: 6px; }
@media print {
  .report-summary li { border-color: #000; }
  h2 { break-after: avoid; }
  @page { margin: 18mm 15mm; }
}
</style>`;

export function renderAuditReport(input: ReportPageInput): string {
  const { round, collation: c, now } = input;
  const title = `Practitioner reflections: audit ${round.ref}`;
  const summary = `<ul class="report-summary" aria-label="Summary">
<li><span class="figure">${c.invited}</span> practitioners invited</li>
<li><span class="figure">${c.responded}</span> answered</li>
<li><span class="figure">${c.responseRate}%</span> response rate</li>
</ul>`;
  const agencies = c.suppressed
    ? ''
    : `<section aria-labelledby="agencies"><h2 id="agencies">Who answered, by type of agency</h2>
<table><caption class="muted">Responses by the agency type practitioners chose (optional).</caption>
<thead><tr><th scope="col">Type of agency</th><th scope="col">Responses</th></tr></thead>
<tbody>${c.agencies.map((a) => `<tr><td>${escapeHtml(a.label)}</td><td>${a.count === undefined ? 'fewer than 3' : a.count}</td></tr>`).join('')}</tbody></table>
${c.agencyNote ? `<p class="muted">${escapeHtml(c.agencyNote)}</p>` : ''}</section>`;
  const questions = c.questions
    .map((q, i) => {
      const body = q.suppressed
        ? `<p class="muted">${escapeHtml(c.suppressed ? 'Answers are not shown for this round (see above).' : SMALL_QUESTION_TEXT)}</p>`
        : `<ul class="answers">${q.answers.map((a) => `<li>${escapeHtml(a)}</li>`).join('')}</ul>`;
      return `<section aria-labelledby="q-${i + 1}"><h3 id="q-${i + 1}">${i + 1}. ${escapeHtml(q.text)}</h3>
<p class="muted">${q.answered} of ${c.responded} answered this question.</p>${body}</section>`;
    })
    .join('\n');
  const closed = round.closedAt ?? round.closesAt;
  return page({
    title: `${title} | ${input.partnershipName}`,
    head: `<meta name="robots" content="noindex, nofollow">${REPORT_STYLE}`,
    body: `<header class="site"><p class="muted">${escapeHtml(input.partnershipName)}: voice of the practitioner</p></header>
<main id="main">
<h1>${escapeHtml(title)}</h1>
<p class="meta">${round.theme ? `Theme: ${escapeHtml(round.theme)}. ` : ''}Round closed ${escapeHtml(whenInWords(closed, now))}. Report produced ${escapeHtml(whenInWords(now, now))}.</p>
<div class="report-actions no-print"><button type="button" onclick="window.print()">Print or save as PDF</button><a class="button" href="${escapeHtml(input.csvUrl)}">Download CSV</a></div>
<p>The frontline practitioners who worked with a family whose case was chosen for this multi-agency audit were asked for their reflections. This is about learning, not blame. Answers are anonymous: the report shows no names, details that could identify someone were removed, and nothing is shown for groups of fewer than 3.</p>
<section aria-labelledby="summary"><h2 id="summary">Summary</h2>${summary}
${c.suppressed ? `<p class="note" role="note">${escapeHtml(SMALL_ROUND_TEXT)}</p>` : ''}</section>
${agencies}
<section aria-labelledby="answers-heading"><h2 id="answers-heading">What practitioners said</h2>
${questions}</section>
</main>
<footer class="site"><p>Produced for ${escapeHtml(input.partnershipName)} by the Safeguarding Assistant, from practitioners’ answers in Teams. Answers are listed in alphabetical order, not the order people answered, and are not linked to each other.</p></footer>`,
  });
}

export type RefusalReason = 'malformed' | 'bad-signature' | 'expired' | 'not-committee' | 'not-found' | 'open';

export function renderReportRefusal(reason: RefusalReason): string {
  const text: Record<RefusalReason, { h: string; p: string }> = {
    malformed: { h: 'This report link isn’t complete', p: 'It may have been cut short when it was copied. Open it again from the card in Teams.' },
    'bad-signature': { h: 'This report link can’t be opened', p: 'It may have been changed or copied incorrectly. Open it again from the card in Teams.' },
    expired: { h: 'This report link has expired', p: 'Report links last 7 days. Committee members can type “audit status” followed by the audit reference in Teams for a fresh link.' },
    'not-committee': { h: 'This report is for the audit committee', p: 'Only current committee members can open it. If you should have access, ask the committee chair to add you.' },
    'not-found': { h: 'We couldn’t find that report', p: 'The round may have been removed. Committee members can type “audit status” in Teams to see their rounds.' },
    open: { h: 'This round is still open', p: 'The report is ready when the round closes. Type “audit status” in Teams to see how many have answered.' },
  };
  const t = text[reason];
  return page({
    title: t.h,
    head: '<meta name="robots" content="noindex, nofollow">',
    body: `<main id="main"><h1>${escapeHtml(t.h)}</h1><p>${escapeHtml(t.p)}</p></main>`,
  });
}
