// Questions asked (counts always, words only when allowed) and the votes cast, for the content owners' insights.
import type { AskedRecord, FeedbackRow, QuestionLogStore } from '../../content-owners/types.ts';
import type { FreeTextHolder } from '../../shared/retention.ts';
import type { PgDatabase } from './connection.ts';

export function createPostgresQuestionLog(db: PgDatabase): QuestionLogStore {
  return {
    async record(r) {
      await db.run('insert into question_log (at, outcome, area, shown, question) values ($1, $2, $3, $4, $5)', [r.at, r.outcome, r.area, r.shown.join(','), r.question]);
    },
    async between(from, to) {
      const rows = await db.query<{ at: Date; outcome: AskedRecord['outcome']; area: string | null; shown: string; question: string | null }>(
        'select at, outcome, area, shown, question from question_log where at >= $1 and at < $2 order by at, id',
        [from, to],
      );
      return rows.map((r) => ({ at: r.at, outcome: r.outcome, area: r.area, shown: r.shown ? r.shown.split(',') : [], question: r.question }));
    },
    async feedbackBetween(from, to) {
      const rows = await db.query<{ section_id: string; helpful: number; question: string | null; created_at: Date }>(
        'select section_id, helpful, question, created_at from feedback where created_at >= $1 and created_at < $2 order by created_at, id',
        [from, to],
      );
      return rows.map((r): FeedbackRow => ({ sectionId: r.section_id, helpful: r.helpful === 1, question: r.question, at: r.created_at }));
    },
    purgeOlderThan: (cutoff) => db.run('update question_log set question = null where at < $1 and question is not null', [cutoff]),
  };
}

/** The words of logged questions, for the retention sweep; the counts stay. */
export function postgresQuestionLogRetention(log: QuestionLogStore): FreeTextHolder {
  return { name: 'question_log.question', purgeFreeTextBefore: (cutoff) => log.purgeOlderThan(cutoff) };
}
