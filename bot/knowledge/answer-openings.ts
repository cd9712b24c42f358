// Checks that a section whose heading is a question opens by answering it. A practitioner may read only the
// first words: "No." before "call 999" tells them not to call 999. Used by npm run knowledge:check.
import type { KnowledgeDoc, Section } from './types.ts';

const AUXILIARY = /^(is|are|am|was|were|can|could|do|does|did|should|shall|must|will|would|has|have|had|may|might)\b/i;
const WH_WORD = /^(who|whom|whose|what|when|where|which|why|how)\b/i;
/** Openings that answer a yes/no question: a polarity, a condition, or a hedge that says how often. */
const DIRECT_ANSWER =
  /^(yes|no|not|it depends|depends|it can be|it may be|it might be|it could be|usually|mostly|generally|often|sometimes|rarely|possibly|probably|only|always|never|in most cases)\b/i;
/** "Yes." / "No," as the answer itself, not "No phone number was found". */
const YES_OR_NO = /^(yes|no)\s*[.,:;!—–-]/i;
/** A flat "No", not "No, unless …" or "No, not until …", which already carry their condition. */
const FLAT_NO = /^no\s*(?:[.:;!]|,(?!\s*(?:unless|except|not until|only|but)\b))/i;
const SUBJECT = /^(i|we|you|they|he|she|it|my \w+|our \w+|the \w+)\b\s*(?:still |also |ever |really )?/i;
/** Where the asked action ends: "start an investigation | before telling the LADO". */
const SUBORDINATE = /\b(before|after|while|without|if|when|unless|until|because|so that)\b/i;
const STOP = new Set(['a', 'an', 'the', 'to', 'of', 'or', 'and', 'for', 'on', 'in', 'at', 'by', 'with', 'my', 'our', 'your', 'their', 'own', 'straight', 'still', 'just', 'be', 'get', 'it', 'any', 'this', 'that', 'have', 'i', 'we', 'you']);
/** Verbs of getting help that answer each other: asked "can I go to the front door?", told "phone the front door". */
const REACH_OUT = new Set(['go', 'call', 'phone', 'ring', 'contact', 'refer', 'report', 'tell', 'email', 'escalate', 'ask', 'share', 'talk', 'speak', 'get']);
/** A clause that starts a sentence, a list item or follows a comma: the verb, then the rest of the clause. */
const IMPERATIVE = /(?<=^|[.;:!?,]\s+|\bthen\s+|\byou (?:can|should|must|may|need to) (?:still |also )?|\n\s*(?:[-*•]|\d+\.)?\s*)([A-Za-z]+)\b([^.,;:!?\n]*)/gi;
/** "What should I do?", "what do I do first?": the reader wants a step, not background. ("What can I do?" asks for options.) */
const WHAT_TO_DO = /^what (?:should|do|must|shall) (?:i|we) do\b/i;
/** Steps an answer to "what do I do?" opens with. */
const STEP_VERBS = new Set(['respond', 'listen', 'act', 'call', 'phone', 'ring', 'contact', 'talk', 'speak', 'tell', 'refer', 'report', 'record', 'write', 'share', 'ask', 'email', 'follow', 'make', 'take', 'use', 'raise', 'check', 'complete', 'send', 'discuss', 'escalate', 'challenge', 'keep', 'do', 'go', 'start']);
/** How far into a section its first step may come: a short lead-in ("Wigan's steps, in order:") is fine, background is not. */
const STEP_WINDOW_WORDS = 30;
const NOT_ACTIONS = new Set(['be', 'have', 'there', 'it', 'this', 'that']);
const NEGATED = /\b(not|don't|never|no need)\b/i;

export type QuestionKind = 'yes-no' | 'wh' | 'other';

/** The clause a heading asks: the part after "A child is at risk: …", the first of "Is it X, and how Y?". */
export function askedClause(heading: string): string {
  const parts = heading.replace(/\?\s*$/, '').split(/:\s+/).map((p) => p.trim());
  const asked = [...parts].reverse().find((p) => AUXILIARY.test(p) || WH_WORD.test(p)) ?? parts[0];
  return asked.split(/,\s+(?:and|or)\s+/i)[0];
}

/** "Is it X, or Y?" offers alternatives: the answer names one, it isn't yes or no. */
const ALTERNATIVES = /,\s+or\s+(?!(?:is|are|am|was|were|can|could|do|does|did|should|shall|must|will|would|has|have|had|may|might|who|whom|whose|what|when|where|which|why|how)\b)/i;

export function questionKind(heading: string): QuestionKind {
  if (!heading.trim().endsWith('?')) return 'other';
  const clause = askedClause(heading);
  if (AUXILIARY.test(clause) && ALTERNATIVES.test(heading)) return 'other';
  if (AUXILIARY.test(clause)) return 'yes-no';
  if (WH_WORD.test(clause)) return 'wh';
  return 'other';
}

/** What the heading asks to do: "can I go straight to the front door or 999" -> go + front, door, 999. */
export function askedAction(heading: string): { verb: string; objects: string[] } | undefined {
  const clause = askedClause(heading).replace(AUXILIARY, '').trim().replace(SUBJECT, '').replace(/^(?:have|need|ought) to\s+/i, '');
  const [verb, ...rest] = words(clause.split(SUBORDINATE)[0]);
  // "Does it have to be …", "Is there …": a question about a state, not an action a reader could be told to do.
  if (!verb || NOT_ACTIONS.has(verb)) return undefined;
  return { verb, objects: rest.filter((w) => !STOP.has(w)) };
}

const words = (text: string): string[] => text.toLowerCase().match(/[a-z0-9']+/g) ?? [];
const firstSentence = (text: string): string => text.trim().split(/(?<=[.!?])\s+/)[0] ?? '';

/** True when a positive instruction anywhere in the section (the escalation section that prompted this check had it in the next paragraph) does the asked action: the same verb (or one of the same family) and one of its objects. */
function instructsAction(text: string, action: { verb: string; objects: string[] }): boolean {
  for (const m of text.matchAll(IMPERATIVE)) {
    const verb = m[1].toLowerCase();
    const rest = m[2];
    if (NEGATED.test(rest)) continue;
    const sameVerb = verb === action.verb || (REACH_OUT.has(action.verb) && REACH_OUT.has(verb));
    if (!sameVerb) continue;
    const restWords = new Set(words(rest));
    // "Do I still refer?" names no object: the verb itself is the action.
    if (action.objects.length === 0 || action.objects.some((w) => restWords.has(w))) return true;
  }
  return false;
}

function opensWithStep(text: string): boolean {
  const lead = text.split(/\s+/).slice(0, STEP_WINDOW_WORDS).join(' ');
  // "Don't wait" is a step too; the verb pattern stops at its apostrophe.
  for (const m of lead.matchAll(IMPERATIVE)) if (STEP_VERBS.has(m[1].toLowerCase()) || /^don$/i.test(m[1])) return true;
  return false;
}

/** Problems with how a question section opens, in words an editor can act on. */
export function openingProblems(section: Section): string[] {
  const kind = questionKind(section.heading);
  const text = section.text.trim();
  const opening = firstSentence(text);
  const quoted = `"${opening.slice(0, 60)}${opening.length > 60 ? '…' : ''}"`;
  if (kind === 'yes-no') {
    if (!DIRECT_ANSWER.test(opening)) {
      return [`section "${section.heading}": a yes/no question; open with Yes, No, It depends or Usually (it opens ${quoted})`];
    }
    const action = askedAction(section.heading);
    if (FLAT_NO.test(opening) && action && instructsAction(text, action)) {
      return [`section "${section.heading}": opens "No" but then tells the reader to do what the heading asks; open with Yes (or "Yes, but …")`];
    }
  }
  if (kind === 'wh' && WHAT_TO_DO.test(askedClause(section.heading)) && !opensWithStep(text)) {
    return [`section "${section.heading}": asks what to do, but its first ${STEP_WINDOW_WORDS} words give no step (it opens ${quoted}); open with the first thing to do`];
  }
  if (kind === 'wh' && YES_OR_NO.test(opening)) {
    return [`section "${section.heading}": asks ${askedClause(section.heading).split(/\s/)[0].toLowerCase()}, but opens with ${quoted}; answer that first`];
  }
  return [];
}

export function openingProblemsIn(docs: readonly KnowledgeDoc[]): string[] {
  return docs.flatMap((doc) => doc.sections.flatMap((s) => openingProblems(s).map((p) => `${doc.file}: ${p}`)));
}
