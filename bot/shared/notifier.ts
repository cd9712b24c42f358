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
  [key: string]: unknown;
}

export interface OutgoingMessage {
  text?: string;
  card?: RenderedCard;
}

export type Delivery =
  | { delivered: true; activityId?: string; conversationId: string }
  | { delivered: false; reason: 'no-conversation' | 'failed'; detail?: string };

export interface Notifier {
  send(to: Recipient, message: OutgoingMessage): Promise<Delivery>;
  /** Replaces a card sent earlier (e.g. a reminder whose clock has stopped). Best effort. */
  update(conversationId: string, activityId: string, message: OutgoingMessage): Promise<boolean>;
  /** Whether the bot can reach this person now (they have installed it). */
  canReach(to: Recipient): boolean;
}
