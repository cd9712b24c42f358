// The audit round store on a real SQLite file: a round, its invitations and messages commit together;
// a form token starts one round; responses are saved only while the round is open, edits replace; and
// everything is there after reopening the file. Answers are stored only against a pseudonym.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../bot/storage/database.ts';
import { allMigrations } from '../bot/storage/schema.ts';
import { createSqliteScheduleStore } from '../bot/storage/sqlite-schedule.ts';
import { createSqliteAuditRoundStore } from '../bot/storage/sqlite-audit-rounds.ts';
import { createAuditService, newRoundId } from '../bot/audits/service.ts';
import { AUDIT_KINDS, ROUND_ID, type AuditRound, type QuestionnaireSnapshot } from '../bot/audits/types.ts';
import { ManualClock } from '../bot/shared/clock.ts';
import { emailHash } from '../bot/shared/hash.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function dbFile() {
  const dir = mkdtempSync(join(tmpdir(), 'sa-audit-'));
  dirs.push(dir);
  return join(dir, 'assistant.db');
}
function open(file: string) {
  const db = openDatabase(file, allMigrations);
  const schedule = createSqliteScheduleStore(db);
  return { db, schedule, store: createSqliteAuditRoundStore(db, schedule) };
}

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

describe('sqlite audit round store', () => {
  it('creates a round with invitations and messages in one go, finds it again after reopening', () => {
    const file = dbFile();
    const a = open(file);
    const r = round();
    expect(ROUND_ID.test(r.id)).toBe(true);
    const inv = [{ roundId: r.id, inviteeKey: 'user:aad-1', recipient: { kind: 'user' as const, userKey: 'aad-1' }, reachable: true }];
    expect(a.store.create(r, inv, [{ kind: AUDIT_KINDS.invite, subjectId: r.id, recipient: inv[0]!.recipient, dueAt: r.createdAt, payload: { roundId: r.id } }])).toEqual({ created: true });
    // Same token: the existing round, nothing new.
    expect(a.store.create({ ...r, id: newRoundId() }, inv, [])).toMatchObject({ created: false, existing: { id: r.id } });
    a.db.close();

    const b = open(file);
    expect(b.store.get(r.id)).toEqual(r);
    expect(b.store.byRef('maca-2026-03')?.id).toBe(r.id);
    expect(b.store.invitations(r.id)).toEqual(inv);
    expect(b.schedule.list(r.id).map((m) => m.kind)).toEqual([AUDIT_KINDS.invite]);
    b.db.close();
  });

  it('responses: saved while open, an edit replaces (counted), closed refuses, close cancels pending messages', () => {
    const { db, schedule, store } = open(dbFile());
    const r = round();
    store.create(r, [], [{ kind: AUDIT_KINDS.reminder, subjectId: r.id, recipient: { kind: 'user', userKey: 'aad-1' }, dueAt: new Date('2026-12-01T09:00:00Z'), payload: { roundId: r.id } }]);
    const at = new Date('2026-11-24T10:00:00Z');
    expect(store.saveResponse({ roundId: r.id, respondent: 'p1', answers: { 'went-well': 'one' }, updatedAt: at })).toEqual({ saved: true, edited: false });
    expect(store.saveResponse({ roundId: r.id, respondent: 'p1', agencyType: 'Health', answers: { 'went-well': 'two' }, updatedAt: at })).toEqual({ saved: true, edited: true });
    expect(store.response(r.id, 'p1')).toMatchObject({ agencyType: 'Health', answers: { 'went-well': 'two' }, edits: 1 });
    expect(store.countResponses(r.id)).toBe(1);
    expect(store.saveResponse({ roundId: 'Anope000000', respondent: 'p1', answers: {}, updatedAt: at })).toEqual({ saved: false, reason: 'not-found' });

    expect(store.close(r.id, at, 'aad-chair')).toMatchObject({ state: 'closed', closedAt: at });
    expect(store.close(r.id, at, 'aad-chair')).toBeUndefined();
    expect(schedule.list(r.id).map((m) => m.status)).toEqual(['cancelled']);
    expect(store.saveResponse({ roundId: r.id, respondent: 'p2', answers: { 'went-well': 'late' }, updatedAt: at })).toEqual({ saved: false, reason: 'closed' });
    expect(store.countResponses(r.id)).toBe(1);
    db.close();
  });

  it('the service stores answers only under a per-round pseudonym: no ids or emails in the responses table', () => {
    const { db, store } = open(dbFile());
    const clock = new ManualClock('2026-11-23T10:00:00Z');
    const reachable = new Set(['aad-1']);
    const service = createAuditService({
      store,
      clock,
      questionnaire: Q,
      reminderDaysBeforeClose: [3, 1],
      committee: ['aad-chair', 'aad-vice'],
      pseudonymKey: 'key',
      canReach: (to) => to.kind === 'user' && reachable.has(to.userKey),
      userForEmailHash: (h) => (h === emailHash('pat@health.example') ? 'aad-pat' : undefined),
    });
    const started = service.create({ userKey: 'aad-chair', aadObjectId: 'aad-chair' }, { ref: 'MACA-7', closeDate: '2026-12-04', practitioners: 'aad-1,aad-2', emails: 'Pat@Health.example', token: 'token-abcdefgh' });
    expect(started).toMatchObject({ kind: 'started', invited: 3, unreachable: 2 });
    if (started.kind !== 'started') return;
    const id = started.round.id;
    // An invite each at once, two reminders each, and the close.
    const list = createSqliteScheduleStore(db).list(id);
    expect(list.filter((m) => m.kind === AUDIT_KINDS.invite)).toHaveLength(3);
    expect(list.filter((m) => m.kind === AUDIT_KINDS.reminder)).toHaveLength(6);
    expect(list.filter((m) => m.kind === AUDIT_KINDS.close).map((m) => m.dueAt.toISOString())).toEqual(['2026-12-04T17:00:00.000Z']);

    // Not committee; someone not invited; the emailed practitioner matched by their email hash.
    expect(service.create({ userKey: 'aad-1' }, {}).kind).toBe('not-committee');
    expect(service.submit({ userKey: 'aad-9' }, { roundId: id, 'q_went-well': 'x' }).kind).toBe('not-invited');
    expect(service.submit({ userKey: 'aad-pat', aadObjectId: 'aad-pat' }, { roundId: id, 'q_went-well': 'Good joint visit' })).toMatchObject({ kind: 'saved', edited: false });
    expect(service.submit({ userKey: 'aad-1', aadObjectId: 'aad-1' }, { roundId: id, 'q_went-well': 'Worked with Mrs Patel', removeDetails: true })).toMatchObject({ kind: 'saved', redacted: true });
    expect(service.hasAnswered(id, { kind: 'email', emailHash: emailHash('pat@health.example') })).toBe(true);
    expect(service.hasAnswered(id, { kind: 'user', userKey: 'aad-2' })).toBe(false);

    const rows = JSON.stringify(db.prepare('select * from audit_responses').all());
    for (const secret of ['aad-1', 'aad-pat', 'Patel', emailHash('pat@health.example')]) expect(rows).not.toContain(secret);

    // Someone else's round: another committee member can't close it; the creator can, once.
    expect(service.close({ userKey: 'aad-other' }, id).kind).toBe('not-committee');
    expect(service.close({ userKey: 'aad-vice', aadObjectId: 'aad-vice' }, id).kind).toBe('not-yours');
    expect(service.close({ userKey: 'aad-chair', aadObjectId: 'aad-chair' }, 'MACA-7').kind).toBe('closed');
    expect(service.close({ userKey: 'aad-chair', aadObjectId: 'aad-chair' }, 'MACA-7').kind).toBe('already');
    expect(service.submit({ userKey: 'aad-2', aadObjectId: 'aad-2' }, { roundId: id, 'q_went-well': 'too late' }).kind).toBe('closed');
    expect(service.collation(store.get(id)!)).toMatchObject({ invited: 3, responded: 2, suppressed: true });
    db.close();
  });
});
