// What kind of answer a question wants, read from its wording. Used as a gentle ranking nudge only.

export interface QueryIntent {
  /** "how quickly", "timescale", "by when": prefers sections that state a time limit. */
  wantsTimescale: boolean;
  /** "phone", "number", "email", "contact": prefers sections that give a contact. */
  wantsContact: boolean;
  /** "what is", "define", "meaning": prefers sections whose heading names the thing. */
  wantsDefinition: boolean;
}

export function readIntent(question: string): QueryIntent {
  const q = question.toLowerCase();
  return {
    wantsTimescale: /\b(how (quickly|fast|soon|long)|timescales?|time ?limits?|deadline|by when|within how|how many (hours|days)|when (do|must|should) i (tell|contact|refer|inform|report))\b/.test(q),
    wantsContact: /\b(phone|number|telephone|ring|call|email|e-mail|contact details?|who do i contact|how do i contact)\b/.test(q),
    wantsDefinition: /^(what('s| is| are| does)|define|definition|meaning of|explain)\b/.test(q.trim()),
  };
}

const TIME_EXPRESSION = /\b(\d+|one|two|three|four|five|ten|fifteen|24|48)\s+(working\s+)?(hours?|days?|weeks?|months?)\b|\bsame day\b|\bimmediately\b|\bstraight away\b/i;
const CONTACT_EXPRESSION = /\b0\d{3,4}\s?\d{3}\s?\d{3,4}\b|\b0\d{2,4}\s?\d{6,7}\b|\b\d{3}\b(?=.*\b(police|non-emergency)\b)|[\w.+-]+@[\w-]+\.[\w.]+/i;

export function statesTimescale(text: string): boolean {
  return TIME_EXPRESSION.test(text);
}

export function givesContact(text: string): boolean {
  return CONTACT_EXPRESSION.test(text);
}
