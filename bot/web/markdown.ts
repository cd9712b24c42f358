import { marked } from 'marked';

// Content is ours, but a partnership may paste HTML into a file: raw HTML is escaped, not rendered.
const renderer = new marked.Renderer();
renderer.html = ({ text }) => (/^\s*<!--[\s\S]*-->\s*$/.test(text) ? '' : text.replace(/[<>&]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;' })[c]!));

export function renderMarkdown(markdown: string): string {
  return marked.parse(markdown, { renderer, async: false, gfm: true }) as string;
}
