// npm run package [-- --app-id <guid> --bot-id <guid> --public-url https://host --out build/appPackage.zip]
// Builds the Teams app zip from manifest/ and the bot's own config (TEAMS_APP_ID, MicrosoftAppId, PUBLIC_URL,
// PARTNERSHIP); flags override the environment. A bad setting fails with every problem listed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { assemble } from '../bot/assemble.ts';
import { ConfigError, loadConfig, type Config } from '../bot/config.ts';
import { KnowledgeError } from '../bot/partnership/profile.ts';
import { silentLogger } from '../bot/shared/log.ts';
import { openSqliteStores } from '../bot/storage/sqlite-store-set.ts';
import { buildAppPackage, PackageError, type BotCommand, type PackageSettings } from './package-app/app-package.ts';

export const DEFAULT_OUT = 'build/appPackage.zip';

/** The commands users see, read from the assembled bot's router: the manifest can never drift from it. */
export async function botCommands(config: Config): Promise<{ commands: BotCommand[]; name: string; shortName: string; website: string }> {
  // Only the command table is read: packaging needs no bot secret, so the adapter is built without one.
  const offline: Config = { ...config, auth: { ...config.auth, appId: '', appPassword: '' } };
  const assistant = assemble(offline, { logger: silentLogger, stores: openSqliteStores(':memory:', { now: () => new Date() }) });
  try {
    const profile = assistant.knowledge.partnership;
    return { commands: assistant.router.listedCommands(), name: profile.name, shortName: profile.short_name, website: profile.website ?? '' };
  } finally {
    await assistant.stop();
  }
}

export interface CliFlags {
  'app-id'?: string;
  'bot-id'?: string;
  'public-url'?: string;
  'app-version'?: string;
  'privacy-url'?: string;
  'terms-url'?: string;
  out?: string;
}

export async function settingsFrom(config: Config, flags: CliFlags): Promise<PackageSettings> {
  const bot = await botCommands(config);
  const botId = flags['bot-id'] ?? config.auth.appId;
  const appVersion = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version as string;
  return {
    appId: flags['app-id'] ?? (config.teamsAppId || botId),
    botId,
    publicUrl: flags['public-url'] ?? config.publicUrl,
    version: flags['app-version'] ?? appVersion,
    partnershipName: bot.name,
    partnershipShortName: bot.shortName,
    websiteUrl: bot.website,
    // Teams requires both; the partnership's own site is the honest default until it publishes app-specific pages.
    privacyUrl: flags['privacy-url'] ?? bot.website,
    termsUrl: flags['terms-url'] ?? bot.website,
    commands: bot.commands,
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'app-id': { type: 'string' },
      'bot-id': { type: 'string' },
      'public-url': { type: 'string' },
      'app-version': { type: 'string' },
      'privacy-url': { type: 'string' },
      'terms-url': { type: 'string' },
      out: { type: 'string', default: DEFAULT_OUT },
    },
  });
  // Packaging signs nothing in: no tenant or secret is needed, so the running bot's auth rules don't apply.
  const config = loadConfig(process.env, 'package');
  const settings = await settingsFrom(config, values);
  const { zip, manifest } = await buildAppPackage(settings);
  const out = resolve(values.out ?? DEFAULT_OUT);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, zip);
  console.log(`package: wrote ${relative(process.cwd(), out)} (${zip.length} bytes), manifest ${manifest.manifestVersion} validated offline`);
  console.log(`  app id ${manifest.id}, bot id ${manifest.bots[0].botId}, tab ${manifest.staticTabs[0].contentUrl}`);
  console.log(`  commands: ${settings.commands.map((c) => c.name).join(', ')}`);
  if (!config.teamsAppId || config.teamsAppId.toLowerCase() !== String(manifest.id).toLowerCase()) {
    console.log(`  note: set TEAMS_APP_ID=${manifest.id} on the bot so answer cards can open sections in the Procedures tab`);
  }
  if (!values['privacy-url'] || !values['terms-url']) {
    console.log(`  note: privacy and terms links point to ${settings.websiteUrl}; pass --privacy-url and --terms-url to change them`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  main().catch((err) => {
    if (err instanceof PackageError || err instanceof ConfigError || err instanceof KnowledgeError) console.error(err.message);
    else console.error(err);
    process.exit(1);
  });
}
