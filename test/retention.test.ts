// Free text is kept FREE_TEXT_RETENTION_DAYS and then deleted, from the rows and from the file: a real SQLite
// file, the stores' own APIs, a manual clock, and the bytes of assistant.db and its -wal read afterwards.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkpointAndTruncate, openDatabase } from '../bot/storage/database.ts';
import { allMigrations } from '../bot/storage/schema.ts';
import { createSqliteFeedbackStore, feedbackQuestionRetention } from '../bot/storage/sqlite-feedback.ts';
import { auditTextRetention, createSqliteAuditRoundStore } from '../bot/storage/sqlite-audit-rounds.ts';
import { createSqliteScheduleStore } from '../bot/storage/sqlite-schedule.ts';
import { newRoundId } from '../bot/audits/service.ts';
import type { AuditRound } from '../bot/audits/types.ts';
import { ManualClock } from '../bot/shared/clock.ts';
import { createRetentionSweeper } from '../bot/shared/retention.ts';
import { captureLogs } from './support/log-capture.ts';

const DAY = 86_400_000;
const T0 = '2026-01-05T10:00:00Z';
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'sa-retention-'));
  dirs.push(dir);
  const file = join(dir, 'assistant.db');
  const db = openDatabase(file, allMigrations);
  const clock = new ManualClock(T0);
  const logs = captureLogs();
  const sweeper = createRetentionSweeper({
    holders: [feedbackQuestionRetention(db), auditTextRetention(db)],
    retentionDays: 90,
    clock,
    logger: logs.logger,
    afterPurge: () => checkpointAndTruncate(db),
  });
  const schedule = createSqliteScheduleStore(db);
  const bytes = () => [file, `${file}-wal`].filter(existsSync).map((f) => readFileSync(f).toString('latin1')).join('');
  return { db, file, clock, logs, sweeper, bytes, feedback: createSqliteFeedbackStore(db, 'salt'), audits: createSqliteAuditRoundStore(db, schedule) };
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

describe('feedback questions', () => {
  it('are kept 90 days, then deleted: the vote stays, the text leaves the rows and the file', () => {
    const s = setup();
    s.feedback.record({ sectionId: 'lado#timescales', helpful: true, question: 'QUOKKA-FEEDBACK-7731 how fast', userKey: 'u1', at: s.clock.now() });
    s.clock.advance(89 * DAY);
    expect(s.sweeper.sweep()).toBe(0);
    expect(s.db.prepare('select question from feedback').pluck().get()).toBe('QUOKKA-FEEDBACK-7731 how fast');

    s.clock.advance(2 * DAY);
    expect(s.sweeper.sweep()).toBe(1);
    expect(s.db.prepare('select question from feedback').pluck().get()).toBeNull();
    expect(s.feedback.summary()).toEqual([{ sectionId: 'lado#timescales', helpful: 1, notHelpful: 0 }]);
    expect(s.bytes()).not.toContain('QUOKKA-FEEDBACK-7731');
    expect(s.logs.entries.find((e) => e.event === 'retention.purged')?.fields).toEqual({ holder: 'feedback.question', records: 1, retentionDays: 90 });
  });
});

describe('audit answers and drafts', () => {
  it('answers stay while the round is open and 90 days after it closes, then their text goes; the response is still counted', () => {
    const s = setup();
    const r = round();
    s.audits.create(r, [], []);
    s.audits.saveResponse({ roundId: r.id, respondent: 'p1', answers: { q: 'QUOKKA-ANSWER-5512 supervision helped' }, updatedAt: s.clock.now() });
    // Open for longer than the retention period: still needed for the collation.
    s.clock.advance(100 * DAY);
    s.sweeper.sweep();
    expect(s.audits.response(r.id, 'p1')?.answers).toEqual({ q: 'QUOKKA-ANSWER-5512 supervision helped' });

    s.audits.close(r.id, s.clock.now(), 'schedule');
    s.clock.advance(89 * DAY);
    expect(s.sweeper.sweep()).toBe(0);
    expect(s.audits.response(r.id, 'p1')?.answers.q).toContain('QUOKKA-ANSWER-5512');

    s.clock.advance(2 * DAY);
    expect(s.sweeper.sweep()).toBe(1);
    expect(s.audits.response(r.id, 'p1')?.answers).toEqual({});
    expect(s.audits.countResponses(r.id)).toBe(1);
    expect(s.bytes()).not.toContain('QUOKKA-ANSWER-5512');
  });

  it('a draft deleted when its round closes does not linger in the file (secure_delete, WAL truncated by the sweep)', () => {
    const s = setup();
    const r = round();
    s.audits.create(r, [], []);
    s.audits.saveDraft({ roundId: r.id, respondent: 'p1', answers: { q: 'QUOKKA-DRAFT-9043 unfinished thoughts' }, updatedAt: s.clock.now() });
    checkpointAndTruncate(s.db);
    expect(s.bytes()).toContain('QUOKKA-DRAFT-9043'); // the check can see text that is there
    s.audits.close(r.id, s.clock.now(), 'schedule');
    expect(s.audits.draft(r.id, 'p1')).toBeUndefined();
    checkpointAndTruncate(s.db);
    expect(s.bytes()).not.toContain('QUOKKA-DRAFT-9043');
  });

  it('a draft left untouched for the retention period is deleted by the sweep', () => {
    const s = setup();
    const r = round();
    s.audits.create(r, [], []);
    s.audits.saveDraft({ roundId: r.id, respondent: 'p1', answers: { q: 'old words' }, updatedAt: s.clock.now() });
    s.clock.advance(91 * DAY);
    expect(s.sweeper.sweep()).toBe(1);
    expect(s.audits.draft(r.id, 'p1')).toBeUndefined();
  });
});

it('secure_delete is on for every connection the assistant opens', () => {
  const s = setup();
  expect(s.db.pragma('secure_delete', { simple: true })).toBe(1);
});
