import type { Db } from './database.ts';
import { gated, type SqliteGate } from './sqlite-session.ts';
import { withoutNames, type ConversationAddress, type ConversationReferenceStore, type StoredReference } from '../shared/conversation-references.ts';

type Row = { user_key: string; conversation_id: string; ref_json: string };

/** Generic over the channel's address type: the JSON comes back as it went in. */
export function createSqliteConversationReferenceStore<A extends ConversationAddress>(db: Db, gate: SqliteGate, now: () => Date): ConversationReferenceStore<A> {
  const upsert = db.prepare(
    `insert into conversation_refs (user_key, conversation_id, ref_json, email_hash, updated_at) values (@userKey, @conversationId, @json, @emailHash, @at)
     on conflict (user_key) do update set conversation_id = excluded.conversation_id, ref_json = excluded.ref_json,
       email_hash = coalesce(excluded.email_hash, conversation_refs.email_hash), updated_at = excluded.updated_at`,
  );
  const byUser = db.prepare('select user_key, conversation_id, ref_json from conversation_refs where user_key = ?');
  const byEmail = db.prepare('select user_key, conversation_id, ref_json from conversation_refs where email_hash = ? order by updated_at desc limit 1');
  const byConv = db.prepare('select user_key, conversation_id, ref_json from conversation_refs where conversation_id = ? limit 1');
  const emailKnown = db.prepare('select 1 from conversation_refs where user_key = ? and email_hash is not null');
  const upsertChannel = db.prepare(
    `insert into channel_refs (conversation_id, ref_json, updated_at) values (?, ?, ?)
     on conflict (conversation_id) do update set ref_json = excluded.ref_json, updated_at = excluded.updated_at`,
  );
  const channel = db.prepare('select ref_json from channel_refs where conversation_id = ?').pluck();
  // Skip the write when nothing changed: this runs on every turn.
  const lastWritten = new Map<string, string>();
  // Once a user's email hash is known it stays known: no query per turn to ask again.
  const withEmail = new Set<string>();

  const toStored = (row: Row | undefined): StoredReference<A> | undefined =>
    row && { userKey: row.user_key, conversationId: row.conversation_id, reference: JSON.parse(row.ref_json) };

  return gated<ConversationReferenceStore<A>>(gate, {
    save(userKey, reference, emailHash) {
      const clean = withoutNames({ ...reference, activityId: undefined });
      const json = JSON.stringify(clean);
      if (!emailHash && lastWritten.get(userKey) === json) return;
      upsert.run({ userKey, conversationId: clean.conversation?.id ?? '', json, emailHash: emailHash ?? null, at: now().toISOString() });
      lastWritten.set(userKey, json);
    },
    get: (userKey) => toStored(byUser.get(userKey) as Row | undefined),
    byEmailHash: (hash) => toStored(byEmail.get(hash) as Row | undefined),
    byConversation: (id) => toStored(byConv.get(id) as Row | undefined),
    hasEmailHash(userKey) {
      if (withEmail.has(userKey)) return true;
      const known = emailKnown.get(userKey) !== undefined;
      if (known && withEmail.size < 100_000) withEmail.add(userKey);
      return known;
    },
    saveChannel(conversationId, reference) {
      upsertChannel.run(conversationId, JSON.stringify(withoutNames({ ...reference, activityId: undefined })), now().toISOString());
    },
    getChannel(conversationId) {
      const json = channel.get(conversationId) as string | undefined;
      return json ? (JSON.parse(json) as A) : undefined;
    },
  });
}
