import type { Migration } from './database.ts';

// Owned by the LADO referral clock (bot/lado/). No names: people are Entra ids or email hashes.
export const ladoMigrations: Migration[] = [
  {
    id: '101-lado-clocks',
    sql: `
      create table lado_clocks (
        id text primary key,
        start_token text not null unique,       -- a second press of the same form finds this clock
        case_ref text not null,                 -- the LADO's own reference, checked for personal data
        org_type text not null,
        rule text not null check (rule in ('24h', '1-working-day')),
        identified_at integer not null,         -- ms since epoch (UTC)
        deadline_at integer not null,
        created_at integer not null,
        officer_key text not null,
        referrer_json text not null,            -- {"kind":"user","userKey"} or {"kind":"email","emailHash"}
        referrer_reachable integer not null,
        own integer not null default 0,         -- a designated safeguarding lead's own reminder: not on the LADO's list
        state text not null default 'open' check (state in ('open', 'submitted', 'received', 'outcome', 'closed')),
        submitted_at integer,
        submitted_by text,
        received_at integer,
        received_by text,
        outcome_at integer,                     -- the LADO recorded an outcome
        outcome_deadline_at integer,            -- the employer's conclusion is due (null: no timescale set)
        conclusion_reported_at integer,
        closed_at integer,
        closed_by text
      );
      create index lado_clocks_case_ref on lado_clocks(case_ref, created_at);
      create index lado_clocks_active on lado_clocks(state, deadline_at);
    `,
  },
];
