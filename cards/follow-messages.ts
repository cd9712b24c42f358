// "A section you follow has changed": the scheduled card the amendment log asks for after a reload, as the
// follower should read it when it is sent (sections unfollowed since are left out).
import type { AmendmentBatch } from '../bot/amendments/types.ts';
import type { MessageKind } from '../bot/scheduling/types.ts';
import { buildSectionChangedCard, type ChangedItem } from './follow.ts';

export interface SectionChangedDeps {
  batch(batchId: number): Promise<AmendmentBatch | undefined>;
  followed(userKey: string): Promise<Array<{ sectionId: string }>>;
  /** The section as it stands now, or undefined when it is gone. */
  describe(sectionId: string): { docTitle: string; heading: string; url: string } | undefined;
  publicUrl: string;
}

export function sectionChangedKind(deps: SectionChangedDeps): MessageKind {
  return {
    async render(message, context) {
      const { batchId, sectionIds } = message.payload as { batchId: number; sectionIds: string[] };
      const batch = await deps.batch(batchId);
      if (!batch || message.recipient.kind !== 'user') return null;
      const following = new Set((await deps.followed(message.recipient.userKey)).map((f) => f.sectionId));
      const items: ChangedItem[] = [];
      for (const sectionId of sectionIds) {
        const docId = sectionId.split('#')[0];
        const entry = batch.entries.find((e) => e.sectionId === sectionId) ?? batch.entries.find((e) => e.sectionId === null && e.docId === docId && e.kind === 'removed');
        if (!entry) continue;
        const now = deps.describe(sectionId);
        // Unfollowed between the change and this message: say nothing about it.
        if (now && !following.has(sectionId)) continue;
        items.push({
          sectionId,
          kind: now ? entry.kind : 'removed',
          docTitle: entry.docTitle,
          heading: entry.heading ?? now?.heading ?? sectionId.split('#')[1],
          url: now?.url,
          note: entry.changeNote ?? undefined,
          lastReviewed: entry.lastReviewed,
          followed: Boolean(now),
        });
      }
      if (items.length === 0) return null;
      return { card: buildSectionChangedCard({ items, whatsNewUrl: `${deps.publicUrl}/whats-new`, late: context.late }) };
    },
  };
}
