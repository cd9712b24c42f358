// Where proactive messages can go. The address itself is the channel's (a botbuilder ConversationReference
// for Teams): stores keep it as opaque JSON, so storage needs nothing of the channel's SDK.

interface Account {
  id?: string;
  name?: string;
}

/** The parts of an address we look at: ids, and the display names we strip before storing. */
export interface ConversationAddress {
  user?: Account;
  bot?: Account;
  conversation?: Account;
  activityId?: string;
}

export interface StoredReference<A extends ConversationAddress = ConversationAddress> {
  userKey: string;
  conversationId: string;
  reference: A;
}

/** Stored on every turn and on install. */
export interface ConversationReferenceStore<A extends ConversationAddress = ConversationAddress> {
  save(userKey: string, reference: A, emailHash?: string): Promise<void>;
  get(userKey: string): Promise<StoredReference<A> | undefined>;
  byEmailHash(emailHash: string): Promise<StoredReference<A> | undefined>;
  byConversation(conversationId: string): Promise<StoredReference<A> | undefined>;
  hasEmailHash(userKey: string): Promise<boolean>;
  saveChannel(conversationId: string, reference: A): Promise<void>;
  getChannel(conversationId: string): Promise<A | undefined>;
}

/** References carry display names; we keep ids only. */
export function withoutNames<A extends ConversationAddress>(ref: A): A {
  const strip = <T extends Account | undefined>(a: T): T => (a ? ({ ...a, name: undefined } as T) : a);
  return { ...ref, user: strip(ref.user), bot: strip(ref.bot), conversation: strip(ref.conversation) };
}
