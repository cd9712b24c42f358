// Removes identifying details from free text before it is stored or collated. The same signs
// bot/safety/personal-data.ts warns about, matched everywhere in the text and replaced, so a report can
// be shared with partners even if a practitioner submitted a detail anyway.
import { findPersonalData } from '../safety/personal-data.ts';

export const REDACTED = '[details removed]';

const PATTERNS: RegExp[] = [
  /\b[\w.+-]+@[\w-]+(\.[\w-]+)+\b/g,
  /\b\d{3}[ -]?\d{3}[ -]?\d{4}\b/g,
  /(\+44\s?|\b0)(\d[\s-]?){9,10}\b/g,
  /\b(GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2})\b/gi,
  /\b(d\.?o\.?b\.?|date of birth|born on|birthday)\b[:\s]*[\w/ .-]{0,20}/gi,
  /\b\d{1,2}[/.-]\d{1,2}[/.-](19|20)?\d{2}\b/g,
  /\b\d{1,4}\s+[A-Z][a-z]+\s+(Street|St|Road|Rd|Avenue|Ave|Lane|Close|Drive|Way|Crescent|Grove|Court|Terrace)\b/g,
  // "called Sam", "named Jo Bloggs": keep the lead-in word, drop the name (up to two capitalised words).
  /\b(called|named|name is|name's|goes by|known as)\s+[A-Z][a-z'-]+(\s+[A-Z][a-z'-]+)?/g,
  /\b(Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][a-z'-]+(\s+[A-Z][a-z'-]+)?/g,
];

const LEAD_IN = /^(called|named|name is|name's|goes by|known as)\b/;

export function redact(text: string): string {
  let out = text;
  for (const re of PATTERNS) {
    out = out.replace(re, (match) => {
      const lead = LEAD_IN.exec(match);
      // The personal-data check lets "called the front door" through; so do we.
      if (lead && findPersonalData(match).length === 0) return match;
      return lead ? `${lead[0]} ${REDACTED}` : REDACTED;
    });
  }
  return out;
}
