import type { Db } from './database.ts';
import { gated, type SqliteGate } from './sqlite-session.ts';
import type { FeedbackRecord, FeedbackStore } from '../content-owners/feedback.ts';
import { pseudonym } from '../shared/hash.ts';
import type { FreeTextHolder } from '../shared/retention.ts';

export function createSqliteFeedbackStore(db: Db, gate: SqliteGate, salt: string): FeedbackStore {
  const upsert = db.prepare(
    `insert into feedback (section_id, helpful, question, user_hash, created_at) values (?, ?, ?, ?, ?)
     on conflict (section_id, user_hash) do update set helpful = excluded.helpful, question = excluded.question, created_at = excluded.created_at`,
  );
  const summary = db.prepare(
    `select section_id as sectionId, sum(helpful) as helpful, sum(1 - helpful) as notHelpful from feedback group by section_id order by section_id`,
  );
  return gated<FeedbackStore>(gate, {
    record: (f: FeedbackRecord) => {
      upsert.run(f.sectionId, f.helpful ? 1 : 0, f.question, pseudonym(salt, f.userKey), f.at.toISOString());
    },
    summary: () => summary.all() as Array<{ sectionId: string; helpful: number; notHelpful: number }>,
  });
}

/** The question typed before a vote is deleted after the retention period; the vote itself stays. */
export function feedbackQuestionRetention(db: Db, gate: SqliteGate): FreeTextHolder {
  const purge = db.prepare('update feedback set question = null where question is not null and created_at < ?');
  return { name: 'feedback.question', purgeFreeTextBefore: (cutoff) => gate.run(() => purge.run(cutoff.toISOString()).changes) };
}
