// The amendments log: after each load, compare the live content with what was last recorded, log what
// changed, and schedule one card for each person following a section that changed — all in one transaction.
import type { KnowledgeDoc } from '../knowledge/types.ts';
import type { ScheduleStore } from '../scheduling/types.ts';
import type { Clock } from '../shared/clock.ts';
import { diffSnapshots, snapshotOf, touchedSections } from './diff.ts';
import type { AmendmentEntry, AmendmentStore, FollowStore } from './types.ts';

export const FOLLOW_KIND = 'follow.changed';
/** An answer from a section changed this recently is marked "updated". */
export const UPDATED_DAYS = 30;

export interface SyncResult {
  batchId?: number;
  baseline: boolean;
  entries: AmendmentEntry[];
  /** Cards scheduled for followers. */
  notified: number;
}

export interface AmendmentLogDeps {
  store: AmendmentStore;
  follows: FollowStore;
  schedule: ScheduleStore;
  clock: Clock;
  /** A background cache refresh failed (logged by the caller; the cache stays as it was). */
  onError?(err: unknown): void;
}

export interface AmendmentLog {
  sync(docs: readonly KnowledgeDoc[]): Promise<SyncResult>;
  /** When this section was last added or changed, if within UPDATED_DAYS (from a cache: read on every answer). */
  recentlyUpdated(sectionId: string): Date | undefined;
}

const CACHE_MS = 5 * 60_000;

export function createAmendmentLog(deps: AmendmentLogDeps): AmendmentLog {
  // Read on every answer, so kept in memory; refreshed after each sync and every few minutes (another process may sync).
  let recent = new Map<string, Date>();
  let cachedAt = -Infinity;
  let refreshing: Promise<void> | undefined;
  const refresh = async () => {
    const now = deps.clock.now().getTime();
    recent = await deps.store.sectionsChangedSince(new Date(now - UPDATED_DAYS * 86_400_000));
    cachedAt = now;
  };
  // A stale cache is refreshed in the background: the answer in hand uses what is cached (a cache only).
  const refreshSoon = () => {
    refreshing ??= refresh()
      .catch((err) => deps.onError?.(err))
      .finally(() => (refreshing = undefined));
  };

  return {
    async sync(docs) {
      const at = deps.clock.now();
      const next = snapshotOf(docs);
      const result = await deps.store.transaction(async (): Promise<SyncResult> => {
        const previous = await deps.store.snapshot();
        if (!previous) {
          // First load on an empty log: remember the content without announcing every section as new.
          return { batchId: await deps.store.record(next, at, true, []), baseline: true, entries: [], notified: 0 };
        }
        const entries = diffSnapshots(previous, next, docs);
        if (entries.length === 0) return { baseline: false, entries, notified: 0 };
        const batchId = await deps.store.record(next, at, false, entries);
        const touched = touchedSections(entries, previous);
        const byFollower = new Map<string, string[]>();
        for (const f of await deps.follows.followersOf(touched)) byFollower.set(f.userKey, [...(byFollower.get(f.userKey) ?? []), f.sectionId]);
        await deps.schedule.schedule(
          [...byFollower].map(([userKey, sectionIds]) => ({
            kind: FOLLOW_KIND,
            subjectId: `amendments:${batchId}`,
            recipient: { kind: 'user' as const, userKey },
            dueAt: at,
            payload: { batchId, sectionIds },
          })),
        );
        await deps.follows.removeSections(touched.filter((id) => !next.sections.has(id)));
        return { batchId, baseline: false, entries, notified: byFollower.size };
      });
      await refresh();
      return result;
    },
    recentlyUpdated(sectionId) {
      if (deps.clock.now().getTime() - cachedAt > CACHE_MS) refreshSoon();
      return recent.get(sectionId);
    },
  };
}
