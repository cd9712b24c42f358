// The Teams app package: what an administrator uploads must validate, and the command menu Teams shows must
// be exactly the bot's own command table.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { loadConfig } from '../bot/config.ts';
import { PROCEDURES_TAB_ENTITY_ID } from '../cards/links.ts';
import {
  buildAppPackage,
  iconProblems,
  PackageError,
  readAppPackage,
  readIcons,
  renderManifest,
  validateManifest,
  type PackageSettings,
} from '../scripts/package-app/app-package.ts';
import { settingsFrom } from '../scripts/package-app.ts';
import { FIXTURE_KNOWLEDGE } from './support/test-assistant.ts';

const APP_ID = '6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b';
const BOT_ID = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

let dataDir: string;
beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'sa-manifest-'));
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** The same config the bot would run with in production, fixture knowledge. */
const configFor = (env: Record<string, string> = {}) =>
  loadConfig({
    PUBLIC_URL: 'https://assistant.testshire.example',
    DATA_DIR: dataDir,
    KNOWLEDGE_DIR: FIXTURE_KNOWLEDGE,
    PARTNERSHIP: 'testshire',
    MicrosoftAppId: BOT_ID,
    MicrosoftAppTenantId: '0f0f0f0f-1111-2222-3333-444444444444',
    TEAMS_APP_ID: APP_ID,
    ...env,
  });

async function settings(env: Record<string, string> = {}, flags = {}): Promise<PackageSettings> {
  return settingsFrom(configFor(env), flags);
}

describe('npm run package', () => {
  it('builds a zip of manifest.json and both icons that validates against the Teams schema offline', async () => {
    const { zip } = await buildAppPackage(await settings());
    const pkg = readAppPackage(zip);
    expect(pkg.files).toEqual(['color.png', 'manifest.json', 'outline.png']);
    expect(await validateManifest(pkg.manifest)).toEqual([]);
    expect(iconProblems(pkg.icons)).toEqual([]);
    expect(pkg.manifest).toMatchObject({
      manifestVersion: '1.30',
      id: APP_ID,
      bots: [{ botId: BOT_ID, scopes: ['personal', 'team', 'groupChat'] }],
      staticTabs: [
        {
          entityId: PROCEDURES_TAB_ENTITY_ID,
          name: 'Procedures',
          contentUrl: 'https://assistant.testshire.example/tab',
          websiteUrl: 'https://assistant.testshire.example/docs',
          scopes: ['personal'],
        },
      ],
      validDomains: ['assistant.testshire.example'],
      developer: { name: expect.stringContaining('Testshire'), websiteUrl: 'https://safeguarding.testshire.example' },
    });
  });

  it("lists exactly the bot's own commands, read from the assembled router", async () => {
    const s = await settings();
    const { manifest } = await buildAppPackage(s);
    const menu = manifest.bots[0].commandLists.flatMap((l: { commands: Array<{ title: string; description: string }> }) => l.commands);
    // The router is the single source: help plus whatever features (LADO, audits) list.
    const { assemble } = await import('../bot/assemble.ts');
    const { silentLogger } = await import('../bot/shared/log.ts');
    const { openSqliteStores } = await import('../bot/storage/sqlite-store-set.ts');
    const assistant = assemble(configFor({ MicrosoftAppPassword: 'not-used' }), { logger: silentLogger, stores: openSqliteStores(':memory:', { now: () => new Date() }) });
    const table = assistant.router.listedCommands();
    await assistant.stop();
    expect(menu).toEqual(table.map((c) => ({ title: c.name, description: c.description })));
    expect(menu.map((c: { title: string }) => c.title)).toContain('help');
  });

  it('uses the bot id as the app id when TEAMS_APP_ID is not set, and flags win over the environment', async () => {
    const fallback = renderManifest(await settings({ TEAMS_APP_ID: '' }));
    expect(fallback.id).toBe(BOT_ID);
    const flagged = renderManifest(await settings({}, { 'public-url': 'https://bot.other.example', 'app-version': '2.3.4' }));
    expect(flagged.version).toBe('2.3.4');
    expect(flagged.validDomains).toEqual(['bot.other.example']);
  });

  it('fails on a bad config with every problem listed, in words a person can act on', async () => {
    const bad = await settings({ PUBLIC_URL: 'http://localhost:3978', MicrosoftAppId: '', TEAMS_APP_ID: 'not-a-guid' }, { 'app-version': 'one' });
    const error = await buildAppPackage(bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PackageError);
    const problems = (error as PackageError).problems;
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^app id: "not-a-guid" is not a GUID/),
        expect.stringMatching(/^bot id: "" is not a GUID \(set MicrosoftAppId/),
        expect.stringMatching(/^public URL: "http:\/\/localhost:3978" must be a public https address/),
        expect.stringMatching(/^version: "one"/),
      ]),
    );
    expect((error as PackageError).message).toMatch(/^package: \d+ problem\(s\):/);
  });

  it('reports schema errors the settings checks cannot see', async () => {
    const manifest = renderManifest(await settings());
    delete manifest.accentColor;
    manifest.bots[0].scopes = ['everyone'];
    const errors = await validateManifest(manifest);
    expect(errors.join('\n')).toMatch(/accentColor/);
    expect(errors.join('\n')).toMatch(/\/bots\/0\/scopes\/0/);
  });

  it('rejects a manifest whose $schema is not a bundled Teams schema (no network fetch)', async () => {
    const manifest = renderManifest(await settings());
    manifest.$schema = 'https://example.org/schema.json';
    expect(await validateManifest(manifest)).toEqual([expect.stringMatching(/is not a Teams manifest schema address/)]);
  });
});

