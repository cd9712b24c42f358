import type { AnswerHit } from '../bot/knowledge/answer.ts';
import type { PartnershipProfile } from '../bot/partnership/profile.ts';
import type { SafetyAssessment } from '../bot/safety/assess.ts';
import { executeAction, openUrlAction } from './actions.ts';
import { cardMarkdown, formatReviewDate, JUDGEMENT_TEXT, personalDataText, safetyLines, truncate, type SafetyLines } from './card-text.ts';
import { expandCard } from './expand.ts';
import { followAction } from './follow.ts';
import { sectionUrl, tabDeepLink } from './links.ts';
import type { AdaptiveCard, CardAction } from './types.ts';

export const VERBS = { showSection: 'ask.section', feedback: 'feedback' } as const;

export interface AnswerCardInput {
  hit: AnswerHit;
  others: AnswerHit[];
  safety: SafetyAssessment;
  profile: PartnershipProfile;
  publicUrl: string;
  teamsAppId?: string;
  /** The question, carried in the feedback data only when it holds no personal data. */
  question?: string;
  /** Buttons for this reader only, shown after the links (e.g. "New referral clock" for LADO staff). */
  extraActions?: CardAction[];
  /** Set after a vote: the buttons give way to a thank-you line. */
  feedbackGiven?: 'helpful' | 'not-helpful';
  /** The section changed recently (YYYY-MM-DD): the card says "Updated". */
  updatedOn?: string;
}

interface AnswerCardData {
  immediateDanger: boolean;
  safety: SafetyLines;
  personalData: boolean;
  personalDataText: string;
  breadcrumb: string;
  heading: string;
  verify: boolean;
  verifyText: string;
  passage: string;
  nextStep: string;
  sourceLine: string;
  linkActions: CardAction[];
  others: CardAction[];
  feedbackGiven: string;
  feedbackActions: CardAction[];
  judgementText: string;
  updatedText: string;
  followActions: CardAction[];
}

export function buildAnswerCard(input: AnswerCardInput): AdaptiveCard {
  const { hit, profile, safety } = input;
  const { section, doc } = hit;
  const links: CardAction[] = [openUrlAction('Open section', sectionUrl(input.publicUrl, doc.id, section.slug))];
  const deep = input.teamsAppId ? tabDeepLink(input.teamsAppId, doc.id, section.slug) : undefined;
  if (deep) links.push(openUrlAction('Open in Procedures tab', deep));
  links.push(openUrlAction('Published source', doc.sourceUrl));
  const q = input.question && !safety.personalData ? truncate(input.question, 300) : undefined;

  const data = {
    immediateDanger: safety.immediateDanger,
    safety: safetyLines(profile),
    personalData: safety.personalData,
    personalDataText: safety.personalData ? personalDataText(safety.personalDataKinds) : '',
    breadcrumb: section.parentHeading ? `${doc.title} › ${section.parentHeading}` : doc.title,
    heading: section.heading,
    verify: section.status === 'verify',
    verifyText: `Not yet confirmed by ${profile.short_name}: check the published source before relying on this.`,
    passage: cardMarkdown(section.markdown),
    nextStep: profile.help[doc.area]?.next_step ?? '',
    sourceLine: `Source: ${doc.sourceTitle}. Last reviewed ${formatReviewDate(doc.lastReviewed)}.`,
    linkActions: [...links, ...(input.extraActions ?? [])],
    others: input.others.slice(0, 3).map((o) => executeAction(truncate(o.section.heading, 60), VERBS.showSection, { sectionId: o.section.id })),
    feedbackGiven:
      input.feedbackGiven === 'helpful'
        ? 'Thank you: your feedback was recorded.'
        : input.feedbackGiven === 'not-helpful'
          ? `Thank you: we'll use this to improve the answers. ${profile.help[doc.area]?.ask ?? ''}`.trim()
          : '',
    feedbackActions: [
      executeAction('Helpful', VERBS.feedback, { sectionId: section.id, helpful: true, q }, 'positive'),
      executeAction('Not helpful', VERBS.feedback, { sectionId: section.id, helpful: false, q }),
    ],
    judgementText: JUDGEMENT_TEXT,
    updatedText: input.updatedOn ? `Updated ${formatReviewDate(input.updatedOn)}` : '',
    followActions: [followAction(section.id)],
  } satisfies AnswerCardData;
  return expandCard('answer', data);
}
