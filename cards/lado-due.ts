// "lado due": the LADO's open clocks, soonest deadline first. Case reference, organisation type,
// deadline and state: no names.
import type { DueItem } from '../bot/lado/service.ts';
import { relativeWords, whenInWords } from '../bot/time/in-words.ts';
import { executeAction } from './actions.ts';
import { expandCard } from './expand.ts';
import { LADO_VERBS } from './lado-clock.ts';
import type { AdaptiveCard, CardAction } from './types.ts';

interface LadoDueData {
  title: string;
  summary: string;
  rows: Array<{ caseRef: string; label: string; color: string; style: string; detail: string; actions: CardAction[] }>;
  more: string;
  footerActions: CardAction[];
}

const LOOK: Record<DueItem['label'], { color: string; style: string; words: string }> = {
  overdue: { color: 'Attention', style: 'attention', words: 'Overdue' },
  'due soon': { color: 'Warning', style: 'warning', words: 'Due soon' },
  open: { color: 'Default', style: 'default', words: 'Open' },
  submitted: { color: 'Good', style: 'good', words: 'Submitted: awaiting LADO' },
  'conclusion due': { color: 'Default', style: 'default', words: "Outcome recorded: employer's conclusion due" },
  'conclusion overdue': { color: 'Attention', style: 'attention', words: "Employer's conclusion overdue" },
};

function detail(i: DueItem, now: Date): string {
  const c = i.referral;
  const mine = i.mine ? ' · started by you' : '';
  if (c.state !== 'outcome') return `${c.orgType} · due ${whenInWords(c.deadlineAt, now)} (${relativeWords(c.deadlineAt, now)})${mine}`;
  const when = c.outcomeDeadlineAt ? `due ${whenInWords(c.outcomeDeadlineAt, now)} (${relativeWords(c.outcomeDeadlineAt, now)})` : 'no timescale set';
  return `${c.orgType} · conclusion ${when}${mine}`;
}

export function buildLadoDueCard(input: { items: DueItem[]; total: number; now: Date }): AdaptiveCard {
  const { items, total, now } = input;
  const overdue = items.filter((i) => i.label === 'overdue' || i.label === 'conclusion overdue').length;
  const data = {
    title: total ? `Open LADO referral clocks (${total})` : 'No open LADO referral clocks',
    summary: total
      ? `${overdue} overdue${items.length < total ? ' among the first shown' : ''}. Soonest deadline first; times are UK time.`
      : 'Every referral has been marked received and no conclusions are awaited. Start a clock with "New referral clock".',
    rows: items.map((i) => ({
      caseRef: i.referral.caseRef,
      label: LOOK[i.label].words,
      color: LOOK[i.label].color,
      style: LOOK[i.label].style,
      detail: detail(i, now),
      actions: [
        i.referral.state === 'outcome'
          ? executeAction('Close case', LADO_VERBS.close, { clockId: i.referral.id })
          : executeAction('Mark referral received', LADO_VERBS.received, { clockId: i.referral.id }),
      ],
    })),
    more: items.length < total ? `…and ${total - items.length} more with later deadlines.` : '',
    footerActions: [executeAction('New referral clock', LADO_VERBS.form)],
  } satisfies LadoDueData;
  return expandCard('lado-due', data);
}
