// The "ask" use case, for every channel: what was understood of a question and what was found. Pure: no
// cards, no HTML, no HTTP. Each channel presents it its own way (cards/ask-card.ts for Teams, the tab's
// HTML, the JSON of /api/search, the ask CLI).
import type { Answer, AnswerEngine, AnswerHit, Confidence } from '../knowledge/answer.ts';
import type { ClarifySpec } from '../knowledge/situations-file.ts';
import type { PartnershipProfile } from '../partnership/profile.ts';
import { asksMoreThanWhomToCall } from '../knowledge/query-intent.ts';
import { assessSafety, type SafetyAssessment } from '../safety/assess.ts';
import type { DangerDetector } from '../safety/immediate-danger.ts';

/** Questions longer than this are answered from their start; safety checks read all of it. */
export const MAX_QUESTION_CHARS = 1000;

export interface AskDeps {
  engine: AnswerEngine;
  profile: PartnershipProfile;
  /** The partnership's immediate-danger detector (KnowledgeBase.immediateDanger): every channel asks through here. */
  danger: DangerDetector;
}

export interface AskOptions {
  /** Show this section as the answer ("Other sections that may help"). */
  sectionId?: string;
  /** The question already carries the answer to a clarifying question: never ask another. */
  clarified?: boolean;
}

export interface Asked {
  question: string;
  safety: SafetyAssessment;
  /** When a child may be in immediate danger: the 999-then-front-door section, shown first. */
  emergency?: AnswerHit;
  /** Best first (the emergency section, or the section asked for, leads when there is one). */
  hits: AnswerHit[];
  confidence: Confidence;
  /** The best hit answers it: high confidence and something found. */
  answered: boolean;
  /** Ask which situation, rather than guess. Never for a question with personal data: it would be carried back. */
  clarify?: ClarifySpec;
  /** Why nothing was answered: no letters or digits at all ('empty'), or words we can't match. */
  notSureReason: 'no-match' | 'empty';
}

export function ask(deps: AskDeps, question: string, options: AskOptions = {}): Asked {
  const safety = assessSafety(question, deps.danger);
  // A child in immediate danger: the 999-then-front-door section is the answer, the ranked sections follow.
  const emergency = safety.immediateDanger ? deps.engine.section(deps.profile.emergency.section) : undefined;
  const ranked = emergency && !options.sectionId ? deps.engine.answer(question.slice(0, MAX_QUESTION_CHARS), { noClarify: true }) : undefined;
  const possibleEmergency = emergency && ranked ? answerBeforeEmergency(question, safety, emergency, ranked) : undefined;
  if (possibleEmergency) return { question, safety, emergency, ...possibleEmergency, answered: true, clarify: undefined, notSureReason: 'no-match' };
  const lead = options.sectionId ? deps.engine.section(options.sectionId) : emergency;
  const answer = lead
    ? {
        hits: [lead, ...(ranked ?? deps.engine.answer((question || lead.section.heading).slice(0, MAX_QUESTION_CHARS), { noClarify: true })).hits.filter((h) => h.section.id !== lead.section.id)],
        confidence: 'high' as const,
        clarify: undefined,
      }
    : deps.engine.answer(question.slice(0, MAX_QUESTION_CHARS), { noClarify: options.clarified });
  return {
    question,
    safety,
    emergency,
    hits: answer.hits,
    confidence: answer.confidence,
    answered: answer.confidence === 'high' && answer.hits.length > 0,
    clarify: safety.personalData ? undefined : answer.clarify,
    notSureReason: /[\p{L}\p{N}]/u.test(question) ? 'no-match' : 'empty',
  };
}

/** A possible emergency told with a question about the procedure ("4 month old with a bruise, mum says her brother
 *  did it, do I still refer?"), asking what to do ("fingertip bruises, says he fell off his bike, what do I do?") or
 *  anything else ("...does his job come into this?"), and nothing saying it is happening right now: the 999 banner
 *  still comes first, then the answer to that question, then the emergency section. So too a story of signs or of
 *  what happened, told alone or asking only whom to tell, when nothing in it is still going on, no call is asked for
 *  first or now ("3yo told me daddy pushed mummy into the wall, who do we ring?") and that section says to call 999
 *  itself. So too, even right now, a situation whose section may come first (whom to ring at 2am: the out-of-hours
 *  number) when that section itself says to call 999, or the next section on the same subject does. Undefined when
 *  the emergency section should lead: danger happening now or still going on, an emergency on its own, or asking
 *  whom to call first or how soon. */
function answerBeforeEmergency(question: string, safety: SafetyAssessment, emergency: AnswerHit, ranked: Answer): { hits: AnswerHit[]; confidence: Confidence } | undefined {
  const asksMore = !safety.immediateDangerAcute && asksMoreThanWhomToCall(question);
  const [best, ...rest] = ranked.hits.filter((h) => h.section.id !== emergency.section.id);
  if (ranked.confidence !== 'high' || !best) return undefined;
  // A drunk parent who is also grabbing the child: whatever is asked, the emergency section (the police) first.
  if ((ranked.beforeEmergencyUnless ?? []).some((c) => safety.dangerKinds?.includes(c))) return undefined;
  if (asksMore) return { hits: [best, emergency, ...rest], confidence: 'high' };
  // A story of signs or of what happened (a baby's bruise, a disclosure of last night, a lad running drugs), nothing
  // still going on, and no asking how urgently to ring: the section on that situation, when it says to call 999 itself.
  if (!safety.immediateDangerAcute && !safety.immediateDangerOngoing && !URGENT_CALL.test(question) && SAYS_CALL_999.test(best.section.text)) return { hits: [best, emergency, ...rest], confidence: 'high' };
  if (!ranked.beforeEmergency) return undefined;
  // Only a section that itself says to call 999 comes before the emergency section: the best, or the next on the same
  // subject ("showed me cuts, begged me not to tell her parents": what to do now, not whether to tell the parents).
  const [next, ...others] = rest;
  if (SAYS_CALL_999.test(best.section.text)) return { hits: [best, emergency, ...rest], confidence: 'high' };
  if (next && next.doc.id === best.doc.id && SAYS_CALL_999.test(next.section.text)) return { hits: [next, emergency, best, ...others], confidence: 'high' };
  return undefined;
}

/** Asking which call comes first or how soon ("police or social care first?", "who do I ring now?"): the emergency section. */
const URGENT_CALL = /\b(first|now|rn|999|police|tonight|quick|asap)\b/i;
const SAYS_CALL_999 = /\b(call|phone|ring|dial) 999\b/i;
