import type { Migration } from './database.ts';

// Owned by the LADO referral clock (bot/lado/).
export const ladoMigrations: Migration[] = [];
