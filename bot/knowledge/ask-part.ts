// The question in a practitioner's story: "HV here. Baby has a bruise, mum says his sister did it. Do I still
// refer?" tells a situation, then asks. Ranking weighs the asking part's words more (answer.ts): the story finds
// the subject, the question chooses among its sections.

// Sentences, and the dashes and dot-dot-dots practitioners use in their place.
const SENTENCE_BREAK = /(?<=[.?!])\s+|\n+|\s+-+\s+|\.\.+/;
const ASKING_SENTENCE = /\?$|^(who|what|when|how|why|which|where|do|does|did|can|could|should|shall|must|is|are|will|would|am|have|has)\b/i;
// In one long sentence, where the question starts ("the TA grabbed him do I need to tell the LADO").
const QUESTION_START = /\b(do i|do we|should i|should we|can i|can we|can they|can he|can she|what (do|should|can|happens)|who (do|should)|is (it|this|that)|does (it|this|that)|how (do|long|quickly)|when (do|should))\b/i;

/** The last sentence that asks something, after at least one that tells, or a first one asked before the telling;
 *  undefined for a question alone. */
export function askPart(text: string): string | undefined {
  const sentences = text.split(SENTENCE_BREAK).map((p) => p.trim()).filter(Boolean);
  for (let k = sentences.length - 1; k > 0; k--) if (ASKING_SENTENCE.test(sentences[k])) return sentences[k];
  // Asked first, then told ("what's the police number that isn't 999? want to pass on info about a family").
  if (sentences.length > 1 && sentences[0].endsWith('?')) return sentences[0];
  // One sentence: the question counts as a part only when a story comes before it (past its first third).
  const start = QUESTION_START.exec(text);
  return start && start.index > text.length / 3 ? text.slice(start.index) : undefined;
}
