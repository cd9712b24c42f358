// The audit round store on a real database (each store kind): a round, its invitations and messages commit together;
// a form token starts one round; responses are saved only while the round is open, edits replace; and
// everything is there after reopening it. Answers are stored only against a pseudonym.
import { afterEach, describe, expect, it } from 'vitest';
import { createAuditService, newRoundId } from '../bot/audits/service.ts';
import { AUDIT_KINDS, ROUND_ID, type AuditRound, type QuestionnaireSnapshot } from '../bot/audits/types.ts';
import { ManualClock } from '../bot/shared/clock.ts';
import { emailHash } from '../bot/shared/hash.ts';
import { createTestDatabase, disposeTestDatabases, openTestStores, storeKinds } from './support/stores.ts';
import { rawSql } from './support/raw-sql.ts';

afterEach(disposeTestDatabases);

const Q: QuestionnaireSnapshot = {
  title: 'Reflection',
  intro: 'Learning, not blame.',
  questions: [
    { id: 'went-well', text: 'What went well?', required: true },
    { id: 'barriers', text: 'What got in the way?', required: false },
  ],
  agencyTypes: ['Education', 'Health'],
};
const round = (over: Partial<AuditRound> = {}): AuditRound => ({
  id: newRoundId(),
  ref: 'MACA-2026-03',
  closeDate: '2026-12-04',
  closesAt: new Date('2026-12-04T17:00:00Z'),
  createdAt: new Date('2026-11-23T10:00:00Z'),
  createdBy: 'aad-chair',
  state: 'open',
  questionnaire: Q,
  startToken: `tok-${Math.random().toString(36).slice(2)}`,
  ...over,
});

