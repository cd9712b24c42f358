// Children call a teacher "Miss" or "Sir", and practitioners repeat it ("miss slapped her"). "Miss" stems like
// "missing", so read as a word it pulls questions about staff towards children missing from home. When it names a
// person (followed by something the person did), it is read as "teacher" instead; the verb "miss" ("miss school",
// "miss a visit") is followed by what is missed, and stays. "Mr Jones next door" did nothing in those words: it stays;
// "mr b in science threw a book" names where he teaches, then what he did.
const DID_SOMETHING = /^(?:\w+ed|said|says|told|tells|is|was|has|had|keeps|kept|hit|hits|hurt|hurts|made|makes|gave|took|put|puts|shook|threw|swore|bit|grabs|slaps|pinches|shouts|screams|yells|touches|pushes|smacks|kicks|shoves|drags|calls|called|always|never|just|then|keep|won't|wont|will|would|did|does)$/;

/** The question with "miss" as a form of address read as "teacher" ("miss grabbed him" -> "teacher grabbed him"),
 *  and "Mr X" or "Mrs X" who did something, as children name staff ("mr x pulled her hair"). */
export function readFormsOfAddress(question: string): string {
  const titled = /\b(?:mr|mrs|ms)\b/i.test(question)
    ? question.replace(/\b(?:mr|mrs|ms)\.?(?=\s+[A-Za-z']+\s+(?:(?:in|from) [A-Za-z0-9']+\s+)?([A-Za-z']+))/gi, (found, verb: string) => (DID_SOMETHING.test(verb.toLowerCase()) ? 'teacher' : found))
    : question;
  if (!/\bmiss\b/i.test(titled)) return titled;
  // A capitalised word after it is a surname ("Miss Khan"): a person too.
  return titled.replace(/\bmiss\b(?=\s+([A-Za-z']+))/gi, (found, next: string) =>
    DID_SOMETHING.test(next.toLowerCase()) || /^[A-Z][a-z]/.test(next) ? 'teacher' : found,
  );
}
