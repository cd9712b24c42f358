// Builds the whole assistant from config without opening a port: index.ts listens, tests use port 0.
import { join } from 'node:path';
import type { Server } from 'restify';
import type { Config } from './config.ts';
import { createApp } from './app.ts';
import type { Clock } from './shared/clock.ts';
import { systemClock } from './shared/clock.ts';
import type { Logger } from './shared/log.ts';
import type { Notifier } from './shared/notifier.ts';
import { loadKnowledge, type KnowledgeBase } from './knowledge/load.ts';
import { createAnswerEngine, type AnswerEngine } from './knowledge/answer.ts';
import type { StoreSet } from './storage/store-set.ts';
import { openSqliteStores } from './storage/sqlite-store-set.ts';
import { createRetentionSweeper, type RetentionSweeper } from './shared/retention.ts';
import { createDispatcher, type Dispatcher } from './scheduling/dispatcher.ts';
import type { ScheduleStore } from './scheduling/types.ts';
import { createAdapter, type CloudAdapter } from './teams/adapter.ts';
import { AssistantBot } from './teams/assistant-bot.ts';
import { createTeamsNotifier } from './teams/teams-notifier.ts';
import { createChannelMembership } from './teams/channel-membership.ts';
import type { ConversationReferenceStore } from './teams/conversation-references.ts';
import { createAskFeature } from './handlers/ask.ts';
import { createHelpFeature } from './handlers/help.ts';
import { createFeedbackFeature } from './handlers/feedback.ts';
import { ladoAnswerActions } from './handlers/lado.ts';
import { wireLado } from './wire/lado.ts';
import type { ReferralClockStore } from './lado/types.ts';
import { createProceduresTabFeature } from './web/tab-page.ts';
import { wireAudits } from './wire/audits.ts';
import type { ScheduledFeatureDeps } from './wire/types.ts';
import type { AuditService } from './audits/service.ts';
import { createRouter, type Router } from './handlers/router.ts';
import type { Feature } from './handlers/types.ts';
import { createDocsRoutes } from './web/docs-pages.ts';
import { createSearchApi } from './web/search-api.ts';
import { createStaticRoutes } from './web/static-files.ts';
import { createKnowledgeHolder, liveEngine, liveDanger, type KnowledgeHolder } from './knowledge/live.ts';
import { createReloader } from './knowledge/reload.ts';
import { createAmendmentLog, type AmendmentLog } from './amendments/service.ts';
import { createKnowledgeAdminFeature } from './handlers/knowledge-admin.ts';
import { createPublisher } from './amendments/publish.ts';
import { createFollowFeature } from './handlers/follow.ts';
import { createWhatsNewRoutes } from './web/whats-new.ts';
import { TAB_HEAD, tabDocPath } from './web/tab-page.ts';
import { createInsightsFeature } from './handlers/insights.ts';
import { createInsightsRoutes } from './web/insights-routes.ts';
import { insightsUrls, signInsightsLink } from './content-owners/insights-link.ts';
import { createQuestionRecorder } from './content-owners/question-log.ts';
import type { QuestionLogStore } from './content-owners/types.ts';

export interface AssembleOptions {
  clock?: Clock;
  logger: Logger;
  /** Already-loaded knowledge (tests, benchmarks); read from config.knowledgeDir otherwise. */
  knowledge?: KnowledgeBase;
  /** Where records are kept; defaults to SQLite in <DATA_DIR>/assistant.db. Closed by stop(). */
  stores?: StoreSet;
}

export interface Assistant {
  server: Server;
  adapter: CloudAdapter;
  bot: AssistantBot;
  engine: AnswerEngine;
  knowledge: KnowledgeBase;
  /** Every store, from one database (tests read rows through test/support/raw-sql.ts). */
  stores: StoreSet;
  router: Router;
  notifier: Notifier;
  references: ConversationReferenceStore;
  schedule: ScheduleStore;
  /** The LADO referral clocks (tests read them through the store, not SQL). */
  referralClocks: ReferralClockStore;
  /** What questions asked in Teams leave for content owners' insights. */
  questionLog: QuestionLogStore;
  /** Audit rounds, for tests that set a round up without the Teams flow. */
  auditRounds: AuditService;
  /** Sends due reminders; tests call tick() after moving the clock. */
  dispatcher: Dispatcher;
  /** Deletes stored free text after FREE_TEXT_RETENTION_DAYS; tests call sweep() after moving the clock. */
  retention: RetentionSweeper;
  features: Feature[];
  /** The knowledge live now: `knowledge reload` replaces holder.current. */
  holder: KnowledgeHolder;
  amendments: AmendmentLog;
  /** Settles when the start-up work is done (the amendments log brought up to date with the content). */
  ready: Promise<void>;
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
  // Everything reads the engine through the holder, so a reload reaches the bot, the pages and the tab at once.
  const holder = createKnowledgeHolder(knowledge, createAnswerEngine(knowledge));
  const engine: AnswerEngine = liveEngine(holder);
  const profile = knowledge.partnership;

