// The knowledge that is live now. A reload replaces `current` in one assignment; everything that answers
// reads it through liveEngine(), so web pages, the tab, /api/search and the bot all see the new content at once.
import type { AnswerEngine } from './answer.ts';
import type { KnowledgeBase } from './load.ts';
import type { DangerDetector } from '../safety/immediate-danger.ts';

export interface LiveKnowledge {
  readonly knowledge: KnowledgeBase;
  readonly engine: AnswerEngine;
}

export interface KnowledgeHolder {
  current: LiveKnowledge;
}

export function createKnowledgeHolder(knowledge: KnowledgeBase, engine: AnswerEngine): KnowledgeHolder {
  return { current: { knowledge, engine } };
}

/**
 * An AnswerEngine that forwards to whatever is live. Answering is synchronous, so a question that has
 * started is answered wholly by the engine it started on: a swap can only land between two questions.
 */
export function liveEngine(holder: KnowledgeHolder): AnswerEngine {
  return {
    answer: (question, options) => holder.current.engine.answer(question, options),
    section: (id) => holder.current.engine.section(id),
    doc: (id) => holder.current.engine.doc(id),
    get docs() {
      return holder.current.engine.docs;
    },
    get sectionCount() {
      return holder.current.engine.sectionCount;
    },
  };
}

/** The immediate-danger words are content too: a reload that adds some is recognised from the next message. */
export function liveDanger(holder: KnowledgeHolder): DangerDetector {
  return { assess: (text) => holder.current.knowledge.immediateDanger.assess(text) };
}
