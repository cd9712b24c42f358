// Publishing without a restart: load and check the knowledge folder, and only when it is valid swap the new
// engine in. A broken edit leaves the old knowledge live and returns every problem for the content owner.
import { watch, type FSWatcher } from 'node:fs';
import type { Logger } from '../shared/log.ts';
import type { AnswerEngine } from './answer.ts';
import type { KnowledgeBase } from './load.ts';
import type { KnowledgeHolder, LiveKnowledge } from './live.ts';
import { KnowledgeError } from '../partnership/profile.ts';

export type ReloadResult =
  | { ok: true; documents: number; sections: number; ms: number; previous: LiveKnowledge; current: LiveKnowledge }
  | { ok: false; problems: string[]; documents: number; sections: number };

export interface ReloaderDeps {
  holder: KnowledgeHolder;
  load(): KnowledgeBase;
  build(knowledge: KnowledgeBase): AnswerEngine;
  logger: Logger;
}

export interface Reloader {
  reload(trigger: 'command' | 'watch'): ReloadResult;
}

export function createReloader(deps: ReloaderDeps): Reloader {
  return {
    reload(trigger) {
      const started = performance.now();
      const previous = deps.holder.current;
      let next: LiveKnowledge;
      try {
        const knowledge = deps.load();
        next = { knowledge, engine: deps.build(knowledge) };
      } catch (err) {
        const problems = err instanceof KnowledgeError ? err.problems : ['knowledge: the files could not be read; the details are in the log'];
        if (!(err instanceof KnowledgeError)) deps.logger.error('knowledge.reload_failed', { trigger, err });
        deps.logger.warn('knowledge.reload_rejected', { trigger, problems: problems.length, documents: previous.knowledge.docs.length, sections: previous.engine.sectionCount });
        return { ok: false, problems, documents: previous.knowledge.docs.length, sections: previous.engine.sectionCount };
      }
      deps.holder.current = next;
      const ms = Math.round(performance.now() - started);
      deps.logger.info('knowledge.reloaded', { trigger, documents: next.knowledge.docs.length, sections: next.engine.sectionCount, ms });
      return { ok: true, documents: next.knowledge.docs.length, sections: next.engine.sectionCount, ms, previous, current: next };
    },
  };
}

/**
 * Reloads when anything under the folder changes, once the edits have settled (an editor saves several files,
 * or one file in several writes). Returns a stop function.
 */
export function watchKnowledge(dir: string, onSettled: () => void, options: { debounceMs?: number; logger: Logger }): () => void {
  const wait = options.debounceMs ?? 750;
  let timer: NodeJS.Timeout | undefined;
  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(dir, { recursive: true, persistent: false }, () => {
      clearTimeout(timer);
      timer = setTimeout(onSettled, wait);
      timer.unref?.();
    });
    watcher.on('error', (err) => options.logger.error('knowledge.watch_failed', { err }));
  } catch (err) {
    options.logger.error('knowledge.watch_failed', { err });
  }
  return () => {
    clearTimeout(timer);
    watcher?.close();
  };
}
