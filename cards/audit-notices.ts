// What audit rounds say in a short notice: refusals, not-found, thanks, saved for later, the round closed.
// The wording lives here with the other audit cards; handlers/audits.ts picks which one.
import type { AuditRound } from '../bot/audits/types.ts';
import { whenInWords } from '../bot/time/in-words.ts';
import { executeAction } from './actions.ts';
import { AUDIT_VERBS } from './audit-round-form.ts';
import { buildNoticeCard, type NoticeInput } from './notice.ts';
import type { AdaptiveCard } from './types.ts';

const notice = (title: string, text: string, style: NoticeInput['style'] = 'warning'): AdaptiveCard => buildNoticeCard({ title, text, style });

export const auditNotices = {
  notCommittee: notice(
    'Only audit committee members can start or manage reflection rounds',
    'If you have been asked for your reflections on an audited case, the questionnaire is in your chat with me: type "my audit questionnaires" to see it again. You can also ask me about multi-agency audits.',
  ),
  notFound: notice("I can't find that audit round", 'The card may be out of date, or the reference mistyped. Committee members can type "audit status" to see their rounds.'),
  whichRound: notice('Which round?', 'You have more than one open round. Add the audit reference, for example "audit close MACA-2026-03".', 'default'),
  notInvited: notice(
    'This questionnaire was sent to someone else',
    'Only the practitioners invited to this round can answer it. If you think you should have been invited, contact the audit committee.',
  ),
  noQuestionnaires: notice('No open questionnaires for you', 'You have not been asked for reflections on an audit that is still open. Thank you for checking.', 'default'),
  notYours: (round: AuditRound, now: Date) =>
    notice('This round belongs to another committee member', `Only the member who started the round for audit ${round.ref} can close it early. It closes by itself at ${whenInWords(round.closesAt, now)}.`),
  closed: (round: AuditRound, now: Date) =>
    notice(
      'This round has closed',
      `The reflection questionnaire for audit ${round.ref} closed at ${whenInWords(round.closedAt ?? round.closesAt, now)}, so answers can no longer be added or changed. Thank you for your time; the committee shares what it learns with partners.`,
      'default',
    ),
  thanks: (round: AuditRound, edited: boolean, redacted: boolean, now: Date) =>
    buildNoticeCard({
      title: edited ? 'Your changes are saved' : 'Thank you: your reflections are saved',
      text: `They will be collated anonymously with other practitioners' answers for audit ${round.ref}. You can change them until ${whenInWords(round.closesAt, now)}.${redacted ? ' Details that could identify someone were removed before saving.' : ''}`,
      style: 'good',
      actions: [executeAction('Change my answers', AUDIT_VERBS.edit, { roundId: round.id })],
    }),
  savedForLater: (round: AuditRound, now: Date) =>
    buildNoticeCard({
      title: 'Saved for later',
      text: `Your answers are kept until you submit them or the questionnaire closes at ${whenInWords(round.closesAt, now)}. They are not sent to the committee until you submit, and answers never submitted are deleted when it closes.`,
      style: 'default',
      actions: [executeAction('Carry on', AUDIT_VERBS.edit, { roundId: round.id })],
    }),
};
