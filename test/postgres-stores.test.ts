// PostgreSQL-only store checks (the shared contract runs per kind in test/store-contract.test.ts). Also the raw-SQL helper tests use to look at rows: SQLite's `?` placeholders and SQLite-shaped values.
import { describe, expect, it } from 'vitest';
import { openPostgresTestStores, pgRawSql, postgresTestsRun, toPgPlaceholders } from './support/postgres.ts';

describe.skipIf(!postgresTestsRun)('PostgreSQL', () => {
  it('raw SQL: `?` placeholders (not inside quotes), times as ms since epoch, counts as numbers, changes counted', async () => {
    expect(toPgPlaceholders(`select * from t where a = ? and b = '?' and c = 'it''s ?' and d = ?`)).toBe(`select * from t where a = $1 and b = '?' and c = 'it''s ?' and d = $2`);
    const t = await openPostgresTestStores();
    try {
      const raw = pgRawSql(t.stores);
      const at = new Date('2026-11-24T09:00:00Z');
      await t.stores.follows.follow('aad-1', 'doc#one', at);
      await t.stores.follows.follow('aad-2', 'doc#one', at);
      expect(await raw.all('select * from section_follows where section_id = ? order by user_key', 'doc#one')).toEqual([
        { user_key: 'aad-1', section_id: 'doc#one', created_at: at.getTime() },
        { user_key: 'aad-2', section_id: 'doc#one', created_at: at.getTime() },
      ]);
      expect(await raw.value('select count(*) from section_follows where user_key = ?', 'aad-1')).toBe(1);
      expect(await raw.get('select * from section_follows where user_key = ?', 'nobody')).toBeUndefined();
      expect(await raw.run(`delete from section_follows where section_id = '?' or user_key = ?`, 'aad-2')).toEqual({ changes: 1 });
      expect(await raw.value('select count(*) from section_follows')).toBe(1);
    } finally {
      await t.close();
    }
  });
});
