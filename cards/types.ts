// The shapes our builders produce. Kept loose on purpose: the adaptivecards parser validates them in tests.
export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema?: string;
  version: string;
  body: CardElement[];
  actions?: CardAction[];
  [key: string]: unknown;
}
export type CardElement = { type: string; [key: string]: unknown };
export type CardAction = { type: string; title?: string; [key: string]: unknown };

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';
export const CARD_VERSION = '1.5';
