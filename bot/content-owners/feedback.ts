// Helpful / Not helpful votes on answers: what content owners read to see which sections help.
export interface FeedbackRecord {
  sectionId: string;
  helpful: boolean;
  question: string | null;
  userKey: string;
  at: Date;
}

export interface FeedbackStore {
  /** One vote per person per section: a second vote replaces the first. */
  record(feedback: FeedbackRecord): Promise<void>;
  summary(): Promise<Array<{ sectionId: string; helpful: number; notHelpful: number }>>;
}
