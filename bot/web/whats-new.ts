// "What's new": the amendments log, newest first, each change linking to its section. Served at /whats-new
// and, with the tab's script and links kept inside the tab, at /tab/whats-new.
import type { AmendmentBatch, AmendmentEntry, AmendmentStore } from '../amendments/types.ts';
import type { AnswerEngine } from '../knowledge/answer.ts';
import type { PartnershipProfile } from '../partnership/profile.ts';
import type { HttpResponse, HttpRoute } from './http.ts';
import { formatReviewDate } from '../../cards/card-text.ts';
import { escapeHtml, page } from './html.ts';

export const WHATS_NEW_PATH = '/whats-new';
export const TAB_WHATS_NEW_PATH = '/tab/whats-new';
const SHOWN_BATCHES = 50;

const KIND_WORDS: Record<AmendmentEntry['kind'], string> = { added: 'New', changed: 'Updated', removed: 'Removed' };

export interface WhatsNewDeps {
  store: AmendmentStore;
  engine: AnswerEngine;
  profile: PartnershipProfile;
}

interface Flavour {
  docHref(docId: string, slug?: string): string;
  home: { href: string; label: string };
  head?: string;
}

function entryItem(e: AmendmentEntry, engine: AnswerEngine, f: Flavour): string {
  const [, slug] = e.sectionId?.split('#') ?? [];
  const live = e.sectionId ? engine.section(e.sectionId) : engine.doc(e.docId) ? true : undefined;
  const name = e.heading ? `${e.docTitle} › ${e.heading}` : e.docTitle;
  const what = e.sectionId ? KIND_WORDS[e.kind] : `${KIND_WORDS[e.kind]} document`;
  const link = live && e.kind !== 'removed' ? `<a href="${escapeHtml(f.docHref(e.docId, slug))}">${escapeHtml(name)}</a>` : escapeHtml(name);
  const details = [e.lastReviewed && e.kind !== 'removed' ? `Last reviewed ${escapeHtml(formatReviewDate(e.lastReviewed))}.` : ''].filter(Boolean).join(' ');
  return `<li><span class="change-kind change-${e.kind}">${what}</span> ${link}${details ? ` <span class="muted">${details}</span>` : ''}</li>`;
}

function batchSection(b: AmendmentBatch, engine: AnswerEngine, f: Flavour): string {
  const when = b.at.toISOString().slice(0, 10);
  const time = b.at.toLocaleTimeString('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit' });
  const notes = [...new Set(b.entries.map((e) => e.changeNote).filter((n): n is string => Boolean(n)))];
  const id = `change-${b.id}`;
  return `<section class="amendment" aria-labelledby="${id}">
<h2 id="${id}"><time datetime="${b.at.toISOString()}">${escapeHtml(formatReviewDate(when))}, ${escapeHtml(time)}</time></h2>
${notes.map((n) => `<p class="change-note">${escapeHtml(n)}</p>`).join('\n')}
<ul class="changes">${b.entries.map((e) => entryItem(e, engine, f)).join('')}</ul>
</section>`;
}

export async function renderWhatsNew(deps: WhatsNewDeps, f: Flavour): Promise<string> {
  const batches = await deps.store.recent(SHOWN_BATCHES);
  const body = batches.length
    ? batches.map((b) => batchSection(b, deps.engine, f)).join('\n')
    : '<p>No changes have been published since the assistant started keeping this log. When a content owner updates a procedure, it is listed here.</p>';
  return page({
    title: `What's new | ${deps.profile.short_name} safeguarding procedures`,
    head: f.head,
    body: `<header class="site"><nav aria-label="Breadcrumb" class="breadcrumb"><a href="${escapeHtml(f.home.href)}">${escapeHtml(f.home.label)}</a> › What's new</nav></header>
<main id="main" tabindex="-1">
<h1>What's new in the procedures</h1>
<p>Changes to ${escapeHtml(deps.profile.name)}'s procedures in this assistant, newest first. Always check the published document before acting on a change.</p>
${body}
</main>`,
  });
}

export function createWhatsNewRoutes(deps: WhatsNewDeps, tab: { head: string; docHref(docId: string, slug?: string): string }): HttpRoute[] {
  const html = (body: string): HttpResponse => ({ status: 200, contentType: 'text/html; charset=utf-8', headers: { 'Cache-Control': 'no-cache' }, body });
  const site: Flavour = {
    docHref: (docId, slug) => `/docs/${encodeURIComponent(docId)}${slug ? `#${encodeURIComponent(slug)}` : ''}`,
    home: { href: '/docs', label: 'Procedures' },
  };
  const inTab: Flavour = { docHref: tab.docHref, home: { href: '/tab', label: 'Procedures' }, head: tab.head };
  return [
    { method: 'get', path: WHATS_NEW_PATH, handle: async () => html(await renderWhatsNew(deps, site)) },
    { method: 'get', path: TAB_WHATS_NEW_PATH, handle: async () => html(await renderWhatsNew(deps, inTab)) },
  ];
}
