// The committee's cards about rounds: started, progress (counts only, never who), closed with the report
// links. One template; the builder decides the wording.
import type { RoundProgress } from '../bot/audits/service.ts';
import type { AuditRound } from '../bot/audits/types.ts';
import { whenInWords } from '../bot/time/in-words.ts';
import { executeAction, openUrlAction } from './actions.ts';
import { AUDIT_VERBS } from './audit-round-form.ts';
import { expandCard } from './expand.ts';
import type { AdaptiveCard, CardAction } from './types.ts';

interface AuditRoundData {
  style: 'default' | 'good' | 'attention' | 'warning' | 'emphasis';
  title: string;
  lines: string[];
  rounds: Array<{ heading: string; facts: Array<{ title: string; value: string }>; actions: CardAction[] }>;
  actions: CardAction[];
}

const expand = (data: AuditRoundData) => expandCard('audit-round', data);

function roundFacts(p: RoundProgress, now: Date) {
  const r = p.round;
  const rate = p.invited ? Math.round((100 * p.answered) / p.invited) : 0;
  return [
    ...(r.theme ? [{ title: 'Theme', value: r.theme }] : []),
    { title: r.state === 'open' ? 'Closes' : 'Closed', value: whenInWords(r.state === 'open' ? r.closesAt : (r.closedAt ?? r.closesAt), now) },
    { title: 'Invited', value: String(p.invited) },
    { title: 'Answered', value: `${p.answered} (${rate}%)` },
    { title: 'Not yet answered', value: String(p.outstanding) },
  ];
}

export interface RoundStartedInput {
  round: AuditRound;
  now: Date;
  invited: number;
  unreachable: number;
  reminders: Date[];
  installUrl?: string;
}

export function buildRoundStartedCard(input: RoundStartedInput): AdaptiveCard {
  const { round, now } = input;
  const lines = [
    `${input.invited} practitioner${input.invited === 1 ? '' : 's'} will get the questionnaire in Teams now. It closes at ${whenInWords(round.closesAt, now)}.`,
    input.reminders.length
      ? `Reminders go only to those who haven't answered: ${input.reminders.map((d) => whenInWords(d, now)).join('; ')}.`
      : 'The round is too short for reminders.',
  ];
  if (input.unreachable > 0) {
    lines.push(
      `${input.unreachable} of them ${input.unreachable === 1 ? "hasn't" : "haven't"} used the assistant yet, so it can't message them. Please send them the install link${input.installUrl ? ` (${input.installUrl})` : ''} and ask them to say hello to it; reminders reach them once they have.`,
    );
  }
  lines.push(`Type "audit status ${round.ref}" to see progress, or "audit close ${round.ref}" to close it early.`);
  return expand({
    style: input.unreachable ? 'warning' : 'good',
    title: `Round started for audit ${round.ref}`,
    lines,
    rounds: [],
    actions: [executeAction('See progress', AUDIT_VERBS.status, { roundId: round.id })],
  });
}

export function buildRoundDuplicateCard(round: AuditRound): AdaptiveCard {
  return expand({
    style: 'default',
    title: `This round was already started (audit ${round.ref})`,
    lines: ['Nothing new was sent. Pressing the button twice doesn’t start a second round.'],
    rounds: [],
    actions: [executeAction('See progress', AUDIT_VERBS.status, { roundId: round.id })],
  });
}

export interface ProgressInput {
  items: RoundProgress[];
  now: Date;
  /** Report links for closed rounds, by round id (made fresh for the member asking). */
  reportLinks: Record<string, { page: string; csv: string }>;
}

export function buildRoundProgressCard(input: ProgressInput): AdaptiveCard {
  const one = input.items.length === 1;
  return expand({
    style: 'default',
    title: one ? `Audit ${input.items[0]!.round.ref}: ${input.items[0]!.round.state === 'open' ? 'open' : 'closed'}` : 'Audit reflection rounds',
    lines: input.items.length
      ? ['Counts only: the assistant never shows who has or hasn’t answered.']
      : ['There are no rounds to show. Type "audit round" to start one.'],
    rounds: input.items.map((p) => {
      const links = input.reportLinks[p.round.id];
      return {
        heading: one ? '' : `${p.round.ref}${p.round.state === 'closed' ? ' (closed)' : ''}`,
        facts: roundFacts(p, input.now),
        actions: [
          ...(links ? [openUrlAction('Open the report', links.page), openUrlAction('Download CSV', links.csv)] : []),
          ...(p.round.state === 'open' && p.mine ? [executeAction('Close now', AUDIT_VERBS.close, { roundId: p.round.id }, 'destructive')] : []),
          ...(one ? [] : [executeAction('Refresh', AUDIT_VERBS.status, { roundId: p.round.id })]),
        ],
      };
    }),
    actions: one ? [executeAction('Refresh', AUDIT_VERBS.status, { roundId: input.items[0]!.round.id })] : [],
  });
}

export interface ClosedInput {
  progress: RoundProgress;
  now: Date;
  links: { page: string; csv: string };
  early: boolean;
  late?: boolean;
  suppressed: boolean;
}

export function buildRoundClosedCard(input: ClosedInput): AdaptiveCard {
  const r = input.progress.round;
  const lines = [
    input.early ? 'You closed the round early. Practitioners can no longer submit or change answers.' : 'The closing date has passed. Practitioners can no longer submit or change answers.',
    input.suppressed
      ? 'Fewer than 3 practitioners answered, so the report shows counts only: with so few answers someone could be identified.'
      : 'The report is anonymised: no names, answers grouped by question, and agency types with fewer than 3 responses combined.',
    'The links work for committee members for 7 days; type "audit status ' + r.ref + '" for fresh ones. Print the page or save it as PDF to share with partners.',
  ];
  if (input.late) lines.push('This message is late: the assistant was unavailable for a while.');
  return expand({
    style: 'good',
    title: `Audit ${r.ref}: round closed, report ready`,
    lines,
    rounds: [{ heading: '', facts: roundFacts(input.progress, input.now), actions: [] }],
    actions: [openUrlAction('Open the report', input.links.page), openUrlAction('Download CSV', input.links.csv)],
  });
}
