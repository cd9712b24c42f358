// A practitioner's question in, one card out: safety first, then the section that answers it, or an
// honest "I'm not sure" with the nearest sections and the right human to ask.
import type { AnswerEngine, AnswerHit } from '../knowledge/answer.ts';
import type { PartnershipProfile } from '../partnership/profile.ts';
import { assessSafety, type SafetyAssessment } from '../safety/assess.ts';
import type { DangerDetector } from '../safety/immediate-danger.ts';
import { buildAnswerCard, VERBS } from '../../cards/answer.ts';
import { buildNotSureCard, whoToAsk } from '../../cards/not-sure.ts';
import { buildClarifiedCard, buildClarifyCard, CLARIFY_VERB } from '../../cards/clarify.ts';
import { ASK_VERB } from '../../cards/welcome.ts';
import { safetyLines, personalDataText } from '../../cards/card-text.ts';
import { sectionUrl } from '../../cards/links.ts';
import type { AdaptiveCard, CardAction } from '../../cards/types.ts';
import type { Actor, Feature, Reply } from './types.ts';

/** Questions longer than this are answered from their start; safety checks read all of it. */
export const MAX_QUESTION_CHARS = 1000;

export interface AskDeps {
  engine: AnswerEngine;
  profile: PartnershipProfile;
  /** The partnership's immediate-danger detector (KnowledgeBase.immediateDanger): every channel asks through here. */
  danger: DangerDetector;
  publicUrl: string;
  teamsAppId?: string;
  /** Buttons some people get under an answer (LADO staff: "New referral clock" on LADO answers). */
  extraActions?(actor: Actor, hit: AnswerHit): CardAction[];
  /** When the section was changed recently (the card says "Updated"). */
  updatedAt?(sectionId: string): Date | undefined;
  /** Told of each question asked in Teams (for content owners' insights); must be cheap. */
  onAsked?(event: AskedEvent): void;
}

export interface AskedEvent {
  question: string;
  confidence: 'high' | 'low' | 'none';
  /** Sections shown, best first. */
  shown: AnswerHit[];
  personalData: boolean;
}

export interface AskResponse {
  question: string;
  answer: string;
  safety: { immediateDanger: boolean; personalData: boolean };
  confidence: 'high' | 'low' | 'none';
  results: Array<{ docId: string; sectionId: string; title: string; heading: string; url: string; text: string; score: number; status: string }>;
  card: AdaptiveCard;
}

export interface RespondOptions {
  sectionId?: string;
  actor?: Actor;
  /** The question already carries the answer to a clarifying question: never ask another. */
  clarified?: boolean;
}

export function respondToQuestion(deps: AskDeps, question: string, options: RespondOptions = {}): AskResponse {
  const safety = assessSafety(question, deps.danger);
  // A child in immediate danger: the 999-then-front-door section is the answer, the ranked sections follow.
  const emergency = safety.immediateDanger ? deps.engine.section(deps.profile.emergency.section) : undefined;
  const forSection = options.sectionId ? deps.engine.section(options.sectionId) : emergency;
  const answer = forSection
    ? {
        hits: [forSection, ...deps.engine.answer((question || forSection.section.heading).slice(0, MAX_QUESTION_CHARS), { noClarify: true }).hits.filter((h) => h.section.id !== forSection.section.id)],
        confidence: 'high' as const,
        clarify: undefined,
      }
    : deps.engine.answer(question.slice(0, MAX_QUESTION_CHARS), { noClarify: options.clarified });
  const hits = answer.hits;
  const confident = answer.confidence === 'high' && hits.length > 0;
  // The clarify buttons carry the question back; a question with personal data is never carried, so it gets
  // the not-sure card (with its warning) and is asked again without the details.
  const clarify = safety.personalData ? undefined : answer.clarify;
  const card = clarify
    ? buildClarifyCard({ question, ask: clarify.ask, choices: clarify.choices, safety, profile: deps.profile })
    : confident
    ? buildAnswerCard({
        hit: hits[0],
        others: hits.slice(1, 4),
        safety,
        profile: deps.profile,
        publicUrl: deps.publicUrl,
        teamsAppId: deps.teamsAppId,
        question,
        extraActions: options.actor && deps.extraActions ? deps.extraActions(options.actor, hits[0]) : [],
        updatedOn: deps.updatedAt?.(hits[0].section.id)?.toISOString().slice(0, 10),
      })
    : buildNotSureCard({
        nearest: hits.slice(0, 3),
        safety,
        profile: deps.profile,
        // Emoji, punctuation or nothing: ask what they want; words we can't match: say we're not sure.
        reason: /[\p{L}\p{N}]/u.test(question) ? 'no-match' : 'empty',
      });
  return {
    question,
    answer: clarify
      ? plainClarify(deps, safety, clarify.ask, clarify.choices.map((c) => c.label))
      : plainAnswer(deps, safety, confident ? hits[0] : undefined, hits),
    safety: { immediateDanger: safety.immediateDanger, personalData: safety.personalData },
    confidence: answer.confidence,
    results: hits.slice(0, 5).map((h) => ({
      docId: h.doc.id,
      sectionId: h.section.id,
      title: h.doc.title,
      heading: h.section.heading,
      url: sectionUrl(deps.publicUrl, h.doc.id, h.section.slug),
      text: h.section.text,
      score: h.score,
      status: h.section.status,
    })),
    card,
  };
}

