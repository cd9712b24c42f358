// What the insights are built from. Counts always; a question's words only when the personal-data check
// passed when it was asked, and only for the retention period (purgeOlderThan removes them after).
export type AskOutcome = 'answered' | 'not-sure' | 'clarify';

export interface AskedRecord {
  at: Date;
  outcome: AskOutcome;
  /** Area of the first section shown, if any. */
  area: string | null;
  /** Section ids shown, best first. */
  shown: string[];
  /** Null unless the question was not answered confidently and held no personal data. */
  question: string | null;
}

export interface FeedbackRow {
  sectionId: string;
  helpful: boolean;
  question: string | null;
  at: Date;
}

export interface QuestionLogStore {
  record(r: AskedRecord): Promise<void>;
  /** Questions asked in [from, to). */
  between(from: Date, to: Date): Promise<AskedRecord[]>;
  /** Helpful / Not helpful votes cast in [from, to). */
  feedbackBetween(from: Date, to: Date): Promise<FeedbackRow[]>;
  /** Removes the words of questions asked before `cutoff`; the counts stay. Returns how many were cleared. */
  purgeOlderThan(cutoff: Date): Promise<number>;
}
