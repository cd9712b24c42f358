// A knowledge base N times the size of the real one, for cold-start scaling: the real files plus generated
// documents whose sections recombine real sentences under new headings, so the vocabulary, term
// frequencies and section lengths look like the partnership's own content and not like random words.
import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { slugify } from '../../bot/knowledge/markdown-text.ts';
import type { KnowledgeSource } from './knowledge-source.ts';

export interface SyntheticKnowledge {
  dir: string;
  partnership: string;
  sections: number;
  generatedDocs: number;
}

/** A small seeded generator: the same multiplier always gives the same knowledge base. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function writeSyntheticKnowledge(source: KnowledgeSource, multiplier: number, outDir: string): SyntheticKnowledge {
  const random = mulberry32(multiplier * 7919);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];

  // The real content first: profile, glossary, the partnership's documents and the national ones.
  mkdirSync(outDir, { recursive: true });
  for (const entry of [source.partnership, 'national', 'glossary.yml', 'immediate-danger.yml']) {
    const from = join(source.dir, entry);
    if (existsSync(from)) cpSync(from, join(outDir, entry), { recursive: true });
  }

  const docs = source.kb.docs;
  const sections = docs.flatMap((d) => d.sections);
  const sentences = sections
    .flatMap((s) => s.text.split(/(?<=[.!?])\s+|\n+/))
    .map((s) => s.trim())
    .filter((s) => s.split(/\s+/).length >= 5);
  const headings = sections.map((s) => s.heading.replace(/[?:]+$/, ''));
  const words = (s: string) => s.split(/\s+/).filter((w) => /^[A-Za-z][a-z'-]{3,}$/.test(w));
  const sectionsPerDoc = Math.max(3, Math.round(sections.length / docs.length));

  const target = sections.length * multiplier;
  const dir = join(outDir, source.partnership, 'synthetic');
  mkdirSync(dir, { recursive: true });
  let made = 0;
  let docNo = 0;
  while (sections.length + made < target) {
    docNo++;
    const like = pick(docs);
    const count = Math.min(sectionsPerDoc, target - sections.length - made);
    const used = new Set<string>();
    const body: string[] = [];
    for (let i = 0; i < count; i++) {
      let heading = `${pick(headings)}: ${words(pick(sentences)).slice(0, 3).join(' ')}`.trim();
      // Section ids are slugs and must be unique within a document.
      while (used.has(slugify(heading))) heading = `${heading} ${used.size}`;
      used.add(slugify(heading));
      // 60-220 words, the range the content style guide asks for.
      const want = 60 + Math.floor(random() * 160);
      const paragraph: string[] = [];
      let n = 0;
      while (n < want) {
        const s = pick(sentences);
        paragraph.push(s);
        n += s.split(/\s+/).length;
      }
      body.push(`## ${heading}\n${paragraph.join(' ')}\n`);
    }
    const frontMatter = {
      id: `synthetic-${docNo}`,
      title: `${like.title} (synthetic ${docNo})`,
      area: like.area,
      partnership: source.partnership,
      source_title: like.sourceTitle,
      source_url: like.sourceUrl,
      last_reviewed: '2026-11-22',
      owner: like.owner,
      status: 'current',
      tags: like.tags,
    };
    writeFileSync(join(dir, `synthetic-${docNo}.md`), `---\n${stringify(frontMatter)}---\n${body.join('\n')}`);
    made += count;
  }
  return { dir: outDir, partnership: source.partnership, sections: sections.length + made, generatedDocs: docNo };
}
