// Every store the assistant keeps records in, from one database: SQLite under DATA_DIR (the embedded default)
// or PostgreSQL (DATABASE_URL, several instances on one database). Both implement these same interfaces and
// pass the same store suite; nothing above storage knows which one it has.
import type { AmendmentStore, FollowStore } from '../amendments/types.ts';
import type { AuditRoundStore } from '../audits/types.ts';
import type { FeedbackStore } from '../content-owners/feedback.ts';
import type { QuestionLogStore } from '../content-owners/types.ts';
import type { ReferralClockStore } from '../lado/types.ts';
import type { ScheduleStore } from '../scheduling/types.ts';
import type { ConversationReferenceStore } from '../shared/conversation-references.ts';
import type { FreeTextHolder } from '../shared/retention.ts';

export type StoreKind = 'sqlite' | 'postgres';

export interface StoreSet {
  readonly kind: StoreKind;
  references: ConversationReferenceStore;
  schedule: ScheduleStore;
  referralClocks: ReferralClockStore;
  auditRounds: AuditRoundStore;
  amendments: AmendmentStore;
  follows: FollowStore;
  questionLog: QuestionLogStore;
  /** Helpful / Not helpful votes; user keys are kept only as salted hashes. */
  feedback: FeedbackStore;
  /** A value made once and kept for good (salts, pseudonym keys): the same for every instance on the database. */
  secret(key: string): Promise<string>;
  /** Every store that keeps free text, for the retention sweep. */
  freeTextHolders: readonly FreeTextHolder[];
  /** After a retention sweep deleted text: make sure it leaves the files too (SQLite: WAL checkpoint). */
  afterPurge(): Promise<void>;
  /**
   * Called when any instance on the same database scheduled messages (PostgreSQL: LISTEN/NOTIFY), so this
   * instance's dispatcher wakes at once. Returns a function that stops listening.
   */
  onScheduled(listener: () => void): () => void;
  /** True while the database answers (for the readiness endpoint). */
  healthy(): Promise<boolean>;
  close(): Promise<void>;
}
