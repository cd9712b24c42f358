// Questions asked (counts always, words only when allowed) and the feedback votes, for the content owners' insights.
import type { FeedbackRecord, FeedbackStore } from '../../content-owners/feedback.ts';
import type { AskedRecord, FeedbackRow, QuestionLogStore } from '../../content-owners/types.ts';
import { pseudonym } from '../../shared/hash.ts';
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

/** One vote per person per section, keyed by a salted hash of the person (never the key itself). */
export function createPostgresFeedbackStore(db: PgDatabase, salt: string): FeedbackStore {
  return {
    async record(f: FeedbackRecord) {
      await db.run(
        `insert into feedback (section_id, helpful, question, user_hash, created_at) values ($1, $2, $3, $4, $5)
         on conflict (section_id, user_hash) do update set helpful = excluded.helpful, question = excluded.question, created_at = excluded.created_at`,
        [f.sectionId, f.helpful ? 1 : 0, f.question, pseudonym(salt, f.userKey), f.at],
      );
    },
    summary: () =>
      db.query<{ sectionId: string; helpful: number; notHelpful: number }>(
        `select section_id as "sectionId", sum(helpful) as helpful, sum(1 - helpful) as "notHelpful" from feedback group by section_id order by section_id collate "C"`,
      ),
  };
}

/** The question typed before a vote is deleted after the retention period; the vote itself stays. */
export function postgresFeedbackQuestionRetention(db: PgDatabase): FreeTextHolder {
  return { name: 'feedback.question', purgeFreeTextBefore: (cutoff) => db.run('update feedback set question = null where question is not null and created_at < $1', [cutoff]) };
}
