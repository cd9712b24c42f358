// Shared wording and text shaping for cards. One place, so every card says the safety lines the same way.
import { contactStatus, type PartnershipProfile } from '../bot/partnership/profile.ts';
import type { PersonalDataKind } from '../bot/safety/personal-data.ts';
import { describePersonalData } from '../bot/safety/personal-data.ts';

export const JUDGEMENT_TEXT =
  'This assistant supports your professional judgement; it does not replace it. If you are worried about a child, talk to your designated safeguarding lead.';

export interface SafetyLines {
  emergencyText: string;
  frontDoorText: string;
}

export function safetyLines(profile: PartnershipProfile): SafetyLines {
  const fd = profile.front_door;
  const phone = fd.phone ? ` on ${fd.phone}` : '';
  const hours = fd.out_of_hours ? ` ${fd.out_of_hours}` : '';
  return {
    emergencyText: profile.emergency.text,
    frontDoorText: `Then contact the ${fd.name}${phone}${unconfirmedNote(profile, fd)}.${hours}`.replace(/\.\./g, '.'),
  };
}

/**
 * Follows every contact a card shows that the partnership has not confirmed (its own status, or the profile's):
 * a number copied from a 2017 report must never look current. Empty for a confirmed contact.
 */
export function unconfirmedNote(profile: PartnershipProfile, contact: { status?: 'current' | 'verify' }): string {
  return contactStatus(profile, contact) === 'verify' ? `, not yet confirmed by ${profile.short_name} (check before relying on it)` : '';
}

/** "email lado@… or phone 0151 …", with the unconfirmed note; empty when the profile holds neither. */
export function ladoContactWays(profile: PartnershipProfile): string {
  const { lado } = profile;
  const ways = [lado.email ? `email ${lado.email}` : '', lado.phone ? `phone ${lado.phone}` : ''].filter(Boolean).join(' or ');
  return ways ? `${ways}${unconfirmedNote(profile, lado)}` : '';
}

export const ladoFormLabel = (profile: PartnershipProfile): string => profile.lado.notification_form_label ?? 'Open the LADO notification form';

export function personalDataText(kinds: PersonalDataKind[]): string {
  return `Please don't share identifying details in chat: your message seems to include ${describePersonalData(kinds)}. I haven't stored it. Ask your question without names, dates of birth or contact details.`;
}

/** Adaptive Card TextBlocks render a small Markdown subset: keep bullets, bold and links; drop the rest. */
export function cardMarkdown(markdown: string, maxChars = 2400): string {
  let text = markdown
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/^#{1,6}\s+(.+)$/gm, '**$1**')
    .replace(/^\s*[*+]\s+/gm, '- ')
    .replace(/^\|?\s*:?-{3,}.*$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (text.length > maxChars) text = `${text.slice(0, maxChars).replace(/\s+\S*$/, '')} …`;
  return text;
}

// Built once: toLocaleDateString builds a new formatter on every call, which showed in turn latency, and
// formatting itself still did; a knowledge base has a few dozen review dates, so each is formatted once.
const reviewDateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });
const formattedReviewDates = new Map<string, string>();

export function formatReviewDate(isoDate: string): string {
  let formatted = formattedReviewDates.get(isoDate);
  if (formatted === undefined) {
    const d = new Date(`${isoDate}T12:00:00Z`);
    formatted = Number.isNaN(d.getTime()) ? isoDate : reviewDateFormat.format(d);
    if (formattedReviewDates.size < 1_000) formattedReviewDates.set(isoDate, formatted);
  }
  return formatted;
}

/** How much of a section the tab and /api/search show under a result. */
export const SNIPPET_CHARS = 280;

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
