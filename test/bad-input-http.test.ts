// Every bad input gets a clear reply or a 4xx, never a 500, and the next message still works.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cardText, execute, message, person, submit } from './support/activities.ts';
import { startTestAssistant, type TestAssistant } from './support/test-assistant.ts';
import { cardProblems } from './support/validate-card.ts';

let t: TestAssistant;
const carol = person('carol');

beforeAll(async () => {
  t = await startTestAssistant({ env: { DISPATCH_INTERVAL_MS: '600000' } });
});
afterAll(async () => {
  await t.stop({ removeData: true });
});
afterEach(async () => {
  // The service is still there and still answers.
  const since = t.connector.recorded.length;
  expect((await t.post(message(t.connector.url, carol, 'levels of need'))).status).toBe(200);
  const reply = await t.connector.waitFor(() => true, { since });
  expect(cardText(reply.body.attachments[0].content)).toContain('What are the levels of need?');
  expect(t.logs.unexpectedErrors()).toEqual([]);
});

async function replyTo(activity: object) {
  const since = t.connector.recorded.length;
  const res = await t.post(activity);
  expect(res.status).toBe(200);
  const sent = await t.connector.waitFor(() => true, { since });
  const card = sent.body.attachments?.[0]?.content;
  if (card) expect(cardProblems(card)).toEqual([]);
  return { card, text: card ? cardText(card) : sent.body.text };
}

describe('messages a person might send', () => {
  it('empty text: the welcome card', async () => {
    const { text } = await replyTo(message(t.connector.url, carol, ''));
    expect(text).toContain('Try asking');
  });

  it('only an @mention: the welcome card', async () => {
    const { text } = await replyTo(
      message(t.connector.url, carol, '<at>Safeguarding Assistant</at>', {
        entities: [{ type: 'mention', text: '<at>Safeguarding Assistant</at>', mentioned: { id: '28:bot-app-id', name: 'Safeguarding Assistant' } }],
      }),
    );
    expect(text).toContain('Try asking');
  });

  it('a question in a channel with an @mention is answered', async () => {
    const activity = message(t.connector.url, carol, '<at>Safeguarding Assistant</at> when to contact the LADO', {
      entities: [{ type: 'mention', text: '<at>Safeguarding Assistant</at>', mentioned: { id: '28:bot-app-id', name: 'Safeguarding Assistant' } }],
      conversation: { id: '19:channel@thread.tacv2;messageid=1', conversationType: 'channel', tenantId: 'tenant-1' },
      channelData: { tenant: { id: 'tenant-1' }, channel: { id: '19:channel@thread.tacv2' }, team: { id: '19:team' } },
    });
    const { text } = await replyTo(activity);
    expect(text).toContain('When to contact the LADO');
  });

  it('10,000 characters: answered from the start, no crash', async () => {
    const { text } = await replyTo(message(t.connector.url, carol, `when should I contact the LADO ${'and more words '.repeat(700)}`.slice(0, 10_000)));
    expect(text).toContain('LADO');
  });

  it('emoji only: asks what they would like to know', async () => {
    const { text } = await replyTo(message(t.connector.url, carol, '🙂👍🏽🧸'));
    expect(text).toContain('What would you like to know?');
  });

  it('another language: an honest not-sure with who to ask', async () => {
    const { text } = await replyTo(message(t.connector.url, carol, 'Wie ist das Wetter morgen in Berlin'));
    expect(text).toContain("I'm not sure");
    expect(text).toContain("Testshire Children's Front Door");
  });

  it('an attachment with no text: asks for a typed question', async () => {
    const { text } = await replyTo(
      message(t.connector.url, carol, '', { attachments: [{ contentType: 'image/png', contentUrl: 'https://example.test/x.png', name: 'photo.png' }] }),
    );
    expect(text).toContain('I can only read typed questions');
  });

  it('a card submit with an unknown verb: a kind stale-button card', async () => {
    const { text } = await replyTo(submit(t.connector.url, carol, { verb: 'gone.away' }));
    expect(text).toContain("That button isn't available any more");
  });

  it('a card submit with no verb at all: the same kind card', async () => {
    const { text } = await replyTo(submit(t.connector.url, carol, { something: 1 }));
    expect(text).toContain("That button isn't available any more");
  });

  it('feedback for a section that no longer exists: a clear card', async () => {
    const res = await t.post(execute(t.connector.url, carol, 'feedback', { sectionId: 'gone#nowhere', helpful: true }));
    expect(res.status).toBe(200);
    const sent = await t.connector.waitFor((r) => cardText(r.body.attachments?.[0]?.content ?? {}).includes("doesn't match a current answer"));
    expect(sent).toBeTruthy();
  });
});

describe('malformed activities get a 4xx, never a 500', () => {
  it('no type', async () => {
    const { type: _t, ...rest } = message(t.connector.url, carol, 'hi');
    expect((await t.post(rest)).status).toBe(400);
  });
  it('no conversation', async () => {
    const { conversation: _c, ...rest } = message(t.connector.url, carol, 'hi');
    expect((await t.post(rest)).status).toBe(400);
  });
  it('no serviceUrl', async () => {
    const { serviceUrl: _s, ...rest } = message(t.connector.url, carol, 'hi');
    expect((await t.post(rest)).status).toBe(400);
  });
  it('wrong content type', async () => {
    expect((await t.post('hello', 'text/plain')).status).toBe(400);
  });
  it('broken JSON', async () => {
    expect((await t.post('{"type": "message", ', 'application/json')).status).toBe(400);
  });
  it('an array instead of an activity', async () => {
    expect((await t.post([1, 2, 3])).status).toBe(400);
  });
  it('a card invoke with no action', async () => {
    const activity = { ...execute(t.connector.url, carol, 'feedback', {}), value: {} };
    const res = await t.post(activity);
    expect(res.status).toBe(400);
  });
  it.each([
    ['text as a number', { text: 42 }, 'text'],
    ['text as an object', { text: { html: 'hi' } }, 'text'],
    ['text as an array', { text: ['levels', 'of need'] }, 'text'],
    ['attachments as a string', { attachments: 'card.json' }, 'attachments'],
    ['attachments as an object', { attachments: { contentType: 'x' } }, 'attachments'],
    ['an attachment that is a number', { attachments: [7] }, 'attachments[0]'],
    ['membersAdded as an object', { type: 'conversationUpdate', membersAdded: { id: 'x' } }, 'membersAdded'],
    ['a member added with no id', { type: 'conversationUpdate', membersAdded: [{ name: 'n' }] }, 'membersAdded[0].id'],
    ['entities as a string', { entities: 'mention' }, 'entities'],
    ['from.id as a number', { from: { id: 5 } }, 'from.id'],
  ])('%s: 400 naming the field, before the bot runs', async (_name, extra, field) => {
    const since = t.connector.recorded.length;
    const res = await t.post({ ...message(t.connector.url, carol, 'levels of need'), ...extra });
    expect(res.status).toBe(400);
    expect(res.body.error).toContain(`"${field}"`);
    expect(t.connector.recorded.length).toBe(since);
  });
  it('a body over the size limit', async () => {
    const res = await t.post(message(t.connector.url, carol, 'x'.repeat(300 * 1024)));
    expect(res.status).toBe(413);
  });
});
