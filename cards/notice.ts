// A short message card: confirmations, refusals and "that didn't work" replies.
import { expandCard } from './expand.ts';
import type { AdaptiveCard, CardAction } from './types.ts';

export interface NoticeInput {
  title: string;
  text?: string;
  style?: 'default' | 'emphasis' | 'good' | 'attention' | 'warning' | 'accent';
  facts?: Array<{ title: string; value: string }>;
  actions?: CardAction[];
}

export function buildNoticeCard(input: NoticeInput): AdaptiveCard {
  return expandCard('notice', {
    title: input.title,
    text: input.text ?? '',
    style: input.style ?? 'default',
    facts: input.facts ?? [],
    actions: input.actions ?? [],
  });
}
