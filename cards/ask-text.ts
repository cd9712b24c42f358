// The ask use case as plain text, in the cards' words: the safety banner first, then the answer, the
// clarifying question, or "I'm not sure" with who to ask. The ask CLI prints it (and puts it in its JSON).
import type { Asked } from '../bot/ask/ask.ts';
import type { PartnershipProfile } from '../bot/partnership/profile.ts';
import { personalDataText, safetyLines } from './card-text.ts';
import { whoToAsk } from './not-sure.ts';

export function askText(asked: Asked, profile: PartnershipProfile): string {
  const { safety, hits, clarify } = asked;
  const lines: string[] = [];
  if (safety.immediateDanger) {
    const s = safetyLines(profile);
    lines.push(`${s.emergencyText} ${s.frontDoorText}`);
  }
  if (safety.personalData) lines.push(personalDataText(safety.personalDataKinds));
  if (clarify) {
    lines.push(clarify.ask, ...clarify.choices.map((c) => `- ${c.label}`));
  } else if (asked.answered) {
    const best = hits[0];
    lines.push(`${best.doc.title} › ${best.section.heading}`);
    if (best.section.status === 'verify') lines.push(`Not yet confirmed by ${profile.short_name}: check the published source.`);
    lines.push(best.section.text);
    const next = profile.help[best.doc.area]?.next_step;
    if (next) lines.push(`Next step: ${next}`);
    lines.push(`Source: ${best.doc.sourceTitle} (${best.doc.sourceUrl}), last reviewed ${best.doc.lastReviewed}.`);
  } else {
    lines.push("I'm not sure I have the answer to that, and I won't guess.");
    lines.push(...whoToAsk(profile));
    if (hits.length) lines.push(`Nearest sections: ${hits.slice(0, 3).map((h) => `${h.doc.title} › ${h.section.heading}`).join('; ')}`);
  }
  return lines.join('\n');
}
