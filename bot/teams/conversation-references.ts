import type { ConversationReference } from 'botbuilder';

export interface StoredReference {
  userKey: string;
  conversationId: string;
  reference: Partial<ConversationReference>;
}

/** Where proactive messages can go. Stored on every turn and on install. */
export interface ConversationReferenceStore {
  save(userKey: string, reference: Partial<ConversationReference>, emailHash?: string): void;
  get(userKey: string): StoredReference | undefined;
  byEmailHash(emailHash: string): StoredReference | undefined;
  byConversation(conversationId: string): StoredReference | undefined;
  hasEmailHash(userKey: string): boolean;
  saveChannel(conversationId: string, reference: Partial<ConversationReference>): void;
  getChannel(conversationId: string): Partial<ConversationReference> | undefined;
}

/** References carry display names; we keep ids only. */
export function withoutNames(ref: Partial<ConversationReference>): Partial<ConversationReference> {
  const strip = <T extends { name?: string } | undefined>(a: T): T => (a ? ({ ...a, name: undefined } as T) : a);
  return {
    ...ref,
    user: strip(ref.user),
    bot: strip(ref.bot),
    conversation: ref.conversation ? { ...ref.conversation, name: undefined } : ref.conversation,
  } as Partial<ConversationReference>;
}
