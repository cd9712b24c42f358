// "Tell me when this changes" under every answer, "my followed sections", and the one card a follower gets
// when a content owner changes or removes a section they follow (scheduled by bot/amendments/service.ts).
import type { AmendmentStore, FollowStore } from '../amendments/types.ts';
import { FOLLOW_KIND } from '../amendments/service.ts';
import type { AnswerEngine } from '../knowledge/answer.ts';
import type { Clock } from '../shared/clock.ts';
import { sectionUrl } from '../../cards/links.ts';
import { buildNoticeCard } from '../../cards/notice.ts';
import { buildFollowedListCard, buildFollowingCard, buildUnfollowedCard, FOLLOW_VERBS } from '../../cards/follow.ts';
import { sectionChangedKind } from '../../cards/follow-messages.ts';
import type { Feature, Reply } from './types.ts';

export interface FollowDeps {
  engine: AnswerEngine;
  follows: FollowStore;
  amendments: AmendmentStore;
  publicUrl: string;
  clock: Clock;
}

const SECTION_ID = /^[a-z0-9-]{1,120}#[a-z0-9-]{1,120}$/;
const sectionIdOf = (data: Record<string, unknown>) => (typeof data.sectionId === 'string' && SECTION_ID.test(data.sectionId) ? data.sectionId : '');

export function createFollowFeature(deps: FollowDeps): Feature {
  const goneNotice: Reply = {
    card: buildNoticeCard({
      title: 'That section is no longer in the procedures',
      text: "It may have been renamed or removed since this card was sent, so there's nothing to follow. Ask your question again to find where it lives now.",
      style: 'warning',
    }),
  };

  function describe(sectionId: string) {
    const hit = deps.engine.section(sectionId);
    if (hit) return { docTitle: hit.doc.title, heading: hit.section.heading, url: sectionUrl(deps.publicUrl, hit.doc.id, hit.section.slug) };
    return undefined;
  }

  return {
    name: 'follow',
    commands: [
      {
        name: 'my followed sections',
        description: 'The procedure sections you asked to hear about when they change',
        aliases: ['followed sections', 'my follows'],
        async run({ actor }) {
          const items = (await deps.follows.list(actor.userKey)).map(({ sectionId }) => {
            const now = describe(sectionId);
            return now
              ? { sectionId, ...now, followed: true }
              : { sectionId, docTitle: sectionId.split('#')[0], heading: sectionId.split('#')[1], detail: 'No longer in the procedures.', followed: true };
          });
          return [{ card: buildFollowedListCard(items) }];
        },
      },
    ],
    actions: {
      [FOLLOW_VERBS.follow]: async ({ actor, data }) => {
        const sectionId = sectionIdOf(data);
        const now = sectionId ? describe(sectionId) : undefined;
        if (!now) return { replies: [goneNotice] };
        const added = await deps.follows.follow(actor.userKey, sectionId, deps.clock.now());
        return { replies: [{ card: buildFollowingCard({ sectionId, ...now, followed: true, already: !added }) }] };
      },
      [FOLLOW_VERBS.unfollow]: async ({ actor, data }) => {
        const sectionId = sectionIdOf(data);
        const wasFollowing = sectionId ? await deps.follows.unfollow(actor.userKey, sectionId) : false;
        return { replies: [{ card: buildUnfollowedCard({ sectionId, wasFollowing, ...describe(sectionId) }) }] };
      },
    },
    messageKinds: {
      [FOLLOW_KIND]: sectionChangedKind({ batch: (id) => deps.amendments.batch(id), followed: (userKey) => deps.follows.list(userKey), describe, publicUrl: deps.publicUrl }),
    },
  };
}
