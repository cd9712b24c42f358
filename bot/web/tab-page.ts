// The "Procedures" personal tab: the partnership's documents by area, a search box using the bot's own engine,
// and each document opened inside the tab at a section. Server-rendered, so it works with no script at all;
// /static/tab.js adds Teams (theme, deep links to a section) and searching without a page load.
import { ask, MAX_QUESTION_CHARS, type AskDeps } from '../ask/ask.ts';
import type { Feature } from '../handlers/types.ts';
import type { HttpResponse } from './http.ts';
import { renderDocPage, renderDocsByArea } from './docs-pages.ts';
import { escapeHtml, page } from './html.ts';
import { safetyLines, SNIPPET_CHARS, truncate } from '../../cards/card-text.ts';

export const TAB_PATH = '/tab';

export const TAB_HEAD = `<link rel="stylesheet" href="/static/tab.css">
<script src="/static/teams-js.min.js" defer></script>
<script src="/static/tab.js" defer></script>`;

const html = (body: string, status = 200): HttpResponse => ({ status, contentType: 'text/html; charset=utf-8', body });

/** In the tab, sections open at /tab/docs/<doc>#<slug>: the same page as /docs, plus the tab script (theme, back link). */
export function tabDocPath(docId: string, slug?: string): string {
  return `${TAB_PATH}/docs/${encodeURIComponent(docId)}${slug ? `#${encodeURIComponent(slug)}` : ''}`;
}

function renderResults(deps: AskDeps, q: string): string {
  if (!q.trim()) return '';
  const asked = ask(deps, q.slice(0, MAX_QUESTION_CHARS));
  const results = asked.hits.slice(0, 5);
  const items = results
    .map(({ doc, section }) => {
      const verify = section.status === 'verify' ? ' <span class="verify-badge">Not yet confirmed</span>' : '';
      return `<li><a href="${escapeHtml(tabDocPath(doc.id, section.slug))}">${escapeHtml(doc.title)} › ${escapeHtml(section.heading)}</a>${verify}<p class="snippet">${escapeHtml(truncate(section.text, SNIPPET_CHARS))}</p></li>`;
    })
    .join('');
  const lines = safetyLines(deps.profile);
  // 999 first, then the front door: the same two lines as the card's banner.
  const danger = asked.safety.immediateDanger
    ? `<p class="banner danger" role="alert">${escapeHtml(`${lines.emergencyText} ${lines.frontDoorText}`)}</p>`
    : '';
  const count = results.length ? `${results.length} section${results.length === 1 ? '' : 's'} found for “${escapeHtml(q)}”.` : `Nothing found for “${escapeHtml(q)}”. Try other words, or browse by area below.`;
  return `${danger}<p id="result-count">${count}</p><ul class="results">${items}</ul>`;
}

export function renderTabPage(deps: AskDeps, q = ''): string {
  const { profile } = deps;
  const groups = renderDocsByArea(deps.engine.docs, (docId) => tabDocPath(docId));
  return page({
    title: `Procedures | ${profile.short_name} Safeguarding Assistant`,
    head: TAB_HEAD,
    body: `<header class="site"><p id="teams-status" class="muted tab-status" role="status"></p></header>
<main id="main" tabindex="-1">
<h1>${escapeHtml(profile.name)}: procedures</h1>
<p class="banner danger" role="note">${escapeHtml(profile.emergency.text)}</p>
<form class="search" role="search" action="${TAB_PATH}" method="get" aria-label="Search the procedures">
<label for="q" class="visually-hidden">Search the procedures</label>
<input id="q" name="q" type="search" value="${escapeHtml(q)}" placeholder="For example: how quickly must the LADO be told?" autocomplete="off" maxlength="${MAX_QUESTION_CHARS}">
<button type="submit">Search</button>
</form>
<p class="whats-new-link"><a href="${TAB_PATH}/whats-new">What's new in the procedures</a></p>
<div id="results" aria-live="polite">${renderResults(deps, q)}</div>
${groups}
</main>
<footer class="site"><p>These summaries help you find the right part of ${escapeHtml(profile.name)}'s published procedures. They support your professional judgement and do not replace it.</p></footer>`,
  });
}

/** The tab as a feature: only HTTP routes, no commands. */
export function createProceduresTabFeature(deps: AskDeps): Feature {
  return {
    name: 'procedures-tab',
    routes: [
      { method: 'get', path: TAB_PATH, handle: async (req) => html(renderTabPage(deps, String(req.query.q ?? ''))) },
      {
        method: 'get',
        path: `${TAB_PATH}/docs/:docId`,
        handle: async (req) => {
          const doc = deps.engine.doc(req.params.docId ?? '');
          if (!doc) {
            return html(page({ title: 'Not found', head: TAB_HEAD, body: `<main id="main"><h1>We couldn't find that document</h1><p>It may have been renamed. <a href="${TAB_PATH}">Back to all procedures</a>.</p></main>` }), 404);
          }
          // The docs page, with the tab's script and styles added and its links kept inside the tab.
          const body = renderDocPage(doc, deps.profile)
            .replace('</head>', `${TAB_HEAD}\n</head>`)
            .replace('<a href="/docs">Procedures</a>', `<a href="${TAB_PATH}">Procedures</a>`);
          return html(body);
        },
      },
    ],
  };
}
