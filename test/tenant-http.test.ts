import { afterAll, beforeAll, expect, it } from 'vitest';
import { cardText, message, person } from './support/activities.ts';
import { startTestAssistant, type TestAssistant } from './support/test-assistant.ts';

let t: TestAssistant;
beforeAll(async () => {
  t = await startTestAssistant({ env: { ALLOWED_TENANTS: 'Tenant-1,6F1C2A3B-0000-4D4E-9F9F-ABCDEFABCDEF' } });
});
afterAll(async () => {
  await t.stop({ removeData: true });
});

it('answers people in an allowed tenant', async () => {
  const since = t.connector.recorded.length;
  expect((await t.post(message(t.connector.url, person('in'), 'levels of need'))).status).toBe(200);
  // The answer reached the person's conversation through the connector, not only a 200.
  const sent = await t.connector.waitFor((r) => r.conversationId === person('in').conversationId, { since });
  expect(cardText(sent.body.attachments[0].content)).toContain('levels of need');
});

it('rejects activities from another tenant before they reach the bot', async () => {
  const activity = message(t.connector.url, person('out'), 'levels of need', {
    conversation: { id: 'a:x', conversationType: 'personal', tenantId: 'tenant-2' },
    channelData: { tenant: { id: 'tenant-2' } },
  });
  const since = t.connector.recorded.length;
  expect((await t.post(activity)).status).toBe(403);
  expect(t.connector.recorded.length).toBe(since);
  expect(await t.assistant.references.get('aad-user-out')).toBeUndefined();
});

it('compares tenant ids case-insensitively: an allowed GUID in other capitals is let in', async () => {
  const guid = '6f1c2a3b-0000-4d4e-9f9f-abcdefabcdef';
  for (const id of [guid, guid.toUpperCase()]) {
    const activity = message(t.connector.url, person(`g-${id}`), 'levels of need', {
      conversation: { id: `a:${id}`, conversationType: 'personal', tenantId: id },
      channelData: { tenant: { id } },
    });
    expect((await t.post(activity)).status).toBe(200);
  }
});
