// npm run import: real .docx, .pdf and .html files (made by the docx and pdfkit libraries, not by us)
// become draft knowledge documents that the knowledge loader accepts, with a report of what needs a person.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../bot/knowledge/load.ts';
import { structureHeadings } from '../scripts/import/headings.ts';
import { importDocuments, type ImportOptions } from '../scripts/import/import-documents.ts';
import { pdfProcedure, savedChapter, SENTENCE, tempWorkspace, wordProcedure } from './support/import-documents.ts';

const TODAY = '2031-05-06';
const roots: string[] = [];
afterEach(() => {
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});

function workspace() {
  const ws = tempWorkspace();
  roots.push(join(ws.knowledgeDir, '..'));
  const put = (name: string, bytes: Buffer | string) => {
    const path = join(ws.sourceDir, name);
    writeFileSync(path, bytes);
    return path;
  };
  const run = (input: string, extra: Partial<ImportOptions> = {}) =>
    importDocuments({ input, knowledgeDir: ws.knowledgeDir, partnership: 'testshire', area: 'learning', maxBytes: 50 * 1024 * 1024, today: TODAY, ...extra });
  const files = () => listFiles(ws.knowledgeDir);
  return { ...ws, put, run, files };
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort();
}

const draftText = (file: string) => readFileSync(file, 'utf8');

