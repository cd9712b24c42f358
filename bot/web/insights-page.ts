// The content owners' insights page. Plain HTML tables (captions, scoped headers) so it reads well with a screen
// reader and prints; every row ends with a next step; small counts are words ("fewer than 3").
import { countText, type Insights, type SectionRef } from '../content-owners/insights.ts';
import type { InsightsLinkParams } from '../content-owners/insights-link.ts';
import type { Area } from '../knowledge/types.ts';
import { formatReviewDate } from '../../cards/card-text.ts';
import { AREA_TITLES } from './docs-pages.ts';
import { escapeHtml, page } from './html.ts';

const e = escapeHtml;
export const areaTitle = (area: string) => (area === 'none' ? 'No close section' : (AREA_TITLES[area as Area] ?? area));
const sectionLink = (s: SectionRef) =>
  s.area ? `<a href="/docs/${encodeURIComponent(s.docId)}#${encodeURIComponent(s.slug)}">${e(s.title)}</a>` : e(s.title);
const HEAD = '<meta name="robots" content="noindex, nofollow">';

function table(caption: string, headers: string[], rows: string[][], empty: string): string {
  if (rows.length === 0) return `<p>${e(empty)}</p>`;
  return `<table><caption>${e(caption)}</caption><thead><tr>${headers.map((h) => `<th scope="col">${e(h)}</th>`).join('')}</tr></thead>
<tbody>${rows.map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${c}</th>` : `<td>${c}</td>`)).join('')}</tr>`).join('\n')}</tbody></table>`;
}

export function rangeForm(link: InsightsLinkParams, from: string, to: string): string {
  return `<form class="range-form" method="get" action="/insights" aria-label="Choose the dates">
<input type="hidden" name="exp" value="${e(link.exp)}"><input type="hidden" name="m" value="${e(link.m)}"><input type="hidden" name="sig" value="${e(link.sig)}">
<label for="from">From <input id="from" name="from" type="date" value="${e(from)}" required></label>
<label for="to">To <input id="to" name="to" type="date" value="${e(to)}" required></label>
<button type="submit">Show</button>
</form>`;
}

export function renderInsights(input: { insights: Insights; partnershipName: string; retentionDays: number; link: InsightsLinkParams; csvUrl: string }): string {
  const { insights: x } = input;
  const next = (s: string) => `<span class="next-step">${e(s)}</span>`;
  const unsure = x.unsure
    .map((a) => {
      const rows = a.groups.map((g) => [
        g.examples.map((q) => `“${e(q)}”`).join('<br>'),
        e(countText(g.count)),
        g.nearest ? sectionLink(g.nearest) : 'None close',
        next(g.nextStep),
      ]);
      if (a.hidden) rows.push([`<em>Not shown: held personal data, or asked more than ${input.retentionDays} days ago</em>`, e(countText(a.hidden)), '—', next(a.nextStepHidden)]);
      return `<h3>${e(areaTitle(a.area))}: ${e(countText(a.total))}</h3>
${table(`Questions in “${areaTitle(a.area)}” the assistant was not sure about, grouped by similar wording`, ['Questions like', 'How many', 'Nearest section', 'Next step'], rows, '')}`;
    })
    .join('\n');
  const feedback = table(
    'Helpful and Not helpful votes by section',
    ['Section', 'Helpful', 'Not helpful', 'Questions behind “Not helpful”', 'Next step'],
    x.feedback.map((f) => [
      sectionLink(f.section),
      e(countText(f.helpful)),
      e(countText(f.notHelpful)),
      [...f.questions.map((q) => `“${e(q)}”`), ...(f.hiddenQuestions ? [`<em>${e(countText(f.hiddenQuestions))} not shown</em>`] : [])].join('<br>') || '—',
      next(f.nextStep),
    ]),
    'Nobody pressed Helpful or Not helpful in this period.',
  );
  const weeks = x.weeks
    .map(
      (w) => `<h3>Week beginning ${e(formatReviewDate(w.week))}</h3>
${table(`Questions by area, week beginning ${formatReviewDate(w.week)}`, ['Area', 'Questions', 'Next step'], w.areas.map((a) => [e(areaTitle(a.area)), e(countText(a.count)), next(a.nextStep)]), '')}
${table(`Sections most often given as the answer, week beginning ${formatReviewDate(w.week)}`, ['Section', 'Times given', 'Next step'], w.sections.map((s) => [sectionLink(s.section), e(countText(s.count)), next(s.nextStep)]), 'No question was answered confidently this week.')}`,
    )
    .join('\n');
  const never = table(
    'Sections never shown in this period',
    ['Section', 'Area', 'Next step'],
    x.neverShown.map((n) => [sectionLink(n.section), e(areaTitle(n.section.area)), next(n.nextStep)]),
    'Every section was shown at least once in this period.',
  );
  return page({
    title: `Insights for content owners | ${input.partnershipName}`,
    head: HEAD,
    body: `<header class="site"><p class="muted">${e(input.partnershipName)} Safeguarding Assistant: for content owners only. Please don't forward this link.</p></header>
<main id="main" class="insights">
<h1>What practitioners asked, ${e(formatReviewDate(x.from))} to ${e(formatReviewDate(x.to))}</h1>
<p>${e(countText(x.questions))} questions were asked in Teams; the assistant was not sure (or asked which was meant) for ${e(countText(x.unsureTotal))}. Counts under 3 are shown as “fewer than 3”. A question's words are shown only when they held no personal data and were asked in the last ${input.retentionDays} days; otherwise they are counted, not shown.</p>
${rangeForm(input.link, x.from, x.to)}
<p><a href="${e(input.csvUrl)}">Download these tables as a CSV file</a></p>
<h2>Questions the assistant was not sure about</h2>
${unsure || '<p>None in this period.</p>'}
<h2>Helpful and Not helpful, by section</h2>
${feedback}
<h2>Most asked, by week</h2>
${weeks || '<p>No questions in this period.</p>'}
<h2>Sections never shown</h2>
<p>Candidates for better questions in their wording, or for retirement.</p>
${never}
</main>
<footer class="site"><p>Built from counts the assistant keeps for this purpose. It never stores names; it supports, and does not replace, the partnership's own quality assurance.</p></footer>`,
  });
}

export type InsightsRefusal = 'malformed' | 'bad-signature' | 'expired' | 'not-owner';

export function renderInsightsRefusal(reason: InsightsRefusal): string {
  const text: Record<InsightsRefusal, { h: string; p: string }> = {
    malformed: { h: 'This insights link isn’t complete', p: 'It may have been cut short when it was copied. Type “knowledge insights” in Teams for a fresh link.' },
    'bad-signature': { h: 'This insights link can’t be opened', p: 'It may have been changed or copied incorrectly. Type “knowledge insights” in Teams for a fresh link.' },
    expired: { h: 'This insights link has expired', p: 'Insights links last 7 days. Type “knowledge insights” in Teams for a fresh link.' },
    'not-owner': { h: 'These insights are for content owners', p: 'Only the people who keep the procedures current can open them. If you should have access, ask for your Entra object id to be added to CONTENT_OWNERS.' },
  };
  const t = text[reason];
  return page({ title: t.h, head: HEAD, body: `<main id="main"><h1>${e(t.h)}</h1><p>${e(t.p)}</p></main>` });
}

export function renderBadRange(message: string, link: InsightsLinkParams, from: string, to: string): string {
  return page({
    title: 'Those dates need another look',
    head: HEAD,
    body: `<main id="main" class="insights"><h1>Those dates need another look</h1><p role="alert">${e(message)}</p>${rangeForm(link, from, to)}</main>`,
  });
}
