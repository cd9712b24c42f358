// Free text is kept FREE_TEXT_RETENTION_DAYS and then deleted, from the rows and (SQLite) from the file: a real
// database of each kind, the stores' own APIs, a manual clock, and the bytes of assistant.db and its -wal.
import { existsSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { newRoundId } from '../bot/audits/service.ts';
import type { AuditRound } from '../bot/audits/types.ts';
import { ManualClock } from '../bot/shared/clock.ts';
import { createRetentionSweeper } from '../bot/shared/retention.ts';
import type { StoreKind } from '../bot/storage/store-set.ts';
import { isSqliteStoreSet } from '../bot/storage/sqlite-store-set.ts';
import { captureLogs } from './support/log-capture.ts';
import { openTestStores, disposeTestDatabases, storeKinds } from './support/stores.ts';
import { rawSql } from './support/raw-sql.ts';

const DAY = 86_400_000;
const T0 = '2026-01-05T10:00:00Z';
afterEach(disposeTestDatabases);

async function setup(kind: StoreKind) {
  const clock = new ManualClock(T0);
  const stores = await openTestStores(kind, { now: () => clock.now() });
  const logs = captureLogs();
  const sweeper = createRetentionSweeper({
    holders: stores.freeTextHolders,
    retentionDays: 90,
    clock,
    logger: logs.logger,
    afterPurge: () => stores.afterPurge(),
  });
  const file = stores.database.file;
  // SQLite: the bytes of the file and its WAL. (A server database's files are out of reach: the rows are checked.)
  const bytes = () => (file ? [file, `${file}-wal`].filter(existsSync).map((f) => readFileSync(f).toString('latin1')).join('') : '');
  return { stores, sql: rawSql(stores), clock, logs, sweeper, bytes, feedback: stores.feedback, audits: stores.auditRounds };
}

const round = (over: Partial<AuditRound> = {}): AuditRound => ({
  id: newRoundId(),
  ref: 'MACA-2026-01',
  closeDate: '2026-01-20',
  closesAt: new Date('2026-01-20T17:00:00Z'),
  createdAt: new Date(T0),
  createdBy: 'aad-chair',
  state: 'open',
  questionnaire: { version: 1, title: 'Reflection', intro: '', questions: [{ id: 'q', text: 'What went well?', required: true }], agencyTypes: [] } as never,
  startToken: `tok-${Math.random().toString(36).slice(2)}`,
  ...over,
});

describe.each(storeKinds())('feedback questions (%s)', (kind) => {
  it('are kept 90 days, then deleted: the vote stays, the text leaves the rows and the file', async () => {
    const s = await setup(kind);
    await s.feedback.record({ sectionId: 'lado#timescales', helpful: true, question: 'QUOKKA-FEEDBACK-7731 how fast', userKey: 'u1', at: s.clock.now() });
    s.clock.advance(89 * DAY);
    expect(await s.sweeper.sweep()).toBe(0);
    expect(await s.sql.get('select question from feedback')).toEqual({ question: 'QUOKKA-FEEDBACK-7731 how fast' });
    if (kind === 'sqlite') expect(s.bytes()).toContain('QUOKKA-FEEDBACK-7731'); // the check can see text that is there

    s.clock.advance(2 * DAY);
    expect(await s.sweeper.sweep()).toBe(1);
    expect(await s.sql.get('select question from feedback')).toEqual({ question: null });
    expect(await s.feedback.summary()).toEqual([{ sectionId: 'lado#timescales', helpful: 1, notHelpful: 0 }]);
    expect(s.bytes()).not.toContain('QUOKKA-FEEDBACK-7731');
    expect(s.logs.entries.find((e) => e.event === 'retention.purged')?.fields).toEqual({ holder: 'feedback.question', records: 1, retentionDays: 90 });
  });
});

describe.each(storeKinds())('audit answers and drafts (%s)', (kind) => {
  it('answers stay while the round is open and 90 days after it closes, then their text goes; the response is still counted', async () => {
    const s = await setup(kind);
    const r = round();
    await s.audits.create(r, [], []);
    await s.audits.saveResponse({ roundId: r.id, respondent: 'p1', answers: { q: 'QUOKKA-ANSWER-5512 supervision helped' }, updatedAt: s.clock.now() });
    // Open for longer than the retention period: still needed for the collation.
    s.clock.advance(100 * DAY);
    await s.sweeper.sweep();
    expect((await s.audits.response(r.id, 'p1'))?.answers).toEqual({ q: 'QUOKKA-ANSWER-5512 supervision helped' });

    await s.audits.close(r.id, s.clock.now(), 'schedule');
    s.clock.advance(89 * DAY);
    expect(await s.sweeper.sweep()).toBe(0);
    expect((await s.audits.response(r.id, 'p1'))?.answers.q).toContain('QUOKKA-ANSWER-5512');

    s.clock.advance(2 * DAY);
    expect(await s.sweeper.sweep()).toBe(1);
    expect((await s.audits.response(r.id, 'p1'))?.answers).toEqual({});
    expect(await s.audits.countResponses(r.id)).toBe(1);
    expect(s.bytes()).not.toContain('QUOKKA-ANSWER-5512');
  });

  it('a draft deleted when its round closes does not linger (in SQLite: secure_delete, WAL truncated)', async () => {
    const s = await setup(kind);
    const r = round();
    await s.audits.create(r, [], []);
    await s.audits.saveDraft({ roundId: r.id, respondent: 'p1', answers: { q: 'QUOKKA-DRAFT-9043 unfinished thoughts' }, updatedAt: s.clock.now() });
    await s.stores.afterPurge();
    if (kind === 'sqlite') expect(s.bytes()).toContain('QUOKKA-DRAFT-9043'); // the check can see text that is there
    await s.audits.close(r.id, s.clock.now(), 'schedule');
    expect(await s.audits.draft(r.id, 'p1')).toBeUndefined();
    expect(await s.sql.count('select count(*) from audit_drafts')).toBe(0);
    await s.stores.afterPurge();
    expect(s.bytes()).not.toContain('QUOKKA-DRAFT-9043');
  });

  it('a draft left untouched for the retention period is deleted by the sweep', async () => {
    const s = await setup(kind);
    const r = round();
    await s.audits.create(r, [], []);
    await s.audits.saveDraft({ roundId: r.id, respondent: 'p1', answers: { q: 'old words' }, updatedAt: s.clock.now() });
    s.clock.advance(91 * DAY);
    expect(await s.sweeper.sweep()).toBe(1);
    expect(await s.audits.draft(r.id, 'p1')).toBeUndefined();
  });
});

it('secure_delete is on for every SQLite connection the assistant opens', async () => {
  const { stores } = await setup('sqlite');
  if (!isSqliteStoreSet(stores)) throw new Error('expected SQLite stores');
  expect(await stores.withDb((db) => db.pragma('secure_delete', { simple: true }))).toBe(1);
});