function safetyBanner(deps: AskDeps, safety: SafetyAssessment): string[] {
  const lines: string[] = [];
  if (safety.immediateDanger) {
    const s = safetyLines(deps.profile);
    lines.push(`${s.emergencyText} ${s.frontDoorText}`);
  }
  if (safety.personalData) lines.push(personalDataText(safety.personalDataKinds));
  return lines;
}

/** The clarifying question as plain text: the safety banner, the question, the choices. */
function plainClarify(deps: AskDeps, safety: SafetyAssessment, ask: string, labels: string[]): string {
  return [...safetyBanner(deps, safety), ask, ...labels.map((l) => `- ${l}`)].join('\n');
}

/** What the practitioner sees first, as plain text: the safety banner, then the answer. */
function plainAnswer(deps: AskDeps, safety: SafetyAssessment, best: AnswerHit | undefined, hits: AnswerHit[]): string {
  const lines = safetyBanner(deps, safety);
  if (best) {
    lines.push(`${best.doc.title} › ${best.section.heading}`);
    if (best.section.status === 'verify') lines.push(`Not yet confirmed by ${deps.profile.short_name}: check the published source.`);
    lines.push(best.section.text);
    const next = deps.profile.help[best.doc.area]?.next_step;
    if (next) lines.push(`Next step: ${next}`);
    lines.push(`Source: ${best.doc.sourceTitle} (${best.doc.sourceUrl}), last reviewed ${best.doc.lastReviewed}.`);
  } else {
    lines.push("I'm not sure I have the answer to that, and I won't guess.");
    lines.push(...whoToAsk(deps.profile));
    if (hits.length) lines.push(`Nearest sections: ${hits.slice(0, 3).map((h) => `${h.doc.title} › ${h.section.heading}`).join('; ')}`);
  }
  return lines.join('\n');
}

/** The default route for any message that is not a command, plus the verbs of answer cards. */
export function createAskFeature(deps: AskDeps): Feature & { ask(question: string, actor?: Actor): Reply } {
  const ask = (question: string, actor?: Actor, sectionId?: string, clarified = false): Reply => {
    const r = respondToQuestion(deps, question, { sectionId, actor, clarified });
    if (!sectionId && deps.onAsked) {
      const shown = r.confidence === 'high' ? r.results.slice(0, 4) : r.results.slice(0, 3);
      deps.onAsked({ question, confidence: r.confidence, shown: shown.map((h) => deps.engine.section(h.sectionId)!).filter(Boolean), personalData: r.safety.personalData });
    }
    return { card: r.card };
  };
  return {
    name: 'ask',
    ask: (question, actor) => ask(question, actor),
    actions: {
      // "Try asking" buttons on the welcome card.
      [ASK_VERB]: async ({ actor, data }) => ({ replies: [ask(typeof data.q === 'string' ? data.q : '', actor)] }),
      // A clarifying question's choice: the question again, with who is involved added.
      [CLARIFY_VERB]: async ({ actor, data }) => {
        const q = typeof data.q === 'string' ? data.q.slice(0, MAX_QUESTION_CHARS) : '';
        const adds = typeof data.adds === 'string' ? data.adds.slice(0, 200) : '';
        const chose = typeof data.chose === 'string' && data.chose.trim() ? data.chose : undefined;
        return { ...(chose ? { card: buildClarifiedCard(chose) } : {}), replies: [ask(`${q} ${adds}`.trim(), actor, undefined, true)] };
      },
      // "Other sections that may help": show that section as the answer.
      [VERBS.showSection]: async ({ actor, data }) => {
        const id = typeof data.sectionId === 'string' ? data.sectionId : '';
        if (!deps.engine.section(id)) return { replies: [ask('', actor)] };
        return { replies: [ask('', actor, id)] };
      },
    },
  };
}
