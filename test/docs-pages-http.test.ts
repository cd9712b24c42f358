// The pages answer cards link to: every section has its anchor, the published source and review date.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadKnowledge } from '../bot/knowledge/load.ts';
import { FIXTURE_KNOWLEDGE, startTestAssistant, type TestAssistant } from './support/test-assistant.ts';

let t: TestAssistant;
beforeAll(async () => {
  t = await startTestAssistant();
});
afterAll(async () => {
  await t.stop({ removeData: true });
});

const get = async (path: string) => {
  const res = await fetch(`${t.botUrl}${path}`);
  return { status: res.status, type: res.headers.get('content-type') ?? '', body: await res.text() };
};

describe('/docs pages', () => {
  it('renders a document with an anchor per section, the source and the review date', async () => {
    const page = await get('/docs/testshire-lado');
    expect(page.status).toBe(200);
    expect(page.type).toContain('text/html');
    expect(page.body).toContain('id="how-quickly-must-the-lado-be-told"');
    expect(page.body).toContain('href="https://safeguarding.testshire.example/lado"');
    expect(page.body).toContain('Last reviewed 1 November 2026');
    expect(page.body).toContain('Not yet confirmed by Testshire');
    expect(page.body).toContain('call 999 now');
    expect(page.body).toMatch(/<html lang="en-GB">/);
  });

  it('lists documents by area', async () => {
    const page = await get('/docs');
    expect(page.body).toContain('Allegations against people who work with children (LADO)');
    expect(page.body).toContain('href="/docs/testshire-levels"');
  });

  it('answers an unknown document with a kind 404 page', async () => {
    const page = await get('/docs/no-such-doc');
    expect(page.status).toBe(404);
    expect(page.body).toContain("We couldn't find that document");
  });

});

describe('content carrying markup', () => {
  // A document whose title, owner, headings and text carry markup: every page shows it as text.
  const HOSTILE = `---
id: testshire-hostile
title: <script>alert("title")</script> Hostile & odd
area: thresholds
partnership: testshire
source_title: <img src=x onerror=alert("source")> Source
source_url: https://safeguarding.testshire.example/hostile
last_reviewed: "2026-11-01"
owner: <b onmouseover=alert("owner")>Owner</b>
status: current
tags: [hostile]
sources: [fixture]
---
## <script>alert("heading")</script> When markup turns up
Some text <script>alert("body")</script> and <img src=x onerror=alert("body")> and a "quote" & an ampersand. When a
document carries markup it is shown as text: the page never runs it, and the search results show it as text too, so a
practitioner reading the procedures sees the words and nothing happens behind them.
`;
  let hostile: TestAssistant;
  let workDir: string;
  beforeAll(async () => {
    workDir = mkdtempSync(join(tmpdir(), 'sa-hostile-'));
    const knowledgeDir = join(workDir, 'knowledge');
    cpSync(FIXTURE_KNOWLEDGE, knowledgeDir, { recursive: true });
    writeFileSync(join(knowledgeDir, 'testshire', 'thresholds', 'hostile.md'), HOSTILE);
    hostile = await startTestAssistant({ knowledgeDir, knowledge: loadKnowledge(knowledgeDir, 'testshire') });
  });
  afterAll(async () => {
    await hostile.stop({ removeData: true });
    rmSync(workDir, { recursive: true, force: true });
  });
  const getHostile = async (path: string) => (await fetch(`${hostile.botUrl}${path}`)).text();
  const LIVE_MARKUP = /<script>alert|<img src=x|<b onmouseover/i;

  it('escapes it on the document page', async () => {
    const body = await getHostile('/docs/testshire-hostile');
    expect(body).not.toMatch(LIVE_MARKUP);
    expect(body).toContain('&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; Hostile &amp; odd');
    expect(body).toMatch(/&lt;script&gt;alert\((&quot;|")heading(&quot;|")\)&lt;\/script&gt; When markup turns up/);
    expect(body).toContain('&lt;img src=x onerror=alert(&quot;source&quot;)&gt; Source');
  });

  it('escapes it in the list of documents', async () => {
    const body = await getHostile('/docs');
    expect(body).not.toMatch(LIVE_MARKUP);
    expect(body).toContain('&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; Hostile &amp; odd');
  });

  it('escapes it in the Procedures tab, its search results included', async () => {
    const body = await getHostile(`/tab?q=${encodeURIComponent('when markup turns up')}`);
    expect(body).toContain('testshire-hostile');
    expect(body).not.toMatch(LIVE_MARKUP);
  });
});

describe('/api/search', () => {
  it('returns the same ranking as the bot', async () => {
    const res = await fetch(`${t.botUrl}/api/search?q=${encodeURIComponent('how quickly must the LADO be told')}`);
    const body = (await res.json()) as { results: Array<{ sectionId: string; url: string; verify: boolean }> };
    expect(body.results[0]).toMatchObject({
      sectionId: 'testshire-lado#how-quickly-must-the-lado-be-told',
      url: 'http://assistant.test/docs/testshire-lado#how-quickly-must-the-lado-be-told',
      verify: true,
    });
  });

  it('asks for words when the query is empty', async () => {
    const res = await fetch(`${t.botUrl}/api/search?q=`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toContain('Type a question');
  });
});
