// Where proactive messages can go, in PostgreSQL. Written on every turn, so an unchanged reference is not
// written again; that memory is only a cache (it expires, so another instance's newer write is soon corrected).
import { withoutNames, type ConversationAddress, type ConversationReferenceStore, type StoredReference } from '../../shared/conversation-references.ts';
import type { PgDatabase } from './connection.ts';

type Row = { user_key: string; conversation_id: string; ref_json: string };

const CACHE_MS = 10 * 60_000;
const CACHE_MAX = 100_000;

export function createPostgresConversationReferenceStore<A extends ConversationAddress>(db: PgDatabase, now: () => Date): ConversationReferenceStore<A> {
  const lastWritten = new Map<string, { json: string; at: number }>();
  // Once a user's email hash is known it stays known (a later save never removes it).
  const withEmail = new Set<string>();
  const one = async (sql: string, params: unknown[]): Promise<StoredReference<A> | undefined> => {
    const [row] = await db.query<Row>(sql, params);
    return row && { userKey: row.user_key, conversationId: row.conversation_id, reference: JSON.parse(row.ref_json) as A };
  };

  return {
    async save(userKey, reference, emailHash) {
      const clean = withoutNames({ ...reference, activityId: undefined });
      const json = JSON.stringify(clean);
      const at = now();
      const cached = lastWritten.get(userKey);
      if (!emailHash && cached?.json === json && at.getTime() - cached.at < CACHE_MS) return;
      await db.run(
        `insert into conversation_refs (user_key, conversation_id, ref_json, email_hash, updated_at) values ($1, $2, $3, $4, $5)
         on conflict (user_key) do update set conversation_id = excluded.conversation_id, ref_json = excluded.ref_json,
           email_hash = coalesce(excluded.email_hash, conversation_refs.email_hash), updated_at = excluded.updated_at`,
        [userKey, clean.conversation?.id ?? '', json, emailHash ?? null, at],
      );
      if (lastWritten.size >= CACHE_MAX) lastWritten.clear();
      lastWritten.set(userKey, { json, at: at.getTime() });
    },
    get: (userKey) => one('select user_key, conversation_id, ref_json from conversation_refs where user_key = $1', [userKey]),
    byEmailHash: (hash) => one('select user_key, conversation_id, ref_json from conversation_refs where email_hash = $1 order by updated_at desc limit 1', [hash]),
    byConversation: (id) => one('select user_key, conversation_id, ref_json from conversation_refs where conversation_id = $1 limit 1', [id]),
    async hasEmailHash(userKey) {
      if (withEmail.has(userKey)) return true;
      const known = (await db.query('select 1 from conversation_refs where user_key = $1 and email_hash is not null', [userKey])).length > 0;
      if (known && withEmail.size < CACHE_MAX) withEmail.add(userKey);
      return known;
    },
    async saveChannel(conversationId, reference) {
      await db.run(
        `insert into channel_refs (conversation_id, ref_json, updated_at) values ($1, $2, $3)
         on conflict (conversation_id) do update set ref_json = excluded.ref_json, updated_at = excluded.updated_at`,
        [conversationId, JSON.stringify(withoutNames({ ...reference, activityId: undefined })), now()],
      );
    },
    async getChannel(conversationId) {
      const [row] = await db.query<{ ref_json: string }>('select ref_json from channel_refs where conversation_id = $1', [conversationId]);
      return row ? (JSON.parse(row.ref_json) as A) : undefined;
    },
  };
}
