import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../bot/config.ts';

describe('config', () => {
  it('has working defaults for a local run', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 3978, publicUrl: 'http://localhost:3978', dataDir: './data', partnership: 'wigan', production: false });
    expect(c.auth.appId).toBe('');
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('derives PUBLIC_URL from PORT and trims a trailing slash', () => {
    expect(loadConfig({ PORT: '4000' }).publicUrl).toBe('http://localhost:4000');
    expect(loadConfig({ PUBLIC_URL: 'https://bot.example.org/' }).publicUrl).toBe('https://bot.example.org');
  });

  it('refuses to start in production without app credentials, listing every problem', () => {
    let error: unknown;
    try {
      loadConfig({ NODE_ENV: 'production' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toContain('MicrosoftAppId');
    expect(problems).toContain('MicrosoftAppPassword');
    expect(problems).toContain('PUBLIC_URL');
    expect(problems).toContain('LINK_SECRET');
  });

  it('accepts production with a managed identity and no password', () => {
    const c = loadConfig({
      NODE_ENV: 'production',
      MicrosoftAppId: '11111111-2222-3333-4444-555555555555',
      MicrosoftAppType: 'UserAssignedMSI',
      MicrosoftAppTenantId: '99999999-2222-3333-4444-555555555555',
      PUBLIC_URL: 'https://bot.example.org',
      LINK_SECRET: 'a'.repeat(32),
    });
    expect(c.production).toBe(true);
  });

  it.each(['abc', 'a'.repeat(31)])('refuses a short LINK_SECRET ("%s") in production, saying how long it must be', (secret) => {
    const env = {
      NODE_ENV: 'production',
      MicrosoftAppId: '11111111-2222-3333-4444-555555555555',
      MicrosoftAppType: 'UserAssignedMSI',
      MicrosoftAppTenantId: '99999999-2222-3333-4444-555555555555',
      PUBLIC_URL: 'https://bot.example.org',
      LINK_SECRET: secret,
    };
    expect(() => loadConfig(env)).toThrow(/LINK_SECRET: at least 32 characters/);
    expect(loadConfig({ ...env, NODE_ENV: 'development' }).linkSecret).toBe(secret);
  });

  it('keeps stored free text 90 days by default, and reads FREE_TEXT_RETENTION_DAYS', () => {
    expect(loadConfig({}).freeTextRetentionDays).toBe(90);
    expect(loadConfig({ FREE_TEXT_RETENTION_DAYS: '30' }).freeTextRetentionDays).toBe(30);
    expect(() => loadConfig({ FREE_TEXT_RETENTION_DAYS: '0' })).toThrow(/FREE_TEXT_RETENTION_DAYS/);
    expect(() => loadConfig({ FREE_TEXT_RETENTION_DAYS: 'forever' })).toThrow(/FREE_TEXT_RETENTION_DAYS/);
  });

  it('reads DATABASE_URL once: unset means SQLite; a bad value names the variable and never repeats the password', () => {
    expect(loadConfig({}).databaseUrl).toBeUndefined();
    expect(loadConfig({ DATABASE_URL: '  ' }).databaseUrl).toBeUndefined();
    expect(loadConfig({ DATABASE_URL: 'postgres://bot:pw@db.internal:5432/assistant' }).databaseUrl).toBe('postgres://bot:pw@db.internal:5432/assistant');
    expect(loadConfig({ DATABASE_URL: 'postgresql://bot@localhost/assistant?sslmode=require' }).databaseUrl).toBe('postgresql://bot@localhost/assistant?sslmode=require');
    for (const bad of ['mysql://bot:S3cret-Pa55@db/assistant', 'S3cret-Pa55', 'postgres//bot:S3cret-Pa55@db/assistant']) {
      const error = (() => {
        try {
          loadConfig({ DATABASE_URL: bad });
        } catch (e) {
          return e as ConfigError;
        }
      })();
      expect(error).toBeInstanceOf(ConfigError);
      expect(error!.problems.join('\n')).toMatch(/^DATABASE_URL: must be a postgres:\/\/ or postgresql:\/\/ URL/);
      expect(error!.message).not.toContain('S3cret-Pa55');
    }
  });

  it('asks for the tenant id of a single-tenant bot, the default', () => {
    expect(() => loadConfig({ MicrosoftAppId: '11111111-2222-3333-4444-555555555555', MicrosoftAppPassword: 'p' })).toThrow(/MicrosoftAppTenantId/);
    expect(loadConfig({}).auth.appType).toBe('SingleTenant');
  });

  it('rejects malformed values with the variable named', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ PARTNERSHIP: '../etc' })).toThrow(/PARTNERSHIP/);
    expect(() => loadConfig({ MicrosoftAppType: 'Other' })).toThrow(/MicrosoftAppType/);
  });

  it('reads comma-separated lists of tenants and roles', () => {
    const c = loadConfig({ ALLOWED_TENANTS: 't1, T2', LADO_STAFF: 'a,b', COMMITTEE_MEMBERS: '' });
    // Tenant ids are GUIDs: held lower-case so that any capitalisation matches.
    expect(c.auth.allowedTenants).toEqual(['t1', 't2']);
    expect(c.lado.staff).toEqual(['a', 'b']);
    expect(c.committee.members).toEqual([]);
  });
});
