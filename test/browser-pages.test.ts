// The bot's own pages in real Chromium: the /docs pages answer cards link to, and the Procedures tab, opened
// in a plain browser and inside a small fake Teams host. Landmarks and headings, keyboard, theme, search,
// anchors, and axe-core with no serious or critical violations in light, dark and high-contrast themes.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { browserTestsRun, launchBrowser } from './support/browser.ts';
import { AXE, SHOTS, axeInEveryTheme } from './support/accessibility.ts';
import { startTestAssistant, type TestAssistant } from './support/test-assistant.ts';

const SECTION = 'how-quickly-must-the-lado-be-told';

let t: TestAssistant;
let browser: Browser;

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[] }>;
}

/** axe-core in the page; returns "rule: help (targets)" for each serious or critical violation. */

/** Checks a page in each theme the site supports, as the tab would set it. */

const noViolations = { light: [], dark: [], contrast: [] };

async function landmarks(page: Page) {
  return page.evaluate(() => ({
    lang: document.documentElement.lang,
    mains: document.querySelectorAll('main').length,
    h1: Array.from(document.querySelectorAll('h1')).map((h) => h.textContent?.trim()),
    title: document.title,
  }));
}

/** The first Tab lands on the skip link; Enter moves the reading position to <main>. */
async function skipLinkWorks(page: Page): Promise<void> {
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => ({ text: document.activeElement?.textContent, visible: (document.activeElement as HTMLElement).getBoundingClientRect().left >= 0 }));
  expect(first).toEqual({ text: 'Skip to content', visible: true });
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => location.hash)).toBe('#main');
}

// Plain HTTP, no browser: what the tab routes answer to odd input.
describe('Procedures tab over HTTP', () => {
  let h: TestAssistant;
  beforeAll(async () => {
    h = await startTestAssistant();
  });
  afterAll(async () => {
    await h.stop({ removeData: true });
  });
  const get = async (path: string) => {
    const res = await fetch(`${h.botUrl}${path}`);
    return { status: res.status, body: await res.text() };
  };

  it('escapes what was searched for and keeps links inside the tab', async () => {
    const r = await get(`/tab?q=${encodeURIComponent('<script>alert(1)</script> LADO')}`);
    expect(r.status).toBe(200);
    expect(r.body).not.toContain('<script>alert(1)');
    expect(r.body).toContain('&lt;script&gt;');
    expect(r.body).toContain('href="/tab/docs/testshire-lado#');
  });

  it('puts the 999 message first when a search describes immediate danger', async () => {
    const r = await get(`/tab?q=${encodeURIComponent('a child is in immediate danger right now')}`);
    expect(r.body).toMatch(/<div id="results" aria-live="polite"><p class="banner danger" role="alert">[^<]*call 999 now/);
  });

  it('answers a huge search and an unknown document kindly', async () => {
    // Longer than MAX_QUESTION_CHARS (1000); beyond ~16 kB Node itself answers 431.
    expect((await get(`/tab?q=${encodeURIComponent('LADO '.repeat(500))}`)).status).toBe(200);
    const missing = await get('/tab/docs/no-such-doc');
    expect(missing.status).toBe(404);
    expect(missing.body).toContain("We couldn't find that document");
    expect(missing.body).toContain('href="/tab"');
    expect(h.logs.unexpectedErrors()).toEqual([]);
  });
});

