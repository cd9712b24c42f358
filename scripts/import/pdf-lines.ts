// Reads a PDF's text as lines with their font size and position (PDF.js through unpdf), page by page,
// and notes pages that have no text at all (scanned images) and how many images were left out.
import { getDocumentProxy, getResolvedPDFJS } from 'unpdf';
import { ImportError } from './import-error.ts';

export interface PdfLine {
  page: number;
  text: string;
  size: number;
  x: number;
  y: number;
  right: number;
  /** In the top or bottom 64 points of the page, where running headers and footers sit. */
  inMargin: boolean;
}

export interface PdfText {
  lines: PdfLine[];
  pages: number;
  pagesWithoutText: number[];
  images: number;
  title?: string;
}

interface TextItem {
  str: string;
  transform: number[];
  width: number;
}

export async function readPdfLines(name: string, bytes: Buffer): Promise<PdfText> {
  const pdf = await open(name, bytes);
  try {
    const { OPS } = await getResolvedPDFJS();
    const imageOps = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject]);
    const lines: PdfLine[] = [];
    const pagesWithoutText: number[] = [];
    let images = 0;
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const items = (content.items as unknown[]).filter((i): i is TextItem => typeof (i as TextItem).str === 'string');
      const { height } = page.getViewport({ scale: 1 });
      const pageLines = toLines(n, items, height);
      if (pageLines.length === 0) pagesWithoutText.push(n);
      lines.push(...pageLines);
      const ops = await page.getOperatorList();
      images += ops.fnArray.filter((op) => imageOps.has(op)).length;
      page.cleanup();
    }
    const meta = await pdf.getMetadata().catch(() => undefined);
    const info = meta?.info as { Title?: unknown } | undefined;
    const title = typeof info?.Title === 'string' && info.Title.trim() ? info.Title.trim() : undefined;
    return { lines, pages: pdf.numPages, pagesWithoutText, images, title };
  } finally {
    await pdf.destroy();
  }
}

async function open(name: string, bytes: Buffer) {
  try {
    // A copy: PDF.js takes ownership of (detaches) the buffer it is given.
    return await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, isEvalSupported: false, disableFontFace: true });
  } catch (err) {
    const kind = (err as Error)?.name;
    if (kind === 'PasswordException') {
      throw new ImportError(`${name}: the PDF is password-protected. Ask for a copy without a password (or print it to a new PDF) and import that.`);
    }
    throw new ImportError(`${name}: could not be read as a PDF (${(err as Error)?.message ?? String(err)}). It may be damaged or only partly copied.`);
  }
}

// Items on (nearly) the same baseline form a line; words are joined with a space where the gap shows one.
function toLines(page: number, items: TextItem[], pageHeight: number): PdfLine[] {
  const words = items
    .filter((i) => i.str.trim())
    .map((i) => ({ text: i.str, x: i.transform[4], y: i.transform[5], size: Math.hypot(i.transform[2], i.transform[3]), width: i.width }));
  words.sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Omit<PdfLine, 'inMargin'>[] = [];
  let current: (Omit<PdfLine, 'inMargin'> & { end: number }) | undefined;
  for (const w of words) {
    if (current && Math.abs(current.y - w.y) <= Math.max(2, current.size * 0.3)) {
      const gap = w.x - current.end;
      const space = gap > w.size * 0.15 && !/\s$/.test(current.text) && !/^\s/.test(w.text) ? ' ' : '';
      current.text += space + w.text;
      current.size = Math.max(current.size, w.size);
      current.end = w.x + w.width;
      current.right = current.end;
    } else {
      if (current) lines.push(current);
      current = { page, text: w.text, size: w.size, x: w.x, y: w.y, right: w.x + w.width, end: w.x + w.width };
    }
  }
  if (current) lines.push(current);
  return lines.map(({ page: p, text, size, x, y, right }) => ({
    page: p,
    text: text.replace(/\s+/g, ' ').trim(),
    size: round(size),
    x,
    y,
    right,
    inMargin: y < MARGIN || y > pageHeight - MARGIN,
  }));
}

const round = (n: number) => Math.round(n * 2) / 2;
// Word puts headers and footers half an inch from the edge and body text an inch in.
const MARGIN = 64;
