// Helpful / Not helpful votes in PostgreSQL.
import type { FeedbackRecord, FeedbackStore } from '../../content-owners/feedback.ts';
import { pseudonym } from '../../shared/hash.ts';
import type { FreeTextHolder } from '../../shared/retention.ts';
import type { PgDatabase } from './connection.ts';

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
