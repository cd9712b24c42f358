// npm run knowledge:check lists every problem with file, field and why, and fails the run.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURE_KNOWLEDGE } from './support/test-assistant.ts';
import { loadKnowledge } from '../bot/knowledge/load.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function copyFixtures(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sa-kb-'));
  dirs.push(dir);
  cpSync(FIXTURE_KNOWLEDGE, dir, { recursive: true });
  return dir;
}

function check(dir: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-knowledge.ts', '--dir', dir], { encoding: 'utf8' });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

describe('knowledge:check', () => {
  it('passes good content and counts it', () => {
    const r = check(copyFixtures());
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/knowledge ok: testshire: 2 documents, 4 sections \(1 marked verify\)/);
  });

  it('lists every problem in broken files and exits non-zero', () => {
    const dir = copyFixtures();
    const lado = join(dir, 'testshire/lado/allegations.md');
    writeFileSync(
      lado,
      readFileSync(lado, 'utf8')
        .replace('area: lado', 'area: allegations')
        .replace('source_url: https://safeguarding.testshire.example/lado', 'source_url: not a url')
        .replace('## How quickly must the LADO be told?', '## When to contact the LADO'),
    );
    writeFileSync(join(dir, 'testshire/thresholds/broken.md'), '---\nid: [unclosed\n---\n## A\ntext\n');
    writeFileSync(join(dir, 'testshire/thresholds/levels-copy.md'), readFileSync(join(dir, 'testshire/thresholds/levels.md'), 'utf8'));
    const r = check(dir);
    expect(r.code).toBe(1);
    expect(r.out).toContain('testshire/lado/allegations.md: area:');
    expect(r.out).toContain('testshire/lado/allegations.md: source_url:');
    expect(r.out).toContain('testshire/thresholds/broken.md: front matter is not valid YAML');
    expect(r.out).toContain('duplicate document id "testshire-levels"');
  });

  it('catches a duplicate section heading and an empty section', () => {
    const dir = copyFixtures();
    const levels = join(dir, 'testshire/thresholds/levels.md');
    writeFileSync(levels, `${readFileSync(levels, 'utf8')}\n## What are the levels of need?\nAgain.\n`);
    const r = check(dir);
    expect(r.code).toBe(1);
    expect(r.out).toContain('duplicate section id "testshire-levels#what-are-the-levels-of-need"');
    expect(r.out).toContain('has 1 words');
  });

  it('checks the partnership profile', () => {
    const dir = copyFixtures();
    const profile = join(dir, 'testshire/partnership.yml');
    writeFileSync(profile, readFileSync(profile, 'utf8').replace('referral_rule: 1-working-day', 'referral_rule: 2-days'));
    const r = check(dir);
    expect(r.code).toBe(1);
    expect(r.out).toContain('testshire/partnership.yml: lado.referral_rule');
  });

  it('checks the practitioner questions: a known section slug, not empty, not a paragraph', () => {
    const dir = copyFixtures();
    const lado = join(dir, 'testshire/lado/allegations.md');
    const questions = [
      'questions:',
      '  when-to-contact-the-lado:',
      '    - "our coach slapped a boy, who do I tell"',
      '    - ""',
      `    - "${'is this too long '.repeat(12)}"`,
      '  how-fast-is-the-lado:',
      '    - "how quick do I have to be"',
      '---',
    ].join('\n');
    writeFileSync(lado, readFileSync(lado, 'utf8').replace('sources: [fixture]\n---', `sources: [fixture]\n${questions}`));
    const r = check(dir);
    expect(r.code).toBe(1);
    expect(r.out).toContain('testshire/lado/allegations.md: questions.when-to-contact-the-lado.1: is empty');
    expect(r.out).toMatch(/allegations\.md: questions\.when-to-contact-the-lado\.2: is longer than 160 characters/);
    expect(r.out).toContain('testshire/lado/allegations.md: questions: no section with slug "how-fast-is-the-lado"');
  });

  it('stores good questions on their section and counts them', () => {
    const dir = copyFixtures();
    const lado = join(dir, 'testshire/lado/allegations.md');
    const questions = 'questions:\n  when-to-contact-the-lado:\n    - "our coach slapped a boy, who do I tell"\n    - "is a volunteer covered"\n---';
    writeFileSync(lado, readFileSync(lado, 'utf8').replace('sources: [fixture]\n---', `sources: [fixture]\n${questions}`));
    expect(check(dir).out).toMatch(/2 practitioner questions on 1 sections/);
    const section = loadKnowledge(dir, 'testshire').docs.find((d) => d.id === 'testshire-lado')!.sections[0];
    expect(section.questions).toEqual(['our coach slapped a boy, who do I tell', 'is a volunteer covered']);
  });

  it('checks situations.yml: an unknown class is a problem with the file and the place', () => {
    const dir = copyFixtures();
    const file = join(dir, 'situations.yml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('when: [[family, physical-harm]]', 'when: [[family, physcal-harm]]'));
    const r = check(dir);
    expect(r.code).toBe(1);
    expect(r.out).toContain('situations.yml: situations.1 (harm-at-home).when.0: no class "physcal-harm"');
  });

  it('loads sections with stable slugs and the verify mark', () => {
    const kb = loadKnowledge(FIXTURE_KNOWLEDGE, 'testshire');
    const lado = kb.docs.find((d) => d.id === 'testshire-lado')!;
    expect(lado.sections.map((s) => [s.id, s.status])).toEqual([
      ['testshire-lado#when-to-contact-the-lado', 'current'],
      ['testshire-lado#how-quickly-must-the-lado-be-told', 'verify'],
    ]);
    expect(lado.sections[1].markdown).not.toContain('status: verify');
  });
});
