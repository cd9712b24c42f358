// HTML (from any converter, or a saved web page) to Markdown with turndown: tables become GFM tables,
// lists keep their nesting; scripts, styles, page furniture, images and tracked-change marks are dropped.
// The HTML is only parsed into a DOM (domino, as turndown does): nothing in it is ever run.
import { createDocument } from '@mixmark-io/domino';
import TurndownService from 'turndown';
import { tables } from '@joplin/turndown-plugin-gfm';

export interface MarkdownResult {
  markdown: string;
  imagesDropped: number;
}

const DROPPED = [
  'script', 'style', 'noscript', 'template', 'head', 'iframe', 'object', 'embed', 'svg', 'canvas', 'video', 'audio',
  'form', 'button', 'input', 'select', 'textarea', 'nav', 'footer', 'aside', '[role=navigation]', '[hidden]',
  // Tracked deletions and struck-out text; Word's comment marks and comment text in HTML it saved.
  'del', 's', 'strike', '.msocomtxt', '.msocomanchor', '.MsoCommentReference', '.MsoCommentText',
].join(',');

export function htmlToMarkdown(html: string): MarkdownResult {
  const document = createDocument(html);
  for (const el of Array.from(document.querySelectorAll(DROPPED))) el.remove();
  const images = Array.from(document.querySelectorAll('img'));
  for (const el of Array.from(document.querySelectorAll('img, picture'))) el.remove();
  for (const table of Array.from(document.querySelectorAll('table'))) firstRowAsHeader(document, table);
  const markdown = service()
    .turndown(mainContent(document))
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { markdown, imagesDropped: images.length };
}

function service(): TurndownService {
  const td = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-', codeBlockStyle: 'fenced', emDelimiter: '_', hr: '---' });
  td.use(tables);
  // Keep links to published pages; a relative or script link means nothing outside the saved page.
  td.addRule('links', {
    filter: 'a',
    replacement: (content, node) => {
      const href = (node as HTMLElement).getAttribute('href') ?? '';
      if (!content.trim()) return '';
      return /^(https?:|mailto:)/i.test(href) ? `[${content.trim()}](${href.replace(/[()]/g, encodeURIComponent)})` : content;
    },
  });
  return td;
}

// A saved manual chapter carries menus and sidebars; its <main> (or single <article>) is the chapter.
function mainContent(document: Document): HTMLElement {
  const main = document.querySelector('main, [role=main]') ?? (document.querySelectorAll('article').length === 1 ? document.querySelector('article') : null);
  return (main && main.textContent?.trim() ? main : document.body) as HTMLElement;
}

// A Markdown table needs a header row. Word tables and many pages have none marked, but their first row
// is the header in all but name, so it becomes one (rather than an empty header above it).
function firstRowAsHeader(document: Document, table: HTMLTableElement): void {
  if (table.querySelector('th') || table.querySelector('table')) return;
  const first = table.querySelector('tr');
  if (!first) return;
  for (const td of Array.from(first.children).filter((c) => c.nodeName === 'TD')) {
    const th = document.createElement('th');
    while (td.firstChild) th.appendChild(td.firstChild);
    for (const name of ['colspan', 'align']) if (td.hasAttribute(name)) th.setAttribute(name, td.getAttribute(name)!);
    td.replaceWith(th);
  }
}
