// The stores every feature shares, through the StoreSet, on a real database of each kind: what goes in comes
// back, a second vote or follow replaces rather than adds, the words of questions can be cleared while the
// counts stay, a secret is made once for every instance, and a transaction that throws leaves nothing behind.
import { afterEach, describe, expect, it } from 'vitest';
import type { Snapshot } from '../bot/amendments/types.ts';
import { createTestDatabase, disposeTestDatabases, openTestStores, storeKinds } from './support/stores.ts';
import { rawSql } from './support/raw-sql.ts';

afterEach(disposeTestDatabases);

const at = new Date('2026-11-30T10:00:00Z');
const address = (conversationId: string, userName = 'Jo Bloggs') => ({
  channelId: 'msteams',
  serviceUrl: 'https://connector.test/',
  activityId: 'activity-1',
  user: { id: '29:user', name: userName },
  bot: { id: '28:bot', name: 'Assistant' },
  conversation: { id: conversationId, name: 'Chat with Jo' },
});
const snapshot = (title: string): Snapshot => ({
  docs: new Map([['lado', { hash: `h-${title}`, title, lastReviewed: '2026-11-01' }]]),
  sections: new Map([['lado#timescales', { docId: 'lado', hash: `s-${title}`, heading: 'Timescales' }]]),
});

