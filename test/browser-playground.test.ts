// End to end, as a practitioner would: the Microsoft 365 Agents Playground (offline Teams-like client with its
// own mock Bot Connector) talks to the real bot over HTTP; Chromium types in its chat box, sees the Adaptive
// Card the bot sent, presses Helpful and sees the acknowledgement. Screenshots go to test-output/playground/.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startPlayground, type Playground } from '../scripts/playground-process.ts';
import { browserTestsRun, launchBrowser } from './support/browser.ts';
import { FIXTURE_KNOWLEDGE, startTestAssistant, type TestAssistant } from './support/test-assistant.ts';
import { loadKnowledge } from '../bot/knowledge/load.ts';
import { rawSql } from './support/raw-sql.ts';

const SHOTS = join(import.meta.dirname, '..', 'test-output', 'playground');
const PLAYGROUND_USER = '00000000-0000-0000-0000-0000000000020';

let t: TestAssistant;
let playground: Playground | undefined;
let browser: Browser;
let page: Page;
let workDir: string;

describe.skipIf(!browserTestsRun)('the bot in the Microsoft 365 Agents Playground', () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    workDir = mkdtempSync(join(tmpdir(), 'sa-playground-'));
    // The Playground's default user (Alex Wilber) is made LADO staff and a content owner, to try those commands too,
    // on a copy of the fixture knowledge that the follow test edits and reloads.
    const knowledgeDir = join(workDir, 'knowledge');
    cpSync(FIXTURE_KNOWLEDGE, knowledgeDir, { recursive: true });
    t = await startTestAssistant({ env: { LADO_STAFF: PLAYGROUND_USER, CONTENT_OWNERS: PLAYGROUND_USER }, knowledgeDir, knowledge: loadKnowledge(knowledgeDir, 'testshire') });
    playground = await startPlayground({ endpoint: `${t.botUrl}/api/messages`, cwd: workDir });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  });
  afterAll(async () => {
    await browser?.close();
    await playground?.stop();
    await t?.stop({ removeData: true });
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  it('opens with the chat box and the welcome card the bot sends on install', async () => {
    await page.goto(playground!.url);
    // The chat box is a contenteditable "textbox" with a placeholder drawn by CSS, so find it by role.
    await page.getByRole('textbox').first().waitFor({ timeout: 30_000 });
    // The playground sends installationUpdate/conversationUpdate; the bot answers with its welcome card.
    await page.getByText('Try asking', { exact: true }).first().waitFor({ timeout: 30_000 });
    await page.getByText('call 999 now', { exact: false }).first().waitFor();
    await page.screenshot({ path: join(SHOTS, '1-welcome.png') });
  }, 60_000);

  it('answers a typed question with the answer card: heading, "Open section" and feedback buttons', async () => {
    const box = page.getByRole('textbox').first();
    await box.click();
    await box.fill('how fast do I tell the LADO');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'How quickly must the LADO be told?' }).last().waitFor({ timeout: 30_000 });
    await page.getByText('Open section', { exact: true }).last().waitFor();
    await page.getByText('The LADO must be told within one working day', { exact: false }).last().waitFor();
    await page.getByRole('button', { name: 'Helpful', exact: true }).last().waitFor();
    await page.screenshot({ path: join(SHOTS, '2-answer-card.png') });
  }, 60_000);

  it('records "Helpful" and replaces the buttons with a thank-you', async () => {
    await page.getByRole('button', { name: 'Helpful', exact: true }).last().click();
    await page.getByText('Thank you: your feedback was recorded.').last().waitFor({ timeout: 30_000 });
    expect(await page.getByRole('button', { name: 'Helpful', exact: true }).count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, '3-helpful-acknowledged.png') });
    // The click reached the bot as a card action (Action.Execute invoke), not as a typed message.
    const actions = t.logs.entries.filter((e) => e.event === 'turn' && e.fields.kind === 'action');
    expect(actions.map((e) => e.fields.verb)).toContain('feedback');
    expect(t.logs.unexpectedErrors()).toEqual([]);
  }, 60_000);

  it('"Tell me when this changes" follows the section; a reload brings one card about the change, with Unfollow', async () => {
    await page.getByRole('button', { name: 'Tell me when this changes', exact: true }).last().click();
    await page.getByText("I'll tell you when this section changes", { exact: true }).last().waitFor({ timeout: 30_000 });
    await page.screenshot({ path: join(SHOTS, '4-following.png') });
    const box = page.getByRole('textbox').first();
    const type = async (text: string) => {
      await box.click();
      await box.fill(text);
      await page.keyboard.press('Enter');
    };
    await type('my followed sections');
    await page.getByText('Sections you follow (1)', { exact: true }).last().waitFor({ timeout: 30_000 });

    // A content owner (the same Playground user) edits the section and reloads; the dispatcher sends the card.
    const file = join(workDir, 'knowledge', 'testshire', 'lado', 'allegations.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('status: current', 'status: current\nchange_note: The referral form link changed.').replace('using the online notification form', 'using the new online notification form'));
    await type('knowledge reload');
    await page.getByText('The new knowledge is live', { exact: true }).last().waitFor({ timeout: 30_000 });
    await t.assistant.dispatcher.tick();
    await page.getByText('A section you follow has changed', { exact: true }).last().waitFor({ timeout: 30_000 });
    await page.getByText('What changed: The referral form link changed.', { exact: true }).last().waitFor();
    await page.screenshot({ path: join(SHOTS, '5-followed-section-changed.png') });
    await page.getByRole('button', { name: 'Unfollow', exact: true }).last().click();
    await page.getByText('You no longer follow this section', { exact: true }).last().waitFor({ timeout: 30_000 });
    expect((await rawSql(t.assistant.stores).count('select count(*) from section_follows'))).toBe(0);
    const verbs = t.logs.entries.filter((e) => e.event === 'turn' && e.fields.kind === 'action').map((e) => e.fields.verb);
    expect(verbs).toEqual(expect.arrayContaining(['follow.section', 'follow.unfollow']));
    expect(t.logs.unexpectedErrors()).toEqual([]);
  }, 90_000);

  it('asks one clarifying question when it matters who did it, and the chosen button answers', async () => {
    const box = page.getByRole('textbox').first();
    await box.click();
    await box.fill('a boy says he was slapped at his club, what do I do');
    await page.keyboard.press('Enter');
    await page.getByText("Is the person you're worried about someone who works with children, or a family member?").last().waitFor({ timeout: 30_000 });
    await page.screenshot({ path: join(SHOTS, '8-clarifying-question.png') });
    await page.getByRole('button', { name: 'Someone who works with children', exact: true }).last().click();
    await page.getByRole('heading', { name: 'When to contact the LADO' }).last().waitFor({ timeout: 30_000 });
    await page.screenshot({ path: join(SHOTS, '9-clarified-answer.png') });
    // The press reached the bot as the clarify verb (Action.Execute), and re-asked with the choice.
    const actions = t.logs.entries.filter((e) => e.event === 'turn' && e.fields.kind === 'action');
    expect(actions.map((e) => e.fields.verb)).toContain('ask.clarify');
    expect(t.logs.unexpectedErrors()).toEqual([]);
  }, 60_000);

  it('a designated safeguarding lead sets their own LADO reminder from the card form and gets the first reminder', async () => {
    const box = page.getByRole('textbox').first();
    await box.click();
    await box.fill('remind me to refer to the LADO');
    await page.keyboard.press('Enter');
    const ref = page.getByLabel('A reference for this concern (your own)').last();
    await ref.waitFor({ timeout: 30_000 });
    await ref.fill('SCH-2026-14');
    await page.screenshot({ path: join(SHOTS, '6-own-reminder-form.png') });
    const org = page.getByLabel('Type of organisation').last();
    if ((await org.evaluate((el) => el.tagName)) === 'SELECT') await org.selectOption('Education (school or college)');
    else {
      await org.click();
      await page.getByRole('option', { name: 'Education (school or college)' }).click();
    }
    await page.getByRole('button', { name: 'Set the reminder', exact: true }).last().click();
    await page.getByText('Reminder set: refer SCH-2026-14 to the LADO', { exact: false }).last().waitFor({ timeout: 30_000 });
    await t.assistant.dispatcher.tick();
    await page.getByText('LADO referral needed by', { exact: false }).last().waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Referral submitted', exact: true }).last().waitFor();
    await page.screenshot({ path: join(SHOTS, '7-own-reminder-card.png') });
    expect(t.logs.unexpectedErrors()).toEqual([]);
  }, 90_000);
});
