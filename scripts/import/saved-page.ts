// A saved web page (e.g. a procedures manual chapter): its title and the address it was saved from.
import { createDocument } from '@mixmark-io/domino';
import type { ConvertedDocument } from './types.ts';

export function savedPage(bytes: Buffer): ConvertedDocument {
  const html = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const document = createDocument(html);
  return { html, title: pageTitle(document), sourceUrl: pageAddress(document, html), imagesDropped: 0, needsHuman: [] };
}

function pageTitle(document: Document): string | undefined {
  const og = document.querySelector('meta[property="og:title"]')?.getAttribute('content');
  const title = (og ?? document.title ?? '').replace(/\s+/g, ' ').trim();
  return title || undefined;
}

function pageAddress(document: Document, html: string): string | undefined {
  const candidates = [
    document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    document.querySelector('meta[property="og:url"]')?.getAttribute('content'),
    // Browsers' "Save page as" leaves this mark: <!-- saved from url=(0042)https://… -->
    /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html)?.[1],
  ];
  return candidates.map((c) => c?.trim()).find((c): c is string => !!c && /^https?:\/\/\S+$/i.test(c));
}
