// Teams has no idempotency key for bot messages: when a send may already have reached Teams (the process
// died mid-send, or the connection broke before Teams answered), the retry says so at the top.
import type { OutgoingMessage } from '../shared/notifier.ts';

export const REPEAT_NOTE = 'Sent again after an interruption: ignore this if you already have it.';

export function withRepeatNote(message: OutgoingMessage): OutgoingMessage {
  const text = message.text ? `${message.text} (sent again: ignore if you already have it)` : message.text;
  if (!message.card) return { ...message, text: message.text ? text : REPEAT_NOTE };
  const note = { type: 'TextBlock', text: REPEAT_NOTE, wrap: true, isSubtle: true, size: 'Small' };
  return { ...message, text, card: { ...message.card, body: [note, ...message.card.body] } };
}
