// Following a section: the confirmation, the card sent when a followed section changes, and "my followed
// sections". One template (a titled list, each item with its own buttons) serves all three.
import { executeAction, openUrlAction } from './actions.ts';
import { formatReviewDate, truncate } from './card-text.ts';
import { expandCard } from './expand.ts';
import type { AdaptiveCard, CardAction } from './types.ts';

export const FOLLOW_VERBS = { follow: 'follow.section', unfollow: 'follow.unfollow' } as const;

export const followAction = (sectionId: string): CardAction => executeAction('Tell me when this changes', FOLLOW_VERBS.follow, { sectionId });
export const unfollowAction = (sectionId: string, title = 'Unfollow'): CardAction => executeAction(title, FOLLOW_VERBS.unfollow, { sectionId });

export interface FollowedItem {
  sectionId: string;
  docTitle: string;
  heading: string;
  /** Absent when the section no longer exists. */
  url?: string;
  detail?: string;
  note?: string;
  followed: boolean;
}

interface ListData {
  title: string;
  intro: string;
  items: Array<{ title: string; detail: string; note: string; actions: CardAction[] }>;
  footer: string;
  footerActions: CardAction[];
}

function list(data: ListData): AdaptiveCard {
  return expandCard('followed-sections', data satisfies ListData);
}

const itemOf = (i: FollowedItem) => ({
  title: truncate(`${i.docTitle} › ${i.heading}`, 160),
  detail: i.detail ?? '',
  note: i.note ? truncate(i.note, 200) : '',
  actions: [...(i.url ? [openUrlAction('Open section', i.url)] : []), ...(i.followed ? [unfollowAction(i.sectionId)] : [])],
});

export function buildFollowingCard(item: FollowedItem & { already: boolean }): AdaptiveCard {
  return list({
    title: item.already ? 'You already follow this section' : "I'll tell you when this section changes",
    intro: 'When a content owner changes or removes it, I will send you one message here with what changed and a link.',
    items: [itemOf({ ...item, detail: '' })],
    footer: 'Type "my followed sections" to see everything you follow.',
    footerActions: [],
  });
}

export function buildUnfollowedCard(item: { docTitle?: string; heading?: string; sectionId: string; wasFollowing: boolean }): AdaptiveCard {
  const name = item.docTitle && item.heading ? `${item.docTitle} › ${item.heading}` : 'this section';
  return list({
    title: item.wasFollowing ? 'You no longer follow this section' : "You weren't following this section",
    intro: item.wasFollowing ? `I won't message you about changes to ${name} any more.` : `Nothing has changed: you don't follow ${name}.`,
    items: [],
    footer: 'Type "my followed sections" to see everything you follow.',
    footerActions: [],
  });
}

export function buildFollowedListCard(items: FollowedItem[]): AdaptiveCard {
  return list({
    title: items.length ? `Sections you follow (${items.length})` : "You don't follow any sections",
    intro: items.length
      ? "I'll message you when any of these changes."
      : 'Under any answer, choose "Tell me when this changes" and I will message you when that section is updated.',
    items: items.map(itemOf),
    footer: '',
    footerActions: [],
  });
}

export interface ChangedItem extends FollowedItem {
  kind: 'added' | 'changed' | 'removed';
  lastReviewed?: string | null;
}

export function buildSectionChangedCard(input: { items: ChangedItem[]; whatsNewUrl: string; late: boolean }): AdaptiveCard {
  const n = input.items.length;
  return list({
    title: n === 1 ? 'A section you follow has changed' : `${n} sections you follow have changed`,
    intro: input.late ? 'This message is late: the assistant was unavailable when the change was published.' : '',
    items: input.items.map((i) =>
      itemOf({
        ...i,
        detail:
          i.kind === 'removed'
            ? 'This section has been removed. You no longer follow it.'
            : `Updated${i.lastReviewed ? ` (the document was last reviewed ${formatReviewDate(i.lastReviewed)})` : ''}.`,
        note: i.note ? `What changed: ${i.note}` : '',
      }),
    ),
    footer: 'Always check the published procedure before acting on a change.',
    footerActions: [openUrlAction("See what's new", input.whatsNewUrl)],
  });
}