describe.each(storeKinds())('StoreSet (%s)', (kind) => {
  it('conversation references: kept without names, found by user, email hash and conversation; channels too', async () => {
    const { references } = await openTestStores(kind, { now: () => at });
    expect(await references.get('aad-1')).toBeUndefined();
    await references.save('aad-1', address('a:conv-1'));
    expect(await references.hasEmailHash('aad-1')).toBe(false);
    await references.save('aad-1', address('a:conv-1'), 'hash-1');
    expect(await references.hasEmailHash('aad-1')).toBe(true);
    // A later turn without the hash keeps the one learnt.
    await references.save('aad-1', address('a:conv-2'));
    const stored = await references.byEmailHash('hash-1');
    expect(stored).toMatchObject({ userKey: 'aad-1', conversationId: 'a:conv-2', reference: { serviceUrl: 'https://connector.test/', user: { id: '29:user' } } });
    expect(JSON.stringify(stored)).not.toContain('Jo');
    expect(stored?.reference.activityId).toBeUndefined();
    expect((await references.byConversation('a:conv-2'))?.userKey).toBe('aad-1');
    expect(await references.byConversation('a:conv-1')).toBeUndefined();

    await references.saveChannel('19:lado-duty', address('19:lado-duty', 'Duty Team'));
    expect((await references.getChannel('19:lado-duty'))?.conversation?.id).toBe('19:lado-duty');
    expect(JSON.stringify(await references.getChannel('19:lado-duty'))).not.toContain('Duty Team');
    expect(await references.getChannel('19:other')).toBeUndefined();
  });

  it('follows: once per person and section; listed, found by section, and dropped with a removed section', async () => {
    const { follows } = await openTestStores(kind);
    expect(await follows.follow('aad-1', 'lado#timescales', at)).toBe(true);
    expect(await follows.follow('aad-1', 'lado#timescales', at)).toBe(false);
    await follows.follow('aad-2', 'lado#timescales', at);
    await follows.follow('aad-2', 'lado#referral', at);
    expect(await follows.list('aad-1')).toEqual([{ sectionId: 'lado#timescales', since: at }]);
    expect(await follows.followersOf(['lado#timescales'])).toEqual([
      { userKey: 'aad-1', sectionId: 'lado#timescales' },
      { userKey: 'aad-2', sectionId: 'lado#timescales' },
    ]);
    expect(await follows.followersOf([])).toEqual([]);
    expect(await follows.unfollow('aad-1', 'lado#timescales')).toBe(true);
    expect(await follows.unfollow('aad-1', 'lado#timescales')).toBe(false);
    await follows.removeSections(['lado#referral']);
    expect(await follows.list('aad-2')).toEqual([{ sectionId: 'lado#timescales', since: at }]);
  });

  it('amendments: the snapshot is replaced, batches with entries are listed newest first, baselines are not', async () => {
    const { amendments } = await openTestStores(kind);
    expect(await amendments.snapshot()).toBeUndefined();
    const baseline = await amendments.record(snapshot('LADO'), at, true, []);
    const later = new Date(at.getTime() + 60_000);
    const entry = { kind: 'changed' as const, docId: 'lado', sectionId: 'lado#timescales', docTitle: 'LADO v2', heading: 'Timescales', lastReviewed: '2026-11-20', changeNote: 'Clearer timescales' };
    const changed = await amendments.record(snapshot('LADO v2'), later, false, [entry]);
    expect(changed).not.toBe(baseline);
    expect((await amendments.snapshot())?.docs.get('lado')?.title).toBe('LADO v2');
    expect(await amendments.recent(10)).toEqual([{ id: changed, at: later, baseline: false, entries: [entry] }]);
    expect((await amendments.batch(baseline))?.baseline).toBe(true);
    expect(await amendments.batch(999_999)).toBeUndefined();
    expect(await amendments.sectionsChangedSince(at)).toEqual(new Map([['lado#timescales', later]]));
    expect(await amendments.sectionsChangedSince(new Date(later.getTime() + 1))).toEqual(new Map());
  });

  it('a transaction that throws leaves nothing of what it wrote; one that returns keeps it all', async () => {
    const stores = await openTestStores(kind);
    await expect(
      stores.amendments.transaction(async () => {
        await stores.amendments.record(snapshot('Lost'), at, true, []);
        await stores.follows.follow('aad-1', 'lado#timescales', at);
        throw new Error('publish failed');
      }),
    ).rejects.toThrow('publish failed');
    expect(await stores.amendments.snapshot()).toBeUndefined();
    expect(await stores.follows.list('aad-1')).toEqual([]);

    const id = await stores.amendments.transaction(async () => {
      await stores.follows.follow('aad-1', 'lado#timescales', at);
      return stores.amendments.record(snapshot('Kept'), at, true, []);
    });
    expect((await stores.amendments.batch(id))?.baseline).toBe(true);
    expect(await stores.follows.list('aad-1')).toHaveLength(1);
  });

  it('feedback: one vote per person per section (a second replaces the first), user keys never stored', async () => {
    const stores = await openTestStores(kind);
    await stores.feedback.record({ sectionId: 'lado#timescales', helpful: true, question: 'how fast', userKey: 'aad-voter', at });
    await stores.feedback.record({ sectionId: 'lado#timescales', helpful: false, question: null, userKey: 'aad-voter', at });
    await stores.feedback.record({ sectionId: 'lado#timescales', helpful: true, question: null, userKey: 'aad-other', at });
    expect(await stores.feedback.summary()).toEqual([{ sectionId: 'lado#timescales', helpful: 1, notHelpful: 1 }]);
    expect(JSON.stringify(await rawSql(stores).all('select * from feedback'))).not.toContain('aad-voter');
  });

  it('question log: kept in order within a range; the words are cleared after the cut-off, the counts stay', async () => {
    const { questionLog, feedback } = await openTestStores(kind);
    const day = (n: number) => new Date(at.getTime() + n * 86_400_000);
    await questionLog.record({ at: day(0), outcome: 'not-sure', area: 'lado', shown: ['lado#timescales', 'lado#referral'], question: 'who do I call' });
    await questionLog.record({ at: day(1), outcome: 'answered', area: null, shown: [], question: null });
    await questionLog.record({ at: day(2), outcome: 'clarify', area: 'thresholds', shown: ['thresholds#levels'], question: 'which level' });
    expect(await questionLog.between(day(0), day(2))).toEqual([
      { at: day(0), outcome: 'not-sure', area: 'lado', shown: ['lado#timescales', 'lado#referral'], question: 'who do I call' },
      { at: day(1), outcome: 'answered', area: null, shown: [], question: null },
    ]);
    expect(await questionLog.purgeOlderThan(day(2))).toBe(1);
    expect((await questionLog.between(day(0), day(3))).map((r) => r.question)).toEqual([null, null, 'which level']);

    await feedback.record({ sectionId: 'lado#timescales', helpful: false, question: 'too vague', userKey: 'aad-1', at: day(1) });
    expect(await questionLog.feedbackBetween(day(0), day(2))).toEqual([{ sectionId: 'lado#timescales', helpful: false, question: 'too vague', at: day(1) }]);
    expect(await questionLog.feedbackBetween(day(2), day(3))).toEqual([]);
  });

  it('a secret is made once and is the same for every instance on the database', async () => {
    const database = await createTestDatabase(kind);
    const first = await database.open();
    const second = await database.open();
    const key = await first.secret('audit-pseudonym-key');
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(await second.secret('audit-pseudonym-key')).toBe(key);
    expect(await first.secret('another-key')).not.toBe(key);
  });

  it('says it is healthy while open, and stops cleanly', async () => {
    const stores = await openTestStores(kind);
    expect(await stores.healthy()).toBe(true);
    const stop = stores.onScheduled(() => {});
    stop();
    await stores.close();
  });
});
