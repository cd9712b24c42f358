// `knowledge insights`: a content owner gets signed links to the insights page and CSV. What is recorded of
// each question is bot/content-owners/question-log.ts; the page's routes are wired in bot/assemble.ts.
import { isContentOwner } from '../content-owners/owners.ts';
import type { Clock } from '../shared/clock.ts';
import { buildNotContentOwnerCard } from '../../cards/knowledge-reload.ts';
import { buildNoticeCard } from '../../cards/notice.ts';
import { openUrlAction } from '../../cards/actions.ts';
import type { Feature } from './types.ts';

export interface InsightsDeps {
  owners: readonly string[];
  /** Signed links to the insights page and CSV for this content owner. */
  links(owner: string, now: Date): { page: string; csv: string };
  clock: Clock;
}

export function createInsightsFeature(deps: InsightsDeps): Feature {
  return {
    name: 'insights',
    commands: [
      {
        name: 'knowledge insights',
        description: 'For content owners: what practitioners asked, what helped, and what was missing',
        aliases: ['insights'],
        listed: false,
        async run({ actor }) {
          if (!isContentOwner(deps.owners, actor)) return [{ card: buildNotContentOwnerCard() }];
          const urls = deps.links(actor.aadObjectId || actor.userKey, deps.clock.now());
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
  };
}
