// Removes identifying details from free text before it is stored or collated: exactly the spans
// bot/safety/personal-data.ts warns about, so a report can be shared with partners even if a practitioner
// submitted a detail anyway.
import { personalDataMatches } from '../safety/personal-data.ts';

export const REDACTED = '[details removed]';

export function redact(text: string): string {
  // Overlapping finds (a phone number that is also ten digits) merge into one span.
  const spans: Array<{ start: number; end: number }> = [];
  for (const m of personalDataMatches(text)) {
    const last = spans.at(-1);
    if (last && m.start <= last.end) last.end = Math.max(last.end, m.end);
    else spans.push({ start: m.start, end: m.end });
  }
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + REDACTED;
    at = s.end;
  }
  return out + text.slice(at);
}
