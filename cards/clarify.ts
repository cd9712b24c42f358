// One clarifying question, when a question's words fit more than one situation (who hurt the child decides
// whether it is for the LADO, social care or the school's child-on-child procedure). Each button re-asks the
// question with the choice added; both the Execute and its Submit fallback carry the same data and verb.
import type { PartnershipProfile } from '../bot/partnership/profile.ts';
import type { SafetyAssessment } from '../bot/safety/assess.ts';
import { executeAction } from './actions.ts';
import { JUDGEMENT_TEXT, personalDataText, safetyLines, truncate, type SafetyLines } from './card-text.ts';
import { expandCard } from './expand.ts';
import { buildNoticeCard } from './notice.ts';
import type { AdaptiveCard, CardAction } from './types.ts';

export const CLARIFY_VERB = 'ask.clarify';
/** The question a clarify button carries back: enough for the search, short enough for card data. */
export const CLARIFY_QUESTION_CHARS = 500;

export interface ClarifyCardInput {
  question: string;
  ask: string;
  choices: Array<{ label: string; adds: string }>;
  safety: SafetyAssessment;
  profile: PartnershipProfile;
}

interface ClarifyCardData {
  immediateDanger: boolean;
  safety: SafetyLines;
  personalData: boolean;
  personalDataText: string;
  ask: string;
  why: string;
  choices: CardAction[];
  tipText: string;
}

/** What the clarifying card becomes once a choice is pressed: the choice, and no buttons to press twice. */
export function buildClarifiedCard(chose: string): AdaptiveCard {
  return buildNoticeCard({ title: 'Thank you', text: `You said: ${truncate(chose, 80)}. The answer follows.`, style: 'emphasis' });
}

export function buildClarifyCard(input: ClarifyCardInput): AdaptiveCard {
  const { profile, safety } = input;
  const q = truncate(input.question, CLARIFY_QUESTION_CHARS);
  const data = {
    immediateDanger: safety.immediateDanger,
    safety: safetyLines(profile),
    personalData: safety.personalData,
    personalDataText: safety.personalData ? personalDataText(safety.personalDataKinds) : '',
    ask: input.ask,
    why: `The answer depends on it: ${profile.short_name}'s procedures say different things for each.`,
    choices: input.choices.map((c) => executeAction(c.label, CLARIFY_VERB, { q, adds: c.adds, chose: c.label })),
    tipText: `Or ask again in your own words, saying who is involved. ${JUDGEMENT_TEXT}`,
  } satisfies ClarifyCardData;
  return expandCard('clarify', data);
}