describe.skipIf(!browserTestsRun)('pages the bot serves, in Chromium', () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    t = await startTestAssistant();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.stop({ removeData: true });
  });

  const newPage = async (viewport = { width: 1000, height: 700 }) => browser.newPage({ viewport });

  describe('/docs', () => {
    it('lists the documents by area under one h1, with a skip link and no serious accessibility faults', async () => {
      const page = await newPage();
      await page.goto(`${t.botUrl}/docs`);
      expect(await landmarks(page)).toMatchObject({ lang: 'en-GB', mains: 1, h1: ['Testshire Safeguarding Children Partnership: procedures'] });
      const areas = await page.getByRole('heading', { level: 2 }).allTextContents();
      expect(areas).toEqual(expect.arrayContaining(['Threshold of need and getting help', 'Allegations against people who work with children (LADO)']));
      await skipLinkWorks(page);
      expect(await axeInEveryTheme(page, 'docs-index')).toEqual(noViolations);
      await page.close();
    });

    it('opens a section link at exactly that section, with the published source and review date', async () => {
      const page = await newPage({ width: 800, height: 420 });
      await page.goto(`${t.botUrl}/docs/testshire-lado#${SECTION}`);
      const target = await page.evaluate(() => {
        const el = document.querySelector(':target') as HTMLElement | null;
        const box = el?.getBoundingClientRect();
        return { id: el?.id, heading: el?.querySelector('h2,h3')?.textContent, top: box?.top, scrolled: window.scrollY > 0, vh: window.innerHeight };
      });
      expect(target).toMatchObject({ id: SECTION, scrolled: true });
      expect(target.heading).toContain('How quickly must the LADO be told?');
      expect(target.top).toBeGreaterThanOrEqual(0);
      expect(target.top).toBeLessThan(target.vh / 2);
      await expect.poll(() => page.getByRole('link', { name: 'Testshire LADO procedure' }).getAttribute('href')).toBe('https://safeguarding.testshire.example/lado');
      expect(await page.locator('.meta').textContent()).toContain('Last reviewed 1 November 2026');
      expect(await landmarks(page)).toMatchObject({ mains: 1, h1: ['Allegations against people who work with children'] });
      expect(await page.getByRole('navigation', { name: 'On this page' }).getByRole('link').count()).toBeGreaterThan(0);
      expect(await axeInEveryTheme(page, 'docs-section')).toEqual(noViolations);
      await page.close();
    });
  });

  describe('Procedures tab, opened outside Teams', () => {
    it('works as a plain page: no Teams status, system theme, keyboard search with results that open at the section', async () => {
      const page = await browser.newPage({ viewport: { width: 1000, height: 700 }, colorScheme: 'dark' });
      await page.goto(`${t.botUrl}/tab`);
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.teams)).toBe('no');
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      expect(await landmarks(page)).toMatchObject({ mains: 1, h1: ['Testshire Safeguarding Children Partnership: procedures'] });
      expect(await page.getByRole('search', { name: 'Search the procedures' }).count()).toBe(1);
      await skipLinkWorks(page);

      // Keyboard only: Tab to the search box, type, Enter.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');
      await page.keyboard.type('how quickly must the LADO be told');
      const searched = page.waitForResponse((r) => r.url().includes('/api/search'));
      await page.keyboard.press('Enter');
      expect((await searched).status()).toBe(200);
      const first = page.locator('#results .results a').first();
      await expect.poll(() => first.textContent()).toContain('How quickly must the LADO be told?');
      expect(await page.locator('#result-count').textContent()).toMatch(/found for “how quickly must the LADO be told”/);
      expect(await axeInEveryTheme(page, 'tab-plain-results')).toEqual(noViolations);

      await first.focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(`**/tab/docs/testshire-lado#${SECTION}`);
      expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(SECTION);
      // Inside the tab the breadcrumb leads back to the tab, not to /docs.
      expect(await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Procedures' }).getAttribute('href')).toBe('/tab');
      await page.close();
    });

    it('searches without script too, and answers an empty search kindly', async () => {
      const ctx = await browser.newContext({ javaScriptEnabled: false });
      const page = await ctx.newPage();
      await page.goto(`${t.botUrl}/tab?q=${encodeURIComponent('levels of need')}`);
      expect(await page.locator('#results .results a').first().textContent()).toContain('What are the levels of need?');
      await ctx.close();

      const live = await newPage();
      await live.goto(`${t.botUrl}/tab`);
      await live.getByRole('button', { name: 'Search' }).click();
      await expect.poll(() => live.locator('#result-count').textContent()).toBe('Type a question or some words to search for.');
      expect(await live.evaluate(() => document.activeElement?.id)).toBe('q');
      await live.close();
    });
  });

  describe('Procedures tab, inside a fake Teams host', () => {
    /**
     * A same-origin page that frames /tab and answers TeamsJS's postMessage protocol (initialize, getContext),
     * the way Teams does. Served by intercepting one URL, so the bot gains no test-only route.
     */
    async function openInFakeTeams(context: { theme: string; subEntityId?: string }) {
      const page = await browser.newPage({ viewport: { width: 1100, height: 760 } });
      const hostUrl = `${t.botUrl}/__fake-teams-host`;
      const hostHtml = `<!doctype html><html lang="en"><head><title>Fake Teams host</title></head><body style="margin:0">
<iframe id="app" title="Procedures" src="/tab" style="width:100%;height:740px;border:0"></iframe>
<script>
  const ctx = ${JSON.stringify({ locale: 'en-gb', entityId: 'procedures', userObjectId: 'aad-user-1', tid: 'tenant-1', hostClientType: 'web', frameContext: 'content', ...context })};
  window.calls = [];
  window.addEventListener('message', (ev) => {
    const m = ev.data; if (!m || typeof m.func !== 'string') return;
    window.calls.push(m.func);
    const reply = (args) => ev.source.postMessage({ id: m.id, uuid: m.uuid, args }, ev.origin);
    if (m.func === 'initialize') reply(['content', 'web', JSON.stringify({ apiVersion: 4, isLegacyTeams: false,
      supports: { pages: { appButton: {}, tabs: {}, config: {}, backStack: {}, fullTrust: {} }, dialog: { card: {}, url: {} }, teamsCore: {} } }), '2.58.0']);
    else if (m.func === 'getContext') reply([ctx]);
    else reply([true]);
  });
  window.changeTheme = (theme) => document.getElementById('app').contentWindow.postMessage({ func: 'themeChange', args: [theme] }, location.origin);
</script></body></html>`;
      await page.route(hostUrl, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: hostHtml }));
      await page.goto(hostUrl);
      const frame = page.frameLocator('#app');
      return { page, frame };
    }

    it('initialises TeamsJS, follows the Teams theme and its changes (dark, high contrast, light)', async () => {
      const { page, frame } = await openInFakeTeams({ theme: 'dark' });
      await expect.poll(() => frame.locator('#teams-status').textContent()).toBe('Opened in Teams (web).');
      const html = frame.locator('html');
      expect(await html.getAttribute('data-theme')).toBe('dark');
      expect(await html.getAttribute('data-teams-locale')).toBe('en-gb');
      expect(await page.evaluate(() => (window as unknown as { calls: string[] }).calls)).toEqual(expect.arrayContaining(['initialize', 'getContext']));
      await page.screenshot({ path: join(SHOTS, 'tab-in-teams-dark.png') });

      await page.evaluate(() => (window as unknown as { changeTheme(t: string): void }).changeTheme('contrast'));
      await expect.poll(() => html.getAttribute('data-theme')).toBe('contrast');
      await page.screenshot({ path: join(SHOTS, 'tab-in-teams-contrast.png') });
      await page.evaluate(() => (window as unknown as { changeTheme(t: string): void }).changeTheme('default'));
      await expect.poll(() => html.getAttribute('data-theme')).toBe(null);

      const tab = page.frames().find((f) => f.url().endsWith('/tab'))!;
      await tab.addScriptTag({ path: AXE });
      const violations = await tab.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: AxeViolation[] }> } }).axe;
        return (await axe.run(document, { resultTypes: ['violations'] })).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
      });
      expect(violations).toEqual([]);
      await page.close();
    });

    it('opens the section a deep link names (subEntityId "<doc>#<slug>") inside the tab', async () => {
      const { page, frame } = await openInFakeTeams({ theme: 'default', subEntityId: `testshire-lado#${SECTION}` });
      await expect.poll(() => page.frames().some((f) => f.url().endsWith(`/tab/docs/testshire-lado#${SECTION}`))).toBe(true);
      await expect.poll(() => frame.locator(':target').getAttribute('id')).toBe(SECTION);
      // The section page also runs the tab script, so it still follows Teams.
      await expect.poll(() => frame.locator('html').getAttribute('data-teams')).toBe('yes');
      await page.screenshot({ path: join(SHOTS, 'tab-in-teams-deep-link.png') });
      await page.close();
    });
  });
});
