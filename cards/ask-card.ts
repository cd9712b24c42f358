// The Teams presenter of the ask use case: a clarifying question, the answer card, or "I'm not sure".
import type { Asked } from '../bot/ask/ask.ts';
import type { PartnershipProfile } from '../bot/partnership/profile.ts';
import { buildAnswerCard } from './answer.ts';
import { buildClarifyCard } from './clarify.ts';
import { buildNotSureCard } from './not-sure.ts';
import type { AdaptiveCard, CardAction } from './types.ts';

export interface AskCardContext {
  profile: PartnershipProfile;
  publicUrl: string;
  teamsAppId?: string;
  /** Buttons this person gets under the answer (LADO staff: "New referral clock"). */
  extraActions?: CardAction[];
  /** The answer's section changed recently: the card says "Updated" (YYYY-MM-DD). */
  updatedOn?: string;
}

export function buildAskCard(asked: Asked, ctx: AskCardContext): AdaptiveCard {
  const { question, safety, hits, clarify } = asked;
  // The clarify buttons carry the question back; a question with personal data has no `clarify`, so it gets
  // the not-sure card (with its warning) and is asked again without the details.
  if (clarify) return buildClarifyCard({ question, ask: clarify.ask, choices: clarify.choices, safety, profile: ctx.profile });
  if (asked.answered) {
    return buildAnswerCard({
      hit: hits[0],
      others: hits.slice(1, 4),
      safety,
      profile: ctx.profile,
      publicUrl: ctx.publicUrl,
      teamsAppId: ctx.teamsAppId,
      question,
      extraActions: ctx.extraActions ?? [],
      updatedOn: ctx.updatedOn,
    });
  }
  // Emoji, punctuation or nothing: ask what they want; words we can't match: say we're not sure.
  return buildNotSureCard({ nearest: hits.slice(0, 3), safety, profile: ctx.profile, reason: asked.notSureReason });
}
