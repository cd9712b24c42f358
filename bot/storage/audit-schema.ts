import type { Migration } from './database.ts';

// Owned by the audit questionnaires (bot/audits/).
export const auditMigrations: Migration[] = [];
