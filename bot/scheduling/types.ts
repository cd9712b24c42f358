// Scheduled messages (reminders): stored before anyone is told they are set, claimed atomically when due,
// sent once, and resumed after a restart. Domain code schedules; the dispatcher delivers.
import type { OutgoingMessage, Recipient } from '../shared/notifier.ts';

export interface ScheduleRequest {
  /** What kind of message, e.g. "lado.reminder": picks the renderer. */
  kind: string;
  /** The record it belongs to (a clock id, a round id), for cancelling. */
  subjectId: string;
  recipient: Recipient;
  dueAt: Date;
  /** Anything the renderer needs (no names, no free text). */
  payload: Record<string, unknown>;
}

export interface ScheduledMessage extends ScheduleRequest {
  id: number;
  attempts: number;
  /** Sends that failed for a passing reason so far. */
  failures: number;
  /** When the first of those failed (the retry budget runs from here). */
  firstFailedAt?: Date;
  /** An earlier send may have reached Teams (a crash or a broken connection mid-send): say so if sent again. */
  possibleRepeat: boolean;
}

export type ScheduledStatus = 'pending' | 'sending' | 'sent' | 'cancelled' | 'undeliverable';

export interface ScheduleStore {
  /** In the caller's transaction when there is one, so a record and its reminders commit together. */
  schedule(items: ScheduleRequest[]): Promise<void>;
  /** Cancels what is still pending for a subject (optionally only one kind). Returns how many. */
  cancel(subjectId: string, kind?: string): Promise<number>;
  /** Atomically marks up to `limit` due messages as taken by `claimToken` and returns them. */
  claimDue(now: Date, limit: number, claimToken: string): Promise<ScheduledMessage[]>;
  markSent(id: number, at: Date, late: boolean, activityId?: string, conversationId?: string): Promise<void>;
  markUndeliverable(id: number, at: Date, reason: string): Promise<void>;
  /** Just before the call to Teams: after a crash from here on, the message may have arrived. Also keeps the claim fresh. */
  markSending(id: number, at: Date): Promise<void>;
  /** A passing failure: back to pending until `nextAttemptAt`, the claim released. */
  retryLater(id: number, failure: { at: Date; nextAttemptAt: Date; detail: string; mayHaveArrived: boolean }): Promise<void>;
  /** A live dispatcher keeps its claims from looking abandoned while a long paced batch is sent. */
  refreshClaims(claimToken: string, at: Date): Promise<void>;
  markCancelled(id: number, at: Date): Promise<void>;
  /** Claims left by a process that died go back to pending (sent late rather than lost); one whose send
   * had started is marked a possible repeat. */
  requeueStale(olderThan: Date): Promise<number>;
  nextDueAt(): Promise<Date | undefined>;
  list(subjectId: string): Promise<Array<ScheduledMessage & { status: ScheduledStatus; sentAt?: string; late: boolean; activityId?: string; conversationId?: string }>>;
}

export interface RenderContext {
  /** True when the message is sent more than the grace period after it was due (e.g. after downtime). */
  late: boolean;
  now: Date;
  /** Why it is undeliverable (for `undeliverable`): Teams refused it for good, or it kept failing past the retry budget. */
  gaveUp?: 'permanent' | 'retry-budget' | 'no-conversation';
}

export interface MessageKind {
  /** The message as it should read now, or null when it no longer applies (then it is cancelled, not sent). */
  render(message: ScheduledMessage, context: RenderContext): Promise<OutgoingMessage | null> | OutgoingMessage | null;
  /** The recipient cannot be reached (never installed the bot): tell someone who can act, never drop silently. */
  undeliverable?(message: ScheduledMessage, context: RenderContext): Promise<void>;
  /** After a successful send, e.g. to remember the activity id for later card updates. */
  sent?(message: ScheduledMessage, delivery: { activityId?: string; conversationId: string }): Promise<void> | void;
}
