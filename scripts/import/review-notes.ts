// What a person must look at in one draft before it goes live: the report's "Needs a person" lines.
import type { SplitResult } from '../../bot/knowledge/sections.ts';
import { OWNER_PLACEHOLDER } from './draft.ts';
import type { Structured } from './headings.ts';
import type { ConvertedDocument } from './types.ts';

export const LONG_SECTION_WORDS = 400;
const LONG_INTRO_WORDS = 120;

export interface ReviewInput {
  draftFile: string;
  sourceFile: string;
  converted: ConvertedDocument;
  markdownImagesDropped: number;
  structured: Structured;
  sectionTitleWhenNoHeadings: string;
  split: SplitResult;
  sourceUrl?: string;
}

export function reviewNotes(r: ReviewInput): string[] {
  const where = r.draftFile;
  const notes = [...r.converted.needsHuman];
  if (!r.structured.body.replace(/^## .*$/m, '').trim()) notes.push(`${where}: no text came out of ${r.sourceFile}. Is it scanned? The draft is empty.`);
  if (!r.structured.headingsFound) {
    notes.push(`${where}: no headings found in ${r.sourceFile}, so the whole text is one section "${r.sectionTitleWhenNoHeadings}". Split it with ## headings, one practitioner question each.`);
  }
  for (const h of r.structured.renamedHeadings) notes.push(`${where}: two headings had the same words; the later one is now "${h}". Reword it.`);
  for (const s of r.split.sections) {
    const words = countWords(s.text);
    if (words > LONG_SECTION_WORDS) notes.push(`${where}: section "${s.heading}" has ${words} words (over ${LONG_SECTION_WORDS}). Split it at its own topics with ### headings.`);
  }
  const introWords = countWords(r.split.intro);
  if (introWords > LONG_INTRO_WORDS) {
    notes.push(`${where}: ${introWords} words come before the first heading; they show as the document's summary and are not searched. Put them under a ## heading, or shorten them.`);
  }
  const images = r.converted.imagesDropped + r.markdownImagesDropped;
  if (images) notes.push(`${where}: ${images} image${images === 1 ? '' : 's'} left out (charts, flowcharts, logos). If one carries information, write it out as text.`);
  if (!r.sourceUrl) notes.push(`${where}: source_url is missing. Add the address where the partnership publishes this document (or import again with --source-url).`);
  notes.push(`${where}: owner says "${OWNER_PLACEHOLDER}". Name the team that keeps it current.`);
  return notes;
}

const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;
