// PDF to HTML: headings inferred from font sizes (larger than the body text, short lines), paragraphs
// from line spacing, lists from bullet or number marks with nesting from their indent. Running headers,
// footers and page numbers are left out.
import { readPdfLines, type PdfLine } from './pdf-lines.ts';
import type { ConvertedDocument } from './types.ts';

const BULLET = /^(?:[•●○◦▪■□‣·\u2022\uf0b7\uf0a7\uf0d8-]|–)\s+/;
const NUMBERED = /^(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s+/i;
const PAGE_NUMBER = /^(?:page\s+)?\d+(?:\s*(?:of|\/)\s*\d+)?$/i;

type Block =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'p'; text: string }
  | { kind: 'item'; ordered: boolean; x: number; text: string };

export async function pdfToHtml(name: string, bytes: Buffer): Promise<ConvertedDocument> {
  const pdf = await readPdfLines(name, bytes);
  const needsHuman = pdf.pagesWithoutText.length
    ? [
        `${name}: ${plural(pdf.pagesWithoutText.length, 'page')} with no text (${pdf.pagesWithoutText.join(', ')} of ${pdf.pages}), probably scanned images: type that text in from the original or ask for a text copy.`,
      ]
    : [];
  const lines = dropRunningText(pdf.lines, pdf.pages);
  const blocks = toBlocks(lines);
  return { html: render(blocks), title: pdf.title, imagesDropped: pdf.images, needsHuman };
}

// In the page margins, text repeated on most pages (headers, footers) and bare page numbers are not content.
function dropRunningText(lines: PdfLine[], pages: number): PdfLine[] {
  const key = (l: PdfLine) => l.text.replace(/\d+/g, '#');
  const pagesWith = new Map<string, Set<number>>();
  for (const l of lines.filter((l) => l.inMargin)) {
    if (!pagesWith.has(key(l))) pagesWith.set(key(l), new Set());
    pagesWith.get(key(l))!.add(l.page);
  }
  return lines.filter((l) => {
    if (!l.inMargin) return true;
    if (PAGE_NUMBER.test(l.text)) return false;
    return pages < 3 || (pagesWith.get(key(l))?.size ?? 0) < Math.ceil(pages / 2);
  });
}

function toBlocks(lines: PdfLine[]): Block[] {
  const body = bodySize(lines);
  const headingSizes = [...new Set(lines.filter((l) => isHeadingLine(l, body)).map((l) => l.size))].sort((a, b) => b - a);
  const rightEdge = typicalRightEdge(lines, body);
  const blocks: Block[] = [];
  let prev: PdfLine | undefined;
  for (const line of lines) {
    const last = blocks.at(-1);
    const gap = prev && prev.page === line.page ? prev.y - line.y : Infinity;
    const closeBelow = gap < line.size * 1.6;
    if (isHeadingLine(line, body)) {
      const level = Math.min(headingSizes.indexOf(line.size) + 1, 6);
      // A heading that wraps onto a second line at the same size is one heading.
      if (last?.kind === 'heading' && last.level === level && prev && prev.size === line.size && closeBelow) last.text += ` ${line.text}`;
      else blocks.push({ kind: 'heading', level, text: line.text });
    } else if (BULLET.test(line.text) || NUMBERED.test(line.text)) {
      const ordered = !BULLET.test(line.text);
      blocks.push({ kind: 'item', ordered, x: line.x, text: line.text.replace(ordered ? NUMBERED : BULLET, '') });
    } else if (last?.kind === 'item' && closeBelow && line.x > last.x + 1) {
      last.text += ` ${line.text}`;
    } else if (last?.kind === 'p' && prev && closeBelow && !endsParagraph(prev, rightEdge)) {
      last.text += ` ${line.text}`;
    } else blocks.push({ kind: 'p', text: line.text });
    prev = line;
  }
  return blocks;
}

function isHeadingLine(line: PdfLine, body: number): boolean {
  return line.size >= body * 1.15 && line.text.length <= 150 && /\p{L}/u.test(line.text);
}

// The body text size: the size most characters are set in.
function bodySize(lines: PdfLine[]): number {
  const chars = new Map<number, number>();
  for (const l of lines) chars.set(l.size, (chars.get(l.size) ?? 0) + l.text.length);
  return [...chars.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

function typicalRightEdge(lines: PdfLine[], body: number): number {
  const edges = lines.filter((l) => l.size === body).map((l) => l.right).sort((a, b) => a - b);
  return edges[Math.floor(edges.length * 0.9)] ?? 0;
}

// A line that ends a sentence well short of the margin ends its paragraph.
const endsParagraph = (line: PdfLine, rightEdge: number) => /[.!?:]["'”’)]?$/.test(line.text) && line.right < rightEdge * 0.85;


function render(blocks: Block[]): string {
  const out: string[] = [];
  let i = 0;
  while (i < blocks.length) {
    const b = blocks[i];
    if (b.kind === 'heading') out.push(`<h${b.level}>${escapeHtml(b.text)}</h${b.level}>`);
    else if (b.kind === 'p') out.push(`<p>${escapeHtml(b.text)}</p>`);
    else {
      const items: Extract<Block, { kind: 'item' }>[] = [];
      while (blocks[i]?.kind === 'item') items.push(blocks[i++] as Extract<Block, { kind: 'item' }>);
      out.push(renderList(items));
      continue;
    }
    i++;
  }
  return out.join('\n');
}

// Nesting follows the indent: each distinct left edge in the run of items is one level deeper.
function renderList(items: Extract<Block, { kind: 'item' }>[]): string {
  const indents = [...new Set(items.map((it) => Math.round(it.x)))].sort((a, b) => a - b);
  const levelOf = (it: { x: number }) => indents.indexOf(Math.round(it.x));
  let html = '';
  const open: string[] = [];
  let depth = -1;
  for (const it of items) {
    const level = Math.min(levelOf(it), depth + 1);
    const tag = it.ordered ? 'ol' : 'ul';
    if (level > depth) {
      html += `<${tag}>`;
      open.push(tag);
      depth = level;
    } else {
      html += '</li>';
      while (depth > level) {
        html += `</${open.pop()}></li>`;
        depth--;
      }
    }
    html += `<li>${escapeHtml(it.text)}`;
  }
  html += '</li>';
  while (open.length) html += `</${open.pop()}>${open.length ? '</li>' : ''}`;
  return html;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
