// Builds the whole assistant from config without opening a port: index.ts listens, tests use port 0.
import { join } from 'node:path';
import type { Server } from 'restify';
import type { CloudAdapter } from 'botbuilder';
import type { Config } from './config.ts';
import { createApp } from './app.ts';
import type { Clock } from './shared/clock.ts';
import { systemClock } from './shared/clock.ts';
import type { Logger } from './shared/log.ts';
import type { Notifier } from './shared/notifier.ts';
import { loadKnowledge, type KnowledgeBase } from './knowledge/load.ts';
import { createAnswerEngine, type AnswerEngine } from './knowledge/answer.ts';
import { openDatabase, type Db } from './storage/database.ts';
import { allMigrations } from './storage/schema.ts';
import { persistentSecret } from './storage/settings.ts';
import { createSqliteConversationReferenceStore } from './storage/sqlite-conversation-references.ts';
import { createSqliteFeedbackStore } from './storage/sqlite-feedback.ts';
import { createSqliteScheduleStore } from './storage/sqlite-schedule.ts';
import { createDispatcher, type Dispatcher } from './scheduling/dispatcher.ts';
import type { ScheduleStore } from './scheduling/types.ts';
import { createAdapter } from './teams/adapter.ts';
import { AssistantBot } from './teams/assistant-bot.ts';
import { createTeamsNotifier } from './teams/teams-notifier.ts';
import { createChannelMembership } from './teams/channel-membership.ts';
import type { ConversationReferenceStore } from './teams/conversation-references.ts';
import { createAskFeature } from './handlers/ask.ts';
import { createHelpFeature } from './handlers/help.ts';
import { createFeedbackFeature } from './handlers/feedback.ts';
import { createLadoFeature, ladoAnswerActions } from './handlers/lado.ts';
import { createProceduresTabFeature } from './web/tab-page.ts';
import { createAuditFeature } from './handlers/audits.ts';
import { createRouter, type Router } from './handlers/router.ts';
import type { Feature } from './handlers/types.ts';
import { createDocsRoutes } from './web/docs-pages.ts';
import { createSearchApi } from './web/search-api.ts';
import { createStaticRoutes } from './web/static-files.ts';

export interface AssembleOptions {
  clock?: Clock;
  logger: Logger;
  /** Already-loaded knowledge (tests, benchmarks); read from config.knowledgeDir otherwise. */
  knowledge?: KnowledgeBase;
  /** Database file; defaults to <DATA_DIR>/assistant.db. */
  databaseFile?: string;
}

export interface Assistant {
  server: Server;
  adapter: CloudAdapter;
  bot: AssistantBot;
  engine: AnswerEngine;
  knowledge: KnowledgeBase;
  db: Db;
  router: Router;
  notifier: Notifier;
  references: ConversationReferenceStore;
  schedule: ScheduleStore;
  /** Sends due reminders; tests call tick() after moving the clock. */
  dispatcher: Dispatcher;
  features: Feature[];
  /** Starts background work (reminder dispatchers). */
  start(): void;
  /** Stops background work and closes the database. */
  stop(): Promise<void>;
}

export function assemble(config: Config, options: AssembleOptions): Assistant {
  const clock = options.clock ?? systemClock;
  const logger = options.logger;
  const now = () => clock.now();

  const knowledge = options.knowledge ?? loadKnowledge(config.knowledgeDir, config.partnership);
  const engine = createAnswerEngine(knowledge);
  const profile = knowledge.partnership;

  const db = openDatabase(options.databaseFile ?? join(config.dataDir, 'assistant.db'), allMigrations);
  const salt = persistentSecret(db, 'pseudonym-salt');
  const references = createSqliteConversationReferenceStore(db, now);
  const adapter = createAdapter(config, logger);
  const notifier = createTeamsNotifier(adapter, config.auth.appId, references, logger);
  const schedule = createSqliteScheduleStore(db);
  const channels = createChannelMembership(adapter, config.auth.appId, references, logger, now);
  // Features schedule before the dispatcher exists; they wake it through this.
  let dispatcher: Dispatcher | undefined;
  const wakeDispatcher = () => dispatcher?.poke();

  const askDeps = {
    engine,
    profile,
    publicUrl: config.publicUrl,
    teamsAppId: config.teamsAppId,
    extraActions: ladoAnswerActions(config.lado.staff),
  };
  const ask = createAskFeature(askDeps);
  const feedback = createFeedbackFeature({ ...askDeps, store: createSqliteFeedbackStore(db, salt), now });
  // help lists every feature's commands, so it reads the router lazily.
  let router: Router | undefined;
  const help = createHelpFeature({ profile, publicUrl: config.publicUrl, listedCommands: () => router?.listedCommands() ?? [] });

  const features: Feature[] = [
    help,
    ask,
    feedback,
    createProceduresTabFeature(askDeps),
    createLadoFeature({
      db,
      schedule,
      profile,
      notifier,
      userForEmailHash: (h) => references.byEmailHash(h)?.userKey,
      clock,
      logger,
      lado: config.lado,
      inLadoChannel: (aadObjectId) => channels.isMember(config.lado.channelId, aadObjectId),
      teamsAppId: config.teamsAppId,
      wakeDispatcher,
    }),
    createAuditFeature({ db, schedule, profile, notifier, userForEmailHash: (h) => references.byEmailHash(h)?.userKey, clock, logger, committee: config.committee.members, linkSecret: config.linkSecret, publicUrl: config.publicUrl, teamsAppId: config.teamsAppId, wakeDispatcher }),
  ];
  router = createRouter(features);
  dispatcher = createDispatcher({
    store: schedule,
    notifier,
    clock,
    logger,
    kinds: Object.assign({}, ...features.map((f) => f.messageKinds ?? {})),
    intervalMs: config.dispatchIntervalMs,
    retry: { retryForMs: config.delivery.retryForMs },
  });

  const bot = new AssistantBot({
    router,
    references,
    logger,
    ask: (q, actor) => ask.ask(q, actor),
    welcome: () => help.welcome(),
    logMessageText: config.logMessageText,
  });
  const routes = [
    ...createStaticRoutes(),
    ...createDocsRoutes(engine, profile),
    ...createSearchApi(askDeps),
    ...features.flatMap((f) => f.routes ?? []),
  ];
  const server = createApp({ adapter, bot, routes, logger, allowedTenants: config.auth.allowedTenants });

  return {
    server,
    adapter,
    bot,
    engine,
    knowledge,
    db,
    router,
    notifier,
    references,
    schedule,
    dispatcher,
    features,
    start() {
      dispatcher!.start();
      for (const f of features) f.start?.();
    },
    async stop() {
      await dispatcher!.stop();
      for (const f of features) await f.stop?.();
      server.close();
      db.close();
    },
  };
}
