// Reading what we need from a Teams activity, and nothing more (no display names).
import { TurnContext, type Activity } from 'botbuilder';
import type { Actor } from '../handlers/types.ts';

export function actorFrom(activity: Activity): Actor {
  const conversationType = activity.conversation?.conversationType;
  return {
    userKey: activity.from?.aadObjectId || activity.from?.id || 'unknown',
    aadObjectId: activity.from?.aadObjectId,
    tenantId: tenantOf(activity),
    conversationId: activity.conversation?.id ?? '',
    conversationType: conversationType === 'channel' ? 'channel' : conversationType === 'groupChat' ? 'groupChat' : 'personal',
  };
}

export function tenantOf(activity: Partial<Activity>): string | undefined {
  const channelTenant = (activity.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id;
  return channelTenant || activity.conversation?.tenantId || undefined;
}

/** The message text with the bot's @mention removed, whitespace tidied. */
export function messageText(activity: Activity): string {
  let text = activity.text ?? '';
  try {
    text = TurnContext.removeRecipientMention(activity) ?? text;
  } catch {
    // Malformed entities: fall back to the raw text.
  }
  return text
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** An Action.Submit arrives as a message whose `value` holds the card data, including our `verb`. */
export function submittedAction(activity: Activity): { verb: string; data: Record<string, unknown> } | undefined {
  const value = activity.value;
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const { verb, ...data } = value as Record<string, unknown>;
  return { verb: typeof verb === 'string' ? verb : '', data };
}
