import type { AnswerHit } from '../bot/knowledge/answer.ts';
import type { PartnershipProfile } from '../bot/partnership/profile.ts';
import type { SafetyAssessment } from '../bot/safety/assess.ts';
import { executeAction } from './actions.ts';
import { JUDGEMENT_TEXT, personalDataText, safetyLines, truncate, unconfirmedNote, type SafetyLines } from './card-text.ts';
import { expandCard } from './expand.ts';
import { VERBS } from './answer.ts';
import type { AdaptiveCard, CardAction } from './types.ts';

export interface NotSureCardInput {
  nearest: AnswerHit[];
  safety: SafetyAssessment;
  profile: PartnershipProfile;
  /** Why we have nothing: an empty or unreadable message gets a different first line. */
  reason: 'no-match' | 'empty';
}

interface NotSureCardData {
  immediateDanger: boolean;
  safety: SafetyLines;
  personalData: boolean;
  personalDataText: string;
  title: string;
  intro: string;
  askLines: Array<{ line: string }>;
  nearest: CardAction[];
  tipText: string;
}

export function whoToAsk(profile: PartnershipProfile): string[] {
  const fd = profile.front_door;
  const lado = profile.lado;
  const ladoContact = [lado.email, lado.phone].filter(Boolean).join(' or ');
  return [
    `- Worried about a child, or a question about thresholds or referrals: the ${fd.name}${fd.phone ? ` on ${fd.phone}` : ''}${unconfirmedNote(profile, fd)}.`,
    `- An allegation against someone who works with children: the LADO${ladoContact ? ` (${ladoContact}${unconfirmedNote(profile, lado)})` : ''}, through your designated officer.`,
    '- Anything else: your designated safeguarding lead (DSL) or your manager.',
  ];
}

export function buildNotSureCard(input: NotSureCardInput): AdaptiveCard {
  const { profile, safety } = input;
  const data = {
    immediateDanger: safety.immediateDanger,
    safety: safetyLines(profile),
    personalData: safety.personalData,
    personalDataText: safety.personalData ? personalDataText(safety.personalDataKinds) : '',
    title: input.reason === 'empty' ? 'What would you like to know?' : "I'm not sure I have the answer to that",
    intro:
      input.reason === 'empty'
        ? `Ask me a question in your own words about ${profile.short_name}'s threshold of need, escalation, the LADO or learning from reviews.`
        : `I couldn't find a section of ${profile.short_name}'s procedures that clearly answers this, and I won't guess.`,
    askLines: whoToAsk(profile).map((line) => ({ line })),
    nearest: input.nearest.slice(0, 3).map((h) => executeAction(truncate(h.section.heading, 60), VERBS.showSection, { sectionId: h.section.id })),
    tipText: `Try naming the topic, for example "LADO timescale" or "level 3 early help". ${JUDGEMENT_TEXT}`,
  } satisfies NotSureCardData;
  return expandCard('not-sure', data);
}
