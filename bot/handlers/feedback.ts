// Helpful / Not helpful on an answer card. The vote is stored with the section id; the question only
// when it held no personal data. The card is rebuilt with a thank-you in place of the buttons.
import type { AnswerEngine } from '../knowledge/answer.ts';
import type { PartnershipProfile } from '../partnership/profile.ts';
import { assessSafety } from '../safety/assess.ts';
import type { DangerDetector } from '../safety/immediate-danger.ts';
import { buildAnswerCard, VERBS } from '../../cards/answer.ts';
import { buildNoticeCard } from '../../cards/notice.ts';
import type { FeedbackStore } from '../content-owners/feedback.ts';
import type { Feature } from './types.ts';

export interface FeedbackDeps {
  engine: AnswerEngine;
  profile: PartnershipProfile;
  danger: DangerDetector;
  store: FeedbackStore;
  publicUrl: string;
  teamsAppId?: string;
  now: () => Date;
  /** When the section was changed recently: the rebuilt card keeps its "Updated" line. */
  updatedAt?(sectionId: string): Date | undefined;
}

export function createFeedbackFeature(deps: FeedbackDeps): Feature {
  return {
    name: 'feedback',
    actions: {
      [VERBS.feedback]: async ({ actor, data }) => {
        const sectionId = typeof data.sectionId === 'string' ? data.sectionId : '';
        const hit = deps.engine.section(sectionId);
        const helpful = data.helpful === true || data.helpful === 'true';
        if (!hit || (data.helpful !== undefined && typeof data.helpful !== 'boolean' && data.helpful !== 'true' && data.helpful !== 'false')) {
          return { replies: [{ card: buildNoticeCard({ title: "That feedback button doesn't match a current answer", text: 'The procedures may have been updated since. Please ask your question again.', style: 'warning' }) }] };
        }
        const q = typeof data.q === 'string' ? data.q.slice(0, 300) : '';
        const safety = assessSafety(q, deps.danger);
        // Checked again here: the card's data came back from the client.
        await deps.store.record({ sectionId, helpful, question: q && !safety.personalData ? q : null, userKey: actor.userKey, at: deps.now() });
        const others = deps.engine.answer(q || hit.section.heading).hits.filter((h) => h.section.id !== sectionId).slice(0, 3);
        return {
          card: buildAnswerCard({
            hit,
            others,
            // The emergency card keeps its 999 banner after a vote.
            safety: { immediateDanger: safety.immediateDanger || sectionId === deps.profile.emergency.section, personalData: false, personalDataKinds: [] },
            profile: deps.profile,
            publicUrl: deps.publicUrl,
            teamsAppId: deps.teamsAppId,
            feedbackGiven: helpful ? 'helpful' : 'not-helpful',
            updatedOn: deps.updatedAt?.(sectionId)?.toISOString().slice(0, 10),
          }),
        };
      },
    },
  };
}
