// Wires audit reflection rounds once: the store, the persisted pseudonym key, the service, the signed report
// links and routes, the scheduled cards and the handler.
import { reportUrls, signReportLink } from '../audits/report-link.ts';
import { createAuditService } from '../audits/service.ts';
import type { AuditRound } from '../audits/types.ts';
import { createAuditFeature } from '../handlers/audits.ts';
import type { Feature } from '../handlers/types.ts';
import { createAuditReportRoutes } from '../web/audit-report-routes.ts';
import { createAuditMessages } from '../../cards/audit-messages.ts';
import { appInstallUrl } from '../../cards/links.ts';
import type { ScheduledFeatureDeps } from './types.ts';

export interface AuditWiring extends ScheduledFeatureDeps {
  /** Entra object ids of committee members. */
  committee: readonly string[];
  linkSecret: string;
  publicUrl: string;
}

export function wireAudits(deps: AuditWiring) {
  const { profile } = deps;
  const store = deps.stores.auditRounds;
  // Read once, on first use (the database keeps it for good).
  let pseudonymKey: Promise<string> | undefined;
  const service = createAuditService({
    store,
    clock: deps.clock,
    questionnaire: {
      title: profile.questionnaire.title,
      intro: profile.questionnaire.intro,
      questions: profile.questionnaire.questions.map((q) => ({ id: q.id, text: q.text, hint: q.hint, required: q.required })),
      agencyTypes: [...profile.questionnaire.agency_types],
    },
    reminderDaysBeforeClose: profile.questionnaire.reminder_days_before_close,
    committee: deps.committee,
    pseudonymKey: () => {
      pseudonymKey ??= deps.stores.secret('audit-pseudonym-key');
      // A failed read is not kept: the next turn asks again.
      pseudonymKey.catch(() => (pseudonymKey = undefined));
      return pseudonymKey;
    },
    canReach: (to) => deps.notifier.canReach(to),
    userForEmailHash: deps.userForEmailHash,
  });
  const reportLinks = (round: AuditRound, member: string, now: Date) => reportUrls(deps.publicUrl, round.id, signReportLink(deps.linkSecret, round.id, member, now));
  const messages = createAuditMessages({ service, schedule: deps.schedule, notifier: deps.notifier, reportLinks, logger: deps.logger });
  const feature: Feature = {
    ...createAuditFeature({
      service,
      messages,
      reportLinks,
      profile,
      clock: deps.clock,
      logger: deps.logger,
      installUrl: deps.teamsAppId ? appInstallUrl(deps.teamsAppId) : undefined,
      wakeDispatcher: deps.wakeDispatcher,
    }),
    routes: createAuditReportRoutes({
      linkSecret: deps.linkSecret,
      committee: deps.committee,
      publicUrl: deps.publicUrl,
      partnershipName: profile.name,
      now: () => deps.clock.now(),
      find: (id) => service.find(id),
      collation: (round) => service.collation(round),
    }),
  };
  return { store, service, feature };
}
