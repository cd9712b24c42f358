// What the LADO clock says in a short notice: refusals, not-found, the own-reminder confirmation, advice asked.
// The wording lives here with the other LADO cards; handlers/lado.ts picks which one.
import type { PartnershipProfile } from '../bot/partnership/profile.ts';
import type { ReferralClock } from '../bot/lado/types.ts';
import { whenInWords } from '../bot/time/in-words.ts';
import { ladoContactWays } from './card-text.ts';
import { buildNoticeCard, type NoticeInput } from './notice.ts';
import type { AdaptiveCard } from './types.ts';

const STATE_WORDS: Record<ReferralClock['state'], string> = {
  open: 'waiting for the referral',
  submitted: 'marked submitted',
  received: 'marked received',
  outcome: 'waiting for the employer\'s conclusion',
  closed: 'closed',
};

const notice = (title: string, text: string, style: NoticeInput['style'] = 'warning'): AdaptiveCard => buildNoticeCard({ title, text, style });

export function ladoNotices(profile: PartnershipProfile) {
  const contact = ladoContactWays(profile);
  return {
    notStaff: notice(
      'Only LADO staff can start or list referral clocks',
      `If you need to tell the LADO about an allegation against someone who works with children, talk to your designated officer${contact ? ` and contact the LADO (${contact})` : ''}. To be reminded yourself until the referral is in, type "remind me to refer to the LADO". You can also ask me "how quickly must I tell the LADO?".`,
    ),
    notFound: notice("I can't find that referral clock", 'The card may be out of date. LADO staff can type "lado due" to see the open clocks.'),
    notYours: notice(
      'This referral clock belongs to someone else',
      `Only the referring manager it was set up for, or LADO staff, can change it. If you think it should be yours, contact the LADO${contact ? ` (${contact})` : ''}.`,
    ),
    whichCase: notice('Which case?', 'Add the LADO case reference, for example "lado case LADO-2026-0412".', 'default'),
    noSuchCase: notice("I can't find a clock with that case reference", 'Check the reference, or type "lado due" to see the open clocks.', 'default'),
    already: (referral: ReferralClock) => notice('Already recorded', `Case ${referral.caseRef} is already ${STATE_WORDS[referral.state]}. Nothing changed.`, 'default'),
    ownReminderSet: (referral: ReferralClock, reminders: Date[], now: Date) =>
      notice(
        `Reminder set: refer ${referral.caseRef} to the LADO by ${whenInWords(referral.deadlineAt, now)}`,
        `I'll remind you at ${reminders.map((at) => whenInWords(at, now)).join('; ')}, until you press "Referral submitted". Nothing is sent to the LADO by me: you make the referral.`,
        'good',
      ),
    adviceAsked: (referral: ReferralClock) =>
      notice(
        'The LADO has been told you would like advice',
        `They will contact you about case ${referral.caseRef}. ${profile.lado.consultation ?? ''}${contact ? ` You can also ${contact}.` : ''} If a child is in immediate danger, call 999.`.replace(/\s+/g, ' ').trim(),
        'default',
      ),
  };
}
