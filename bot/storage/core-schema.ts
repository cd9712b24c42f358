import type { Migration } from './database.ts';

export const coreMigrations: Migration[] = [
  {
    id: '001-core',
    sql: `
      create table conversation_refs (
        user_key text primary key,            -- Entra object id, else the channel user id
        conversation_id text not null,
        ref_json text not null,               -- a ConversationReference with display names removed
        email_hash text,                      -- sha256 of the lower-cased UPN/email, to match an emailed invite
        updated_at text not null
      );
      create index conversation_refs_email on conversation_refs(email_hash);
      create table channel_refs (
        conversation_id text primary key,
        ref_json text not null,
        updated_at text not null
      );
      create table settings (key text primary key, value text not null);
      create table feedback (
        id integer primary key,
        section_id text not null,
        helpful integer not null,
        question text,                        -- only when it held no personal data
        user_hash text not null,              -- one vote per person per section; not reversible to a person
        created_at text not null,
        unique (section_id, user_hash)
      );
    `,
  },
  {
    id: '002-scheduled-messages',
    sql: `
      create table scheduled_messages (
        id integer primary key,
        kind text not null,
        subject_id text not null,
        recipient_json text not null,
        due_at integer not null,              -- ms since epoch (UTC)
        payload_json text not null,
        status text not null default 'pending' check (status in ('pending', 'sending', 'sent', 'cancelled', 'undeliverable')),
        claim_token text,
        claimed_at integer,
        attempts integer not null default 0,
        sent_at integer,
        late integer not null default 0,
        activity_id text,
        conversation_id text,
        outcome text
      );
      create index scheduled_messages_due on scheduled_messages(status, due_at);
      create index scheduled_messages_subject on scheduled_messages(subject_id, kind);
    `,
  },
];
