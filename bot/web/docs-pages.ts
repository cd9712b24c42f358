// The pages answer cards link to: /docs (every document by area) and /docs/<doc-id>#<section-slug>.
import type { AnswerEngine } from '../knowledge/answer.ts';
import type { PartnershipProfile } from '../partnership/profile.ts';
import { AREAS, type Area, type KnowledgeDoc } from '../knowledge/types.ts';
import type { HttpResponse, HttpRoute } from './http.ts';
import { formatReviewDate, unconfirmedNote } from '../../cards/card-text.ts';
import { escapeHtml, page } from './html.ts';
import { renderMarkdown } from './markdown.ts';

export const AREA_TITLES: Record<Area, string> = {
  thresholds: 'Threshold of need and getting help',
  escalation: 'Resolving professional differences (escalation)',
  lado: 'Allegations against people who work with children (LADO)',
  learning: 'Learning from case reviews',
  audits: 'Multi-agency audits',
  contacts: 'Contacts',
  glossary: 'Glossary',
};

export function docsByArea(docs: readonly KnowledgeDoc[]): Array<{ area: Area; title: string; docs: KnowledgeDoc[] }> {
  return AREAS.map((area) => ({
    area,
    title: AREA_TITLES[area],
    docs: docs.filter((d) => d.area === area).sort((a, b) => Number(a.partnership === 'national') - Number(b.partnership === 'national') || a.title.localeCompare(b.title)),
  })).filter((g) => g.docs.length > 0);
}

/** Every document under its area's heading, national ones last; `href` says where a document opens (/docs or the tab). */
export function renderDocsByArea(docs: readonly KnowledgeDoc[], href: (docId: string) => string): string {
  return docsByArea(docs)
    .map(
      (g) => `<section aria-labelledby="area-${g.area}"><h2 id="area-${g.area}">${escapeHtml(g.title)}</h2><ul class="area-list">${g.docs
        .map((d) => `<li><a href="${escapeHtml(href(d.id))}">${escapeHtml(d.title)}</a>${d.partnership === 'national' ? ' <span class="muted">(national)</span>' : ''}</li>`)
        .join('')}</ul></section>`,
    )
    .join('\n');
}

function emergencyBanner(profile: PartnershipProfile): string {
  const fd = profile.front_door;
  return `<p class="banner danger" role="note">${escapeHtml(profile.emergency.text)} Then contact the ${escapeHtml(fd.name)}${fd.phone ? ` on <a href="tel:${escapeHtml(fd.phone.replace(/\s/g, ''))}">${escapeHtml(fd.phone)}</a>` : ''}${escapeHtml(unconfirmedNote(profile, fd))}.</p>`;
}

export function renderDocPage(doc: KnowledgeDoc, profile: PartnershipProfile): string {
  const sections = doc.sections
    .map((s) => {
      const tag = s.level === 2 ? 'h2' : 'h3';
      const badge = s.status === 'verify' ? ` <span class="verify-badge">Not yet confirmed by ${escapeHtml(profile.short_name)}</span>` : '';
      return `<section class="doc-section" id="${escapeHtml(s.slug)}" aria-labelledby="h-${escapeHtml(s.slug)}" tabindex="-1">
<${tag} id="h-${escapeHtml(s.slug)}">${escapeHtml(s.heading)}${badge}</${tag}>
${renderMarkdown(s.markdown)}
</section>`;
    })
    .join('\n');
  const toc = doc.sections
    .filter((s) => s.level === 2)
    .map((s) => `<li><a href="#${escapeHtml(s.slug)}">${escapeHtml(s.heading)}</a></li>`)
    .join('');
  const verifyDoc = doc.status === 'verify'
    ? `<p class="banner verify">${escapeHtml(profile.short_name)} has not confirmed this content yet. Check the published source before relying on it.</p>`
    : '';
  return page({
    title: `${doc.title} | ${profile.short_name} safeguarding procedures`,
    body: `<header class="site"><nav aria-label="Breadcrumb" class="breadcrumb"><a href="/docs">Procedures</a> › ${escapeHtml(AREA_TITLES[doc.area])}</nav></header>
<main id="main">
<h1>${escapeHtml(doc.title)}</h1>
${emergencyBanner(profile)}
${verifyDoc}
<p class="meta">Source: <a href="${escapeHtml(doc.sourceUrl)}">${escapeHtml(doc.sourceTitle)}</a> (the published document). Last reviewed ${escapeHtml(formatReviewDate(doc.lastReviewed))}. Kept by ${escapeHtml(doc.owner)}.</p>
${doc.intro ? renderMarkdown(doc.intro) : ''}
${toc ? `<nav aria-label="On this page"><h2 class="muted">On this page</h2><ul>${toc}</ul></nav>` : ''}
${sections}
</main>
<footer class="site"><p>This summary is written in our own words to help practitioners find the right part of ${escapeHtml(profile.name)}'s procedures. It supports your professional judgement and does not replace it or the published document.</p></footer>`,
  });
}

export function renderDocsIndex(engine: AnswerEngine, profile: PartnershipProfile): string {
  const groups = renderDocsByArea(engine.docs, (docId) => `/docs/${encodeURIComponent(docId)}`);
  return page({
    title: `${profile.short_name} safeguarding procedures`,
    body: `<header class="site"></header><main id="main"><h1>${escapeHtml(profile.name)}: procedures</h1>${emergencyBanner(profile)}<p class="whats-new-link"><a href="/whats-new">What's new in the procedures</a></p>${groups}</main>`,
  });
}

export function createDocsRoutes(engine: AnswerEngine, profile: PartnershipProfile): HttpRoute[] {
  const html = (body: string, status = 200): HttpResponse => ({ status, contentType: 'text/html; charset=utf-8', body });
  return [
    { method: 'get', path: '/docs', handle: async () => html(renderDocsIndex(engine, profile)) },
    {
      method: 'get',
      path: '/docs/:docId',
      handle: async (req) => {
        const doc = engine.doc(req.params.docId ?? '');
        if (!doc) {
          return html(page({ title: 'Not found', body: `<main id="main"><h1>We couldn't find that document</h1><p>It may have been renamed. <a href="/docs">See all procedures</a>.</p></main>` }), 404);
        }
        return html(renderDocPage(doc, profile));
      },
    },
  ];
}