describe.each(storeKinds())('audit round store (%s)', (kind) => {
  it('creates a round with invitations and messages in one go, finds it again after reopening', async () => {
    const database = await createTestDatabase(kind);
    const a = await database.open();
    const r = round();
    expect(ROUND_ID.test(r.id)).toBe(true);
    const inv = [{ roundId: r.id, inviteeKey: 'user:aad-1', recipient: { kind: 'user' as const, userKey: 'aad-1' }, reachable: true }];
    expect(await a.auditRounds.create(r, inv, [{ kind: AUDIT_KINDS.invite, subjectId: r.id, recipient: inv[0]!.recipient, dueAt: r.createdAt, payload: { roundId: r.id } }])).toEqual({ created: true });
    // Same token: the existing round, nothing new.
    expect(await a.auditRounds.create({ ...r, id: newRoundId() }, inv, [])).toMatchObject({ created: false, existing: { id: r.id } });
    await a.close();

    const b = await database.open();
    expect(await b.auditRounds.get(r.id)).toEqual(r);
    expect((await b.auditRounds.byRef('maca-2026-03'))?.id).toBe(r.id);
    expect(await b.auditRounds.invitations(r.id)).toEqual(inv);
    expect((await b.schedule.list(r.id)).map((m) => m.kind)).toEqual([AUDIT_KINDS.invite]);
  });

  it('responses: saved while open, an edit replaces (counted), closed refuses, close cancels pending messages', async () => {
    const { schedule, auditRounds: store } = await openTestStores(kind);
    const r = round();
    await store.create(r, [], [{ kind: AUDIT_KINDS.reminder, subjectId: r.id, recipient: { kind: 'user', userKey: 'aad-1' }, dueAt: new Date('2026-12-01T09:00:00Z'), payload: { roundId: r.id } }]);
    const at = new Date('2026-11-24T10:00:00Z');
    expect(await store.saveResponse({ roundId: r.id, respondent: 'p1', answers: { 'went-well': 'one' }, updatedAt: at })).toEqual({ saved: true, edited: false });
    expect(await store.saveResponse({ roundId: r.id, respondent: 'p1', agencyType: 'Health', answers: { 'went-well': 'two' }, updatedAt: at })).toEqual({ saved: true, edited: true });
    expect(await store.response(r.id, 'p1')).toMatchObject({ agencyType: 'Health', answers: { 'went-well': 'two' }, edits: 1 });
    expect(await store.countResponses(r.id)).toBe(1);
    expect(await store.saveResponse({ roundId: 'Anope000000', respondent: 'p1', answers: {}, updatedAt: at })).toEqual({ saved: false, reason: 'not-found' });

    expect(await store.close(r.id, at, 'aad-chair')).toMatchObject({ state: 'closed', closedAt: at });
    expect(await store.close(r.id, at, 'aad-chair')).toBeUndefined();
    expect((await schedule.list(r.id)).map((m) => m.status)).toEqual(['cancelled']);
    expect(await store.saveResponse({ roundId: r.id, respondent: 'p2', answers: { 'went-well': 'late' }, updatedAt: at })).toEqual({ saved: false, reason: 'closed' });
    expect(await store.countResponses(r.id)).toBe(1);
  });

  it('the service stores answers only under a per-round pseudonym: no ids or emails in the responses table', async () => {
    const stores = await openTestStores(kind);
    const store = stores.auditRounds;
    const clock = new ManualClock('2026-11-23T10:00:00Z');
    const reachable = new Set(['aad-1']);
    const service = createAuditService({
      store,
      clock,
      questionnaire: Q,
      reminderDaysBeforeClose: [3, 1],
      committee: ['aad-chair', 'aad-vice'],
      pseudonymKey: async () => 'key',
      canReach: async (to) => to.kind === 'user' && reachable.has(to.userKey),
      userForEmailHash: async (h) => (h === emailHash('pat@health.example') ? 'aad-pat' : undefined),
    });
    const started = await service.create({ userKey: 'aad-chair', aadObjectId: 'aad-chair' }, { ref: 'MACA-7', closeDate: '2026-12-04', practitioners: 'aad-1,aad-2', emails: 'Pat@Health.example', token: 'token-abcdefgh' });
    expect(started).toMatchObject({ kind: 'started', invited: 3, unreachable: 2 });
    if (started.kind !== 'started') return;
    const id = started.round.id;
    // An invite each at once, two reminders each, and the close.
    const list = await stores.schedule.list(id);
    expect(list.filter((m) => m.kind === AUDIT_KINDS.invite)).toHaveLength(3);
    expect(list.filter((m) => m.kind === AUDIT_KINDS.reminder)).toHaveLength(6);
    expect(list.filter((m) => m.kind === AUDIT_KINDS.close).map((m) => m.dueAt.toISOString())).toEqual(['2026-12-04T17:00:00.000Z']);

    // Not committee; someone not invited; the emailed practitioner matched by their email hash.
    expect((await service.create({ userKey: 'aad-1' }, {})).kind).toBe('not-committee');
    expect((await service.submit({ userKey: 'aad-9' }, { roundId: id, 'q_went-well': 'x' })).kind).toBe('not-invited');
    expect(await service.submit({ userKey: 'aad-pat', aadObjectId: 'aad-pat' }, { roundId: id, 'q_went-well': 'Good joint visit' })).toMatchObject({ kind: 'saved', edited: false });
    expect(await service.submit({ userKey: 'aad-1', aadObjectId: 'aad-1' }, { roundId: id, 'q_went-well': 'Worked with Mrs Patel', removeDetails: true })).toMatchObject({ kind: 'saved', redacted: true });
    expect(await service.hasAnswered(id, { kind: 'email', emailHash: emailHash('pat@health.example') })).toBe(true);
    expect(await service.hasAnswered(id, { kind: 'user', userKey: 'aad-2' })).toBe(false);

    const rows = JSON.stringify(await rawSql(stores).all('select * from audit_responses'));
    expect(rows).toContain('Good joint visit');
    for (const secret of ['aad-1', 'aad-pat', 'Patel', emailHash('pat@health.example')]) expect(rows).not.toContain(secret);

    // Someone else's round: another committee member can't close it; the creator can, once.
    expect((await service.close({ userKey: 'aad-other' }, id)).kind).toBe('not-committee');
    expect((await service.close({ userKey: 'aad-vice', aadObjectId: 'aad-vice' }, id)).kind).toBe('not-yours');
    expect((await service.close({ userKey: 'aad-chair', aadObjectId: 'aad-chair' }, 'MACA-7')).kind).toBe('closed');
    expect((await service.close({ userKey: 'aad-chair', aadObjectId: 'aad-chair' }, 'MACA-7')).kind).toBe('already');
    expect((await service.submit({ userKey: 'aad-2', aadObjectId: 'aad-2' }, { roundId: id, 'q_went-well': 'too late' })).kind).toBe('closed');
    expect(await service.collation((await store.get(id))!)).toMatchObject({ invited: 3, responded: 2, suppressed: true });
  });
});
