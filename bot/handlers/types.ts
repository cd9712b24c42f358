// What a feature (ask, help, feedback, LADO clock, audit rounds) offers the transport: commands typed in chat,
// card verbs, HTTP routes and background jobs. Plain types only: no botbuilder, no restify.
import type { AdaptiveCard } from '../../cards/types.ts';
import type { MessageKind } from '../scheduling/types.ts';
import type { HttpRoute } from '../web/http.ts';

export interface Actor {
  /** Entra object id when Teams gives one, else the channel's user id. Never a display name. */
  userKey: string;
  aadObjectId?: string;
  tenantId?: string;
  conversationId: string;
  conversationType: 'personal' | 'channel' | 'groupChat';
}

export interface Reply {
  text?: string;
  card?: AdaptiveCard;
}

export interface CommandContext {
  actor: Actor;
  /** The text after the command name. */
  args: string;
  /** The whole message, mention removed. */
  text: string;
}

export interface CommandSpec {
  /** What the user types, lower case: "help", "lado clock". */
  name: string;
  description: string;
  /** Other ways to say it (exact phrases) and natural-language patterns that also trigger it. */
  aliases?: string[];
  patterns?: RegExp[];
  /** Listed in the Teams manifest and on the help card (false for internal commands). */
  listed?: boolean;
  run(ctx: CommandContext): Promise<Reply[]>;
}

export interface ActionContext {
  actor: Actor;
  /** The card's data plus any inputs the user filled in, verb removed. */
  data: Record<string, unknown>;
}

export interface ActionResult {
  /** Replaces the card the action came from, so old buttons cannot act twice. */
  card?: AdaptiveCard;
  /** Further messages to the same conversation. */
  replies?: Reply[];
}

export type ActionHandler = (ctx: ActionContext) => Promise<ActionResult>;

export interface Feature {
  name: string;
  commands?: CommandSpec[];
  actions?: Record<string, ActionHandler>;
  routes?: HttpRoute[];
  /** What a message that names no command gets (a question, for ask). One feature provides it. */
  fallback?(ctx: CommandContext): Promise<Reply[]>;
  /** The card for someone new, or a message with no words. One feature provides it. */
  welcome?(): Reply;
  /** Scheduled message kinds (reminders) this feature renders; one shared dispatcher sends them. */
  messageKinds?: Record<string, MessageKind>;
  /** Background work (dispatchers). Started after the server listens; stopped on shutdown. */
  start?(): void;
  stop?(): Promise<void>;
}
