// Real documents for the import tests, written by independent libraries (docx for Word, pdfkit for PDF),
// never by the code under test. Wording is invented for the tests, about a fictional "Testshire".
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  HeadingLevel,
  ImageRun,
  InsertedTextRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import PDFDocument from 'pdfkit';
import { PNG } from 'pngjs';

export const SENTENCE = 'Speak to your designated safeguarding lead the same day and write down what you saw, heard and did, with the time.';

/** A temporary knowledge folder holding the Testshire fixture partnership, and a folder for source files. */
export function tempWorkspace(): { knowledgeDir: string; sourceDir: string } {
  const root = mkdtempSync(join(tmpdir(), 'import-test-'));
  const knowledgeDir = join(root, 'knowledge');
  // The partnership and the shared files beside it (immediate-danger words, situations): what the loader reads.
  cpSync(join(import.meta.dirname, '..', 'fixtures', 'knowledge'), knowledgeDir, { recursive: true });
  const sourceDir = join(root, 'sources');
  mkdirSync(sourceDir);
  return { knowledgeDir, sourceDir };
}

const date = '2026-11-30T10:00:00Z';

export async function wordProcedure(): Promise<Buffer> {
  const png = PNG.sync.write(new PNG({ width: 4, height: 4 }));
  const doc = new Document({
    creator: 'test',
    styles: { paragraphStyles: [{ id: 'TOC1', name: 'toc 1', basedOn: 'Normal' }] },
    comments: { children: [{ id: 0, author: 'Reviewer', date: new Date(date), children: [new Paragraph('REVIEWER-COMMENT: check this with the LADO')] }] },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Managing allegations in Testshire', heading: HeadingLevel.TITLE }),
          new Paragraph({ text: 'When to ring the designated officer\t1', style: 'TOC1' }),
          new Paragraph({ text: 'Who does what\t2', style: 'TOC1' }),
          new Paragraph({ text: 'When to ring the designated officer', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({
            children: [
              new TextRun('Ring the designated officer whenever an adult who works with children may have harmed a child, '),
              new InsertedTextRun({ text: 'including volunteers and agency staff, ', id: 1, author: 'Reviewer', date }),
              new DeletedTextRun({ text: 'WITHDRAWN-WORDING ', id: 2, author: 'Reviewer', date }),
              new TextRun('and do it before any internal investigation starts.'),
            ],
          }),
          new Paragraph({ children: [new ImageRun({ type: 'png', data: png, transformation: { width: 40, height: 40 } })] }),
          new Paragraph({ text: 'What to have ready', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({
            children: [
              new CommentRangeStart(0),
              new TextRun('Have these details to hand when you ring, so the conversation is quick and nothing is missed:'),
              new CommentRangeEnd(0),
              new TextRun({ children: [new CommentReference(0)] }),
            ],
          }),
          new Paragraph({ text: 'what was alleged and when it happened', bullet: { level: 0 } }),
          new Paragraph({ text: 'who the adult works for', bullet: { level: 0 } }),
          new Paragraph({ text: 'their role and setting', bullet: { level: 1 } }),
          new Paragraph({ text: 'whether they are still at work today', bullet: { level: 1 } }),
          new Paragraph({ text: 'what the child has said, in their words', bullet: { level: 0 } }),
          new Paragraph({ text: 'Who does what', heading: HeadingLevel.HEADING_1 }),
          new Paragraph('Each person has one job in the first hours. The table sets out who acts and by when, in working days.'),
          new Table({
            rows: [
              row(['Who', 'Does what', 'By when'], true),
              row(['Manager', 'Tells the designated officer', 'Same working day']),
              row(['Designated officer', 'Calls a strategy discussion | if needed', 'Within 2 working days']),
            ],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

function row(cells: string[], header = false): TableRow {
  return new TableRow({ ...(header ? { tableHeader: true } : {}), children: cells.map((c) => new TableCell({ children: [new Paragraph(c)] })) });
}

export interface PdfOptions {
  password?: string;
  headings?: boolean;
  blankPage?: boolean;
  /** Repeats the body on this many pages, each with a running header and a "Page n of N" footer. */
  pages?: number;
}

/** A PDF whose headings differ from the body text only by font size, as most exported procedures do. */
export function pdfProcedure(options: PdfOptions = {}): Promise<Buffer> {
  const { headings = true } = options;
  const security = options.password ? { userPassword: options.password, ownerPassword: `${options.password}-owner` } : {};
  return pdf({ ...security, bufferPages: true, info: { Title: 'Escalation in Testshire' } }, (doc) => {
    if (headings) doc.fontSize(22).text('Resolving professional differences').moveDown();
    if (headings) doc.fontSize(16).text('Stage one: talk to the other worker').moveDown(0.5);
    doc.fontSize(11).text(`Start by speaking to the worker you disagree with, within five working days, and explain what worries you about the child. ${SENTENCE}`).moveDown();
    doc.text('Before you talk, check you have:').moveDown(0.3);
    doc.text('• the plan you disagree with');
    doc.text('• the facts behind your worry');
    doc.text('• dates of home visits', { indent: 18 });
    doc.text('• notes of calls', { indent: 18 });
    doc.text('• what the child has said').moveDown();
    if (headings) doc.fontSize(16).text('Stage two: involve the managers').moveDown(0.5);
    doc.fontSize(11).text(`If talking does not settle it, each worker asks their own manager to speak to the other manager and agree what happens next for the child. ${SENTENCE}`);
    doc.moveDown().text('The managers then:').moveDown(0.3);
    doc.text('1. agree a date to meet');
    doc.text("2. record what they decided and why, on both agencies' records");
    if (options.blankPage) doc.addPage();
    const pages = options.pages ?? 1;
    for (let n = 2; n <= pages; n++) {
      doc.addPage().fontSize(16).text(`Stage ${n + 1}: keep the child in view`).moveDown(0.5);
      doc.fontSize(11).text(`While the professionals disagree, the plan for the child stays in place and nobody steps back from it. ${SENTENCE}`);
    }
    if (pages > 1) {
      const range = doc.bufferedPageRange();
      for (let i = 0; i < range.count; i++) {
        doc.switchToPage(i);
        doc.fontSize(9).text('Testshire Safeguarding Partnership: escalation policy', 72, 30, { lineBreak: false });
        doc.fontSize(9).text(`Page ${i + 1} of ${range.count}`, 72, doc.page.height - 50, { lineBreak: false });
      }
    }
  });
}

function pdf(options: PDFKit.PDFDocumentOptions, draw: (doc: PDFKit.PDFDocument) => void): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument(options);
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    draw(doc);
    doc.end();
  });
}

/** A saved procedures-manual chapter, with the furniture a real saved page carries. */
export function savedChapter(): string {
  return `<!DOCTYPE html>
<!-- saved from url=(0045)https://testshire.example.org/chapters/neglect -->
<html><head><title>Neglect | Testshire procedures</title>
<link rel="canonical" href="https://testshire.example.org/chapters/neglect">
<style>body { color: red }</style>
<script>globalThis.importRanScript = true; document.write('INJECTED-BY-SCRIPT');</script>
</head><body>
<nav><a href="/">Home</a> <a href="/chapters">All chapters</a></nav>
<div class="sidebar">Related chapters: domestic abuse, parental mental health</div>
<main>
<h1>Neglect</h1>
<p>Neglect is the persistent failure to meet a child's basic needs, and it usually shows as a pattern rather than one event.</p>
<h2>Signs to look for</h2>
<p>Look at the whole picture over time. ${SENTENCE}</p>
<picture><source srcset="chart.webp"><img src="chart.png" alt="a chart of referrals"></picture>
<ul><li>poor hygiene or clothing<ul><li>unwashed over several weeks</li></ul></li><li>missed health appointments</li></ul>
<h3>Babies</h3>
<p>A baby depends entirely on adults, so missed feeds, weight loss or a nappy left for hours need a response the same day. ${SENTENCE}</p>
<h2>Using the graded care tool</h2>
<p onclick="alert(1)">The graded care profile helps you score care across areas of need. <a href="javascript:alert(1)">Open it</a> and <a href="https://testshire.example.org/gcp">read the guide</a>. ${SENTENCE}</p>
<table><tr><td>Score</td><td>Meaning</td></tr><tr><td>1-2</td><td>Needs met</td></tr><tr><td>4-5</td><td>Needs not met</td></tr></table>
</main>
<footer>© Testshire 2026 · Cookies</footer>
</body></html>`;
}
