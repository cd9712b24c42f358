// Publishing edited knowledge without a restart: check and swap (bot/knowledge/reload.ts), log what changed
// and tell followers (the amendment log), and on a broken save while watching, tell every content owner once.
import type { Reloader, ReloadResult } from '../knowledge/reload.ts';
import type { ScheduleStore } from '../scheduling/types.ts';
import type { Clock } from '../shared/clock.ts';
import type { Logger } from '../shared/log.ts';
import type { AmendmentLog, SyncResult } from './service.ts';

export const RELOAD_FAILED_KIND = 'knowledge.reload_failed';

export interface PublisherDeps {
  reloader: Reloader;
  amendments: AmendmentLog;
  schedule: ScheduleStore;
  contentOwners: readonly string[];
  clock: Clock;
  logger: Logger;
  wakeDispatcher(): void;
}

export interface Published {
  reload: ReloadResult;
  sync?: SyncResult;
}

export function createPublisher(deps: PublisherDeps) {
  let lastRejected = '';
  async function publish(trigger: 'command' | 'watch'): Promise<Published> {
    const reload = deps.reloader.reload(trigger);
    if (!reload.ok) return { reload };
    lastRejected = '';
    const sync = await deps.amendments.sync(reload.current.knowledge.docs);
    const count = (k: string) => sync.entries.filter((e) => e.kind === k).length;
    deps.logger.info('knowledge.published', {
      trigger,
      documents: reload.documents,
      sections: reload.sections,
      added: count('added'),
      changed: count('changed'),
      removed: count('removed'),
      followersTold: sync.notified,
    });
    if (sync.notified) deps.wakeDispatcher();
    return { reload, sync };
  }

  /** A broken save while watching: every owner gets the problems once (not again for the same problems). */
  async function onWatchedChange() {
    const { reload } = await publish('watch');
    if (reload.ok) return;
    const signature = reload.problems.join('\n');
    if (signature === lastRejected) return;
    lastRejected = signature;
    const now = deps.clock.now();
    await deps.schedule.schedule(
      deps.contentOwners.map((userKey) => ({
        kind: RELOAD_FAILED_KIND,
        subjectId: 'knowledge-reload',
        recipient: { kind: 'user' as const, userKey },
        dueAt: now,
        payload: { problems: reload.problems.slice(0, 50), documents: reload.documents, sections: reload.sections },
      })),
    );
    deps.wakeDispatcher();
  }

  return { publish, onWatchedChange };
}

export type Publisher = ReturnType<typeof createPublisher>;
