// Conversations with the bot through botbuilder's TestAdapter: a message in, cards out.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestAdapter, type Activity } from 'botbuilder';
import { assemble, type Assistant } from '../bot/assemble.ts';
import { loadConfig } from '../bot/config.ts';
import { cardText } from './support/activities.ts';
import { captureLogs } from './support/log-capture.ts';
import { fixtureKnowledge } from './support/test-assistant.ts';

let assistant: Assistant;
let dataDir: string;
let adapter: TestAdapter;

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'sa-conv-'));
  const config = loadConfig({ DATA_DIR: dataDir, PARTNERSHIP: 'testshire', PUBLIC_URL: 'http://assistant.test', DISPATCH_INTERVAL_MS: '600000' });
  assistant = assemble(config, { logger: captureLogs().logger, knowledge: fixtureKnowledge() });
  adapter = new TestAdapter((context) => assistant.bot.run(context), {
    channelId: 'msteams',
    serviceUrl: 'https://connector.test/',
    conversation: { id: 'a:conv-test', conversationType: 'personal', isGroup: false, name: '' },
  });
});
afterAll(async () => {
  await assistant.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const card = (a: Partial<Activity>) => a.attachments?.[0]?.content;

describe('a conversation', () => {
  it('help shows the welcome card with example questions', async () => {
    await adapter.send('help').assertReply((a) => {
      const text = cardText(card(a));
      expect(text).toContain('Safeguarding Assistant for Testshire');
      expect(text).toContain('[What are the levels of need?]');
    });
  });

  it('a question gets the answer card, and pressing an example button asks it', async () => {
    await adapter.send('what are the levels of need').assertReply((a) => {
      expect(cardText(card(a))).toContain('There are four levels of need');
    });
    await adapter
      .send({ type: 'message', text: '', value: { verb: 'ask', q: 'bruise on a baby who is not mobile' } } as Partial<Activity>)
      .assertReply((a) => {
        expect(cardText(card(a))).toContain('Bruising on a baby who is not mobile');
      });
  });

  it('"Other sections that may help" re-runs the answer on that section', async () => {
    await adapter
      .send({ type: 'message', text: '', value: { verb: 'ask.section', sectionId: 'testshire-lado#how-quickly-must-the-lado-be-told' } } as Partial<Activity>)
      .assertReply((a) => {
        const text = cardText(card(a));
        expect(text).toContain('How quickly must the LADO be told?');
        expect(text).toContain('Not yet confirmed by Testshire');
      });
  });

  it('stores where to reach the person, without their name', async () => {
    const stored = await assistant.references.byConversation('a:conv-test');
    expect(stored?.reference.serviceUrl).toBe('https://connector.test/');
    expect(JSON.stringify(stored)).not.toContain('"name"');
  });
});
