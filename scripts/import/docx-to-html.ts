// Word (.docx) to HTML with mammoth: heading styles become h1-h3, lists and tables are kept.
// Mammoth already accepts tracked insertions, leaves out deletions and comments; images are counted and dropped.
import mammoth from 'mammoth';
import { ImportError } from './import-error.ts';
import type { ConvertedDocument } from './types.ts';

const STYLE_MAP = [
  "p[style-name='Title'] => p.document-title:fresh",
  "p[style-name='Subtitle'] => p:fresh",
  // A table of contents repeats the headings with page numbers: the sections already say it.
  "p[style-name^='toc'] => !",
];

export async function docxToHtml(name: string, bytes: Buffer): Promise<ConvertedDocument> {
  let imagesDropped = 0;
  let result: Awaited<ReturnType<typeof mammoth.convertToHtml>>;
  try {
    result = await mammoth.convertToHtml(
      { buffer: bytes },
      {
        styleMap: STYLE_MAP,
        ignoreEmptyParagraphs: true,
        convertImage: mammoth.images.imgElement(async () => {
          imagesDropped++;
          return { src: '' };
        }),
      },
    );
  } catch (err) {
    throw new ImportError(
      `${name}: could not be read as a Word document (${firstLine(err)}). It may be damaged or only partly copied: open it in Word, save it again as .docx and retry.`,
    );
  }
  // The image placeholders are counted already; the Title-style paragraph is the document's title.
  let title: string | undefined;
  const html = result.value
    .replace(/<img\b[^>]*>/g, '')
    .replace(/<p class="document-title">([\s\S]*?)<\/p>/, (_, inner: string) => {
      title = decodeHtml(inner.replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ').trim() || undefined;
      return '';
    });
  return { html, title, imagesDropped, needsHuman: [] };
}

const firstLine = (err: unknown) => (err instanceof Error ? err.message : String(err)).split('\n')[0];
const decodeHtml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
