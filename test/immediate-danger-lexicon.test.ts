// The immediate-danger words are content: validated at load, listed by knowledge:check with file and field,
// and a partnership's own file adds words to the national ones.
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURE_KNOWLEDGE } from './support/test-assistant.ts';
import { loadKnowledge } from '../bot/knowledge/load.ts';
import { KnowledgeError } from '../bot/partnership/profile.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function copyFixtures(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sa-danger-'));
  dirs.push(dir);
  cpSync(FIXTURE_KNOWLEDGE, dir, { recursive: true });
  return dir;
}

function problems(dir: string): string[] {
  try {
    loadKnowledge(dir, 'testshire');
    return [];
  } catch (err) {
    if (err instanceof KnowledgeError) return err.problems;
    throw err;
  }
}

describe('the lexicon as content', () => {
  it('the real national lexicon and both partnerships load', () => {
    for (const p of ['wigan', 'wirral']) expect(loadKnowledge('knowledge', p).dangerLexicon.situations.length).toBeGreaterThan(10);
  });

  it('a missing national file stops the load: without it no emergency would be recognised', () => {
    const dir = copyFixtures();
    unlinkSync(join(dir, 'immediate-danger.yml'));
    expect(problems(dir)).toEqual([expect.stringContaining('immediate-danger.yml: missing')]);
  });

  it('names the file and field of every problem, and knowledge:check fails on them', () => {
    const dir = copyFixtures();
    const file = join(dir, 'immediate-danger.yml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace('needs: [at_risk, now]', 'needs: [at_risk, soon]')
        .replace('id: not-breathing', 'id: Not Breathing'),
    );
    const found = problems(dir);
    expect(found).toContain('immediate-danger.yml: situations.3.needs.1: Invalid option: expected one of "at_risk"|"now"');
    expect(found.some((p) => p.startsWith('immediate-danger.yml: situations.2.id:'))).toBe(true);
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-knowledge.ts', '--dir', dir], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('immediate-danger.yml: situations.3.needs');
  });

  it('reports a phrase that cannot match', () => {
    const dir = copyFixtures();
    const file = join(dir, 'immediate-danger.yml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('words: [in danger, immediate danger]', 'words: [in danger, "..."]'));
    expect(problems(dir)).toContain('immediate-danger.yml: situations.0.words.1: "..." has no words to match');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"..."', '"(mum|dad) (is)? drunk"'));
    expect(problems(dir)).toContain('immediate-danger.yml: situations.0.words.1: "(mum|dad) (is)? drunk" uses ?, which phrases don\'t support (use words, (a|b), *, # and ...)');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"(mum|dad) (is)? drunk"', '"left (alone|on (his|her) own)"'));
    expect(problems(dir)).toEqual([expect.stringContaining('situations.0.words.1: "left (alone|on (his|her) own)" has brackets inside brackets')]);
  });

  it('reports a phrase cut short by an unquoted " #", which YAML reads as the start of a comment', () => {
    const dir = copyFixtures();
    const file = join(dir, 'immediate-danger.yml');
    const lines = readFileSync(file, 'utf8').replace('    words: [left alone|home alone]', '    words:\n      - left alone|home alone\n      - left with a # year old').split('\n');
    writeFileSync(file, lines.join('\n'));
    const line = lines.findIndex((l) => l.includes('left with a #')) + 1;
    expect(problems(dir)).toEqual([`immediate-danger.yml: line ${line}: a phrase with " #" must be in quotes, or YAML reads the rest of the line as a comment`]);
    // Quoted, it is a number placeholder and loads.
    writeFileSync(file, lines.join('\n').replace('- left with a # year old', '- "left with a # year old"'));
    expect(problems(dir)).toEqual([]);
  });

  it('a partnership file adds words to a national situation and new situations of its own', () => {
    const dir = copyFixtures();
    const before = loadKnowledge(dir, 'testshire').immediateDanger;
    expect(before.assess('the child is in peril').immediateDanger).toBe(false);
    expect(before.assess('the child is aflame').immediateDanger).toBe(false);
    writeFileSync(
      join(dir, 'testshire', 'immediate-danger.yml'),
      ['version: 1', 'situations:', '  - id: danger-named', '    words: [in peril]', '  - id: fire', '    category: physical', '    words: [aflame]'].join('\n'),
    );
    const after = loadKnowledge(dir, 'testshire').immediateDanger;
    expect(after.assess('the child is in peril').immediateDanger).toBe(true);
    expect(after.assess('the child is aflame').immediateDanger).toBe(true);
    expect(after.assess('the child is not in peril').immediateDanger).toBe(false);
  });

  it('a situation with "with" words needs one of them anywhere in the message: an emergency told in two parts', () => {
    const dir = copyFixtures();
    writeFileSync(
      join(dir, 'testshire', 'immediate-danger.yml'),
      ['version: 1', 'situations:', '  - id: sick-after-a-fall', '    category: injury', '    with: [fell, dropped]', '    words: [being sick]'].join('\n'),
    );
    const d = loadKnowledge(dir, 'testshire').immediateDanger;
    expect(d.assess('he fell down the stairs earlier, now he is being sick').situations).toEqual(['sick-after-a-fall']);
    expect(d.assess('he is being sick, can he come to nursery').immediateDanger).toBe(false);
    expect(d.assess('he fell down the stairs earlier, he is not being sick').immediateDanger).toBe(false);
    writeFileSync(join(dir, 'testshire', 'immediate-danger.yml'), ['version: 1', 'situations:', '  - id: sick-after-a-fall', '    category: injury', '    with: ["(fell|"]', '    words: [being sick]'].join('\n'));
    expect(problems(dir)).toEqual([expect.stringContaining('situations.4.with.0: "(fell|" has unbalanced brackets')]);
  });

  it('a partnership cannot loosen what a national situation needs', () => {
    const dir = copyFixtures();
    writeFileSync(join(dir, 'testshire', 'immediate-danger.yml'), ['version: 1', 'situations:', '  - id: left-alone', '    needs: []', '    words: [by themselves]'].join('\n'));
    expect(problems(dir)).toEqual([expect.stringContaining('testshire/immediate-danger.yml: situations.0.needs: "left-alone" is national')]);
  });

  it('the profile must name an emergency section that exists', () => {
    const dir = copyFixtures();
    const profile = join(dir, 'testshire', 'partnership.yml');
    writeFileSync(profile, readFileSync(profile, 'utf8').replace('section: testshire-levels#a-child-is-in-immediate-danger', 'section: testshire-levels#no-such-section'));
    expect(problems(dir)).toEqual([expect.stringContaining('emergency.section: no section "testshire-levels#no-such-section"')]);
  });
});
