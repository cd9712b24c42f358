// `knowledge reload` for content owners, and the watcher (KNOWLEDGE_WATCH=true): publish edits without a
// restart. The checking and swapping live in bot/knowledge/reload.ts; the change log in bot/amendments/.
import type { AmendmentLog, SyncResult } from '../amendments/service.ts';
import { isContentOwner } from '../content-owners/owners.ts';
import type { Reloader, ReloadResult } from '../knowledge/reload.ts';
import { watchKnowledge } from '../knowledge/reload.ts';
import type { MessageKind, ScheduleStore } from '../scheduling/types.ts';
import type { Clock } from '../shared/clock.ts';
import type { Logger } from '../shared/log.ts';
import { buildNotContentOwnerCard, buildReloadedCard, buildReloadRejectedCard } from '../../cards/knowledge-reload.ts';
import type { Feature } from './types.ts';

export const RELOAD_FAILED_KIND = 'knowledge.reload_failed';

export interface KnowledgeAdminDeps {
  reloader: Reloader;
  amendments: AmendmentLog;
  schedule: ScheduleStore;
  contentOwners: readonly string[];
  publicUrl: string;
  clock: Clock;
  logger: Logger;
  /** Set when KNOWLEDGE_WATCH=true. */
  watchDir?: string;
  wakeDispatcher(): void;
}

export interface Published {
  reload: ReloadResult;
  sync?: SyncResult;
}

export function createKnowledgeAdminFeature(deps: KnowledgeAdminDeps): Feature & { publish(trigger: 'command' | 'watch'): Published } {
  let stopWatching: (() => void) | undefined;
  let lastRejected = '';

  function publish(trigger: 'command' | 'watch'): Published {
    const reload = deps.reloader.reload(trigger);
    if (!reload.ok) return { reload };
    lastRejected = '';
    const sync = deps.amendments.sync(reload.current.knowledge.docs);
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
  function onWatchedChange() {
    const { reload } = publish('watch');
    if (reload.ok) return;
    const signature = reload.problems.join('\n');
    if (signature === lastRejected) return;
    lastRejected = signature;
    const now = deps.clock.now();
    deps.schedule.schedule(
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

  const reloadFailedKind: MessageKind = {
    render: (m) => {
      const p = m.payload as { problems: string[]; documents: number; sections: number };
      return { card: buildReloadRejectedCard({ ...p, trigger: 'watch' }) };
    },
  };

  return {
    name: 'knowledge-admin',
    publish,
    commands: [
      {
        name: 'knowledge reload',
        description: 'For content owners: check the knowledge files and publish them without a restart',
        aliases: ['reload knowledge'],
        listed: false,
        async run({ actor }) {
          if (!isContentOwner(deps.contentOwners, actor)) {
            deps.logger.warn('knowledge.reload_refused', { reason: 'not-content-owner' });
            return [{ card: buildNotContentOwnerCard() }];
          }
          const { reload, sync } = publish('command');
          if (!reload.ok) return [{ card: buildReloadRejectedCard({ ...reload, trigger: 'command' }) }];
          const count = (k: string) => sync!.entries.filter((e) => e.kind === k).length;
          // Contacts, LADO rules and the questionnaire are read by features at start-up.
          const profileChanged = JSON.stringify(reload.previous.knowledge.partnership) !== JSON.stringify(reload.current.knowledge.partnership);
          return [
            {
              card: buildReloadedCard(
                { documents: reload.documents, sections: reload.sections, added: count('added'), changed: count('changed'), removed: count('removed'), followersTold: sync!.notified, profileChanged },
                `${deps.publicUrl}/whats-new`,
              ),
            },
          ];
        },
      },
    ],
    messageKinds: { [RELOAD_FAILED_KIND]: reloadFailedKind },
    start() {
      if (deps.watchDir) {
        stopWatching = watchKnowledge(deps.watchDir, onWatchedChange, { logger: deps.logger });
        deps.logger.info('knowledge.watching', { dir: deps.watchDir });
      }
    },
    async stop() {
      stopWatching?.();
    },
  };
}
