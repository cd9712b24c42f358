// Splits a document body into sections at `##` and `###` headings.
import type { ContentStatus, Section } from './types.ts';
import { markdownToPlain, slugify } from './markdown-text.ts';

const VERIFY_MARK = /<!--\s*status:\s*verify\s*-->/i;
const HEADING = /^(#{2,3})\s+(.+?)\s*#*\s*$/;

export interface SplitResult {
  intro: string;
  sections: Section[];
  problems: string[];
}

export function splitSections(docId: string, body: string, docStatus: ContentStatus): SplitResult {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const intro: string[] = [];
  const sections: Section[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  let current: { level: 2 | 3; heading: string; lines: string[]; parent?: string } | undefined;
  let parent: string | undefined;
  let inFence = false;

  const close = () => {
    if (!current) return;
    const markdown = current.lines.join('\n').trim();
    const slug = slugify(current.heading);
    if (!slug) problems.push(`heading "${current.heading}" has no letters or digits for a link`);
    else if (seen.has(slug)) problems.push(`duplicate section id "${docId}#${slug}"`);
    seen.add(slug);
    sections.push({
      id: `${docId}#${slug}`,
      docId,
      slug,
      heading: current.heading,
      parentHeading: current.parent,
      level: current.level,
      markdown: markdown.replace(VERIFY_MARK, '').trim(),
      text: markdownToPlain(markdown),
      status: docStatus === 'verify' || VERIFY_MARK.test(markdown) ? 'verify' : 'current',
      questions: [],
    });
  };

  for (const line of lines) {
    if (/^\s*```/.test(line)) inFence = !inFence;
    const m = inFence ? null : HEADING.exec(line);
    if (m) {
      close();
      const level = m[1].length as 2 | 3;
      const heading = m[2].trim();
      if (level === 2) parent = heading;
      current = { level, heading, lines: [], parent: level === 3 ? parent : undefined };
    } else if (current) current.lines.push(line);
    else intro.push(line);
  }
  close();
  return { intro: intro.join('\n').trim(), sections, problems };
}
