// npm run knowledge:check lists every problem with file, field and why, and fails the run.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURE_KNOWLEDGE } from './support/test-assistant.ts';
import { loadKnowledge } from '../bot/knowledge/load.ts';
import { askedAction, openingProblemsIn, questionKind } from '../bot/knowledge/answer-openings.ts';

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
    expect(r.out).toMatch(/knowledge ok: testshire: 2 documents, 5 sections \(1 marked verify\)/);
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

  it('checks situations.yml: a comment that opens a list is a problem (one YAML reader takes it as a phrase)', () => {
    const dir = copyFixtures();
    const file = join(dir, 'situations.yml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('  family: [mum,', '  family:\n    [# parents and carers\n     mum,'));
    const r = check(dir);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/situations\.yml: line \d+: a comment opens the list; put it on a line of its own above/);
  });

  it('checks before_emergency.unless_danger against immediate-danger.yml: a misspelt kind of danger is a problem', () => {
    // A typo would never match, and the section would lead even when the parent is violent.
    const dir = copyFixtures();
    const file = join(dir, 'situations.yml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('    avoid: { areas: [lado] }\nclarify:', '    avoid: { areas: [lado] }\n    before_emergency: { unless_danger: [voilence] }\nclarify:'));
    const r = check(dir);
    expect(r.code).toBe(1);
    expect(r.out).toContain('situations.yml: harm-at-home: before_emergency.unless_danger: "voilence" is no situation or category in immediate-danger.yml');
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

describe('knowledge:check: a question heading is answered by its first sentence', () => {
  const addSections = (dir: string, markdown: string) => {
    const levels = join(dir, 'testshire/thresholds/levels.md');
    writeFileSync(levels, `${readFileSync(levels, 'utf8')}\n${markdown}`);
  };

  it('fails an opening "No" whose section then tells the reader to do exactly what was asked', () => {
    const dir = copyFixtures();
    addSections(
      dir,
      [
        '## A child is in danger while we disagree: can I go straight to the Front Door or 999?',
        'No. Disagreements must never delay protecting a child.',
        '',
        'If a child is in immediate danger, call 999 now, then phone the Front Door.',
      ].join('\n'),
    );
    const r = check(dir);
    expect(r.code).toBe(1);
    expect(r.out).toContain('testshire/thresholds/levels.md: section "A child is in danger while we disagree: can I go straight to the Front Door or 999?": opens "No" but then tells the reader to do what the heading asks');
  });

  it('fails a yes/no question that opens without answering, and a who/what question that opens with "Yes,"', () => {
    const dir = copyFixtures();
    addSections(
      dir,
      [
        '## Do I need the family\'s consent to refer?',
        'Testshire asks professionals to seek consent unless that would put the child at greater risk of harm.',
        '',
        '## Who do I phone at night?',
        'Yes, by phone. The Front Door number works around the clock for any worry about a child in Testshire.',
      ].join('\n'),
    );
    const r = check(dir);
    expect(r.code).toBe(1);
    expect(r.out).toContain('section "Do I need the family\'s consent to refer?": a yes/no question; open with Yes, No, It depends or Usually');
    expect(r.out).toContain('section "Who do I phone at night?": asks who, but opens with "Yes, by phone."');
  });

  it('fails a "what should I do?" section whose opening gives background instead of a step', () => {
    const dir = copyFixtures();
    addSections(
      dir,
      [
        '## A child keeps running away: what should I do?',
        'Running away often is one of the concerns the Testshire partnership watches closely, and other areas list it as a sign that a child may be at risk of exploitation or other serious harm.',
        '',
        'Call 999 if the child is in danger now, then phone the Front Door.',
        '',
        '## A child keeps missing school: what should I do?',
        'Talk to your safeguarding lead today and record what you know; missing school can be an early sign of harm.',
      ].join('\n'),
    );
    const r = check(dir);
    expect(r.code).toBe(1);
    expect(r.out).toContain('section "A child keeps running away: what should I do?": asks what to do, but its first 30 words give no step');
    expect(r.out).not.toContain('section "A child keeps missing school');
  });

  it('passes a "No" that the section keeps to, conditional answers, and headings that are not questions', () => {
    const dir = copyFixtures();
    addSections(
      dir,
      [
        '## Can we investigate before telling the LADO?',
        'No. Tell the LADO first; do not investigate or question anyone yourself, and keep your notes safe.',
        '',
        '## Should I tell the member of staff?',
        'Not until the LADO agrees. Tell the LADO first, and agree with them when the member of staff is told.',
        '',
        '## Is it a low-level concern or an allegation?',
        'It depends on whether the behaviour might meet any of the harm criteria; ask your safeguarding lead if unsure.',
      ].join('\n'),
    );
    const r = check(dir);
    expect(r.out).not.toMatch(/yes\/no question|opens "No"/);
    expect(r.code).toBe(0);
  });

  it('reads the asked clause and action from the heading', () => {
    expect(questionKind('A child is at risk while we disagree: can I go straight to the front door or 999?')).toBe('yes-no');
    expect(questionKind('Is it confidential, and how will my answers be used?')).toBe('yes-no');
    expect(questionKind('Stage 1: how do I raise a disagreement?')).toBe('wh');
    expect(questionKind('What is early help in Wirral: CAF, TAF and the lead professional?')).toBe('wh');
    expect(questionKind('Bruising on a baby who is not mobile')).toBe('other');
    // Alternatives are answered by naming one, not by yes or no.
    expect(questionKind('Is it a childhood game, or something harmful?')).toBe('other');
    expect(questionKind('Is it urgent, or can it wait until Monday?')).toBe('yes-no');
    expect(askedAction('A child is at risk while we disagree: can I go straight to the front door or 999?')).toEqual({ verb: 'go', objects: ['front', 'door', '999'] });
    // The action ends where the condition starts; "have to be" asks about a state, not something to do.
    expect(askedAction('Can we start our own investigation before telling the LADO?')).toEqual({ verb: 'start', objects: ['investigation'] });
    expect(askedAction('Does it have to be significant harm before I tell the LADO?')).toBeUndefined();
  });

  it('finds no such problem in the shipped content (Wigan, Wirral and national)', () => {
    for (const p of ['wigan', 'wirral']) expect(openingProblemsIn(loadKnowledge('knowledge', p).docs)).toEqual([]);
  });
});
