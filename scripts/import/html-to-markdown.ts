// HTML (from any converter, or a saved web page) to Markdown with turndown: tables become GFM tables,
// lists keep their nesting; scripts, styles, page furniture, images and tracked-change marks are dropped.
// Turndown only parses the HTML into a DOM (domino): nothing in it is ever run.
import TurndownService from 'turndown';
import { tables } from '@joplin/turndown-plugin-gfm';

export interface MarkdownResult {
  markdown: string;
  imagesDropped: number;
}

const DROPPED_ELEMENTS = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'title', 'meta', 'link', 'iframe', 'object', 'embed',
  'svg', 'canvas', 'video', 'audio', 'form', 'button', 'input', 'select', 'textarea', 'nav', 'footer', 'aside',
  // Tracked deletions and struck-out text (Word's "Save as web page", browsers' saved edits).
  'del', 's', 'strike',
]);

export function htmlToMarkdown(html: string): MarkdownResult {
  let imagesDropped = 0;
  const service = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-', codeBlockStyle: 'fenced', emDelimiter: '_', hr: '---' });
  service.use(tables);
  service.remove((node) => DROPPED_ELEMENTS.has(node.nodeName.toLowerCase()));
  service.addRule('images', {
    filter: ['img', 'picture'],
    replacement: () => {
      imagesDropped++;
      return '';
    },
  });
  // Word's comment marks and comment text in HTML it saved.
  service.addRule('word-comments', {
    filter: (node) => /(^|\s)(msocom\w*|MsoCommentReference|MsoCommentText)(\s|$)/i.test(node.getAttribute?.('class') ?? ''),
    replacement: () => '',
  });
  // Keep links to published pages; a relative or script link means nothing outside the saved page.
  service.addRule('links', {
    filter: 'a',
    replacement: (content, node) => {
      const href = (node as HTMLElement).getAttribute('href') ?? '';
      const text = content.trim();
      if (!text) return '';
      return /^(https?:|mailto:)/i.test(href) ? `[${text}](${href.replace(/[()]/g, (c) => encodeURIComponent(c))})` : content;
    },
  });
  const markdown = service
    .turndown(firstRowAsHeader(html))
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { markdown, imagesDropped };
}

// A Markdown table needs a header row. Word tables and many pages have none marked, but their first row
// is the header in all but name, so it becomes one (rather than an empty header above it).
function firstRowAsHeader(html: string): string {
  return html.replace(/<table\b[^>]*>[\s\S]*?<\/table>/gi, (table) => {
    if (/<th[\s>]/i.test(table) || /<table\b[\s\S]*<table\b/i.test(table)) return table;
    return table.replace(/<tr\b[^>]*>[\s\S]*?<\/tr>/i, (row) => row.replace(/<(\/?)td\b/gi, '<$1th'));
  });
}
