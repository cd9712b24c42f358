// "What's a rapid review, and is it about blaming us?": a question asking what a named thing is, answered by the
// section whose heading asks just that ("What is a rapid review?"), when it is among the first few. The story around
// the question (a child's death) can rank other sections higher; the thing named says which one is asked for.
import type { SearchIndex } from './search-index.ts';
import { terms } from './text-analysis.ts';
import type { Glossary } from './glossary.ts';

// How far down such a section is looked for.
export const WINDOW = 8;

// What the question asks to have explained: "what's a rapid review", "what is the section 11 audit", up to the next
// clause ("..., and is it about blaming us?").
const ASKED = /\bwhat(?: even| actually| exactly| on earth| the heck| the hell)?(?:'s|s| is| are)\s+(?:a |an |the )?([a-z0-9][a-z0-9' -]{1,40}?)(?=\s*(?:[?.!,;:]|$)|\s+(?:and|or|exactly|actually|then|anyway|about|for|please|in plain english|in simple terms|in plain terms|in english)\b)/;
// "A rapid review's been called on a family we had. What actually is that?": the thing was named before the question.
const ASKED_BACK = /\bwhat(?: even| actually| exactly)?(?:'s|s| is| are)\s+(?:that|it|this|one|they|those|these)\b/;
// "What does a child in need plan actually mean for me?"
const ASKED_MEANING = /\bwhat (?:does|do) (?:a |an |the )?([a-z0-9][a-z0-9' -]{1,40}?) (?:actually |really |even |exactly )?mean\b/;
// "What does SFEF stand for?": an abbreviation, answered by the heading defining what it is ("What is the SFEF model?").
const ASKED_STANDS_FOR = /\bwhat (?:does|do) (?:a |an |the )?([a-z0-9][a-z0-9'-]{0,15}) (?:actually |even |exactly )?stands? for\b/;
// "Living at his mate's for two months while mum works abroad. Is that private fostering?": whether the story is the
// named thing, asked at the end of a sentence, is answered by what that thing is. A thing of two words or more: "is
// that neglect?" asks about a category of harm, whose level and next steps answer the story better than its definition.
const ASKED_WHETHER_IT_IS = /\b(?:is|would|does|could) (?:that|this|it) (?:still )?(?:be |count as |counts as |be counted as |be classed as |classed as |class as |be seen as |be considered |considered |be called |called |what (?:they|you|we) call )?(?:a |an |the )?([a-z0-9][a-z0-9' -]{1,40}?)\s*(?:\?|$)/;
// A number or an address asked for by the thing's name ("the front door number", "the LADO's email").
const CONTACT_ASKED = /\b(numbers?|phone|telephone|tel|email|e-mail|address|contact|contact details|line|extension)\b/;
// A heading that asks only that: "What is a rapid review?", "What is private fostering, and how do I report it?", "What
// counts as significant harm?".
const DEFINES = /^what (?:is|are|counts as) (?:a |an |the )?(.+?)(?:,|:| and |\?|$)/i;

/** The stems a heading defines ("rapid review"), or undefined when it asks something else. */
export function definedBy(heading: string): string | undefined {
  // An aside in brackets is not the name: "What is a child in need (section 17)?" defines "child in need".
  const m = DEFINES.exec(heading.replace(/\s*\([^)]*\)/g, '').trim());
  return m ? terms(m[1]).join(' ') : undefined;
}

// "What is the Children's First Partnership Hub (MASH)?": another name in brackets. Not a gloss ("(a local review)") nor
// a choice ("(the front door or MASH)").
const OTHER_NAME = /\((?!an? )([^()]*?)\)/gi;
// "What is early help in Wirral: CAF, TAF and the lead professional?": the things it goes on to explain.
const EXPLAINED_AFTER_COLON = /^what (?:is|are) [^:?]+:\s*([^?]+)/i;

/** Every name a defining heading defines: the name, another name for it in brackets, and the things listed after a
 *  colon; none when the heading asks something else. */
export function namesDefinedBy(heading: string): string[] | undefined {
  const main = definedBy(heading);
  if (main === undefined) return undefined;
  const names = [main];
  for (const m of heading.matchAll(OTHER_NAME)) if (!/\bor\b/i.test(m[1])) names.push(terms(m[1]).join(' '));
  const listed = EXPLAINED_AFTER_COLON.exec(heading.replace(/\s*\([^)]*\)/g, ''));
  if (listed) for (const part of listed[1].split(/,|\band\b/)) names.push(terms(part).join(' '));
  return [...new Set(names.filter(Boolean))];
}

/** The stems of the partnership's name, which a heading may add ("What is the Section 11 audit in Wirral?"). */
export function placeTerms(place: string): string {
  return terms(place).join(' ');
}

/** Moves the section whose heading defines the thing the question asks about to the front, and says whether one did
 *  (the content defines what is asked: evidence the question is in scope). `place` is from placeTerms, read once per engine. */
export function preferTheNamedDefinition<T extends { index: number }>(ranked: T[], index: SearchIndex, question: string, place: string, glossary: Glossary): boolean {
  const q = question.toLowerCase().replace(/[’‘]/g, "'");
  const abbreviation = ASKED_STANDS_FOR.exec(q);
  if (abbreviation) {
    // The letters name the defined thing, alone or before its kind ("SFEF" for "SFEF model").
    const asked = terms(abbreviation[1]).join(' ');
    return !!asked && moveUpTheFirstDefining(ranked, index, (defines) => defines === asked || defines.startsWith(`${asked} `));
  }
  const m = ASKED.exec(q) ?? ASKED_MEANING.exec(q) ?? namedThingAskedAbout(q);
  // "What's the MASH number again?" asks for a way to reach it, not what it is.
  if (!m || CONTACT_ASKED.test(m[1])) return false;
  // "What's the actual definition of significant harm?" asks about "significant harm".
  const asked = terms(m[1].replace(/^(?:(?:actual|proper|official|legal|real|exact) )?(?:definition|meaning) of (?:a |an |the )?/, '')).join(' ');
  if (!asked) {
    // "What actually is that?" after the thing was named: a section defining something the question names, word for word.
    if (!ASKED_BACK.test(q)) return false;
    // By any name the glossary knows: "asked to attend an RLR... what even is that?" names a reflective learning review.
    const words = terms(q);
    const said = ` ${[words.join(' '), ...glossary.expand(words).flatMap((e) => e.phrases.map((p) => p.join(' ')))].join(' | ')} `;
    return moveUpTheFirstDefining(ranked, index, (defines) => said.includes(` ${defines} `));
  }
  // "What is a CIN plan?" names "child in need" by its acronym: every way the glossary says it.
  const names = sayings(asked, glossary);
  // One more word after the name ("CIN plan") only when that word was typed: a glossary phrase is whole ("significant
  // harm enquiry" is not one of the "significant harm" things).
  return moveUpTheFirstDefining(ranked, index, (defines) => names.some((n) => defines === n.text || defines === `${n.text} ${place}`.trim() || (n.typedEnd && namesOneOf(n.text, defines))));
}

/** The thing asked about in "is that private fostering?", when it is a name of two words or more, alone (not a choice,
 *  not "neglect and what level would it be"). */
function namedThingAskedAbout(q: string): RegExpExecArray | null {
  const m = ASKED_WHETHER_IT_IS.exec(q);
  // "...enough to refer, or is it early help?" is a choice between two routes, not what early help is.
  if (m && /\bor\W*$/.test(q.slice(0, m.index))) return null;
  return m && !/\b(?:or|and|but|what|which|how|who|when|if)\b/.test(m[1]) && terms(m[1]).length >= 2 ? m : null;
}

/** The first section in the window whose heading defines what `fits` accepts moves to the front; true when there was one. */
function moveUpTheFirstDefining<T extends { index: number }>(ranked: T[], index: SearchIndex, fits: (defines: string) => boolean): boolean {
  const limit = Math.min(WINDOW, ranked.length);
  for (let j = 0; j < limit; j++) {
    const names = index.sections[ranked[j].index].defines;
    if (!names?.some(fits)) continue;
    if (j > 0) ranked.unshift(...ranked.splice(j, 1));
    return true;
  }
  return false;
}

/** "child need plan" asks about one of the "child need" things: the name with one more word after it. */
function namesOneOf(asked: string, defines: string): boolean {
  return asked.startsWith(`${defines} `) && !asked.slice(defines.length + 1).includes(' ');
}

/** The asked name, and the same with each glossary phrase in it replaced by the phrase's equivalents; `typedEnd` when its
 *  last word is one the question typed, not the end of a glossary phrase. */
function sayings(asked: string, glossary: Glossary): Array<{ text: string; typedEnd: boolean }> {
  const parts = asked.split(' ');
  const out = [{ text: asked, typedEnd: true }];
  for (const e of glossary.expand(parts)) {
    const typedEnd = e.start + e.length < parts.length;
    for (const phrase of e.phrases) out.push({ text: [...parts.slice(0, e.start), ...phrase, ...parts.slice(e.start + e.length)].join(' '), typedEnd });
  }
  return out;
}
