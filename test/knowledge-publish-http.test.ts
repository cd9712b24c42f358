// Publishing without a restart, the amendments log and following a section, end to end: the real server and
// CloudAdapter, the fake Bot Connector, a real SQLite file and a copy of the fixture knowledge that the test edits.
// A content owner reloads; a broken edit keeps the old knowledge; followers get one card through the dispatcher.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../bot/shared/clock.ts';
import { loadKnowledge } from '../bot/knowledge/load.ts';
import { cardText, findAction, message, person, submit } from './support/activities.ts';
import { FIXTURE_KNOWLEDGE, startTestAssistant, type TestAssistant } from './support/test-assistant.ts';
import { startFakeConnector, type FakeConnector } from './support/fake-connector.ts';
import { chatDriver } from './support/chat-driver.ts';
import { rawSql } from './support/raw-sql.ts';

const owner = person('owner');
const practitioner = person('practitioner');
const other = person('other');
const LADO_FILE = join('testshire', 'lado', 'allegations.md');
const WHEN = '## When to contact the LADO';

let t: TestAssistant;
let clock: ManualClock;
let connector: FakeConnector;
let knowledgeDir: string;
const { say, press, pressForReply, cardsTo, settle, at } = chatDriver(() => ({ t, connector, clock }));

const edit = (file: string, change: (text: string) => string) => {
  const path = join(knowledgeDir, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
};

async function boot(dataDir?: string) {
  return startTestAssistant({
    env: { CONTENT_OWNERS: owner.aadObjectId, DISPATCH_INTERVAL_MS: '600000' },
    clock,
    connector,
    dataDir,
    knowledgeDir,
    knowledge: loadKnowledge(knowledgeDir, 'testshire'),
  });
}

beforeAll(async () => {
  knowledgeDir = mkdtempSync(join(tmpdir(), 'sa-knowledge-'));
  cpSync(FIXTURE_KNOWLEDGE, knowledgeDir, { recursive: true });
  clock = new ManualClock('2026-11-23T10:00:00Z');
  connector = await startFakeConnector();
  t = await boot();
  for (const p of [owner, practitioner, other]) await say(p, 'help');
});
afterAll(async () => {
  await t.stop({ removeData: true });
  await connector.close();
  rmSync(knowledgeDir, { recursive: true, force: true });
});
afterEach(async () => {
  expect(t.logs.unexpectedErrors()).toEqual([]);
  await settle();
});

const get = async (path: string) => {
  const res = await fetch(`${t.botUrl}${path}`);
  return { status: res.status, text: await res.text() };
};

describe('knowledge reload', () => {
  it('the first load records a baseline: nothing is announced as new', async () => {
    const page = await get('/whats-new');
    expect(page.status).toBe(200);
    expect(page.text).toContain('No changes have been published');
    expect((await rawSql(t.assistant.stores).count('select count(*) from amendment_batches where baseline = 1'))).toBe(1);
    expect((await rawSql(t.assistant.stores).count('select count(*) from amendments'))).toBe(0);
  });

  it('refuses someone who is not a content owner, and changes nothing', async () => {
    edit(LADO_FILE, (s) => s.replace('Contact the LADO when someone who works', 'Contact the LADO on the same day when someone who works'));
    const card = await say(practitioner, 'knowledge reload');
    expect(cardText(card)).toContain('Only content owners can do that');
    const answer = await say(practitioner, 'when should I contact the LADO');
    expect(cardText(answer)).toContain('Contact the LADO when someone who works');
    expect((await rawSql(t.assistant.stores).count('select count(*) from amendments'))).toBe(0);
  });

  it('a broken edit keeps the old knowledge and lists the problems for the owner', async () => {
    const before = t.assistant.holder.current;
    const levels = join('testshire', 'thresholds', 'levels.md');
    const original = readFileSync(join(knowledgeDir, levels), 'utf8');
    edit(levels, (s) => s.replace(/last_reviewed: .*/, 'last_reviewed: next week'));
    const card = await say(owner, 'knowledge reload');
    const text = cardText(card);
    expect(text).toContain('The knowledge was not reloaded');
    expect(text).toContain('The last good version is still live');
    expect(text).toMatch(/levels\.md: last_reviewed: must be a quoted date/);
    expect(t.assistant.holder.current).toBe(before);
    expect(t.logs.entries.some((e) => e.event === 'knowledge.reload_rejected')).toBe(true);
    edit(levels, () => original);
  });

  it('a practitioner follows a section, by Execute and by Submit, and sees it in "my followed sections"', async () => {
    const answer = await say(practitioner, 'when should I contact the LADO');
    const follow = findAction(answer, 'Tell me when this changes');
    expect(follow.type).toBe('Action.Execute');
    expect(follow.fallback.type).toBe('Action.Submit');
    const confirmed = await pressForReply(practitioner, follow.verb, follow.data);
    expect(cardText(confirmed)).toContain("I'll tell you when this section changes");
    expect(cardText(confirmed)).toContain('When to contact the LADO');

    // The mobile path: the same data as a message with a value.
    const since = connector.recorded.length;
    const otherAnswer = await say(other, 'when should I contact the LADO');
    const fallback = findAction(otherAnswer, 'Tell me when this changes').fallback;
    expect((await t.post(submit(connector.url, other, fallback.data))).status).toBe(200);
    await connector.waitFor((r) => r.conversationId === other.conversationId && JSON.stringify(r.body).includes('tell you when this section changes'), { since });

    const again = await pressForReply(practitioner, follow.verb, follow.data);
    expect(cardText(again)).toContain('You already follow this section');
    const list = await say(practitioner, 'my followed sections');
    expect(cardText(list)).toContain('Sections you follow (1)');
    expect(findAction(list, 'Unfollow').data.sectionId).toBe('testshire-lado#when-to-contact-the-lado');
    // Only the Entra object id and the section id are stored.
    expect((await rawSql(t.assistant.stores).all('select * from section_follows order by user_key'))).toEqual([
      { user_key: other.aadObjectId, section_id: 'testshire-lado#when-to-contact-the-lado', created_at: clock.now().getTime() },
      { user_key: practitioner.aadObjectId, section_id: 'testshire-lado#when-to-contact-the-lado', created_at: clock.now().getTime() },
    ]);
  });

  it('following a section that no longer exists gets a kind message and stores nothing', async () => {
    const reply = await pressForReply(practitioner, 'follow.section', { sectionId: 'testshire-lado#a-section-that-was-removed' });
    expect(cardText(reply)).toContain('That section is no longer in the procedures');
    const bad = await pressForReply(practitioner, 'follow.section', { sectionId: { not: 'a string' } });
    expect(cardText(bad)).toContain('That section is no longer in the procedures');
    expect((await rawSql(t.assistant.stores).count('select count(*) from section_follows'))).toBe(2);
  });

  it('an owner publishes an edit: the swap is live everywhere, logged, and followers get one card each', async () => {
    clock.set('2026-11-24T09:00:00Z');
    edit(LADO_FILE, (s) => s.replace('status: current', 'status: current\nchange_note: Designated safeguarding lead named as the first contact.'));
    // `other` unfollows by the card's button first, so only `practitioner` is told.
    const unfollowed = await pressForReply(other, 'follow.unfollow', { sectionId: 'testshire-lado#when-to-contact-the-lado' });
    expect(cardText(unfollowed)).toContain('You no longer follow this section');

    const since = connector.recorded.length;
    const card = await say(owner, 'knowledge reload');
    expect(cardText(card)).toContain('The new knowledge is live');
    expect(cardText(card)).toContain('Live now: 2 documents');
    expect(cardText(card)).toContain('0 added, 1 changed, 0 removed');
    const logLine = t.logs.entries.find((e) => e.event === 'knowledge.reloaded');
    expect(logLine?.fields).toMatchObject({ trigger: 'command', documents: 2 });
    expect(logLine?.fields.sections).toBe(t.assistant.engine.sectionCount);

    // The bot, the docs page, the tab and /api/search all read the new engine.
    const answer = await say(practitioner, 'when should I contact the LADO');
    expect(cardText(answer)).toContain('Contact the LADO on the same day');
    expect(cardText(answer)).toContain('Updated 24 November 2026');
    expect((await get('/docs/testshire-lado')).text).toContain('Contact the LADO on the same day');
    expect((await get('/tab/docs/testshire-lado')).text).toContain('Contact the LADO on the same day');
    const search = await (await fetch(`${t.botUrl}/api/search?q=${encodeURIComponent('when to contact the LADO')}`)).json();
    expect(search.results[0].snippet).toContain('Contact the LADO on the same day');

    // One card for the follower, through the dispatcher, with what changed, a link and unfollow.
    await at('2026-11-24T09:00:01Z');
    const told = cardsTo(practitioner, since).find((c) => cardText(c).includes('A section you follow has changed'));
    expect(told).toBeDefined();
    expect(cardText(told)).toContain('What changed: Designated safeguarding lead named as the first contact.');
    expect(findAction(told, 'Open section').url).toBe('http://assistant.test/docs/testshire-lado#when-to-contact-the-lado');
    expect(findAction(told, 'Unfollow').data).toMatchObject({ sectionId: 'testshire-lado#when-to-contact-the-lado' });
    expect(cardsTo(other, since).filter((c) => cardText(c).includes('section you follow'))).toEqual([]);
    expect(cardsTo(practitioner, since).filter((c) => cardText(c).includes('section you follow'))).toHaveLength(1);

    // What's new lists it, newest first, with a link to the section; the tab has the same view.
    const page = await get('/whats-new');
    expect(page.text).toContain('href="/docs/testshire-lado#when-to-contact-the-lado"');
    expect(page.text).toContain('Designated safeguarding lead named as the first contact.');
    expect((await get('/tab/whats-new')).text).toContain('href="/tab/docs/testshire-lado#when-to-contact-the-lado"');
    expect((await get('/tab')).text).toContain('href="/tab/whats-new"');
  });

  it('a removed section tells its followers once and drops the follow; reloading the same files changes nothing', async () => {
    clock.set('2026-11-25T09:00:00Z');
    await press(practitioner, 'follow.section', { sectionId: 'testshire-lado#how-quickly-must-the-lado-be-told' });
    edit(LADO_FILE, (s) => s.replace(/## How quickly must the LADO be told\?[\s\S]*?(?=\n## |$)/, ''));
    const since = connector.recorded.length;
    const card = await say(owner, 'reload knowledge');
    expect(cardText(card)).toContain('0 added, 0 changed, 1 removed');
    await at('2026-11-25T09:00:01Z');
    const told = cardsTo(practitioner, since).filter((c) => cardText(c).includes('you follow have changed') || cardText(c).includes('you follow has changed'));
    expect(told).toHaveLength(1);
    expect(cardText(told[0])).toContain('This section has been removed');
    expect((await rawSql(t.assistant.stores).count('select count(*) from section_follows where section_id = ?', 'testshire-lado#how-quickly-must-the-lado-be-told'))).toBe(0);

    const same = await say(owner, 'knowledge reload');
    expect(cardText(same)).toContain('Reloaded: no section had changed');
    const page = await get('/whats-new');
    // Newest first.
    expect(page.text.indexOf('25 November 2026')).toBeLessThan(page.text.indexOf('24 November 2026'));
  });

  it('a changed partnership.yml is checked and the owner is told it applies after a restart', async () => {
    edit(join('testshire', 'partnership.yml'), (s) => s.replace('"01000 000000"', '"01000 000001"'));
    const card = await say(owner, 'knowledge reload');
    expect(cardText(card)).toContain('partnership.yml: changed and valid; restart the assistant');
  });

  it('a change made while the assistant was stopped is logged at the next start', async () => {
    await t.stop();
    edit(join('testshire', 'thresholds', 'levels.md'), (s) => s.replace(/last_reviewed: .*/, 'last_reviewed: "2026-11-20"'));
    t = await boot(t.dataDir);
    const rows = (await rawSql(t.assistant.stores).all('select kind, doc_id, section_id, last_reviewed from amendments a join amendment_batches b on b.id = a.batch_id order by b.id desc limit 1'));
    expect(rows).toEqual([{ kind: 'changed', doc_id: expect.any(String), section_id: null, last_reviewed: '2026-11-20' }]);
  });
});

describe('KNOWLEDGE_WATCH=true', () => {
  it('publishes a saved edit by itself; a broken save keeps the old knowledge and the owner is told the problems', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sa-watch-'));
    cpSync(FIXTURE_KNOWLEDGE, dir, { recursive: true });
    const watched = await startTestAssistant({
      env: { CONTENT_OWNERS: owner.aadObjectId, KNOWLEDGE_WATCH: 'true', DISPATCH_INTERVAL_MS: '600000' },
      clock,
      connector,
      knowledgeDir: dir,
      knowledge: loadKnowledge(dir, 'testshire'),
    });
    const waitFor = async (done: () => boolean) => {
      for (let i = 0; i < 300 && !done(); i++) await new Promise((r) => setTimeout(r, 20));
      expect(done()).toBe(true);
    };
    try {
      expect((await watched.post(message(connector.url, owner, 'help'))).status).toBe(200);
      const file = join(dir, LADO_FILE);
      const good = readFileSync(file, 'utf8');
      const before = watched.assistant.holder.current;
      const since = connector.recorded.length;
      writeFileSync(file, good.replace('status: current', 'status: maybe'));
      await waitFor(() => watched.logs.entries.some((e) => e.event === 'knowledge.reload_rejected'));
      expect(watched.assistant.holder.current).toBe(before);
      await watched.assistant.dispatcher.tick();
      const told = await connector.waitFor((r) => r.conversationId === owner.conversationId && JSON.stringify(r.body).includes('was not published'), { since });
      expect(JSON.stringify(told.body)).toContain('allegations.md');

      writeFileSync(file, good.replace('Contact the LADO when', 'Contact the LADO straight away when'));
      await waitFor(() => watched.logs.entries.some((e) => e.event === 'knowledge.reloaded' && e.fields.trigger === 'watch'));
      expect(watched.assistant.engine.section('testshire-lado#when-to-contact-the-lado')!.section.text).toContain('straight away');
      expect(watched.logs.unexpectedErrors()).toEqual([]);
    } finally {
      await watched.stop({ removeData: true });
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('immediate-danger words', () => {
  it('words a partnership adds to its immediate-danger list are recognised after the reload', async () => {
    const question = 'a pupil has climbed onto the canal bridge railings';
    expect(cardText(await say(practitioner, question))).not.toContain('999');
    writeFileSync(join(knowledgeDir, 'testshire', 'immediate-danger.yml'), 'version: 1\nsituations:\n  - id: height-now\n    category: fall\n    words: [bridge railings]\n');
    expect(cardText(await say(owner, 'knowledge reload'))).toContain('Reloaded: no section had changed');
    expect(cardText(await say(practitioner, question))).toContain('999');
  });
});