describe('import: a Word document', () => {
  it('keeps the heading structure, the table and the nested list, and drops the image and the tracked deletion', async () => {
    const ws = workspace();
    const report = await ws.run(ws.put('allegations.docx', await wordProcedure()), { sourceUrl: 'https://testshire.example.org/allegations' });

    expect(report.drafts).toHaveLength(1);
    const md = draftText(report.drafts[0].file);
    expect(relative(ws.knowledgeDir, report.drafts[0].file)).toBe(join('testshire', 'learning', 'managing-allegations-in-testshire.md'));
    // The Title style is the document's title, not a section; Heading 1 -> ##, Heading 2 -> ###.
    expect(md).toMatch(/^title: "Managing allegations in Testshire"$/m);
    expect(md).toMatch(/^## When to ring the designated officer$/m);
    expect(md).toMatch(/^### What to have ready$/m);
    expect(md).toMatch(/^## Who does what$/m);
    expect(md).toContain('| Who | Does what | By when |\n| --- | --- | --- |\n| Manager | Tells the designated officer | Same working day |');
    expect(md).toMatch(/^-\s+who the adult works for\n {4}-\s+their role and setting$/m);
    // Tracked changes: the insertion is accepted, the deletion is gone.
    expect(md).toContain('including volunteers and agency staff');
    expect(md).not.toContain('WITHDRAWN-WORDING');
    expect(md).not.toMatch(/REVIEWER-COMMENT|\[\w*\d\]/);
    // The table of contents is left out: each heading appears once.
    expect(md.match(/Who does what/g)).toHaveLength(1);
    expect(md).toContain('so the conversation is quick and nothing is missed:');
    expect(md).not.toMatch(/data:image|!\[/);
    expect(md).toMatch(/^status: verify$/m);
    expect(md).toMatch(/^last_reviewed: "2031-05-06"$/m);
    expect(md).toMatch(/^source_url: "https:\/\/testshire.example.org\/allegations"$/m);

    expect(report.needsHuman).toEqual(
      expect.arrayContaining([expect.stringMatching(/1 image left out/), expect.stringMatching(/owner says "TO FILL IN/)]),
    );
    expect(report.check).toMatchObject({ ok: true, draftProblems: [] });
    const doc = loadKnowledge(ws.knowledgeDir, 'testshire').docs.find((d) => d.id === 'testshire-learning-managing-allegations-in-testshire');
    expect(doc?.sections.map((s) => s.slug)).toEqual(['when-to-ring-the-designated-officer', 'what-to-have-ready', 'who-does-what']);
    expect(doc?.sections.every((s) => s.status === 'verify')).toBe(true);
  });

  it('passes npm run knowledge:check as written', async () => {
    const ws = workspace();
    await ws.run(ws.put('allegations.docx', await wordProcedure()), { sourceUrl: 'https://testshire.example.org/allegations' });
    const check = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-knowledge.ts', '--dir', ws.knowledgeDir], { encoding: 'utf8' });
    expect(`${check.stdout}${check.stderr}`).toMatch(/knowledge ok: testshire: 3 documents, 8 sections/);
    expect(check.status).toBe(0);
  });
});

describe('import: a PDF', () => {
  it('finds headings by font size and nests the indented list', async () => {
    const ws = workspace();
    const report = await ws.run(ws.put('escalation.pdf', await pdfProcedure()), { sourceUrl: 'https://testshire.example.org/escalation' });
    const md = draftText(report.drafts[0].file);
    // 22pt is the title, 16pt the sections, 11pt the body.
    expect(md).toMatch(/^title: "Resolving professional differences"$/m);
    expect(md).toMatch(/^## Stage one: talk to the other worker$/m);
    expect(md).toMatch(/^## Stage two: involve the managers$/m);
    expect(md).toMatch(/^-\s+the facts behind your worry\n {4}-\s+dates of home visits\n {4}-\s+notes of calls\n-\s+what the child has said$/m);
    expect(md).toContain('Start by speaking to the worker you disagree with, within five working days');
    expect(md).toMatch(/^1\.\s+agree a date to meet\n2\.\s+record what they decided and why, on both agencies' records$/m);
    expect(report.needsHuman.join('\n')).not.toMatch(/no headings|no text/);
    expect(report.check.ok).toBe(true);
  });

  it('leaves out running headers, footers and page numbers', async () => {
    const ws = workspace();
    const report = await ws.run(ws.put('long.pdf', await pdfProcedure({ pages: 3 })), { sourceUrl: 'https://testshire.example.org/l' });
    const md = draftText(report.drafts[0].file);
    expect(md).not.toMatch(/Safeguarding Partnership: escalation policy|Page \d of 3/);
    expect(md).toMatch(/^## Stage 3: keep the child in view$/m);
    expect(md).toMatch(/^## Stage 4: keep the child in view$/m);
  });

  it('makes a heading-less PDF one section named by its title, and says so', async () => {
    const ws = workspace();
    const report = await ws.run(ws.put('flat.pdf', await pdfProcedure({ headings: false })), { sourceUrl: 'https://testshire.example.org/flat' });
    const md = draftText(report.drafts[0].file);
    expect(md.match(/^## /gm)).toHaveLength(1);
    expect(md).toMatch(/^## Escalation in Testshire$/m);
    expect(report.needsHuman).toContainEqual(expect.stringMatching(/no headings found in flat\.pdf.*Split it with ## headings/));
    expect(report.check.ok).toBe(true);
  });

  it('without a source address, the report and the check both say to add one', async () => {
    const ws = workspace();
    const report = await ws.run(ws.put('escalation.pdf', await pdfProcedure()));
    const file = 'testshire/learning/resolving-professional-differences.md';
    expect(report.needsHuman).toContainEqual(`${file}: source_url is missing. Add the address where the partnership publishes this document (or import again with --source-url).`);
    expect(report.check.ok).toBe(false);
    expect(report.check.draftProblems).toEqual([expect.stringMatching(/^testshire\/learning\/resolving-professional-differences\.md: source_url: .*\(add source_url: the https:\/\/ address/)]);
  });

  it('reports a page with no text (a scanned page)', async () => {
    const ws = workspace();
    const report = await ws.run(ws.put('scanned.pdf', await pdfProcedure({ blankPage: true })), { sourceUrl: 'https://testshire.example.org/s' });
    expect(report.needsHuman).toContainEqual(expect.stringMatching(/scanned\.pdf: 1 page with no text \(2 of 2\)/));
  });
});

describe('import: a saved web page', () => {
  it('drops scripts, styles, page furniture and images without running anything, and keeps the chapter', async () => {
    const ws = workspace();
    const report = await ws.run(ws.put('neglect.html', savedChapter()));
    const md = draftText(report.drafts[0].file);
    expect((globalThis as { importRanScript?: boolean }).importRanScript).toBeUndefined();
    expect(md).not.toMatch(/INJECTED-BY-SCRIPT|importRanScript|color: red|All chapters|Related chapters|Cookies|javascript:|alert/);
    expect(md).toMatch(/^title: "Neglect"$/m);
    // The page's canonical address is its source.
    expect(md).toMatch(/^source_url: "https:\/\/testshire.example.org\/chapters\/neglect"$/m);
    expect(md).toMatch(/^## Signs to look for$/m);
    expect(md).toMatch(/^### Babies$/m);
    expect(md).toMatch(/^-\s+poor hygiene or clothing\n {4}-\s+unwashed over several weeks$/m);
    expect(md).toContain('| Score | Meaning |\n| --- | --- |\n| 1-2 | Needs met |');
    expect(md).toContain('[read the guide](https://testshire.example.org/gcp)');
    expect(report.needsHuman).toContainEqual(expect.stringMatching(/1 image left out/));
    expect(report.needsHuman.join('\n')).not.toMatch(/source_url is missing/);
    expect(report.check.ok).toBe(true);
  });

  it('flags a section over 400 words and a section too short to answer anything', async () => {
    const ws = workspace();
    const long = Array.from({ length: 24 }, () => SENTENCE).join(' ');
    const page = `<html><body><h1>Neglect in detail</h1><h2>Everything at once</h2><p>${long}</p><h2>Short</h2><p>See above.</p></body></html>`;
    const report = await ws.run(ws.put('long.html', page), { sourceUrl: 'https://testshire.example.org/long' });
    expect(report.needsHuman).toContainEqual(expect.stringMatching(/section "Everything at once" has 5\d\d words \(over 400\)/));
    expect(report.check.ok).toBe(false);
    expect(report.check.draftProblems).toEqual([expect.stringMatching(/^testshire\/learning\/neglect-in-detail\.md: section "Short" has 2 words; answer the question/)]);
  });
});

describe('import: heading levels', () => {
  it('maps the top two levels below the title to ## and ###, deeper ones to bold lines, and plain-words headings', () => {
    const s = structureHeadings('# Title\n\n## [Signs](https://x.example/a) of **neglect**\n\ntext\n\n#### Deeper\n\nmore\n\n### Babies\n\nx', 'File name');
    expect(s.title).toBe('Title');
    expect(s.body).toBe('## Signs of neglect\n\ntext\n\n**Deeper**\n\nmore\n\n### Babies\n\nx');
    expect(s.headingsFound).toBe(true);
  });
});

describe('import: bad input changes nothing', () => {
  it('refuses a truncated (corrupt) Word document', async () => {
    const ws = workspace();
    const before = ws.files();
    const docx = await wordProcedure();
    await expect(ws.run(ws.put('broken.docx', docx.subarray(0, Math.floor(docx.length / 2))))).rejects.toThrow(/broken\.docx: could not be read as a Word document/);
    expect(ws.files()).toEqual(before);
  });

  it('refuses a password-protected PDF', async () => {
    const ws = workspace();
    const before = ws.files();
    await expect(ws.run(ws.put('locked.pdf', await pdfProcedure({ password: 'secret' })))).rejects.toThrow(/locked\.pdf: the PDF is password-protected/);
    expect(ws.files()).toEqual(before);
  });

  it('refuses an old .doc or a password-protected Word document (both are Compound File Binary)', async () => {
    const ws = workspace();
    const before = ws.files();
    const cfb = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    await expect(ws.run(ws.put('protected.docx', cfb))).rejects.toThrow(/protected\.docx: this is an old Word \.doc file or a password-protected Word document/);
    expect(ws.files()).toEqual(before);
  });

  it('refuses a file that is not what its name says', async () => {
    const ws = workspace();
    const before = ws.files();
    await expect(ws.run(ws.put('procedure.docx', await pdfProcedure()))).rejects.toThrow(/procedure\.docx: the name says a Word document \(\.docx\) but the file is a PDF/);
    await expect(ws.run(ws.put('chapter.pdf', savedChapter()))).rejects.toThrow(/chapter\.pdf: the name says a PDF \(\.pdf\) but the file is a web page/);
    await expect(ws.run(ws.put('notes.html', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2])))).rejects.toThrow(/notes\.html: this is not a Word document/);
    expect(ws.files()).toEqual(before);
  });

  it('refuses a 200 MB file by its size, and honours a configured limit', async () => {
    const ws = workspace();
    const before = ws.files();
    const huge = ws.put('huge.pdf', '%PDF-1.7\n');
    truncateSync(huge, 200 * 1024 * 1024); // sparse: no 200 MB written to disk
    await expect(ws.run(huge)).rejects.toThrow(/huge\.pdf: 200 MB is over the 50 MB limit/);
    const small = ws.put('small.html', savedChapter());
    await expect(ws.run(small, { maxBytes: 1000 })).rejects.toThrow(/small\.html: 2 KB is over the 1 KB limit/);
    expect(ws.files()).toEqual(before);
  });

  it('refuses paths outside knowledge/ in --partnership, --area and --id', async () => {
    const ws = workspace();
    const before = ws.files();
    const file = ws.put('neglect.html', savedChapter());
    await expect(ws.run(file, { partnership: '../outside' })).rejects.toThrow(/--partnership "\.\.\/outside": must be the name of a partnership folder/);
    await expect(ws.run(file, { area: '../../tmp' })).rejects.toThrow(/--area "\.\.\/\.\.\/tmp": must be one of thresholds, escalation/);
    await expect(ws.run(file, { id: '../../evil' })).rejects.toThrow(/--id "\.\.\/\.\.\/evil": must be lower-case words joined by hyphens/);
    await expect(ws.run(file, { partnership: 'nowhere' })).rejects.toThrow(/there is no .*nowhere.*partnership\.yml/);
    expect(ws.files()).toEqual(before);
    expect(listFiles(join(ws.knowledgeDir, '..'))).toEqual([...before.map((f) => join('knowledge', f)), join('sources', 'neglect.html')].sort());
  });

  it('writes nothing from a folder when one of its files is bad', async () => {
    const ws = workspace();
    const before = ws.files();
    ws.put('a-good.html', savedChapter());
    ws.put('b-bad.docx', Buffer.from('PK\x03\x04 not really a zip'));
    await expect(ws.run(ws.sourceDir)).rejects.toThrow(/b-bad\.docx: could not be read as a Word document/);
    expect(ws.files()).toEqual(before);
  });

  it('never replaces an existing document unless told to with --force', async () => {
    const ws = workspace();
    const file = ws.put('neglect.html', savedChapter());
    const first = await ws.run(file);
    writeFileSync(first.drafts[0].file, 'edited by a person');
    await expect(ws.run(file)).rejects.toThrow(/Already there, not replaced: testshire\/learning\/neglect\.md.*--force/);
    expect(draftText(first.drafts[0].file)).toBe('edited by a person');
    await ws.run(file, { force: true });
    expect(draftText(first.drafts[0].file)).toMatch(/^## Signs to look for$/m);
  });
});

describe('npm run import (the command)', () => {
  const cli = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/import.ts', ...args], { encoding: 'utf8' });

  it('prints what needs a person and the check result, and exits 0 when the drafts pass', async () => {
    const ws = workspace();
    const file = ws.put('escalation.pdf', await pdfProcedure());
    const r = cli([file, '--partnership', 'testshire', '--area', 'escalation', '--source-url', 'https://testshire.example.org/e', '--dir', ws.knowledgeDir]);
    expect(r.stdout).toMatch(/Imported 1 draft \(status: verify\)/);
    expect(r.stdout).toMatch(/Needs a person:\n {2}- testshire\/escalation\/resolving-professional-differences\.md: owner says "TO FILL IN/);
    expect(r.stdout).toMatch(/Knowledge check: ok \(testshire: 3 documents, 7 sections, drafts included\)/);
    expect(r.status).toBe(0);
  });

  it('exits 2 and names the fix when the drafts do not pass the check yet', () => {
    const ws = workspace();
    const page = `<html><body><h1>Step down</h1><h2>Ending a plan</h2><p>${SENTENCE}</p><h2>Ending a plan</h2><p>Ask first.</p></body></html>`;
    const r = cli([ws.put('step-down.html', page), '--partnership', 'testshire', '--area', 'thresholds', '--source-url', 'https://testshire.example.org/sd', '--dir', ws.knowledgeDir]);
    expect(r.stdout).toMatch(/two headings had the same words; the later one is now "Ending a plan \(2\)"/);
    expect(r.stdout).toMatch(/Knowledge check: 1 problem\(s\) to fix before the bot will load testshire:/);
    expect(r.stdout).toMatch(/- testshire\/thresholds\/step-down\.md: section "Ending a plan \(2\)" has 2 words; answer the question/);
    expect(r.status).toBe(2);
  });

  it('exits 1 with the reason and "Nothing was written" for a refused input', () => {
    const ws = workspace();
    const file = ws.put('fake.pdf', 'just some words, not a PDF');
    const r = cli([file, '--partnership', 'testshire', '--area', 'lado', '--dir', ws.knowledgeDir]);
    expect(r.stderr).toMatch(/import: fake\.pdf: this is not a Word document .*\nNothing was written\./);
    expect(r.status).toBe(1);
  });
});
