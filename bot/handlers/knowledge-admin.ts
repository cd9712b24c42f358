// `knowledge reload` for content owners, and the watcher (KNOWLEDGE_WATCH=true): publish edits without a
// restart. Publishing is bot/amendments/publish.ts; this file turns the command and the watch into calls to it.
import { RELOAD_FAILED_KIND, type Publisher } from '../amendments/publish.ts';
import { isContentOwner } from '../content-owners/owners.ts';
import { watchKnowledge } from '../knowledge/reload.ts';
import type { MessageKind } from '../scheduling/types.ts';
import type { Logger } from '../shared/log.ts';
import { buildNotContentOwnerCard, buildReloadedCard, buildReloadRejectedCard } from '../../cards/knowledge-reload.ts';
import type { Feature } from './types.ts';

export interface KnowledgeAdminDeps {
  publisher: Publisher;
  contentOwners: readonly string[];
  publicUrl: string;
  logger: Logger;
  /** Set when KNOWLEDGE_WATCH=true. */
  watchDir?: string;
}

export function createKnowledgeAdminFeature(deps: KnowledgeAdminDeps): Feature {
  let stopWatching: (() => void) | undefined;
  const inFlight = new Set<Promise<void>>();
  const { publish, onWatchedChange } = deps.publisher;

  const reloadFailedKind: MessageKind = {
    render: (m) => {
      const p = m.payload as { problems: string[]; documents: number; sections: number };
      return { card: buildReloadRejectedCard({ ...p, trigger: 'watch' }) };
    },
  };

  return {
    name: 'knowledge-admin',
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
          const { reload, sync } = await publish('command');
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
        // A failed publish (the database, say) is logged; the next save tries again.
        const publishWatched = () => {
          const publishing = onWatchedChange().catch((err: unknown) => deps.logger.error('knowledge.publish_failed', { err }));
          inFlight.add(publishing);
          void publishing.finally(() => inFlight.delete(publishing));
        };
        stopWatching = watchKnowledge(deps.watchDir, publishWatched, { logger: deps.logger });
        deps.logger.info('knowledge.watching', { dir: deps.watchDir });
      }
    },
    async stop() {
      stopWatching?.();
      // A publish under way finishes before the stores close under it.
      await Promise.all([...inFlight]);
    },
  };
}
