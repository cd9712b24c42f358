import type { Migration } from './database.ts';

// Retrying a message that failed for a passing reason, and marking a send that may already have reached Teams.
export const deliveryMigrations: Migration[] = [
  {
    id: '001-delivery-retries',
    sql: `
      alter table scheduled_messages add column next_attempt_at integer;   -- ms; due_at until a send fails
      alter table scheduled_messages add column send_started_at integer;   -- set just before the call to Teams
      alter table scheduled_messages add column failures integer not null default 0;
      alter table scheduled_messages add column first_failed_at integer;
      alter table scheduled_messages add column possible_repeat integer not null default 0;
      update scheduled_messages set next_attempt_at = due_at;
      create index scheduled_messages_next on scheduled_messages(status, next_attempt_at);
    `,
  },
];
