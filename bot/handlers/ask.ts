// Teams' side of the ask use case (bot/ask/): a question in, one card out (cards/ask-card.ts), plus the
// verbs of answer cards. Questions reach it as the router's fallback: whatever is not a command.
import { ask, MAX_QUESTION_CHARS, type AskDeps } from '../ask/ask.ts';
import type { AnswerHit } from '../knowledge/answer.ts';
import type { AskedEvent } from '../content-owners/question-log.ts';
import { VERBS } from '../../cards/answer.ts';
import { buildAskCard } from '../../cards/ask-card.ts';
import { buildClarifiedCard, CLARIFY_VERB } from '../../cards/clarify.ts';
import { ASK_VERB } from '../../cards/welcome.ts';
import type { CardAction } from '../../cards/types.ts';
import type { Actor, Feature, Reply } from './types.ts';

export interface AskFeatureDeps extends AskDeps {
  publicUrl: string;
  teamsAppId?: string;
  /** Buttons some people get under an answer (LADO staff: "New referral clock" on LADO answers). */
  extraActions?(actor: Actor, hit: AnswerHit): CardAction[];
  /** When the section was changed recently (the card says "Updated"). */
  updatedAt?(sectionId: string): Date | undefined;
  /** Told of each question asked in Teams (for content owners' insights); must be cheap. */
  onAsked?(event: AskedEvent): void;
}


/** The default route for any message that is not a command, plus the verbs of answer cards. */
export function createAskFeature(deps: AskFeatureDeps): Feature {
  const answer = (question: string, actor?: Actor, sectionId?: string, clarified = false): Reply => {
    const asked = ask(deps, question, { sectionId, clarified });
    if (!sectionId && deps.onAsked) {
      const shown = asked.hits.slice(0, asked.confidence === 'high' ? 4 : 3);
      deps.onAsked({ question, confidence: asked.confidence, shown, personalData: asked.safety.personalData });
    }
    const best = asked.answered ? asked.hits[0] : undefined;
    return {
      card: buildAskCard(asked, {
        profile: deps.profile,
        publicUrl: deps.publicUrl,
        teamsAppId: deps.teamsAppId,
        extraActions: best && actor && deps.extraActions ? deps.extraActions(actor, best) : [],
        updatedOn: best && deps.updatedAt?.(best.section.id)?.toISOString().slice(0, 10),
      }),
    };
  };
  return {
    name: 'ask',
    // Any message that names no command is a question.
    fallback: async ({ actor, text }) => [answer(text, actor)],
    actions: {
      // "Try asking" buttons on the welcome card.
      [ASK_VERB]: async ({ actor, data }) => ({ replies: [answer(typeof data.q === 'string' ? data.q : '', actor)] }),
      // A clarifying question's choice: the question again, with who is involved added.
      [CLARIFY_VERB]: async ({ actor, data }) => {
        const q = typeof data.q === 'string' ? data.q.slice(0, MAX_QUESTION_CHARS) : '';
        const adds = typeof data.adds === 'string' ? data.adds.slice(0, 200) : '';
        const chose = typeof data.chose === 'string' && data.chose.trim() ? data.chose : undefined;
        return { ...(chose ? { card: buildClarifiedCard(chose) } : {}), replies: [answer(`${q} ${adds}`.trim(), actor, undefined, true)] };
      },
      // "Other sections that may help": show that section as the answer.
      [VERBS.showSection]: async ({ actor, data }) => {
        const id = typeof data.sectionId === 'string' ? data.sectionId : '';
        if (!deps.engine.section(id)) return { replies: [answer('', actor)] };
        return { replies: [answer('', actor, id)] };
      },
    },
  };
}
