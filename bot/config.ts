// The only reader of process.env. Validated once, frozen, passed down.
import { z } from 'zod';

const boolish = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .optional()
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const commaList = z
  .string()
  .optional()
  .transform((v) => (v ?? '').split(',').map((s) => s.trim()).filter(Boolean));

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  PUBLIC_URL: z.string().url().optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  // PostgreSQL instead of SQLite (several instances on one database). The message never repeats the value: it holds the password.
  DATABASE_URL: z
    .string()
    .optional()
    .transform((v) => v?.trim() || undefined)
    .refine((v) => v === undefined || isPostgresUrl(v), { message: 'must be a postgres:// or postgresql:// URL (postgres://user:password@host:5432/database)' }),
  KNOWLEDGE_DIR: z.string().min(1).default('./knowledge'),
  PARTNERSHIP: z.string().regex(/^[a-z][a-z0-9-]*$/, 'a lower-case folder name under knowledge/').default('wigan'),
  NODE_ENV: z.string().default('development'),
  MicrosoftAppId: z.string().default(''),
  MicrosoftAppPassword: z.string().default(''),
  // Azure no longer creates multi-tenant bots: single tenant (or a managed identity) is the default.
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('SingleTenant'),
  MicrosoftAppTenantId: z.string().default(''),
  // botbuilder's own name: the OpenID metadata of the channel's signing keys (default: the public Bot Framework one).
  BotOpenIdMetadata: z.string().url().optional(),
  // Tenant ids are GUIDs: compared case-insensitively, so stored lower-case.
  ALLOWED_TENANTS: commaList.transform((ids) => ids.map((id) => id.toLowerCase())),
  LADO_STAFF: commaList,
  LADO_CHANNEL_ID: z.string().default(''),
  COMMITTEE_MEMBERS: commaList,
  LINK_SECRET: z.string().default(''),
  LOG_MESSAGE_TEXT: boolish,
  DISPATCH_INTERVAL_MS: z.coerce.number().int().min(50).max(600_000).default(15_000),
  TEAMS_APP_ID: z.string().default(''),
  CONTENT_OWNERS: commaList,
  KNOWLEDGE_WATCH: boolish,
  FREE_TEXT_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  // Delivery to Teams: how long one call to the Bot Connector may take, and how long a reminder that keeps
  // failing for a passing reason (throttling, an outage) is retried before someone is told it could not go.
  CONNECTOR_TIMEOUT_MS: z.coerce.number().int().min(500).max(60_000).default(5_000),
  REMINDER_RETRY_MINUTES: z.coerce.number().int().min(1).max(7 * 24 * 60).default(60),
});

/** Long enough that it cannot be guessed or brute-forced offline (an HMAC key). */
export const LINK_SECRET_MIN = 32;


export interface Config {
  readonly port: number;
  readonly publicUrl: string;
  readonly dataDir: string;
  /** PostgreSQL connection string (DATABASE_URL); unset: SQLite under dataDir. */
  readonly databaseUrl?: string;
  readonly knowledgeDir: string;
  readonly partnership: string;
  readonly production: boolean;
  readonly auth: {
    readonly appId: string;
    readonly appPassword: string;
    readonly appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
    readonly tenantId: string;
    /** Override of the channel's OpenID metadata URL (tests against a local copy); empty = botbuilder's default. */
    readonly openIdMetadataUrl: string;
    /** Empty = any tenant. */
    readonly allowedTenants: readonly string[];
  };
  /** Entra object ids of LADO officers, and an optional LADO duty channel (conversation id). */
  readonly lado: { readonly staff: readonly string[]; readonly channelId: string };
  /** Entra object ids of audit committee members. */
  readonly committee: { readonly members: readonly string[] };
  /** Signs expiring report links; generated per process when unset (links then die on restart). */
  readonly linkSecret: string;
  readonly logMessageText: boolean;
  readonly dispatchIntervalMs: number;
  /** The Teams app id (manifest id), used for deep links to the Procedures tab. */
  readonly teamsAppId: string;
  /** Entra object ids of the people who keep the knowledge current (reload, insights). */
  readonly contentOwners: readonly string[];
  /** Reload knowledge/ by itself when a file in it changes. */
  readonly knowledgeWatch: boolean;
  /** Stored free text (feedback questions, audit answers and drafts) is deleted this many days after it stops being needed. */
  readonly freeTextRetentionDays: number;
  readonly delivery: DeliveryConfig;
}

