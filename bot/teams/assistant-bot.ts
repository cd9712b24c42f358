// Translates Teams activities into the features' commands and card verbs, and their replies back into
// activities. Both card paths — Action.Execute (invoke) and Action.Submit (message with value) — land in
// the same handler, because Teams mobile only runs the second.
import {
  CardFactory,
  MessageFactory,
  TeamsActivityHandler,
  TeamsInfo,
  TurnContext,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type InvokeResponse,
} from 'botbuilder';
import type { Router } from '../handlers/router.ts';
import type { ActionResult, Actor, Reply } from '../handlers/types.ts';
import type { Logger } from '../shared/log.ts';
import { findPersonalData } from '../safety/personal-data.ts';
import { emailHash } from '../shared/hash.ts';
import { STORAGE_UNAVAILABLE_REPLY, isStorageUnavailable } from '../shared/storage-unavailable.ts';
import { buildNoticeCard } from '../../cards/notice.ts';
import { ADAPTIVE_CARD_CONTENT_TYPE } from '../../cards/types.ts';
import { actorFrom, messageText, submittedAction } from './activity.ts';
import type { ConversationReferenceStore } from './conversation-references.ts';

export interface AssistantBotDeps {
  router: Router;
  references: ConversationReferenceStore;
  logger: Logger;
  logMessageText: boolean;
}

const STALE_BUTTON = "That button isn't available any more. The card may be out of date: please ask again or type help.";
const MAX_TEXT = 10_000;

export class AssistantBot extends TeamsActivityHandler {
  constructor(private readonly deps: AssistantBotDeps) {
    super();
    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
    this.onInstallationUpdateAdd(async (context, next) => {
      await this.remember(context);
      await this.send(context, deps.router.welcome());
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const botAdded = context.activity.membersAdded?.some((m) => m.id === context.activity.recipient?.id);
      if (botAdded) {
        await this.remember(context);
        // installationUpdate already welcomed personal installs; a team or group chat gets one card too.
        if (context.activity.conversation?.conversationType !== 'personal') await this.send(context, deps.router.welcome());
      }
      await next();
    });
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const started = Date.now();
    await this.remember(context);
    const actor = actorFrom(context.activity);
    const submitted = submittedAction(context.activity);
    if (submitted) {
      const result = await this.runAction(actor, submitted.verb, submitted.data);
      if (result === 'unknown') await this.send(context, [{ card: buildNoticeCard({ title: STALE_BUTTON, style: 'warning' }) }]);
      else {
        if (result.card) await this.replaceCard(context, result);
        await this.send(context, result.replies ?? []);
      }
      this.logTurn('action', context, started, { verb: submitted.verb || '(none)', path: 'submit' });
      return;
    }

    const raw = context.activity.text ?? '';
    const text = messageText(context.activity).slice(0, MAX_TEXT);
    if (!text) {
      const hasAttachment = (context.activity.attachments ?? []).some((a) => a.contentType !== 'text/html');
      await this.send(
        context,
        hasAttachment
          ? [{ card: buildNoticeCard({ title: 'I can only read typed questions', text: "I can't open files or images. Please type your question, without names or other identifying details.", style: 'warning' }) }]
          : this.deps.router.welcome(),
      );
      this.logTurn('empty', context, started, { attachment: hasAttachment });
      return;
    }
    const route = this.deps.router.route(text);
    await this.send(context, await route.run({ actor, args: route.kind === 'command' ? route.args : '', text }));
    if (route.kind === 'command') this.logTurn('command', context, started, { command: route.spec.name });
    else this.logTurn('ask', context, started, { chars: raw.length, text: this.deps.logMessageText && findPersonalData(text).length === 0 ? text : undefined });
  }

