import type { Db } from './database.ts';
import { gated, type SqliteGate } from './sqlite-session.ts';
import type { AskedRecord, FeedbackRow, QuestionLogStore } from '../content-owners/types.ts';
import type { FreeTextHolder } from '../shared/retention.ts';

export function createSqliteQuestionLog(db: Db, gate: SqliteGate): QuestionLogStore {
  const insert = db.prepare('insert into question_log (at, outcome, area, shown, question) values (?, ?, ?, ?, ?)');
  const between = db.prepare('select at, outcome, area, shown, question from question_log where at >= ? and at < ? order by at');
  const feedback = db.prepare('select section_id, helpful, question, created_at from feedback where created_at >= ? and created_at < ? order by created_at');
  const purge = db.prepare('update question_log set question = null where at < ? and question is not null');
  return gated<QuestionLogStore>(gate, {
    record(r) {
      insert.run(r.at.getTime(), r.outcome, r.area, r.shown.join(','), r.question);
    },
    between(from, to) {
      const rows = between.all(from.getTime(), to.getTime()) as Array<{ at: number; outcome: AskedRecord['outcome']; area: string | null; shown: string; question: string | null }>;
      return rows.map((r) => ({ at: new Date(r.at), outcome: r.outcome, area: r.area, shown: r.shown ? r.shown.split(',') : [], question: r.question }));
    },
    feedbackBetween(from, to) {
      const rows = feedback.all(from.toISOString(), to.toISOString()) as Array<{ section_id: string; helpful: number; question: string | null; created_at: string }>;
      return rows.map((r): FeedbackRow => ({ sectionId: r.section_id, helpful: r.helpful === 1, question: r.question, at: new Date(r.created_at) }));
    },
    purgeOlderThan: (cutoff) => purge.run(cutoff.getTime()).changes,
  });
}

/** The words of logged questions, for the retention sweep; the counts stay. */
export function questionLogRetention(log: QuestionLogStore): FreeTextHolder {
  return { name: 'question_log.question', purgeFreeTextBefore: (cutoff) => log.purgeOlderThan(cutoff) };
}
