// Maps the document's own heading levels onto the knowledge base's: a single top heading is the title,
// the next level down becomes `##`, the one below `###`, anything deeper a bold line. Headings that would
// clash as links get a number; a document without headings becomes one section named by its title.
import { slugify } from '../../bot/knowledge/markdown-text.ts';

export interface Structured {
  title?: string;
  body: string;
  headingsFound: boolean;
  renamedHeadings: string[];
}

const HEADING = /^(#{1,6})\s+(.+?)\s*#*\s*$/;

export function structureHeadings(markdown: string, fallbackTitle: string): Structured {
  const lines = markdown.split('\n');
  const headings: { index: number; level: number; text: string }[] = [];
  let inFence = false;
  lines.forEach((line, index) => {
    if (/^\s*```/.test(line)) inFence = !inFence;
    const m = inFence ? null : HEADING.exec(line);
    if (m) headings.push({ index, level: m[1].length, text: cleanHeading(m[2]) });
  });

  let title: string | undefined;
  const topLevel = Math.min(...headings.map((h) => h.level));
  const tops = headings.filter((h) => h.level === topLevel);
  if (tops.length === 1 && headings[0] === tops[0] && headings.length > 1) {
    title = tops[0].text;
    lines[tops[0].index] = '';
    headings.shift();
  }

  const levels = [...new Set(headings.map((h) => h.level))].sort((a, b) => a - b);
  const seen = new Map<string, number>();
  const renamedHeadings: string[] = [];
  for (const h of headings) {
    const rank = levels.indexOf(h.level);
    let text = h.text;
    if (rank > 1 || !slugify(text)) {
      lines[h.index] = text ? `**${text}**` : '';
      continue;
    }
    const count = (seen.get(slugify(text)) ?? 0) + 1;
    seen.set(slugify(text), count);
    if (count > 1) {
      text = `${text} (${count})`;
      renamedHeadings.push(text);
    }
    lines[h.index] = `${rank === 0 ? '##' : '###'} ${text}`;
  }

  const headingsFound = headings.some((h) => levels.indexOf(h.level) <= 1 && slugify(h.text));
  let body = lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  if (!headingsFound) body = `## ${title ?? fallbackTitle}\n\n${body}`;
  return { title, body, headingsFound, renamedHeadings };
}

// Turndown escapes Markdown characters and keeps emphasis and links; a heading is plain words.
const cleanHeading = (s: string) =>
  s
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/\s+/g, ' ')
    .trim();
