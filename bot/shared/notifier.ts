// How domain code (LADO clocks, audit rounds) reaches a person in Teams without knowing Teams.

export type Recipient =
  | { kind: 'user'; userKey: string }
  /** Someone picked by email who may not have talked to the bot yet; matched by a hash of the address. */
  | { kind: 'email'; emailHash: string }
  | { kind: 'channel'; conversationId: string };

/** A card as the channel's JSON. Built at the edge (cards/); domain code only passes it along. */
export interface RenderedCard {
  type: 'AdaptiveCard';
  version: string;
  body: Array<{ type: string; [key: string]: unknown }>;
  [key: string]: unknown;
}

export interface OutgoingMessage {
  text?: string;
  card?: RenderedCard;
}

export type Delivery =
  | { delivered: true; activityId?: string; conversationId: string }
  /** Trying again will not help: no stored conversation, the person blocked or removed the bot, the conversation is gone. */
  | { delivered: false; reason: 'no-conversation' | 'permanent'; detail?: string }
  /** May succeed later: throttled, Teams or the network down for a while. `mayHaveArrived` when the send
   * could have reached Teams before it failed (a timeout, a reset mid-request), so a retry may be a repeat. */
  | { delivered: false; reason: 'transient'; retryAfterMs?: number; mayHaveArrived: boolean; detail?: string };

export interface Notifier {
  send(to: Recipient, message: OutgoingMessage): Promise<Delivery>;
  /** Replaces a card sent earlier (e.g. a reminder whose clock has stopped). Best effort. */
  update(conversationId: string, activityId: string, message: OutgoingMessage): Promise<boolean>;
  /** Whether the bot can reach this person now (they have installed it). */
  canReach(to: Recipient): Promise<boolean>;
}
