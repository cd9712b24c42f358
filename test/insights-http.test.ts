// Insights for content owners end to end: questions asked through the real server and fake connector are
// recorded (counts, and words only when allowed), and the signed page and CSV show them with next steps.
// Bad links and bad date ranges are refused kindly and change nothing.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ManualClock } from '../bot/shared/clock.ts';
import { signInsightsLink } from '../bot/content-owners/insights-link.ts';
import { cardText, findAction, person } from './support/activities.ts';
import { startTestAssistant, type TestAssistant } from './support/test-assistant.ts';
import { startFakeConnector, type FakeConnector } from './support/fake-connector.ts';
import { chatDriver } from './support/chat-driver.ts';
import { rawSql } from './support/raw-sql.ts';
import { expectErrorLogs } from './support/log-capture.ts';

const owner = person('owner');
const practitioner = person('practitioner');
const colleague = person('colleague');
const SECRET = 'test-link-secret';

let t: TestAssistant;
let clock: ManualClock;
let connector: FakeConnector;
const { say, pressForReply, press, settle } = chatDriver(() => ({ t, connector, clock }));

beforeAll(async () => {
  clock = new ManualClock('2026-08-03T09:00:00Z');
  connector = await startFakeConnector();
  t = await startTestAssistant({ env: { CONTENT_OWNERS: owner.aadObjectId, DISPATCH_INTERVAL_MS: '600000' }, clock, connector });
});
afterAll(async () => {
  await t.stop({ removeData: true });
  await connector.close();
});
afterEach(async () => {
  expect(t.logs.unexpectedErrors()).toEqual([]);
  await settle();
});

const local = (url: string) => url.replace('http://assistant.test', t.botUrl);
const get = async (url: string) => {
  const res = await fetch(local(url));
  return { status: res.status, type: res.headers.get('content-type') ?? '', cache: res.headers.get('cache-control'), text: await res.text() };
};
const count = () => rawSql(t.assistant.stores).count('select count(*) from question_log');
// The log is written after the reply, never awaited by it (insights must not delay an answer): wait for the rows.
const logged = (n: number) => vi.waitFor(async () => expect(await count()).toBe(n), { timeout: 5000, interval: 10 });

async function insightsLink(): Promise<string> {
  const card = await say(owner, 'knowledge insights');
  return findAction(card, 'Open insights').url as string;
}

