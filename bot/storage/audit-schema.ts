import type { Migration } from './database.ts';

// Owned by the audit questionnaires (bot/audits/). No names: invitations hold Entra ids or email hashes;
// responses hold only a per-round pseudonym (HMAC), so answers are never stored beside a person.
export const auditMigrations: Migration[] = [
  {
    id: '201-audit-rounds',
    sql: `
      create table audit_rounds (
        id text primary key,
        start_token text not null unique,       -- a second press of the same form finds this round
        ref text not null,                      -- the committee's audit code, checked for personal data
        theme text,
        close_date text not null,               -- YYYY-MM-DD as chosen
        closes_at integer not null,             -- ms since epoch (UTC): 17:00 London on close_date
        created_at integer not null,
        created_by text not null,               -- committee member's Entra object id
        state text not null default 'open' check (state in ('open', 'closed')),
        closed_at integer,
        closed_by text,                         -- 'schedule' or the member who closed it early
        questionnaire_json text not null        -- the questions as asked
      );
      create index audit_rounds_ref on audit_rounds(ref, state);
      create index audit_rounds_creator on audit_rounds(created_by, created_at);
      create table audit_invitations (
        round_id text not null references audit_rounds(id),
        invitee_key text not null,              -- user:<entra id> or email:<sha256>
        recipient_json text not null,
        reachable integer not null,
        primary key (round_id, invitee_key)
      );
      create table audit_responses (
        round_id text not null references audit_rounds(id),
        respondent text not null,               -- HMAC(round, invitee): allows edits, never names anyone
        agency_type text,
        answers_json text not null,             -- question id -> text, personal details removed
        submitted_at integer not null,
        updated_at integer not null,
        edits integer not null default 0,
        primary key (round_id, respondent)
      );
      -- "Save for later": kept until the practitioner submits or the round closes, never collated.
      create table audit_drafts (
        round_id text not null references audit_rounds(id),
        respondent text not null,               -- the same pseudonym as in audit_responses
        agency_type text,
        answers_json text not null,
        updated_at integer not null,
        primary key (round_id, respondent)
      );
    `,
  },
];
