// Builds the Teams app package: manifest/manifest.template.json rendered from validated settings, the bot's
// command list read from the assembled router, checked offline against the bundled Teams schema, zipped
// with the two icons. Pure apart from reading the template, icons and schema; scripts/package-app.ts is the command (as scripts/import.ts is for scripts/import/).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { PNG } from 'pngjs';
import { AppManifestUtils } from '@microsoft/app-manifest';
import { PROCEDURES_TAB_ENTITY_ID } from '../../cards/links.ts';
import { ACCENT } from '../make-icons.ts';

export const MANIFEST_DIR = fileURLToPath(new URL('../../manifest/', import.meta.url));
const TEMPLATE_FILE = join(MANIFEST_DIR, 'manifest.template.json');

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SEMVER = /^\d+\.\d+\.\d+$/;
/** Teams shows at most 10 commands per list; the schema allows 12 but the client cuts the rest. */
const MAX_COMMANDS = 10;

export interface BotCommand {
  name: string;
  description: string;
}

export interface PackageSettings {
  /** The Teams app id (manifest `id`); TEAMS_APP_ID on the bot, so answer cards can deep-link to the tab. */
  appId: string;
  /** The Azure Bot's Microsoft App ID (MicrosoftAppId). */
  botId: string;
  /** The https address Teams reaches the bot and its pages on (PUBLIC_URL). */
  publicUrl: string;
  version: string;
  partnershipName: string;
  partnershipShortName: string;
  websiteUrl: string;
  privacyUrl: string;
  termsUrl: string;
  commands: BotCommand[];
}

export class PackageError extends Error {
  constructor(readonly problems: string[]) {
    super(`package: ${problems.length} problem(s):\n  - ${problems.join('\n  - ')}`);
  }
}

const httpsUrl = (value: string): boolean => {
  try {
    const u = new URL(value);
    return u.protocol === 'https:' && u.hostname !== 'localhost' && u.hostname !== '127.0.0.1';
  } catch {
    return false;
  }
};

/** Every problem with the settings at once, in the words of the env var or flag a person would change. */
export function settingsProblems(s: PackageSettings): string[] {
  const problems: string[] = [];
  if (!GUID.test(s.appId)) problems.push(`app id: "${s.appId}" is not a GUID (set TEAMS_APP_ID or --app-id; it may equal MicrosoftAppId)`);
  if (!GUID.test(s.botId)) problems.push(`bot id: "${s.botId}" is not a GUID (set MicrosoftAppId or --bot-id to the Azure Bot's app id)`);
  if (!httpsUrl(s.publicUrl)) problems.push(`public URL: "${s.publicUrl}" must be a public https address (set PUBLIC_URL or --public-url)`);
  if (!SEMVER.test(s.version)) problems.push(`version: "${s.version}" must look like 1.2.3 (--app-version)`);
  for (const [name, url] of [['website URL', s.websiteUrl], ['privacy URL (--privacy-url)', s.privacyUrl], ['terms URL (--terms-url)', s.termsUrl]] as const) {
    if (!httpsUrl(url)) problems.push(`${name}: "${url}" must be an https address`);
  }
  if (!s.partnershipName.trim()) problems.push('partnership name: empty (check knowledge/<partnership>/partnership.yml)');
  if (s.commands.length === 0) problems.push('commands: the bot lists no commands');
  if (s.commands.length > MAX_COMMANDS) problems.push(`commands: ${s.commands.length} listed, Teams shows at most ${MAX_COMMANDS}`);
  return problems;
}

/** Fills the template's {{tokens}} and the bot's command list. */
export function renderManifest(s: PackageSettings, template: string = readFileSync(TEMPLATE_FILE, 'utf8')): Record<string, any> {
  const publicUrl = s.publicUrl.replace(/\/+$/, '');
  const tokens: Record<string, string> = {
    version: s.version,
    appId: s.appId.toLowerCase(),
    botId: s.botId.toLowerCase(),
    publicUrl,
    publicHost: safeHost(publicUrl),
    partnershipName: s.partnershipName,
    partnershipShortName: s.partnershipShortName,
    developerName: developerName(s),
    websiteUrl: s.websiteUrl,
    privacyUrl: s.privacyUrl,
    termsUrl: s.termsUrl,
    accentColor: ACCENT,
    tabEntityId: PROCEDURES_TAB_ENTITY_ID,
  };
  const fill = (value: unknown): unknown => {
    if (typeof value === 'string') {
      return value.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
        if (!(name in tokens)) throw new PackageError([`manifest template: unknown token ${whole}`]);
        return tokens[name];
      });
    }
    if (Array.isArray(value)) return value.map(fill);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v)]));
    return value;
  };
  const manifest = fill(JSON.parse(template)) as Record<string, any>;
  const bot = manifest.bots?.[0];
  if (bot) {
    bot.commandLists = [
      {
        scopes: bot.scopes,
        commands: s.commands.map((c) => ({ title: c.name.slice(0, 128), description: c.description.slice(0, 4000) })),
      },
    ];
  }
  return manifest;
}

