// The partnership's own section first where it covers the same subject as a national one: a practitioner in
// Wigan needs Wigan's route (its panel, its front door), and the national summary stays just below it.
import type { SearchIndex } from './search-index.ts';
import { terms } from './text-analysis.ts';

// How far down the list a local sibling is looked for (a national document with many sections on one subject can
// fill the first five), and how close its score must be: a local section that
// merely mentions the subject is not promoted over a national one that answers it.
export const WINDOW = 8;
const MIN_SCORE_RATIO = 0.55;
// Words every heading uses; sharing one of them is not sharing a subject.
// Also the words of how a heading asks ("what must a school consider before…", "should the person be… while it is
// looked into"), which say nothing of its subject.
const GENERIC = new Set(
  terms(
    'child children worried concern concerns safeguarding happen next first need help question questions team what do does ' +
      'must should could would consider considered considering before after while look looked looking into person people ' +
      // Who it is about, not what: "member of staff" heads half of the allegations sections; and "allegation" itself
      // heads most of them ("after an allegation, how does the school learn lessons" is not about suspension).
      'member members staff allegation allegations ' +
      // Who found or decided it ("what has Wigan's partnership found about..."); its stem would pass for "partner".
      'partnership partnerships',
  ),
);

/** Reorders `ranked` in place: a national section is moved below a local one of the same area and subject, unless the
 *  question names its document ("what does Working Together say…"; named-source.ts), or names more words of the national
 *  heading's subject that the local heading lacks than of the local heading's ("does that mean unsubstantiated…" is
 *  asked by "what do the outcomes mean: substantiated, unsubstantiated, false, malicious?", not by "what happens if an
 *  allegation turns out to be false or malicious?"). `asked` is the question's stems. */
export function preferLocalSections<T extends { index: number; score: number }>(ranked: T[], index: SearchIndex, namedDocs: ReadonlySet<string> = new Set(), asked: ReadonlySet<string> = new Set()): void {
  const limit = Math.min(WINDOW, ranked.length);
  const askedStems = [...asked];
  for (let i = 0; i < limit; i++) {
    const national = index.sections[ranked[i].index];
    if (national.isLocal || national.doc.partnership !== 'national' || namedDocs.has(national.doc.id)) continue;
    const subject = headingSubject(national.section.heading);
    for (let j = i + 1; j < limit; j++) {
      const local = index.sections[ranked[j].index];
      if (!local.isLocal || local.doc.area !== national.doc.area) continue;
      if (ranked[j].score < MIN_SCORE_RATIO * ranked[i].score) break;
      const localSubject = headingSubject(local.section.heading);
      if (!sameSubject(subject, localSubject)) continue;
      if (askedOnlyIn(subject, localSubject, askedStems) > askedOnlyIn(localSubject, [], askedStems)) continue;
      const [moved] = ranked.splice(j, 1);
      ranked.splice(i, 0, moved);
      break;
    }
  }
}

/** How many of the question's words are subject words of one heading and not of the other. */
function askedOnlyIn(subject: string[], other: string[], asked: readonly string[]): number {
  return subject.filter((t) => asked.some((a) => sameWord(t, a)) && !other.some((u) => sameWord(t, u))).length;
}

/** Half or more of the shorter heading's subject words are in the other: one shared word ("sexual") is not enough. */
function sameSubject(a: string[], b: string[]): boolean {
  const shared = a.filter((t) => b.some((u) => sameWord(t, u))).length;
  return shared > 0 && shared >= 0.5 * Math.min(a.length, b.length);
}

/** Stems of one word in different forms, which the stemmer leaves apart ("suspens"/"suspend", "referr"/"refer"):
 * they share all but the last letter of the shorter, and at least five letters. */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 5) return false;
  let k = 0;
  while (k < shorter && a[k] === b[k]) k++;
  return k >= Math.max(5, shorter - 1);
}

function headingSubject(heading: string): string[] {
  return terms(heading).filter((t) => !GENERIC.has(t));
}
