// The same recognition wherever a question is asked: Teams, /api/search, the Procedures tab and the ask CLI all
// go through the ask use case (bot/ask/ask.ts), so an emergency told as a situation gets 999 and the front door first, and the
// answer is Wigan's emergency section. Real knowledge, real server on port 0, the CLI as a child process.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cardText, execute, message, person } from './support/activities.ts';
import { startTestAssistant, type TestAssistant } from './support/test-assistant.ts';
import { cardProblems } from './support/validate-card.ts';

const KNOWLEDGE = join(import.meta.dirname, '..', 'knowledge');
const EMERGENCY_SECTION = 'wigan-contacts#a-child-is-in-immediate-danger-who-do-i-call';
// Told as a situation: no "danger", no "999".
const EMERGENCY = 'year 4 boy says his stepdad is waiting at the gate with a knife and he has to go with him at home time';
const ORDINARY = 'in training we discussed when to call 999, where is that written down?';

let t: TestAssistant;
beforeAll(async () => {
  t = await startTestAssistant({ partnership: 'wigan', knowledgeDir: KNOWLEDGE });
});
afterAll(async () => {
  await t.stop({ removeData: true });
});
afterEach(() => {
  expect(t.logs.unexpectedErrors()).toEqual([]);
});

async function askInTeams(text: string) {
  const since = t.connector.recorded.length;
  const res = await t.post(message(t.connector.url, person('hv'), text));
  expect(res.status).toBe(200);
  const sent = await t.connector.waitFor((r) => r.route !== 'update', { since });
  return sent.body.attachments[0].content;
}

describe('Teams', () => {
  it('puts 999 and the front door first, then the emergency section as the answer', async () => {
    const card = await askInTeams(EMERGENCY);
    expect(cardProblems(card)).toEqual([]);
    expect(card.body[0].style).toBe('attention');
    expect(cardText(card.body[0])).toContain('call 999 now');
    expect(cardText(card.body[0])).toContain('01942 828300');
    // The banner is the first block; the emergency section's heading comes after it, as the answer.
    const heading = card.body.findIndex((b: unknown) => cardText(b) === 'A child is in immediate danger: who do I call?');
    expect(heading).toBeGreaterThan(0);
  });

  it('keeps the 999 banner on the emergency card after a Helpful vote', async () => {
    const res = await t.post(execute(t.connector.url, person('hv'), 'feedback', { sectionId: EMERGENCY_SECTION, helpful: true }));
    expect(res.status).toBe(200);
    expect(res.body.value.body[0].style).toBe('attention');
    expect(cardText(res.body.value)).toContain('your feedback was recorded');
  });

  it('a possible emergency with a procedural question: the banner first, then the answer to it, then the emergency section', async () => {
    const card = await askInTeams('a 5 month old at our baby group has a bruise on his arm and dad says his cousin grabbed him, do I still need to refer it?');
    expect(cardProblems(card)).toEqual([]);
    expect(card.body[0].style).toBe('attention');
    expect(cardText(card.body[0])).toContain('call 999 now');
    // The answer's heading is the question's (a bruised baby), and the emergency section is among the other sections.
    const heading = card.body.find((b: { style?: string }) => b.style === 'heading');
    expect(cardText(heading)).toMatch(/baby|injury/i);
    const text = cardText(card);
    expect(text.indexOf('A child is in immediate danger: who do I call?')).toBeGreaterThan(text.indexOf('Other sections that may help'));
  });

  it('answers a training question about 999 without the alarm', async () => {
    const card = await askInTeams(ORDINARY);
    expect(cardText(card)).not.toContain('call 999 now. Do not wait');
  });
});

describe('/api/search and the Procedures tab', () => {
  it('flags the emergency and lists the emergency section first', async () => {
    const res = await fetch(`${t.botUrl}/api/search?q=${encodeURIComponent(EMERGENCY)}`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.safety.immediateDanger).toBe(true);
    expect(body.confidence).toBe('high');
    expect(body.results[0].sectionId).toBe(EMERGENCY_SECTION);
    expect(body.results.length).toBeGreaterThan(1);
  });

  it('does not flag an ordinary question', async () => {
    const body = await (await fetch(`${t.botUrl}/api/search?q=${encodeURIComponent(ORDINARY)}`)).json();
    expect(body.safety.immediateDanger).toBe(false);
    expect(body.results[0]?.sectionId).not.toBe(EMERGENCY_SECTION);
  });

  it('shows the banner and the emergency section first in the tab', async () => {
    const html = await (await fetch(`${t.botUrl}/tab?q=${encodeURIComponent(EMERGENCY)}`)).text();
    expect(html).toMatch(/<p class="banner danger" role="alert">[^<]*call 999 now[^<]*01942 828300/);
    const firstLink = html.match(/<ul class="results"><li><a href="([^"]+)"/)?.[1];
    expect(firstLink).toBe('/tab/docs/wigan-contacts#a-child-is-in-immediate-danger-who-do-i-call');
  });
});

describe('the ask CLI', () => {
  const ask = (input: string, ...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/ask.ts', ...args], {
      input,
      encoding: 'utf8',
      env: { ...process.env, PARTNERSHIP: 'wigan', KNOWLEDGE_DIR: KNOWLEDGE },
    });

  it('flags the emergency, answers with confidence and puts the banner and emergency section first', () => {
    const r = ask(`${JSON.stringify({ id: 'e1', q: EMERGENCY })}\n${JSON.stringify({ id: 'o1', q: ORDINARY })}\n`, '--jsonl');
    expect(r.status).toBe(0);
    const [emergency, ordinary] = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(emergency.safety.immediateDanger).toBe(true);
    expect(emergency.confidence).toBe('high');
    expect(emergency.results[0].url).toMatch(/\/docs\/wigan-contacts#a-child-is-in-immediate-danger-who-do-i-call$/);
    expect(emergency.answer.split('\n')[0]).toMatch(/^If a child is in immediate danger .*call 999 now.*01942 828300/);
    expect(ordinary.safety.immediateDanger).toBe(false);
  });

  it('stops quietly when its reader closes the pipe early (| head -1)', () => {
    const lines = Array.from({ length: 200 }, (_, i) => JSON.stringify({ id: i, q: ORDINARY })).join('\n');
    const r = spawnSync('bash', ['-o', 'pipefail', '-c', `"${process.execPath}" --import tsx scripts/ask.ts --jsonl | head -1`], {
      input: `${lines}\n`,
      encoding: 'utf8',
      env: { ...process.env, PARTNERSHIP: 'wigan', KNOWLEDGE_DIR: KNOWLEDGE },
    });
    expect(r.stderr).not.toMatch(/EPIPE|Unhandled/);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout.trim()).id).toBe(0);
  });
});