export interface DeliveryConfig {
  /** One call to the Bot Connector (a reply or a proactive send) is abandoned after this long. */
  readonly connectorTimeoutMs: number;
  /** A message failing for a passing reason is retried for this long after its first failure, then reported. */
  readonly retryForMs: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`config: ${problems.length} problem(s):\n  - ${problems.join('\n  - ')}`);
  }
}

/**
 * `use: 'package'` is for building the Teams app zip, which needs the ids and the address but never signs in:
 * the running bot's authentication rules (tenant, secret, production settings) are not applied.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env, use: 'bot' | 'package' = 'bot'): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  const problems = use === 'bot' ? runningBotProblems(e) : [];
  if (problems.length) throw new ConfigError(problems);
  const production = e.NODE_ENV === 'production';
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, '');
  return Object.freeze({
    port: e.PORT,
    publicUrl,
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    knowledgeDir: e.KNOWLEDGE_DIR,
    partnership: e.PARTNERSHIP,
    production,
    auth: Object.freeze({
      appId: e.MicrosoftAppId,
      appPassword: e.MicrosoftAppPassword,
      appType: e.MicrosoftAppType,
      tenantId: e.MicrosoftAppTenantId,
      openIdMetadataUrl: e.BotOpenIdMetadata ?? '',
      allowedTenants: Object.freeze(e.ALLOWED_TENANTS),
    }),
    lado: Object.freeze({ staff: Object.freeze(e.LADO_STAFF), channelId: e.LADO_CHANNEL_ID }),
    committee: Object.freeze({ members: Object.freeze(e.COMMITTEE_MEMBERS) }),
    linkSecret: e.LINK_SECRET || randomSecret(),
    logMessageText: e.LOG_MESSAGE_TEXT,
    dispatchIntervalMs: e.DISPATCH_INTERVAL_MS,
    teamsAppId: e.TEAMS_APP_ID,
    contentOwners: Object.freeze(e.CONTENT_OWNERS),
    knowledgeWatch: e.KNOWLEDGE_WATCH,
    freeTextRetentionDays: e.FREE_TEXT_RETENTION_DAYS,
    delivery: Object.freeze({ connectorTimeoutMs: e.CONNECTOR_TIMEOUT_MS, retryForMs: e.REMINDER_RETRY_MINUTES * 60_000 }),
  });
}

/** What the bot needs to sign in and serve safely; packaging skips these. */
function runningBotProblems(e: z.infer<typeof envSchema>): string[] {
  const problems: string[] = [];
  const production = e.NODE_ENV === 'production';
  if (production && !e.MicrosoftAppId) problems.push('MicrosoftAppId: required when NODE_ENV=production');
  if (production && e.MicrosoftAppType !== 'UserAssignedMSI' && !e.MicrosoftAppPassword) {
    problems.push('MicrosoftAppPassword: required when NODE_ENV=production (or use MicrosoftAppType=UserAssignedMSI)');
  }
  if (e.MicrosoftAppId && e.MicrosoftAppType !== 'MultiTenant' && !e.MicrosoftAppTenantId) {
    problems.push(`MicrosoftAppTenantId: required with MicrosoftAppId when MicrosoftAppType=${e.MicrosoftAppType} (your Entra tenant id)`);
  }
  if (production && !e.PUBLIC_URL) problems.push('PUBLIC_URL: required when NODE_ENV=production (the https address Teams reaches)');
  if (production && !e.LINK_SECRET) problems.push('LINK_SECRET: required when NODE_ENV=production (signs report links)');
  else if (production && e.LINK_SECRET.length < LINK_SECRET_MIN) {
    problems.push(`LINK_SECRET: at least ${LINK_SECRET_MIN} characters when NODE_ENV=production (it has ${e.LINK_SECRET.length}); for example the output of \`openssl rand -hex 32\``);
  }
  return problems;
}

function isPostgresUrl(value: string): boolean {
  if (!/^postgres(ql)?:\/\//i.test(value)) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

function randomSecret(): string {
  return crypto.getRandomValues(new Uint8Array(32)).reduce((s, b) => s + b.toString(16).padStart(2, '0'), '');
}
