// Proactive delivery through stored conversation references: the Notifier domain code depends on.
import { CardFactory, MessageFactory, type CloudAdapter, type ConversationReference, type Activity } from 'botbuilder';
import type { Delivery, Notifier, OutgoingMessage, Recipient } from '../shared/notifier.ts';
import type { Logger } from '../shared/log.ts';
import type { ConversationReferenceStore } from './conversation-references.ts';

export function createTeamsNotifier(adapter: CloudAdapter, appId: string, references: ConversationReferenceStore, logger: Logger): Notifier {
  const resolve = (to: Recipient): Partial<ConversationReference> | undefined => {
    if (to.kind === 'user') return references.get(to.userKey)?.reference;
    if (to.kind === 'email') return references.byEmailHash(to.emailHash)?.reference;
    return references.getChannel(to.conversationId);
  };
  const activityOf = (message: OutgoingMessage): Partial<Activity> =>
    message.card ? MessageFactory.attachment(CardFactory.adaptiveCard(message.card), message.text) : MessageFactory.text(message.text ?? '');

  return {
    canReach: (to) => resolve(to) !== undefined,
    async send(to, message): Promise<Delivery> {
      const reference = resolve(to);
      if (!reference?.conversation?.id) return { delivered: false, reason: 'no-conversation' };
      let activityId: string | undefined;
      try {
        await adapter.continueConversationAsync(appId, reference, async (context) => {
          activityId = (await context.sendActivity(activityOf(message)))?.id;
        });
        return { delivered: true, activityId, conversationId: reference.conversation.id };
      } catch (err) {
        logger.warn('notify.failed', { recipient: to.kind, err });
        return { delivered: false, reason: 'failed', detail: err instanceof Error ? err.name : 'error' };
      }
    },
    async update(conversationId, activityId, message) {
      const reference = references.byConversation(conversationId)?.reference ?? references.getChannel(conversationId);
      if (!reference) return false;
      try {
        await adapter.continueConversationAsync(appId, reference, async (context) => {
          await context.updateActivity({ ...activityOf(message), id: activityId, type: 'message' });
        });
        return true;
      } catch (err) {
        logger.warn('notify.update_failed', { err });
        return false;
      }
    },
  };
}
