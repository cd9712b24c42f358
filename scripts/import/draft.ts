// One draft knowledge document: the id and file name, and front matter the loader accepts
// (status: verify until a person has checked it; the owner is a placeholder the report points to).
import { slugify } from '../../bot/knowledge/markdown-text.ts';
import type { Area } from '../../bot/knowledge/types.ts';

export const OWNER_PLACEHOLDER = 'TO FILL IN: the team that keeps this document current';

export interface DraftInput {
  partnership: string;
  area: Area;
  id?: string;
  title: string;
  sourceTitle: string;
  sourceUrl?: string;
  sourceFile: string;
  today: string;
  body: string;
}

export interface Draft {
  id: string;
  title: string;
  /** Relative to the knowledge folder, e.g. wigan/lado/allegations-procedure.md */
  relativePath: string;
  content: string;
}

export function makeDraft(input: DraftInput): Draft {
  const prefix = `${input.partnership}-${input.area}-`;
  const id = input.id ?? `${prefix}${shortSlug(input.title) || 'imported'}`;
  const fileStem = id.startsWith(prefix) && id.length > prefix.length ? id.slice(prefix.length) : id;
  const frontMatter = [
    '---',
    `id: ${id}`,
    `title: ${yamlString(input.title)}`,
    `area: ${input.area}`,
    `partnership: ${input.partnership}`,
    `source_title: ${yamlString(input.sourceTitle)}`,
    ...(input.sourceUrl ? [`source_url: ${yamlString(input.sourceUrl)}`] : []),
    `last_reviewed: "${input.today}"`,
    `owner: ${yamlString(OWNER_PLACEHOLDER)}`,
    'status: verify',
    'tags: []',
    'sources:',
    ...(input.sourceUrl ? [`  - ${yamlString(input.sourceUrl)}`] : []),
    `  - ${yamlString(`imported from ${input.sourceFile} on ${input.today}`)}`,
    '---',
  ];
  return { id, title: input.title, relativePath: `${input.partnership}/${input.area}/${fileStem}.md`, content: `${frontMatter.join('\n')}\n${input.body}\n` };
}

// Ids stay readable in links: at most eight words of the title.
function shortSlug(title: string): string {
  return slugify(title).split('-').filter(Boolean).slice(0, 8).join('-');
}

// A JSON string is a valid double-quoted YAML scalar: no title can break the front matter.
const yamlString = (s: string) => JSON.stringify(s);
