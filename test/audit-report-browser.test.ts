// The audit report page in real Chromium: one h1, landmarks and headings in order, a table with headers,
// axe-core with no serious or critical violations (light, dark, high contrast), and printing to PDF with
// the print styles: no buttons or skip link, the answers kept.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { ManualClock } from '../bot/shared/clock.ts';
import { reportUrls, signReportLink } from '../bot/audits/report-link.ts';
import { browserTestsRun, launchBrowser } from './support/browser.ts';
import { SHOTS, seriousViolations } from './support/accessibility.ts';
import { startTestAssistant, type TestAssistant } from './support/test-assistant.ts';

const CHAIR = 'aad-chair';

let t: TestAssistant;
let browser: Browser;
let reportUrl: string;


describe.skipIf(!browserTestsRun)('the audit report page, in Chromium', () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    const clock = new ManualClock('2026-11-23T10:00:00Z');
    t = await startTestAssistant({ env: { COMMITTEE_MEMBERS: CHAIR, DISPATCH_INTERVAL_MS: '600000' }, clock });
    // The round is made through the service (the Teams flow is covered in audit-round-http.test.ts).
    const service = t.assistant.auditRounds;
    const chair = { userKey: CHAIR, aadObjectId: CHAIR };
    const people = ['aad-a', 'aad-b', 'aad-c', 'aad-d', 'aad-e'];
    const started = await service.create(chair, { ref: 'MACA-2026-03', theme: 'Application of thresholds', closeDate: '2026-12-04', practitioners: people.join(','), token: 'browser-token-1' });
    if (started.kind !== 'started') throw new Error(`round not started: ${started.kind}`);
    const roundId = started.round.id;
    const say = (who: string, agencyType: string, wentWell: string, learned: string, barriers?: string) =>
      service.submit({ userKey: who, aadObjectId: who }, { roundId, agencyType, 'q_went-well': wentWell, q_learned: learned, ...(barriers ? { q_barriers: barriers } : {}) });
    await say('aad-a', 'Health', 'The strategy discussion happened the same day and everyone had a role.', 'Ask for the chronology early.', 'Waiting lists for therapeutic support.');
    await say('aad-b', 'Health', 'School and health visitor shared information quickly.', 'Use the threshold guidance together, not alone.', 'Staff changes meant the plan drifted.');
    await say('aad-c', 'Health', 'The early help plan was clear and the child’s voice was recorded.', 'Escalate sooner when a decision feels wrong.', 'It was hard to reach the right person out of hours.');
    await say('aad-d', 'Education', 'Supervision helped me reflect on what I was seeing.', 'Record the reasons for decisions.');
    expect((await service.close(chair, roundId)).kind).toBe('closed');
    reportUrl = reportUrls(t.botUrl, roundId, signReportLink('test-link-secret', roundId, CHAIR, clock.now())).page;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.stop({ removeData: true });
  });

  it('reads well: one h1, landmarks, question headings, a table with headers, no serious axe violations in any theme', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    const res = await page.goto(reportUrl);
    expect(res?.status()).toBe(200);
    const shape = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      h1: Array.from(document.querySelectorAll('h1')).map((h) => h.textContent?.trim()),
      h2: Array.from(document.querySelectorAll('h2')).map((h) => h.textContent?.trim()),
      h3: Array.from(document.querySelectorAll('h3')).length,
      mains: document.querySelectorAll('main').length,
      banner: document.querySelectorAll('body > header').length,
      contentinfo: document.querySelectorAll('body > footer').length,
      th: Array.from(document.querySelectorAll('th[scope="col"]')).map((th) => th.textContent),
    }));
    expect(shape).toEqual({
      lang: 'en-GB',
      h1: ['Practitioner reflections: audit MACA-2026-03'],
      h2: ['Summary', 'Who answered, by type of agency', 'What practitioners said'],
      h3: 3,
      mains: 1,
      banner: 1,
      contentinfo: 1,
      th: ['Type of agency', 'Responses'],
    });
    expect(await page.getByRole('heading', { level: 3, name: '3. What got in the way?' }).count()).toBe(1);
    expect(await page.getByRole('list', { name: 'Summary' }).textContent()).toContain('80%');
    const body = await page.locator('body').textContent();
    expect(body).not.toMatch(/aad-|Display Name/);
    for (const theme of ['light', 'dark', 'contrast']) {
      await page.evaluate((th) => (th === 'light' ? document.documentElement.removeAttribute('data-theme') : document.documentElement.setAttribute('data-theme', th)), theme);
      expect({ theme, violations: await seriousViolations(page) }).toEqual({ theme, violations: [] });
    }
    await page.evaluate(() => document.documentElement.removeAttribute('data-theme'));
    await page.screenshot({ path: join(SHOTS, 'audit-report.png'), fullPage: true });
    if (process.env.AUDIT_REPORT_SCREENSHOT) await page.screenshot({ path: process.env.AUDIT_REPORT_SCREENSHOT, fullPage: true });
    await page.close();
  });

  it('prints to PDF with the print styles: buttons and skip link hidden, answers kept', async () => {
    const page = await browser.newPage();
    await page.goto(reportUrl);
    await page.emulateMedia({ media: 'print' });
    const hidden = await page.evaluate(() => ({
      actions: getComputedStyle(document.querySelector('.report-actions')!).display,
      skip: getComputedStyle(document.querySelector('.skip-link')!).display,
      visibleButtons: Array.from(document.querySelectorAll('button, a.button')).filter((b) => (b as HTMLElement).offsetParent !== null).length,
      answers: document.querySelectorAll('.answers li').length,
    }));
    expect(hidden).toEqual({ actions: 'none', skip: 'none', visibleButtons: 0, answers: 11 });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(5_000);
    await page.close();
  });
});
