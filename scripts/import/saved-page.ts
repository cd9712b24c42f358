// A saved web page (e.g. a procedures manual chapter): its title and the address it was saved from.
import type { ConvertedDocument } from './types.ts';

export function savedPage(bytes: Buffer): ConvertedDocument {
  const html = bytes.toString('utf8').replace(/^\uFEFF/, '');
  return { html, title: pageTitle(html), sourceUrl: pageAddress(html), imagesDropped: 0, needsHuman: [] };
}

function pageTitle(html: string): string | undefined {
  const og = /<meta[^>]+property=["']og:title["'][^>]*content=["']([^"']+)["']/i.exec(html)?.[1];
  const title = og ?? /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1];
  return title ? decodeEntities(title).replace(/\s+/g, ' ').trim() || undefined : undefined;
}

function pageAddress(html: string): string | undefined {
  const candidates = [
    /<link[^>]+rel=["']canonical["'][^>]*href=["']([^"']+)["']/i.exec(html)?.[1],
    /<link[^>]+href=["']([^"']+)["'][^>]*rel=["']canonical["']/i.exec(html)?.[1],
    /<meta[^>]+property=["']og:url["'][^>]*content=["']([^"']+)["']/i.exec(html)?.[1],
    // Browsers' "Save page as" leaves this mark: <!-- saved from url=(0042)https://… -->
    /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html)?.[1],
  ];
  return candidates.map((c) => c && decodeEntities(c)).find((c) => c && /^https?:\/\//i.test(c));
}

const decodeEntities = (s: string) =>
  s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'").replace(/&nbsp;/g, ' ');
