// Insights for content owners: what each question in Teams was shown (recorded cheaply on the ask path),
// `knowledge insights` (a card with a signed link), the page and CSV, and a daily sweep that removes the words
// of questions older than the retention period.
import type { AskedEvent } from './ask.ts';
import { isContentOwner } from '../content-owners/owners.ts';
import { insightsUrls, signInsightsLink } from '../content-owners/insights-link.ts';
import type { QuestionLogStore } from '../content-owners/types.ts';
import type { KnowledgeDoc } from '../knowledge/types.ts';
import { findPersonalData } from '../safety/personal-data.ts';
import type { Clock } from '../shared/clock.ts';
import type { Logger } from '../shared/log.ts';
import { createInsightsRoutes } from '../web/insights-routes.ts';
import { buildNotContentOwnerCard } from '../../cards/knowledge-reload.ts';
import { buildNoticeCard } from '../../cards/notice.ts';
import { openUrlAction } from '../../cards/actions.ts';
import type { Feature } from './types.ts';

export interface InsightsDeps {
  store: QuestionLogStore;
  owners: readonly string[];
  linkSecret: string;
  publicUrl: string;
  partnershipName: string;
  retentionDays: number;
  docs(): readonly KnowledgeDoc[];
  clock: Clock;
  logger: Logger;
}

const MAX_STORED_CHARS = 300;

// The question log's words are deleted by the one retention sweep (bot/shared/retention.ts), like all free text.
export function createInsightsFeature(deps: InsightsDeps): Feature & { recordAsked(event: AskedEvent): void } {
  return {
    name: 'insights',
    recordAsked(event) {
      const confident = event.confidence === 'high';
      const text = event.question.trim().slice(0, MAX_STORED_CHARS);
      // Words only where they help (not answered confidently) and only without personal data.
      const keep = !confident && text && !event.personalData && findPersonalData(text).length === 0;
      try {
        deps.store.record({
          at: deps.clock.now(),
          outcome: confident ? 'answered' : 'not-sure',
          area: event.shown[0]?.doc.area ?? null,
          shown: event.shown.map((h) => h.section.id),
          question: keep ? text : null,
        });
      } catch (err) {
        // Insights must never cost a practitioner their answer.
        deps.logger.error('insights.record_failed', { err });
      }
    },
    commands: [
      {
        name: 'knowledge insights',
        description: 'For content owners: what practitioners asked, what helped, and what was missing',
        aliases: ['insights'],
        listed: false,
        async run({ actor }) {
          if (!isContentOwner(deps.owners, actor)) return [{ card: buildNotContentOwnerCard() }];
          const urls = insightsUrls(deps.publicUrl, signInsightsLink(deps.linkSecret, actor.aadObjectId || actor.userKey, deps.clock.now()));
          return [
            {
              card: buildNoticeCard({
                title: 'Insights for content owners',
                text: 'Questions the assistant was not sure about, Helpful and Not helpful by section, the most-asked sections and areas by week, and sections never shown. The link is for you only and lasts 7 days; pick any dates on the page.',
                style: 'emphasis',
                actions: [openUrlAction('Open insights', urls.page), openUrlAction('Download CSV', urls.csv)],
              }),
            },
          ];
        },
      },
    ],
    routes: createInsightsRoutes({
      linkSecret: deps.linkSecret,
      owners: deps.owners,
      partnershipName: deps.partnershipName,
      retentionDays: deps.retentionDays,
      store: deps.store,
      docs: deps.docs,
      now: () => deps.clock.now(),
    }),
  };
}
