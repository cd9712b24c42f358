// Writes every draft or none: all go to a temporary folder first, then are moved into place.
// An existing file is never replaced without --force; nothing may land outside knowledge/.
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import type { Draft } from './draft.ts';
import { ImportError } from './import-error.ts';

export function checkDrafts(knowledgeDir: string, drafts: Draft[], force: boolean): void {
  const root = resolve(knowledgeDir) + sep;
  const seen = new Set<string>();
  const existing: string[] = [];
  for (const d of drafts) {
    const target = resolve(knowledgeDir, d.relativePath);
    if (!target.startsWith(root)) throw new ImportError(`${d.relativePath}: would be written outside ${knowledgeDir}/; refused.`);
    if (seen.has(target)) throw new ImportError(`Two documents would both be written to ${d.relativePath}: import them one at a time with --id.`);
    seen.add(target);
    if (existsSync(target)) existing.push(d.relativePath);
  }
  if (existing.length && !force) {
    throw new ImportError(`Already there, not replaced: ${existing.join(', ')}. Choose another --id, or add --force to replace ${existing.length === 1 ? 'it' : 'them'}.`);
  }
}

export function writeDrafts(knowledgeDir: string, drafts: Draft[], force: boolean): string[] {
  checkDrafts(knowledgeDir, drafts, force);
  // Inside knowledge/ (so the move is a rename on the same disk) but outside any partnership folder,
  // so the loader never reads a half-written draft.
  const staging = mkdtempSync(join(knowledgeDir, '.import-'));
  try {
    drafts.forEach((d, i) => writeFileSync(join(staging, `${i}.md`), d.content, { flag: 'wx' }));
    return drafts.map((d, i) => {
      const target = join(knowledgeDir, d.relativePath);
      mkdirSync(dirname(target), { recursive: true });
      renameSync(join(staging, `${i}.md`), target);
      return target;
    });
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