  protected override async onAdaptiveCardInvoke(context: TurnContext, invokeValue: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    const started = Date.now();
    await this.remember(context);
    const actor = actorFrom(context.activity);
    const { verb: _ignored, ...data } = (invokeValue.action.data ?? {}) as Record<string, unknown>;
    const verb = invokeValue.action.verb ?? '';
    let result: ActionResult | 'unknown';
    try {
      result = await this.runAction(actor, verb, data);
    } catch (err) {
      if (!isStorageUnavailable(err)) throw err;
      // The card stays as it was (nothing was saved): the answer to the button says so, and so does the chat.
      this.deps.logger.warn('turn.storage_unavailable', { activityId: context.activity.id, type: 'invoke', verb: verb || '(none)' });
      await context.sendActivity(MessageFactory.text(STORAGE_UNAVAILABLE_REPLY)).catch((sendErr: unknown) => this.deps.logger.warn('turn.reply_failed', { activityId: context.activity.id, err: sendErr }));
      return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: STORAGE_UNAVAILABLE_REPLY as unknown as Record<string, unknown> };
    }
    this.logTurn('action', context, started, { verb: verb || '(none)', path: 'execute' });
    if (result === 'unknown') {
      return { statusCode: 400, type: 'application/vnd.microsoft.error', value: { code: 'BadRequest', message: STALE_BUTTON } };
    }
    await this.send(context, result.replies ?? []);
    if (result.card) return { statusCode: 200, type: ADAPTIVE_CARD_CONTENT_TYPE, value: result.card };
    return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: 'Done' as unknown as Record<string, unknown> };
  }

  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    // A card action with no action object would otherwise throw deep inside botbuilder and become a 500.
    const value = context.activity.value as { action?: { type?: string } } | undefined;
    if (context.activity.name === 'adaptiveCard/action' && (!value || typeof value.action !== 'object' || value.action === null)) {
      return { status: 400, body: { statusCode: 400, type: 'application/vnd.microsoft.error', value: { code: 'BadRequest', message: 'The card action had no data.' } } };
    }
    return super.onInvokeActivity(context);
  }

  private async runAction(actor: Actor, verb: string, data: Record<string, unknown>): Promise<ActionResult | 'unknown'> {
    const handler = this.deps.router.action(verb);
    if (!handler) return 'unknown';
    return handler({ actor, data });
  }

  /**
   * Store where this person (or channel) can be reached. With the database unavailable the turn goes on (a question
   * is answered from the knowledge in memory); what does need the database says so itself.
   */
  private async remember(context: TurnContext): Promise<void> {
    try {
      await this.rememberReference(context);
    } catch (err) {
      if (!isStorageUnavailable(err)) throw err;
      this.deps.logger.warn('turn.reference_not_saved', { activityId: context.activity.id, code: (err as { code?: string }).code });
    }
  }

  /** Once per change; learns their email hash once. */
  private async rememberReference(context: TurnContext): Promise<void> {
    const activity = context.activity;
    if (!activity.conversation?.id || !activity.serviceUrl) return;
    const reference = TurnContext.getConversationReference(activity);
    const actor = actorFrom(activity);
    if (actor.conversationType === 'personal') {
      let hash: string | undefined;
      if (activity.channelId === 'msteams' && activity.from?.id && !(await this.deps.references.hasEmailHash(actor.userKey))) {
        hash = await this.lookUpEmailHash(context);
      }
      await this.deps.references.save(actor.userKey, reference, hash);
    } else {
      const channelId = (activity.channelData as { channel?: { id?: string } } | undefined)?.channel?.id ?? activity.conversation.id;
      await this.deps.references.saveChannel(channelId, reference);
    }
  }

  private async lookUpEmailHash(context: TurnContext): Promise<string | undefined> {
    try {
      const member = await TeamsInfo.getMember(context, context.activity.from.id);
      const address = member.email || member.userPrincipalName;
      return address ? emailHash(address) : undefined;
    } catch (err) {
      this.deps.logger.debug('teams.member_lookup_failed', { err });
      return undefined;
    }
  }

  private async replaceCard(context: TurnContext, result: ActionResult): Promise<void> {
    const replyToId = context.activity.replyToId;
    const attachment = CardFactory.adaptiveCard(result.card);
    if (replyToId) {
      try {
        await context.updateActivity({ id: replyToId, type: 'message', attachments: [attachment] });
        return;
      } catch (err) {
        this.deps.logger.warn('teams.update_failed', { activityId: context.activity.id, err });
      }
    }
    await context.sendActivity(MessageFactory.attachment(attachment));
  }

  private async send(context: TurnContext, replies: Reply[]): Promise<void> {
    for (const reply of replies) {
      if (reply.card) await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(reply.card), reply.text));
      else if (reply.text) await context.sendActivity(MessageFactory.text(reply.text));
    }
  }

  private logTurn(kind: string, context: TurnContext, started: number, fields: Record<string, string | number | boolean | undefined>): void {
    this.deps.logger.info('turn', {
      kind,
      activityId: context.activity.id,
      conversationType: context.activity.conversation?.conversationType,
      ms: Date.now() - started,
      ...fields,
    });
  }
}
