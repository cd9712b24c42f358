// What is kept of each question asked in Teams, for the content owners' insights: counts always; the words
// only when the question was not answered confidently and holds no personal data. The one retention sweep
// (bot/shared/retention.ts) deletes the words later, like all free text.
import type { AnswerHit } from '../knowledge/answer.ts';
import { findPersonalData } from '../safety/personal-data.ts';
import type { Clock } from '../shared/clock.ts';
import type { Logger } from '../shared/log.ts';
import type { QuestionLogStore } from './types.ts';

export interface AskedEvent {
  question: string;
  confidence: 'high' | 'low' | 'none';
  /** Sections shown, best first. */
  shown: AnswerHit[];
  personalData: boolean;
}

const MAX_STORED_CHARS = 300;

export function createQuestionRecorder(deps: { store: QuestionLogStore; clock: Clock; logger: Logger }): (event: AskedEvent) => void {
  return (event) => {
    const confident = event.confidence === 'high';
    const text = event.question.trim().slice(0, MAX_STORED_CHARS);
    // Words only where they help (not answered confidently) and only without personal data.
    const keep = !confident && text && !event.personalData && findPersonalData(text).length === 0;
    // Not awaited: insights must never delay or cost a practitioner their answer; a failed write is logged.
    const failed = (err: unknown) => deps.logger.error('insights.record_failed', { err });
    try {
      deps.store
        .record({
          at: deps.clock.now(),
          outcome: confident ? 'answered' : 'not-sure',
          area: event.shown[0]?.doc.area ?? null,
          shown: event.shown.map((h) => h.section.id),
          question: keep ? text : null,
        })
        .catch(failed);
    } catch (err) {
      failed(err);
    }
  };
}
