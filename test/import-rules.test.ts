// The layers, checked by reading the imports: storage implements the domain's interfaces and imports
// nothing above it; domain code knows nothing of cards, handlers, Teams or HTTP.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');

function filesUnder(dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)));
}

/** Every module a file imports (static, dynamic, re-exports), as a repository path or a package name. */
export function importsOf(file: string, source = readFileSync(path.join(root, file), 'utf8')): string[] {
  const specs = [...source.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g)].map((m) => m[1]);
  return specs.map((s) => (s.startsWith('.') ? path.relative(root, path.resolve(root, path.dirname(file), s)) : s));
}

function violations(folders: string[], forbidden: RegExp): string[] {
  return folders.flatMap((dir) => filesUnder(dir).flatMap((f) => importsOf(f).filter((i) => forbidden.test(i)).map((i) => `${f} imports ${i}`)));
}

const DOMAIN = ['bot/knowledge', 'bot/lado', 'bot/audits', 'bot/safety', 'bot/scheduling', 'bot/time', 'bot/partnership', 'bot/content-owners', 'bot/amendments'];
const ABOVE_DOMAIN = /^(cards|bot\/handlers|bot\/teams|bot\/web)\/|^botbuilder|^restify/;
const ABOVE_STORAGE = /^(cards|bot\/handlers|bot\/teams|bot\/web)\/|^botbuilder/;

describe('import rules', () => {
  it('reads imports of every form, so the rules below can fail', () => {
    const sample = [
      "import type { A } from '../handlers/types.ts';",
      "export { b } from '../../cards/answer.ts';",
      "const c = await import('../teams/adapter.ts');",
      "import { CloudAdapter } from 'botbuilder';",
    ].join('\n');
    expect(importsOf('bot/lado/x.ts', sample)).toEqual(['bot/handlers/types.ts', 'cards/answer.ts', 'bot/teams/adapter.ts', 'botbuilder']);
    expect(importsOf('bot/lado/x.ts', sample).filter((i) => ABOVE_DOMAIN.test(i))).toHaveLength(4);
  });

  it('finds the folders it checks', () => {
    for (const dir of [...DOMAIN, 'bot/storage']) expect(filesUnder(dir).length, dir).toBeGreaterThan(0);
  });

  it('storage imports nothing of handlers, Teams, cards, web or botbuilder', () => {
    expect(violations(['bot/storage'], ABOVE_STORAGE)).toEqual([]);
  });

  it('domain folders import nothing of cards, handlers, Teams, web or restify', () => {
    expect(violations(DOMAIN, ABOVE_DOMAIN)).toEqual([]);
  });

  it('botbuilder is imported only inside bot/teams/', () => {
    const outside = ['bot', 'cards'].flatMap(filesUnder).filter((f) => !f.startsWith('bot/teams/'));
    expect(outside.filter((f) => importsOf(f).some((i) => /^botbuilder/.test(i)))).toEqual([]);
  });
});
