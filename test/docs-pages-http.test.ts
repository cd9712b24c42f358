// The pages answer cards link to: every section has its anchor, the published source and review date.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestAssistant, type TestAssistant } from './support/test-assistant.ts';

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

  it('escapes HTML a content file might carry', async () => {
    const page = await get('/docs/testshire-levels');
    expect(page.body).not.toMatch(/<script/i);
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