describe('insights for content owners', () => {
  it('records what each question was shown, keeping words only for unsure questions without personal data', async () => {
    // Three months ago: an unsure question whose words are past the 90-day retention period.
    await say(practitioner, 'how do I book the minibus for a forest school trip');
    clock.set('2026-11-23T09:00:00Z');
    for (const who of [practitioner, colleague, owner]) await say(who, 'when should I contact the LADO');
    await say(practitioner, 'what are the levels of need');
    const unsure = await say(practitioner, 'how do I book the minibus for the forest school trips');
    expect(cardText(unsure)).toMatch(/not sure/i);
    await say(colleague, 'booking a minibus for a forest school trip');
    await say(practitioner, 'can I claim mileage for the forest school minibus called Rosie');
    await say(practitioner, 'my contact is Mrs Jones about the minibus');
    await logged(9);
    const rows = (await rawSql(t.assistant.stores).all('select outcome, question from question_log where outcome != ? order by id', 'answered')) as Array<{ question: string | null }>;
    expect(rows.map((r) => r.question)).toEqual([
      'how do I book the minibus for a forest school trip',
      'how do I book the minibus for the forest school trips',
      'booking a minibus for a forest school trip',
      null,
      null,
    ]);
    expect((await rawSql(t.assistant.stores).count('select count(*) from question_log where outcome = ? and question is not null', 'answered'))).toBe(0);

    // Not helpful, with the question on the card.
    const answer = await say(colleague, 'when should I contact the LADO');
    const notHelpful = findAction(answer, 'Not helpful');
    await press(colleague, notHelpful.verb, notHelpful.data);
    await logged(10);
  });

  it('the owner gets a signed link; the page groups by area and wording, with next steps and small counts as words', async () => {
    const url = await insightsLink();
    expect(url).toMatch(/^http:\/\/assistant\.test\/insights\?exp=\d+&m=[\w-]+&sig=[\w-]+$/);
    const page = await get(`${url}&from=2026-05-01&to=2026-11-30`);
    expect(page.status).toBe(200);
    expect(page.cache).toBe('no-store');
    const text = page.text;
    expect(text).toContain('What practitioners asked, 1 May 2026 to 30 November 2026');
    // The two recent minibus questions are one group; the three-month-old one is counted, not shown.
    expect(text).toContain('“how do I book the minibus for the forest school trips”<br>“booking a minibus for a forest school trip”');
    expect(text).not.toContain('“how do I book the minibus for a forest school trip”');
    expect(text).not.toContain('Rosie');
    expect(text).not.toContain('Jones');
    expect(text).toMatch(/Not shown: held personal data, or asked more than 90 days ago/);
    expect(text).toContain('fewer than 3');
    expect(text).toMatch(/Write a section|Add a question to this section/);
    // Helpful / Not helpful by section, with the question behind "not helpful".
    expect(text).toMatch(/href="\/docs\/testshire-lado#when-to-contact-the-lado">Allegations against people who work with children › When to contact the LADO<\/a><\/th><td>none<\/td><td>fewer than 3<\/td><td>“when should I contact the LADO”<\/td><td><span class="next-step">Check the answer/);
    // Most asked, by week: the LADO section was given 4 times in the week of 23 November.
    expect(text).toContain('Week beginning 23 November 2026');
    expect(text).toMatch(/When to contact the LADO<\/a><\/th><td>4<\/td>/);
    // Every section was on some card (as the answer or under "Other sections that may help") in this range...
    expect(text).toContain('Every section was shown at least once in this period.');
    // ...but not in August, when the only question matched nothing.
    const august = await get(`${url}&from=2026-08-01&to=2026-08-31`);
    expect(august.text).toMatch(/Sections never shown[\s\S]*Bruising on a baby who is not mobile<\/a><\/th><td>Threshold of need and getting help<\/td><td><span class="next-step">Add a question to this section, or retire it/);
  });

  it('the CSV has the same figures and rules', async () => {
    const url = (await insightsLink()).replace('/insights?', '/insights.csv?');
    const csv = await get(`${url}&from=2026-11-01&to=2026-11-30`);
    expect(csv.status).toBe(200);
    expect(csv.type).toContain('text/csv');
    expect(csv.text).toContain('"most asked section","2026-11-23","Allegations against people who work with children (LADO)","testshire-lado#when-to-contact-the-lado","","4","","","Check the answer"');
    expect(csv.text).not.toContain('"never shown"');
    const august = await get(`${url}&from=2026-08-01&to=2026-08-31`);
    expect(august.text).toContain('"never shown","","Threshold of need and getting help","testshire-levels#bruising-on-a-baby-who-is-not-mobile","","","","","Add a question to this section, or retire it"');
    expect(csv.text).not.toContain('Jones');
  });

  it('refuses non-owners, tampered, expired and malformed links, and bad date ranges, changing nothing', async () => {
    const before = await count();
    const refused = await say(practitioner, 'knowledge insights');
    expect(cardText(refused)).toContain('Only content owners can do that');
    const url = await insightsLink();

    const tampered = await get(url.replace(/sig=([\w-])/, (_m, c) => `sig=${c === 'A' ? 'B' : 'A'}`));
    expect(tampered.status).toBe(403);
    expect(tampered.text).toContain('This insights link can’t be opened');
    const forSomeoneElse = signInsightsLink(SECRET, practitioner.aadObjectId, clock.now());
    const notOwner = await get(`${t.botUrl}/insights?exp=${forSomeoneElse.exp}&m=${forSomeoneElse.m}&sig=${forSomeoneElse.sig}`);
    expect(notOwner.status).toBe(403);
    expect(notOwner.text).toContain('These insights are for content owners');
    const malformed = await get(`${t.botUrl}/insights?exp=soon`);
    expect(malformed.status).toBe(400);

    for (const [range, message] of [
      ['from=2026-02-30&to=2026-03-10', 'isn&#39;t a date'],
      ['from=2026-11-20&to=2026-11-01', 'The start date is after the end date'],
      ['from=2024-01-01&to=2026-11-01', 'at most 366 days'],
      ['from=2027-01-01&to=2027-01-02', 'in the future'],
      ['from=<script>&to=2026-11-01', 'isn&#39;t a date'],
    ]) {
      const bad = await get(`${url}&${range}`);
      expect(bad.status, range).toBe(400);
      expect(bad.text, range).toContain(message);
      expect(bad.text).not.toContain('<script>');
    }
    clock.set('2026-12-01T09:00:00Z');
    const expired = await get(url);
    expect(expired.status).toBe(403);
    expect(expired.text).toContain('This insights link has expired');
    expect(await count()).toBe(before);
  });

  it('the retention sweep removes the words of questions older than the retention period and keeps the counts', async () => {
    const kept = () => rawSql(t.assistant.stores).count('select count(*) from question_log where question is not null');
    expect(await kept()).toBe(3);
    clock.set('2026-11-23T09:00:00Z');
    await t.assistant.retention.sweep();
    expect(await kept()).toBe(2);
    clock.set('2027-03-01T09:00:00Z');
    await t.assistant.retention.sweep();
    expect(await kept()).toBe(0);
    expect(await count()).toBe(10);
  });
});

describe('when the question log cannot be written', () => {
  it('the practitioner still gets the answer; the failure is logged, without the question', async () => {
    const broken = await startTestAssistant({ clock, connector });
    try {
      // The table is gone (a failed migration, a dropped table): every write to the log fails.
      await rawSql(broken.assistant.stores).run('drop table question_log');
      // The start-up retention sweep, running in the background, trips over the missing table as well.
      expectErrorLogs(/insights\.record_failed/, /retention\.purge_failed/);
      const driver = chatDriver(() => ({ t: broken, connector, clock }));
      const card = await driver.say(practitioner, 'when should I contact the LADO');
      expect(cardText(card)).toMatch(/LADO/);
      const failures = () => broken.logs.entries.filter((e) => e.event === 'insights.record_failed');
      await vi.waitFor(() => expect(failures()).toHaveLength(1), { timeout: 5000, interval: 10 });
      expect(JSON.stringify(broken.logs.entries)).not.toContain('when should I contact');
    } finally {
      await broken.stop({ removeData: true });
    }
  });
});
