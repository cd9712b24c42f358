import type { Migration } from './database.ts';

// Owned by the amendments log and follows (bot/amendments/) and the content owners' insights (bot/content-owners/).
// No names: followers are Entra object ids; questions are kept only when they held no personal data.
export const amendmentMigrations: Migration[] = [
  {
    id: '501-knowledge-amendments',
    sql: `
      create table knowledge_snapshot_docs (
        doc_id text primary key,
        hash text not null,
        title text not null,
        last_reviewed text not null
      );
      create table knowledge_snapshot_sections (
        section_id text primary key,          -- doc-id#slug
        doc_id text not null,
        hash text not null,                   -- of heading, body and status
        heading text not null
      );
      create table amendment_batches (
        id integer primary key,
        at integer not null,                  -- ms since epoch (UTC)
        baseline integer not null             -- 1: the first load, remembered but not listed
      );
      create table amendments (
        id integer primary key,
        batch_id integer not null references amendment_batches(id),
        kind text not null check (kind in ('added', 'changed', 'removed')),
        doc_id text not null,
        section_id text,                      -- null: the whole document
        doc_title text not null,
        heading text,
        last_reviewed text,
        change_note text                      -- front matter change_note, written by the content owner
      );
      create index amendments_batch on amendments(batch_id);
      create index amendments_section on amendments(section_id);
      create table section_follows (
        user_key text not null,               -- Entra object id
        section_id text not null,
        created_at integer not null,
        primary key (user_key, section_id)
      );
      create index section_follows_section on section_follows(section_id);
    `,
  },
  {
    id: '502-question-log',
    sql: `
      create table question_log (
        id integer primary key,
        at integer not null,                  -- ms since epoch (UTC)
        outcome text not null check (outcome in ('answered', 'not-sure', 'clarify')),
        area text,                            -- of the first section shown
        shown text not null default '',       -- section ids shown, comma-separated, best first
        question text                         -- only for not-sure, only without personal data, only for the retention period
      );
      create index question_log_at on question_log(at);
    `,
  },
];
