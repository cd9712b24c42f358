// Which knowledge the bench measures: the real partnership when it loads, else the test fixture, and
// always said so, because figures from the fixture say nothing about answer quality.
import { join, resolve } from 'node:path';
import { loadConfig } from '../../bot/config.ts';
import { loadKnowledge, type KnowledgeBase } from '../../bot/knowledge/load.ts';
import { KnowledgeError } from '../../bot/partnership/profile.ts';

export const REPO_ROOT = join(import.meta.dirname, '..', '..');
export const FIXTURE_DIR = join(REPO_ROOT, 'test', 'fixtures', 'knowledge');
export const FIXTURE_PARTNERSHIP = 'testshire';

export interface KnowledgeSource {
  dir: string;
  partnership: string;
  kb: KnowledgeBase;
  kind: 'real' | 'fixture';
  /** Why the fixture was used, when it was. */
  note?: string;
  sections: number;
  words: number;
}

export function pickKnowledge(mode: 'auto' | 'fixture'): KnowledgeSource {
  if (mode === 'auto') {
    // The bot's own defaults (KNOWLEDGE_DIR, PARTNERSHIP=wigan), resolved from the repo root.
    const config = loadConfig({ ...process.env, NODE_ENV: 'development' });
    const dir = resolve(REPO_ROOT, config.knowledgeDir);
    try {
      return describe(dir, config.partnership, loadKnowledge(dir, config.partnership), 'real');
    } catch (err) {
      const why = err instanceof KnowledgeError ? `${err.problems.length} problem(s), first: ${err.problems[0]}` : String(err);
      return { ...fixture(), note: `${config.partnership} did not load (${why})` };
    }
  }
  return { ...fixture(), note: 'fixture requested' };
}

function fixture(): KnowledgeSource {
  return describe(FIXTURE_DIR, FIXTURE_PARTNERSHIP, loadKnowledge(FIXTURE_DIR, FIXTURE_PARTNERSHIP), 'fixture');
}

function describe(dir: string, partnership: string, kb: KnowledgeBase, kind: 'real' | 'fixture'): KnowledgeSource {
  const sections = kb.docs.flatMap((d) => d.sections);
  const words = sections.reduce((n, s) => n + s.text.split(/\s+/).filter(Boolean).length, 0);
  return { dir, partnership, kb, kind, sections: sections.length, words };
}
