import type { ConversationReference } from 'botbuilder';
import type { ConversationReferenceStore as AddressStore, StoredReference as StoredAddress } from '../shared/conversation-references.ts';

/** The stores of bot/shared/conversation-references.ts, holding botbuilder's references. */
export type ConversationReferenceStore = AddressStore<Partial<ConversationReference>>;
export type StoredReference = StoredAddress<Partial<ConversationReference>>;
