// Among sections of one document the story says which document, and what is asked says which section. A sibling
// whose heading asks what the question asks moves above the document's best-scoring section when that section's
// heading asks something else: "...how long have we got to get it to them?" is answered by "How quickly must I tell
// the LADO?", not by the first steps that tell the same story. Only for a narrow ask (DECISIVE_ASKS), or
// when the first section's own heading asks a narrow thing the question does not ("What is private fostering?"). A time
// limit on the asker is looked for in the area's other documents too, close behind.
import type { SearchIndex } from './search-index.ts';
import { ASK, NARROW_ASKS, type QueryIntent } from './query-intent.ts';

// How far down such a sibling is looked for.
export const WINDOW = 8;

// Asks narrow enough to pick a section on their own: a time limit, a level, who attends, what a review learned or found,
// the story of what happened, a count, whose job it is, which area's body it goes to, what it means for the child ("will
// he end up with a record?"), the questions for a team to ask themselves, what to write down. Not "who tells" or "what
// happens next": measured, those moved sections whose heading asks them but whose story did not fit above ones that
// answered the question.
const DECISIVE_ASKS = ASK.timescale | ASK.deadline | ASK.duration | ASK.level | ASK.whoAttends | ASK.lessons | ASK.findings | ASK.consequence | ASK.story | ASK.figures | ASK.whoseJob | ASK.whichBody | ASK.discussion | ASK.record;

/** Reorders `ranked` in place: sections of other documents keep their order. */
export function preferTheAskedSibling<T extends { index: number; score: number; lift?: number }>(ranked: T[], index: SearchIndex, intent: QueryIntent): void {
  if (!ranked.length || !intent.asks) return;
  if (preferACloseSectionAskingTheTime(ranked, index, intent)) return;
  // A first section whose heading asks something narrow the question does not ("What is private fostering?" for
  // "...do I need to do anything?"): any sibling asking what the question asks answers it better.
  // Not a heading that also asks a practical thing ("What is Operation Encompass and what should a school do?").
  const firstAsks = index.sections[ranked[0].index].asks;
  const narrowFirst = (firstAsks & NARROW_ASKS & ~intent.asks) !== 0 && !(firstAsks & PRACTICAL_HEADING_ASKS);
  const asked = narrowFirst ? intent.asks : intent.asks & DECISIVE_ASKS;
  if (!asked) return;
  if (moveUpSiblingAsking(asked, ranked, index, intent)) return;
  // "...do we need to tell anyone?" with no sibling asking whether: the document's "what do I do" section answers a
  // practical ask better than its definition.
  if (narrowFirst && intent.asks & PRACTICAL_ASKS) moveUpSiblingAsking(ASK.whatToDo, ranked, index, intent);
}

const PRACTICAL_ASKS = ASK.whether | ASK.mayWe | ASK.whoTells | ASK.howTo;
const PRACTICAL_HEADING_ASKS = ASK.whatToDo | ASK.whoTells | ASK.howTo;
const TIME_ASKS = ASK.timescale | ASK.deadline | ASK.duration;

function moveUpSiblingAsking<T extends { index: number; lift?: number }>(asked: number, ranked: T[], index: SearchIndex, intent: QueryIntent): boolean {
  const limit = Math.min(WINDOW, ranked.length);
  for (let j = 0; j < limit; j++) {
    const candidate = index.sections[ranked[j].index];
    if (!(candidate.asks & asked)) continue;
    const i = ranked.findIndex((r) => index.sections[r.index].doc.id === candidate.doc.id);
    // Already first of its document: a sibling lower down, in a document above it, may still be the one asked for.
    if (i === j) continue;
    // A time asked as a second thought ("...does the LADO need the result and how fast?") does not move a sibling over one
    // the question's situation lifts more: that one is about the outcome, the time sibling about the first report.
    if (i < j && asked & TIME_ASKS && (ranked[i].lift ?? 1) > (ranked[j].lift ?? 1)) return false;
    if (i < j && !(index.sections[ranked[i].index].asks & intent.asks)) ranked.splice(i, 0, ...ranked.splice(j, 1));
    return true;
  }
  return false;
}

// A time limit on the asker ("how long have I got to let the LADO know?") where the first section, of another document
// on the same area, answers something else about the same story: the section on that time limit, when it is close behind.
// Not a plain "timescale", which a heading on how long a case takes also fits.
const CLOSE_BEHIND = 0.9;
const TIME_WINDOW = 5;

function preferACloseSectionAskingTheTime<T extends { index: number; score: number }>(ranked: T[], index: SearchIndex, intent: QueryIntent): boolean {
  const asked = intent.asks & ASK.deadline;
  const first = index.sections[ranked[0].index];
  if (!asked || first.asks & asked) return false;
  for (let j = 1; j < Math.min(TIME_WINDOW, ranked.length); j++) {
    const candidate = index.sections[ranked[j].index];
    if (!(candidate.asks & asked) || candidate.doc.id === first.doc.id || candidate.doc.area !== first.doc.area) continue;
    if (ranked[j].score < CLOSE_BEHIND * ranked[0].score) return false;
    ranked.unshift(...ranked.splice(j, 1));
    return true;
  }
  return false;
}
