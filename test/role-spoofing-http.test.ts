// Roles (LADO staff, audit committee, content owners) come from the Entra object id on Teams traffic only: a sender who
// copies a staff member's id into `from.id`, or arrives on another channel, gets the refusal.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardText, message, person } from './support/activities.ts';
import { startTestAssistant, type TestAssistant } from './support/test-assistant.ts';
import { rawSql } from './support/raw-sql.ts';

const officer = person('officer');
const member = person('committee');
const owner = person('content-owner');

let t: TestAssistant;
beforeAll(async () => {
  t = await startTestAssistant({ env: { LADO_STAFF: officer.aadObjectId, COMMITTEE_MEMBERS: member.aadObjectId, CONTENT_OWNERS: owner.aadObjectId, DISPATCH_INTERVAL_MS: '600000' } });
});
afterAll(async () => {
  await t.stop({ removeData: true });
});

async function reply(activity: object): Promise<string> {
  const since = t.connector.recorded.length;
  expect((await t.post(activity)).status).toBe(200);
  const sent = await t.connector.waitFor(() => true, { since });
  const card = sent.body.attachments?.[0]?.content;
  return card ? cardText(card) : String(sent.body.text);
}

/** The same person, as each kind of sender: the real Teams shape, and three forgeries. */
function senders(who: typeof officer, text: string) {
  const teams = message(t.connector.url, who, text);
  return {
    teams,
    fromIdOnly: { ...teams, from: { id: who.aadObjectId } },
    directline: { ...teams, channelId: 'directline', from: { id: who.aadObjectId } },
    directlineWithObjectId: { ...teams, channelId: 'directline' },
  };
}

describe('LADO staff', () => {
  it('a LADO officer on Teams sees the due list (the control)', async () => {
    expect(await reply(senders(officer, 'lado due').teams)).not.toContain('Only LADO staff');
  });
  it.each(['fromIdOnly', 'directline', 'directlineWithObjectId'] as const)('%s: the staff id elsewhere than aadObjectId on Teams is refused', async (kind) => {
    expect(await reply(senders(officer, 'lado due')[kind])).toContain('Only LADO staff can start or list referral clocks');
    expect(await reply(senders(officer, 'lado clock')[kind])).toContain('Only LADO staff can start or list referral clocks');
  });
  it('no clock was started or listed for a forged sender', async () => {
    expect(await rawSql(t.assistant.stores).count('select count(*) from lado_clocks')).toBe(0);
  });
});

describe('audit committee', () => {
  it('a committee member on Teams gets the new-round form (the control)', async () => {
    expect(await reply(senders(member, 'audit round').teams)).not.toContain('Only audit committee members');
  });
  it.each(['fromIdOnly', 'directline', 'directlineWithObjectId'] as const)('%s: refused', async (kind) => {
    expect(await reply(senders(member, 'audit round')[kind])).toContain('Only audit committee members');
  });
});

describe('content owners', () => {
  it('a content owner on Teams gets the insights link (the control)', async () => {
    expect(await reply(senders(owner, 'knowledge insights').teams)).toContain('Insights for content owners');
  });
  it.each(['fromIdOnly', 'directline', 'directlineWithObjectId'] as const)('%s: reload and insights are refused', async (kind) => {
    expect(await reply(senders(owner, 'knowledge reload')[kind])).toContain('Only content owners can do that');
    expect(await reply(senders(owner, 'knowledge insights')[kind])).toContain('Only content owners can do that');
  });
});
