// The content owners' settings: who may reload and see insights, the watcher switch, and how long words are kept.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../bot/config.ts';

describe("content owners' config", () => {
  it('defaults: nobody is a content owner, no watching, words kept 90 days', () => {
    expect(loadConfig({})).toMatchObject({ contentOwners: [], knowledgeWatch: false, freeTextRetentionDays: 90 });
  });

  it('reads a comma-separated list of Entra object ids and the watch switch', () => {
    const c = loadConfig({ CONTENT_OWNERS: ' aad-1, aad-2 ,,', KNOWLEDGE_WATCH: 'true', FREE_TEXT_RETENTION_DAYS: '30' });
    expect(c).toMatchObject({ contentOwners: ['aad-1', 'aad-2'], knowledgeWatch: true, freeTextRetentionDays: 30 });
    expect(Object.isFrozen(c.contentOwners)).toBe(true);
  });

  it('refuses a retention period that is not a whole number of days, naming the setting', () => {
    for (const bad of ['0', 'ninety', '-5', '1.5']) {
      expect(() => loadConfig({ FREE_TEXT_RETENTION_DAYS: bad })).toThrow(ConfigError);
      expect(() => loadConfig({ FREE_TEXT_RETENTION_DAYS: bad })).toThrow(/FREE_TEXT_RETENTION_DAYS/);
    }
    expect(() => loadConfig({ KNOWLEDGE_WATCH: 'sometimes' })).toThrow(/KNOWLEDGE_WATCH/);
  });
});
