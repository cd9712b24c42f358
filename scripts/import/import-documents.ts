// Import: file(s) -> HTML -> Markdown -> sections -> draft documents, written all together or not at all,
// then checked with the knowledge loader. Returns what a person must look at before the drafts go live.
import { basename, extname, relative } from 'node:path';
import { splitSections } from '../../bot/knowledge/sections.ts';
import { checkKnowledge, type CheckResult } from './check-drafts.ts';
import { docxToHtml } from './docx-to-html.ts';
import { makeDraft, OWNER_PLACEHOLDER, type Draft } from './draft.ts';
import { structureHeadings } from './headings.ts';
import { htmlToMarkdown } from './html-to-markdown.ts';
import { ImportError } from './import-error.ts';
import { pdfToHtml } from './pdf-to-html.ts';
import { listInputs, readInput, type InputFile } from './read-input.ts';
import { savedPage } from './saved-page.ts';
import { checkSourceUrl, checkTarget } from './target.ts';
import type { ConvertedDocument } from './types.ts';
import { writeDrafts } from './write-drafts.ts';

export const LONG_SECTION_WORDS = 400;
const LONG_INTRO_WORDS = 120;

export interface ImportOptions {
  input: string;
  knowledgeDir: string;
  partnership?: string;
  area?: string;
  id?: string;
  title?: string;
  sourceUrl?: string;
  sourceTitle?: string;
  force?: boolean;
  maxBytes: number;
  /** Today's date, YYYY-MM-DD (injected: becomes last_reviewed). */
  today: string;
}

export interface ImportedDraft {
  file: string;
  id: string;
  title: string;
  from: string;
  sections: number;
}

export interface ImportReport {
  drafts: ImportedDraft[];
  needsHuman: string[];
  check: CheckResult;
}

export async function importDocuments(options: ImportOptions): Promise<ImportReport> {
  const target = checkTarget(options.knowledgeDir, options.partnership, options.area, options.id);
  const sourceUrl = checkSourceUrl(options.sourceUrl);
  const paths = listInputs(options.input);
  if (paths.length > 1 && (target.id || options.title || sourceUrl || options.sourceTitle)) {
    throw new ImportError(`${options.input} holds ${paths.length} documents: --id, --title, --source-url and --source-title name one document, so import them one at a time.`);
  }

  // Everything is read and converted before anything is written: one bad file changes nothing.
  const inputs = paths.map((p) => readInput(p, options.maxBytes));
  const drafts: Draft[] = [];
  const needsHuman: string[] = [];
  const summaries: Omit<ImportedDraft, 'file'>[] = [];
  for (const input of inputs) {
    const converted = await convert(input);
    const md = htmlToMarkdown(converted.html);
    const fallbackTitle = options.title ?? converted.title ?? titleFromFileName(input.name);
    const structured = structureHeadings(md.markdown, fallbackTitle);
    const title = options.title ?? structured.title ?? converted.title ?? titleFromFileName(input.name);
    const url = sourceUrl ?? converted.sourceUrl;
    const draft = makeDraft({
      partnership: target.partnership,
      area: target.area,
      id: target.id,
      title,
      sourceTitle: options.sourceTitle ?? title,
      sourceUrl: url,
      sourceFile: input.name,
      today: options.today,
      body: structured.body,
    });
    drafts.push(draft);
    const split = splitSections(draft.id, structured.body, 'verify');
    summaries.push({ id: draft.id, title, from: input.name, sections: split.sections.length });

    const where = draft.relativePath;
    needsHuman.push(...converted.needsHuman);
    if (md.markdown.trim().length === 0) needsHuman.push(`${where}: no text came out of ${input.name}. Is it a scanned document? The draft is empty.`);
    if (!structured.headingsFound) {
      needsHuman.push(`${where}: no headings found in ${input.name}, so the whole text is one section "${fallbackTitle}". Split it with ## headings, one practitioner question each.`);
    }
    for (const h of structured.renamedHeadings) needsHuman.push(`${where}: two headings had the same words; the later one is now "${h}". Reword it.`);
    for (const s of split.sections) {
      const words = countWords(s.text);
      if (words > LONG_SECTION_WORDS) needsHuman.push(`${where}: section "${s.heading}" has ${words} words (over ${LONG_SECTION_WORDS}). Split it at its own topics with ### headings.`);
    }
    const introWords = countWords(split.intro);
    if (introWords > LONG_INTRO_WORDS) {
      needsHuman.push(`${where}: ${introWords} words come before the first heading; they show as the document's summary and are not searched. Put them under a ## heading, or shorten them.`);
    }
    const images = converted.imagesDropped + md.imagesDropped;
    if (images) needsHuman.push(`${where}: ${images} image${images === 1 ? '' : 's'} left out (charts, flowcharts, logos). If one carries information, write it out as text.`);
    if (!url) needsHuman.push(`${where}: source_url is missing. Add the address where the partnership publishes this document (or import again with --source-url).`);
    needsHuman.push(`${where}: owner says "${OWNER_PLACEHOLDER}". Name the team that keeps it current.`);
  }

  const written = writeDrafts(options.knowledgeDir, drafts, options.force ?? false);
  const files = written.map((w) => relative(options.knowledgeDir, w));
  const check = checkKnowledge(options.knowledgeDir, target.partnership, files);
  return { drafts: summaries.map((s, i) => ({ ...s, file: written[i] })), needsHuman, check };
}

async function convert(input: InputFile): Promise<ConvertedDocument> {
  if (input.type === 'docx') return docxToHtml(input.name, input.bytes);
  if (input.type === 'pdf') return pdfToHtml(input.name, input.bytes);
  return savedPage(input.bytes);
}

const titleFromFileName = (name: string) => basename(name, extname(name)).replace(/[_-]+/g, ' ').replace(/\s+/g, ' ').trim() || 'Imported document';
const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;