  const stores = options.stores ?? openSqliteStores(join(config.dataDir, 'assistant.db'), { now });
  // The store keeps each reference's JSON as it went in: botbuilder's references come back as botbuilder's.
  const references = stores.references as ConversationReferenceStore;
  const adapter = createAdapter(config, logger);
  const notifier = createTeamsNotifier(adapter, config.auth.appId, references, logger);
  const schedule = stores.schedule;
  const channels = createChannelMembership(adapter, config.auth.appId, references, logger, now);
  // Features schedule before the dispatcher exists; they wake it through this.
  let dispatcher: Dispatcher | undefined;
  const wakeDispatcher = () => dispatcher?.poke();
  const amendmentStore = stores.amendments;
  const follows = stores.follows;
  const amendments = createAmendmentLog({
    store: amendmentStore,
    follows,
    schedule,
    clock,
    onError: (err) => logger.error('amendments.refresh_failed', { err }),
  });
  // Content changed while the assistant was stopped is logged (and followers told) as if it had been reloaded.
  const ready = amendments.sync(knowledge.docs).then(
    (result) => {
      if (result.notified) wakeDispatcher();
    },
    (err: unknown) => logger.error('amendments.sync_failed', { err }),
  );
  const questionLog = stores.questionLog;
  const insights: Feature = {
    ...createInsightsFeature({
      owners: config.contentOwners,
      links: (owner, at) => insightsUrls(config.publicUrl, signInsightsLink(config.linkSecret, owner, at)),
      clock,
    }),
    routes: createInsightsRoutes({
      linkSecret: config.linkSecret,
      owners: config.contentOwners,
      partnershipName: profile.name,
      retentionDays: config.freeTextRetentionDays,
      store: questionLog,
      docs: () => holder.current.knowledge.docs,
      now: () => clock.now(),
    }),
  };

  const askDeps = {
    engine,
    profile,
    danger: liveDanger(holder),
    publicUrl: config.publicUrl,
    teamsAppId: config.teamsAppId,
    extraActions: ladoAnswerActions(config.lado.staff),
    updatedAt: (sectionId: string) => amendments.recentlyUpdated(sectionId),
    onAsked: createQuestionRecorder({ store: questionLog, clock, logger }),
  };
  const ask = createAskFeature(askDeps);
  const feedback = createFeedbackFeature({ ...askDeps, store: stores.feedback, now });
  // help lists every feature's commands, so it reads the router lazily.
  let router: Router | undefined;
  const help = createHelpFeature({ profile, publicUrl: config.publicUrl, listedCommands: () => router?.listedCommands() ?? [] });

  // What the features that keep records and send scheduled cards (LADO clock, audit rounds) are built from.
  const scheduled: ScheduledFeatureDeps = {
    stores,
    schedule,
    profile,
    notifier,
    userForEmailHash: async (h) => (await references.byEmailHash(h))?.userKey,
    clock,
    logger,
    teamsAppId: config.teamsAppId,
    wakeDispatcher,
  };
  const lado = wireLado({ ...scheduled, lado: config.lado, channels });
  const audits = wireAudits({ ...scheduled, committee: config.committee.members, linkSecret: config.linkSecret, publicUrl: config.publicUrl });

  const features: Feature[] = [
    help,
    ask,
    feedback,
    createProceduresTabFeature(askDeps),
    lado.feature,
    createKnowledgeAdminFeature({
      publisher: createPublisher({
        reloader: createReloader({ holder, load: () => loadKnowledge(config.knowledgeDir, config.partnership), build: createAnswerEngine, logger }),
        amendments,
        schedule,
        contentOwners: config.contentOwners,
        clock,
        logger,
        wakeDispatcher,
      }),
      contentOwners: config.contentOwners,
      publicUrl: config.publicUrl,
      logger,
      watchDir: config.knowledgeWatch ? config.knowledgeDir : undefined,
    }),
    insights,
    createFollowFeature({ engine, follows, amendments: amendmentStore, publicUrl: config.publicUrl, clock }),
    audits.feature,
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

  // Every store that keeps free text registers here (holders), so one sweep deletes it all on time.
  const retention = createRetentionSweeper({
    holders: stores.freeTextHolders,
    retentionDays: config.freeTextRetentionDays,
    clock,
    logger,
    afterPurge: () => stores.afterPurge(),
  });

  const bot = new AssistantBot({
    router,
    references,
    logger,
    logMessageText: config.logMessageText,
  });
  const routes = [
    ...createStaticRoutes(),
    ...createDocsRoutes(engine, profile),
    ...createSearchApi(askDeps),
    ...createWhatsNewRoutes({ store: amendmentStore, engine, profile }, { head: TAB_HEAD, docHref: tabDocPath }),
    ...features.flatMap((f) => f.routes ?? []),
  ];
  const server = createApp({ adapter, bot, routes, logger, allowedTenants: config.auth.allowedTenants, healthy: () => stores.healthy() });
  let unsubscribe = () => {};

  return {
    server,
    adapter,
    bot,
    engine,
    get knowledge() {
      return holder.current.knowledge;
    },
    holder,
    amendments,
    ready,
    stores,
    router,
    notifier,
    references,
    schedule,
    referralClocks: lado.store,
    auditRounds: audits.service,
    questionLog,
    dispatcher,
    retention,
    features,
    start() {
      // Another instance's schedule wakes this one's dispatcher (PostgreSQL); a no-op on SQLite.
      unsubscribe = stores.onScheduled(wakeDispatcher);
      dispatcher!.start();
      retention.start();
      for (const f of features) f.start?.();
    },
    async stop() {
      unsubscribe();
      await retention.stop();
      await dispatcher!.stop();
      for (const f of features) await f.stop?.();
      server.close();
      await ready;
      await stores.close();
    },
  };
}
