// Every module's migrations, in the order they apply. Append; never reorder or rename.
import type { Migration } from './database.ts';
import { coreMigrations } from './core-schema.ts';
import { ladoMigrations } from './lado-schema.ts';
import { auditMigrations } from './audit-schema.ts';
import { amendmentMigrations } from './amendments-schema.ts';
import { deliveryMigrations } from './delivery-schema.ts';

export const allMigrations: readonly Migration[] = [...coreMigrations, ...ladoMigrations, ...auditMigrations, ...amendmentMigrations, ...deliveryMigrations];