/** The schema caps developer.name at 32 characters; most partnership names are longer. */
function developerName(s: PackageSettings): string {
  if (s.partnershipName.length <= 32) return s.partnershipName;
  return `${s.partnershipShortName} Safeguarding Partnership`.slice(0, 32);
}

function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** Validates against the schema bundled in @microsoft/app-manifest, read from disk: never the network. */
export async function validateManifest(manifest: Record<string, any>): Promise<string[]> {
  const match = /^https:\/\/developer\.microsoft\.com\/json-schemas\/teams\/(v[\w.]+)\/MicrosoftTeams\.schema\.json$/.exec(String(manifest.$schema ?? ''));
  if (!match) return [`$schema: "${manifest.$schema}" is not a Teams manifest schema address`];
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve('@microsoft/app-manifest/package.json'));
  const schemaFile = join(root, 'build', 'json-schemas', 'teams', match[1], 'MicrosoftTeams.schema.json');
  let schema: object;
  try {
    schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
  } catch {
    return [`$schema: version ${match[1]} is not bundled in @microsoft/app-manifest (looked for ${schemaFile})`];
  }
  const errors = await AppManifestUtils.validateAgainstSchema(manifest as never, schema as never);
  return errors.map((e: string) => `manifest schema: ${e.trim()}`);
}

export interface Icons {
  color: Buffer;
  outline: Buffer;
}

export function readIcons(dir: string = MANIFEST_DIR): Icons {
  return { color: readFileSync(join(dir, 'color.png')), outline: readFileSync(join(dir, 'outline.png')) };
}

/** Teams' icon rules, which the schema cannot check: sizes, and an outline that is white on transparent. */
export function iconProblems(icons: Icons): string[] {
  const problems: string[] = [];
  const color = PNG.sync.read(icons.color);
  if (color.width !== 192 || color.height !== 192) problems.push(`color.png: ${color.width}x${color.height}, must be 192x192`);
  const outline = PNG.sync.read(icons.outline);
  if (outline.width !== 32 || outline.height !== 32) problems.push(`outline.png: ${outline.width}x${outline.height}, must be 32x32`);
  let transparent = 0;
  let notWhite = 0;
  for (let i = 0; i < outline.data.length; i += 4) {
    const [r, g, b, a] = [outline.data[i], outline.data[i + 1], outline.data[i + 2], outline.data[i + 3]];
    if (a === 0) transparent++;
    else if (r !== 255 || g !== 255 || b !== 255) notWhite++;
  }
  if (transparent === 0) problems.push('outline.png: must have a transparent background');
  if (notWhite > 0) problems.push(`outline.png: ${notWhite} visible pixel(s) are not white`);
  return problems;
}

export function zipAppPackage(manifest: object, icons: Icons): Uint8Array {
  return zipSync(
    {
      'manifest.json': strToU8(`${JSON.stringify(manifest, null, 2)}\n`),
      'color.png': new Uint8Array(icons.color),
      'outline.png': new Uint8Array(icons.outline),
    },
    { level: 9, mtime: new Date('2026-01-01T00:00:00Z') },
  );
}

export function readAppPackage(zip: Uint8Array): { manifest: Record<string, any>; files: string[]; icons: Icons } {
  const files = unzipSync(zip);
  const manifestBytes = files['manifest.json'];
  if (!manifestBytes) throw new PackageError(['zip: no manifest.json at the top level']);
  return {
    manifest: JSON.parse(Buffer.from(manifestBytes).toString('utf8')),
    files: Object.keys(files).sort(),
    icons: { color: Buffer.from(files['color.png'] ?? []), outline: Buffer.from(files['outline.png'] ?? []) },
  };
}

/** Settings -> validated zip, or a PackageError listing every problem found. */
export async function buildAppPackage(settings: PackageSettings, icons: Icons = readIcons()): Promise<{ zip: Uint8Array; manifest: Record<string, any> }> {
  const problems = [...settingsProblems(settings), ...iconProblems(icons)];
  const manifest = renderManifest(settings);
  // Schema errors are reported too, even when settings already failed: one run shows everything.
  problems.push(...(await validateManifest(manifest)).filter((p) => !problems.some((q) => duplicateOf(p, q))));
  if (problems.length) throw new PackageError(problems);
  return { zip: zipAppPackage(manifest, icons), manifest };
}

/** A schema error about a field already reported in a person's words (e.g. a bad GUID) adds nothing. */
function duplicateOf(schemaError: string, settingsProblem: string): boolean {
  const pairs: Array<[RegExp, RegExp]> = [
    [/^manifest schema: \/id /, /^app id:/],
    [/^manifest schema: \/bots\/0\/botId /, /^bot id:/],
    [/^manifest schema: \/version /, /^version:/],
    [/^manifest schema: \/(staticTabs|validDomains|developer)/, /URL:/],
  ];
  return pairs.some(([a, b]) => a.test(schemaError) && b.test(settingsProblem));
}
