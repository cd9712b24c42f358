// What a feature (ask, help, feedback, LADO clock, audit rounds) offers the transport: commands typed in chat,
// card verbs, HTTP routes and background jobs. Plain types only: no botbuilder, no restify.
import type { AdaptiveCard } from '../../cards/types.ts';
import type { PartnershipProfile } from '../partnership/profile.ts';
import type { MessageKind, ScheduleStore } from '../scheduling/types.ts';
import type { Clock } from '../shared/clock.ts';
import type { Logger } from '../shared/log.ts';
import type { Notifier } from '../shared/notifier.ts';
import type { Db } from '../storage/database.ts';
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
  /** Scheduled message kinds (reminders) this feature renders; one shared dispatcher sends them. */
  messageKinds?: Record<string, MessageKind>;
  /** Background work (dispatchers). Started after the server listens; stopped on shutdown. */
  start?(): void;
  stop?(): Promise<void>;
}

/** What the features that store records and send scheduled cards (LADO clock, audit rounds) are built from. */
export interface ScheduledFeatureDeps {
  db: Db;
  schedule: ScheduleStore;
  profile: PartnershipProfile;
  notifier: Notifier;
  /** Who in Teams has this email hash (they have talked to the bot): people picked by email are matched with it. */
  userForEmailHash(hash: string): string | undefined;
  clock: Clock;
  logger: Logger;
  /** The Teams app id, for install links to people the bot can't reach yet. */
  teamsAppId?: string;
  /** Wakes the dispatcher: a feature's first cards are due at once. */
  wakeDispatcher(): void;
}
