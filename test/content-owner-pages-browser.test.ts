// The content owners' pages in real Chromium: "What's new" (site and tab) and the insights page. One h1,
// landmarks, tables with headers, the range form usable by keyboard, and axe-core with no serious or critical
// violations in light, dark and high-contrast themes. Saves the insights screenshot the README shows.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ManualClock } from '../bot/shared/clock.ts';
import { loadKnowledge } from '../bot/knowledge/load.ts';
import { createQuestionRecorder } from '../bot/content-owners/question-log.ts';
import type { Actor } from '../bot/handlers/types.ts';
import { browserTestsRun, launchBrowser } from './support/browser.ts';
import { SHOTS, axeInEveryTheme } from './support/accessibility.ts';
import { FIXTURE_KNOWLEDGE, startTestAssistant, type TestAssistant } from './support/test-assistant.ts';
import { cardText, findAction } from './support/activities.ts';

// The README's copy is refreshed only on request (UPDATE_DOCS_SCREENSHOTS=1), so a CI run leaves the tree clean.
const README_SHOT = join(import.meta.dirname, '..', 'docs', 'insights.png');
const updateDocs = process.env.UPDATE_DOCS_SCREENSHOTS === '1';
const OWNER = 'aad-owner';

let t: TestAssistant;
let browser: Browser;
let knowledgeDir: string;
let insightsUrl: string;



async function structure(page: Page) {
  return page.evaluate(() => ({
    lang: document.documentElement.lang,
    mains: document.querySelectorAll('main').length,
    h1: Array.from(document.querySelectorAll('h1')).map((h) => h.textContent?.trim()),
    tablesWithoutHeaders: Array.from(document.querySelectorAll('table')).filter((tb) => !tb.querySelector('th[scope="col"]') || !tb.querySelector('caption')).length,
  }));
}

describe.skipIf(!browserTestsRun)("content owners' pages, in Chromium", () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    knowledgeDir = mkdtempSync(join(tmpdir(), 'sa-knowledge-'));
    cpSync(FIXTURE_KNOWLEDGE, knowledgeDir, { recursive: true });
    const clock = new ManualClock('2026-11-16T09:00:00Z');
    t = await startTestAssistant({ env: { CONTENT_OWNERS: OWNER, DISPATCH_INTERVAL_MS: '600000' }, clock, knowledgeDir, knowledge: loadKnowledge(knowledgeDir, 'testshire') });
    const owner: Actor = { userKey: OWNER, aadObjectId: OWNER, conversationId: 'a:owner', conversationType: 'personal' };

    // A published edit, through the owner's command (the Teams flow is covered in knowledge-publish-http.test.ts).
    const file = join(knowledgeDir, 'testshire', 'lado', 'allegations.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('status: current', 'status: current\nchange_note: The LADO is now told on the same working day.').replace('Contact the LADO when', 'Contact the LADO on the same working day when'));
    clock.set('2026-11-20T14:30:00Z');
    const reload = t.assistant.router.command('knowledge reload')!;
    expect(cardText((await reload.spec.run({ actor: owner, args: '', text: 'knowledge reload' }))[0].card)).toContain('The new knowledge is live');

    // Questions over two weeks, recorded as the ask path records them (covered in insights-http.test.ts).
    const recordAsked = createQuestionRecorder({ store: t.assistant.questionLog, clock, logger: t.logs.logger });
    const ask = (q: string, times = 1) => {
      for (let i = 0; i < times; i++) {
        const a = t.assistant.engine.answer(q);
        recordAsked({ question: q, confidence: a.confidence, shown: a.hits.slice(0, 3), personalData: false });
      }
    };
    clock.set('2026-11-17T10:00:00Z');
    ask('when should I contact the LADO', 5);
    ask('what are the levels of need', 3);
    ask('who do I ring about a school minibus booking');
    clock.set('2026-11-24T10:00:00Z');
    ask('when should I contact the LADO', 4);
    ask('who do I ring about booking the school minibus');
    ask('can parents see the minutes of a strategy meeting');
    const vote = t.assistant.router.action('feedback')!;
    for (const [who, helpful] of [['aad-a', false], ['aad-b', true], ['aad-c', true], ['aad-d', true]] as const) {
      await vote({ actor: { ...owner, userKey: who, aadObjectId: who }, data: { sectionId: 'testshire-lado#when-to-contact-the-lado', helpful, q: helpful ? undefined : 'does this apply to volunteers at a youth club' } });
    }
    clock.set('2026-11-25T09:00:00Z');
    const card = (await t.assistant.router.command('knowledge insights')!.spec.run({ actor: owner, args: '', text: 'knowledge insights' }))[0].card;
    insightsUrl = (findAction(card, 'Open insights').url as string).replace('http://assistant.test', t.botUrl) + '&from=2026-11-16&to=2026-11-29';
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.stop({ removeData: true });
    rmSync(knowledgeDir, { recursive: true, force: true });
  });

  it("What's new lists the change with a link that opens the section, on the site and in the tab", async () => {
    const page = await browser.newPage();
    await page.goto(`${t.botUrl}/whats-new`);
    expect(await structure(page)).toEqual({ lang: 'en-GB', mains: 1, h1: ["What's new in the procedures"], tablesWithoutHeaders: 0 });
    expect(await page.textContent('main')).toContain('The LADO is now told on the same working day.');
    expect(await axeInEveryTheme(page, 'whats-new')).toEqual({ light: [], dark: [], contrast: [] });
    await page.click('text=Allegations against people who work with children › When to contact the LADO');
    await page.waitForURL(/\/docs\/testshire-lado#when-to-contact-the-lado$/);
    expect(await page.textContent('#when-to-contact-the-lado')).toContain('on the same working day');

    await page.goto(`${t.botUrl}/tab`);
    await page.click("text=What's new in the procedures");
    await page.waitForURL(/\/tab\/whats-new$/);
    expect(await axeInEveryTheme(page, 'tab-whats-new')).toEqual({ light: [], dark: [], contrast: [] });
    expect(await page.getAttribute('main a[href*="when-to-contact"]', 'href')).toBe('/tab/docs/testshire-lado#when-to-contact-the-lado');
    await page.close();
  });

  it('the insights page: tables with headers, next steps, small counts in words, accessible in every theme', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    await page.goto(insightsUrl);
    expect(await structure(page)).toEqual({ lang: 'en-GB', mains: 1, h1: ['What practitioners asked, 16 November 2026 to 29 November 2026'], tablesWithoutHeaders: 0 });
    const main = (await page.textContent('main'))!;
    expect(main).toContain('“who do I ring about booking the school minibus”');
    expect(main).toContain('does this apply to volunteers at a youth club');
    expect(main).toContain('fewer than 3');
    expect(main).toContain('Check the answer');
    expect(await axeInEveryTheme(page, 'insights')).toEqual({ light: [], dark: [], contrast: [] });
    await page.evaluate(() => document.documentElement.removeAttribute('data-theme'));
    await page.screenshot({ path: join(SHOTS, 'insights-readme.png'), fullPage: true });
    if (updateDocs) await page.screenshot({ path: README_SHOT, fullPage: true });

    // The range form by keyboard: a narrower range reloads the page with it.
    await page.fill('#from', '2026-11-23');
    await page.focus('#to');
    await page.keyboard.press('Enter');
    await page.waitForURL(/from=2026-11-23/);
    expect(await page.textContent('h1')).toBe('What practitioners asked, 23 November 2026 to 29 November 2026');
    await page.close();
  });
});
