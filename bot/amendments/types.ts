// What changed in the knowledge between two loads, and who asked to be told. Plain types: no SQL, no Teams.
export type ChangeKind = 'added' | 'changed' | 'removed';

/** The content as it was last recorded: a hash per document (front matter) and per section (heading + body). */
export interface Snapshot {
  docs: Map<string, { hash: string; title: string; lastReviewed: string }>;
  sections: Map<string, { docId: string; hash: string; heading: string }>;
}

export interface AmendmentEntry {
  kind: ChangeKind;
  docId: string;
  /** Null for a document-level entry (a whole document added or removed, or only its front matter changed). */
  sectionId: string | null;
  docTitle: string;
  heading: string | null;
  lastReviewed: string | null;
  changeNote: string | null;
}

export interface AmendmentBatch {
  id: number;
  at: Date;
  /** The first load on an empty log: recorded so later changes have something to compare with, not listed as news. */
  baseline: boolean;
  entries: AmendmentEntry[];
}

export interface AmendmentStore {
  /**
   * Runs `fn` in one transaction, so the snapshot, the log and follower cards commit together. Calls to any
   * store of the same StoreSet made inside `fn` (awaited, in its async context) join the transaction; calls from
   * elsewhere wait for it (SQLite) or run beside it (PostgreSQL).
   */
  transaction<T>(fn: () => Promise<T>): Promise<T>;
  snapshot(): Promise<Snapshot | undefined>;
  /** Replaces the stored snapshot and appends one batch; returns its id. */
  record(snapshot: Snapshot, at: Date, baseline: boolean, entries: AmendmentEntry[]): Promise<number>;
  /** Batches with entries, newest first (baselines left out). */
  recent(limit: number): Promise<AmendmentBatch[]>;
  batch(id: number): Promise<AmendmentBatch | undefined>;
  /** Sections added or changed at or after `since`, with the latest time each changed. */
  sectionsChangedSince(since: Date): Promise<Map<string, Date>>;
}

export interface FollowStore {
  /** True when this is a new follow (false when they already followed it). */
  follow(userKey: string, sectionId: string, at: Date): Promise<boolean>;
  unfollow(userKey: string, sectionId: string): Promise<boolean>;
  list(userKey: string): Promise<Array<{ sectionId: string; since: Date }>>;
  followersOf(sectionIds: readonly string[]): Promise<Array<{ userKey: string; sectionId: string }>>;
  /** Follows of sections that no longer exist are dropped once their followers have been told. */
  removeSections(sectionIds: readonly string[]): Promise<void>;
}
