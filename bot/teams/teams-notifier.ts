// Proactive delivery through stored conversation references: the Notifier domain code depends on.
// Sends are paced within Teams' rate limits; a failure says whether trying again can help (send-outcome.ts).
import { CardFactory, MessageFactory, type CloudAdapter, type ConversationReference, type Activity, type TurnContext } from 'botbuilder';
import type { Delivery, Notifier, OutgoingMessage, Recipient } from '../shared/notifier.ts';
import type { Logger } from '../shared/log.ts';
import type { ConversationReferenceStore } from './conversation-references.ts';
import { createPacer, type Pacer } from './pacer.ts';
import { classifySendError } from './send-outcome.ts';

export function createTeamsNotifier(
  adapter: CloudAdapter,
  appId: string,
  references: ConversationReferenceStore,
  logger: Logger,
  pacer: Pacer = createPacer(),
): Notifier {
  const resolve = async (to: Recipient): Promise<Partial<ConversationReference> | undefined> => {
    if (to.kind === 'user') return (await references.get(to.userKey))?.reference;
    if (to.kind === 'email') return (await references.byEmailHash(to.emailHash))?.reference;
    return references.getChannel(to.conversationId);
  };
  const activityOf = (message: OutgoingMessage): Partial<Activity> =>
    message.card ? MessageFactory.attachment(CardFactory.adaptiveCard(message.card), message.text) : MessageFactory.text(message.text ?? '');

  // botbuilder hands an error thrown inside the callback to onTurnError and returns normally, which would
  // count a refused send as delivered: the error is carried out and thrown here instead.
  async function continueWith(reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    let failure: { err: unknown } | undefined;
    await adapter.continueConversationAsync(appId, reference, async (context) => {
      try {
        await logic(context);
      } catch (err) {
        failure = { err };
      }
    });
    if (failure) throw failure.err;
  }

  return {
    canReach: async (to) => (await resolve(to)) !== undefined,
    async send(to, message): Promise<Delivery> {
      const reference = await resolve(to);
      if (!reference?.conversation?.id) return { delivered: false, reason: 'no-conversation' };
      const conversationId = reference.conversation.id;
      let activityId: string | undefined;
      await pacer.take(conversationId, reference.conversation.tenantId ?? '');
      try {
        await continueWith(reference, async (context) => {
          activityId = (await context.sendActivity(activityOf(message)))?.id;
        });
        return { delivered: true, activityId, conversationId };
      } catch (err) {
        const failure = classifySendError(err, Date.now());
        // One line per failed send, with what Teams answered: never the message.
        logger.warn('notify.failed', { recipient: to.kind, outcome: failure.reason, detail: failure.detail, retryAfterMs: failure.reason === 'transient' ? failure.retryAfterMs : undefined });
        return failure;
      }
    },
    async update(conversationId, activityId, message) {
      const reference = (await references.byConversation(conversationId))?.reference ?? (await references.getChannel(conversationId));
      if (!reference?.conversation?.id) return false;
      await pacer.take(reference.conversation.id, reference.conversation.tenantId ?? '');
      try {
        await continueWith(reference, async (context) => {
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
