export const AREAS = ['thresholds', 'escalation', 'lado', 'learning', 'audits', 'contacts', 'glossary'] as const;
export type Area = (typeof AREAS)[number];
export type ContentStatus = 'current' | 'verify';

export interface KnowledgeDoc {
  id: string;
  title: string;
  area: Area;
  partnership: string;
  sourceTitle: string;
  sourceUrl: string;
  lastReviewed: string;
  owner: string;
  status: ContentStatus;
  tags: string[];
  audience: string[];
  related: string[];
  sources: string[];
  /** Front matter `change_note`: one line for "What's new" about the latest edit. */
  changeNote?: string;
  /** Front matter `known_as`: the names of the publication it summarises, for "what does Working Together say…". */
  knownAs?: string[];
  /** Markdown before the first section heading. */
  intro: string;
  /** Path relative to the knowledge folder, for messages. */
  file: string;
  sections: Section[];
}

export interface Section {
  /** `<doc-id>#<slug>`: stable, used for feedback and links. */
  id: string;
  docId: string;
  slug: string;
  heading: string;
  /** Heading of the enclosing `##` for a `###` section. */
  parentHeading?: string;
  level: 2 | 3;
  /** The section's Markdown body (without its heading). */
  markdown: string;
  /** The body as plain text, for cards, search and the ask CLI. */
  text: string;
  /** Section-level `<!-- status: verify -->` or a verify document. */
  status: ContentStatus;
  /** How practitioners ask for this section, in their own words (front matter `questions:`); none when absent. */
  questions?: string[];
}

export interface GlossaryEntry {
  term: string;
  means?: string;
  also: string[];
  misspellings: string[];
}
