// Is this person a member of a Teams channel (the LADO duty channel)? Asked of Teams through the channel's
// stored conversation reference, and remembered for a few minutes so a busy officer isn't a call per press.
import { TeamsInfo, type CloudAdapter } from 'botbuilder';
import type { Logger } from '../shared/log.ts';
import type { ConversationReferenceStore } from './conversation-references.ts';

export interface ChannelMembership {
  /** False when the bot isn't in the channel yet (no reference) or Teams says they aren't a member. */
  isMember(channelId: string, aadObjectId: string): Promise<boolean>;
  /** What Teams last said (no call): false for someone never looked up. */
  wasMember(channelId: string, aadObjectId: string): boolean;
}

const TTL_MS = 10 * 60_000;

export function createChannelMembership(
  adapter: CloudAdapter,
  appId: string,
  references: ConversationReferenceStore,
  logger: Logger,
  now: () => Date,
): ChannelMembership {
  const cache = new Map<string, { member: boolean; until: number }>();
  return {
    wasMember: (channelId, aadObjectId) => cache.get(`${channelId}|${aadObjectId}`)?.member ?? false,
    async isMember(channelId, aadObjectId) {
      if (!channelId || !aadObjectId) return false;
      const key = `${channelId}|${aadObjectId}`;
      const cached = cache.get(key);
      if (cached && cached.until > now().getTime()) return cached.member;
      const reference = await references.getChannel(channelId);
      if (!reference?.conversation?.id) {
        logger.warn('teams.channel_unknown', { message: 'LADO_CHANNEL_ID is set but the bot has not been added to that channel yet' });
        return false;
      }
      let member = false;
      const lookupFailed = (err: unknown) => {
        // 404 MemberNotFoundInConversation is the ordinary "not a member"; anything else is logged.
        const status = (err as { statusCode?: number }).statusCode;
        if (status !== 404) logger.warn('teams.channel_member_lookup_failed', { err });
      };
      try {
        await adapter.continueConversationAsync(appId, reference, async (context) => {
          // Caught inside the turn: left to the adapter, a 404 would reach onTurnError, which apologises in the channel.
          try {
            member = Boolean((await TeamsInfo.getMember(context, aadObjectId))?.id);
          } catch (err) {
            lookupFailed(err);
          }
        });
      } catch (err) {
        lookupFailed(err);
      }
      cache.set(key, { member, until: now().getTime() + TTL_MS });
      if (cache.size > 5_000) cache.delete(cache.keys().next().value!);
      return member;
    },
  };
}
