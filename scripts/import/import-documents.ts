// Import: file(s) -> HTML -> Markdown -> sections -> draft documents, written all together or not at all,
// then checked with the knowledge loader. Returns what a person must look at before the drafts go live.
import { basename, extname, relative } from 'node:path';
import { splitSections } from '../../bot/knowledge/sections.ts';
import { checkKnowledge, type CheckResult } from './check-drafts.ts';
import { docxToHtml } from './docx-to-html.ts';
import { makeDraft, type Draft } from './draft.ts';
import { structureHeadings } from './headings.ts';
import { htmlToMarkdown } from './html-to-markdown.ts';
import { ImportError } from './import-error.ts';
import { pdfToHtml } from './pdf-to-html.ts';
import { listInputs, readInput, type InputFile } from './read-input.ts';
import { reviewNotes } from './review-notes.ts';
import { savedPage } from './saved-page.ts';
import { checkSourceUrl, checkTarget } from './target.ts';
import type { ConvertedDocument } from './types.ts';
import { writeDrafts } from './write-drafts.ts';

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

    needsHuman.push(
      ...reviewNotes({
        draftFile: draft.relativePath,
        sourceFile: input.name,
        converted,
        markdownImagesDropped: md.imagesDropped,
        structured,
        sectionTitleWhenNoHeadings: fallbackTitle,
        split,
        sourceUrl: url,
      }),
    );
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
