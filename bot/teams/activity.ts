// Reading what we need from a Teams activity, and nothing more (no display names).
import { TurnContext, type Activity } from 'botbuilder';
import type { Actor } from '../handlers/types.ts';

/** The channel whose `aadObjectId` we trust for roles (Teams, and the Agents Playground, which says it is Teams). */
export const TEAMS_CHANNEL = 'msteams';

export function actorFrom(activity: Activity): Actor {
  const conversationType = activity.conversation?.conversationType;
  // Roles (LADO staff, committee) are read from aadObjectId only, so it is taken from Teams traffic only.
  const aadObjectId = activity.channelId === TEAMS_CHANNEL ? activity.from?.aadObjectId || undefined : undefined;
  return {
    userKey: aadObjectId || activity.from?.id || 'unknown',
    aadObjectId,
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
