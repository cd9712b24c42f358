// LADO staff are the listed officers or members of the LADO duty channel, as Teams says (real server,
// CloudAdapter and a fake Bot Connector whose member lookup answers for the channel).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardText, message, person } from './support/activities.ts';
import { startFakeConnector, type FakeConnector } from './support/fake-connector.ts';
import { startTestAssistant, type TestAssistant } from './support/test-assistant.ts';

const CHANNEL = '19:lado-duty@thread.tacv2';
const dutyOfficer = person('duty-officer'); // in the channel, not in LADO_STAFF
const outsider = person('outsider');
let t: TestAssistant;
let connector: FakeConnector;

async function say(who: ReturnType<typeof person>, text: string) {
  const since = connector.recorded.length;
  expect((await t.post(message(connector.url, who, text))).status).toBe(200);
  const sent = await connector.waitFor((r) => r.conversationId === who.conversationId, { since });
  return cardText(sent.body.attachments?.[0]?.content);
}

beforeAll(async () => {
  connector = await startFakeConnector();
  t = await startTestAssistant({ env: { LADO_STAFF: 'aad-someone-else', LADO_CHANNEL_ID: CHANNEL }, connector });
});
afterAll(async () => {
  await t.stop({ removeData: true });
  await connector.close();
});

describe('LADO duty channel members count as LADO staff', () => {
  it('before the bot is in the channel nobody is recognised through it, and it says why in the log', async () => {
    expect(await say(dutyOfficer, 'lado due')).toContain('Only LADO staff');
    expect(t.logs.entries.map((e) => e.event)).toContain('teams.channel_unknown');
    expect(t.logs.unexpectedErrors()).toEqual([]);
  });

  it('once the bot is in the channel, a member may list clocks and an outsider still may not', async () => {
    // The bot hears from the channel (an @mention), so it holds the channel's conversation reference.
    const since = connector.recorded.length;
    await t.post(
      message(connector.url, dutyOfficer, '<at>Safeguarding Assistant</at> help', {
        entities: [{ type: 'mention', text: '<at>Safeguarding Assistant</at>', mentioned: { id: '28:bot-app-id', name: 'Safeguarding Assistant' } }],
        conversation: { id: `${CHANNEL};messageid=1`, conversationType: 'channel', tenantId: 'tenant-1' },
        channelData: { tenant: { id: 'tenant-1' }, channel: { id: CHANNEL }, team: { id: '19:team' } },
      }),
    );
    await connector.waitFor((r) => r.conversationId.startsWith(CHANNEL), { since });
    connector.members.set(dutyOfficer.aadObjectId, { aadObjectId: dutyOfficer.aadObjectId });

    expect(await say(dutyOfficer, 'lado due')).toContain('No open LADO referral clocks');
    const since2 = connector.recorded.length;
    expect(await say(outsider, 'lado due')).toContain('Only LADO staff');
    // Teams answering "not a member" is not an error: nothing is said in the duty channel.
    expect(connector.recorded.slice(since2).filter((r) => r.conversationId.startsWith(CHANNEL))).toEqual([]);
  });
});