describe("README's packaging command (Deploy to Teams, step 6)", () => {
  const repo = join(import.meta.dirname, '..');
  /** The fenced bash block under "Build the app package", read from README.md so the two cannot drift. */
  const readmeCommand = (): string => {
    const readme = readFileSync(join(repo, 'README.md'), 'utf8');
    const step = readme.indexOf('**Build the app package**');
    expect(step, 'README.md has a "Build the app package" step').toBeGreaterThan(-1);
    const block = /```bash\n([\s\S]*?)```/.exec(readme.slice(step));
    expect(block, 'the step has a bash block').not.toBeNull();
    return block![1].replace(/\\\n/g, ' ').replace(/#.*$/gm, '').trim();
  };

  it('works exactly as written, with no tenant id, no secret and nothing else in the environment', () => {
    const command = readmeCommand();
    expect(command).toMatch(/npm run package/);
    const out = join(repo, 'build', 'appPackage.zip');
    const before = Date.now();
    // Only what a fresh shell has: no MicrosoftAppTenantId, MicrosoftAppPassword or NODE_ENV from this test run.
    const printed = execFileSync('bash', ['-c', command], {
      cwd: repo,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmpdir() },
      encoding: 'utf8',
      timeout: 90_000,
    });
    expect(printed).toMatch(/package: wrote build\/appPackage\.zip/);
    expect(statSync(out).mtimeMs).toBeGreaterThanOrEqual(before - 1000);
    const { manifest } = readAppPackage(readFileSync(out));
    const assigned = Object.fromEntries([...command.matchAll(/(\w+)=(\S+)/g)].map((m) => [m[1], m[2]]));
    expect(manifest.id).toBe(assigned.TEAMS_APP_ID.toLowerCase());
    expect(manifest.bots[0].botId).toBe(assigned.MicrosoftAppId.toLowerCase());
    expect(manifest.validDomains).toEqual([new URL(assigned.PUBLIC_URL).host]);
  }, 120_000);

  it('still refuses to run the bot itself with an app id and no tenant', () => {
    expect(() => loadConfig({ MicrosoftAppId: BOT_ID })).toThrow(/MicrosoftAppTenantId: required/);
    expect(loadConfig({ MicrosoftAppId: BOT_ID, NODE_ENV: 'production' }, 'package').auth.appId).toBe(BOT_ID);
  });
});

describe('icons (manifest/*.png, drawn by scripts/make-icons.ts)', () => {
  it('are 192x192 colour and a 32x32 white outline on transparent', () => {
    const icons = readIcons();
    expect(iconProblems(icons)).toEqual([]);
    const color = PNG.sync.read(icons.color);
    // Opaque and not a single flat colour: a real icon, not a placeholder square.
    const colours = new Set<string>();
    let seeThrough = 0;
    for (let i = 0; i < color.data.length; i += 4) {
      if (color.data[i + 3] !== 255) seeThrough++;
      colours.add(`${color.data[i]},${color.data[i + 1]},${color.data[i + 2]}`);
    }
    expect(seeThrough).toBe(0);
    expect(colours.size).toBeGreaterThan(10);
  });

  it('catches a wrong size and an opaque outline', () => {
    const flat = new PNG({ width: 32, height: 32 });
    flat.data.fill(255);
    const problems = iconProblems({ color: PNG.sync.write(flat), outline: readFileSync(join(import.meta.dirname, '..', 'manifest', 'color.png')) });
    expect(problems).toEqual(['color.png: 32x32, must be 192x192', 'outline.png: 192x192, must be 32x32', 'outline.png: must have a transparent background', expect.stringMatching(/are not white/)]);
  });
});
