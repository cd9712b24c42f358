// Every audit card, built from its template and validated against Adaptive Cards 1.5 (the Teams people
// picker is the one allowed extension), with the words a person reads.
import { describe, expect, it } from 'vitest';
import type { RoundProgress } from '../bot/audits/service.ts';
import type { AuditRound } from '../bot/audits/types.ts';
import { buildAuditRoundFormCard } from '../cards/audit-round-form.ts';
import { buildRoundClosedCard, buildRoundDuplicateCard, buildRoundProgressCard, buildRoundStartedCard } from '../cards/audit-round.ts';
import { buildQuestionnaireCard } from '../cards/questionnaire.ts';
import { cardText, findAction } from './support/activities.ts';
import { cardProblems as allCardProblems } from './support/validate-card.ts';

const PICKER = [/^UnsupportedProperty: Property "choices\.data"/, /^CollectionCantBeEmpty: An Input\.ChoiceSet must have at least one choice/];
const cardProblems = (card: any) => allCardProblems(card).filter((p) => !(JSON.stringify(card).includes('graph.microsoft.com/users') && PICKER.some((re) => re.test(p))));

const NOW = new Date('2026-11-23T10:00:00Z');
const round: AuditRound = {
  id: 'Aabcdefghij',
  ref: 'MACA-2026-03',
  theme: 'Application of thresholds',
  closeDate: '2026-12-04',
  closesAt: new Date('2026-12-04T17:00:00Z'),
  createdAt: NOW,
  createdBy: 'aad-chair',
  state: 'open',
  startToken: 'token-123456',
  questionnaire: {
    title: 'Your reflections',
    intro: 'This is about learning, not blame.',
    questions: [
      { id: 'went-well', text: 'What went well?', required: true },
      { id: 'supervision', text: 'Did you discuss it in supervision?', hint: 'yes / no', required: false },
    ],
    agencyTypes: ['Health', 'Police'],
  },
};
const progress: RoundProgress = { round, invited: 3, answered: 2, outstanding: 1, mine: true };

describe('audit cards', () => {
  it('the round form has the people picker (multi-select), close date limits and a one-time token', () => {
    const card = buildAuditRoundFormCard({ now: NOW, partnershipName: 'Testshire', questionCount: 2, token: 'token-123456', problems: ['Add the audit reference.'] });
    expect(cardProblems(card)).toEqual([]);
    const picker = card.body.find((e) => e.id === 'practitioners') as any;
    expect(picker).toMatchObject({ type: 'Input.ChoiceSet', isMultiSelect: true, 'choices.data': { type: 'Data.Query', dataset: 'graph.microsoft.com/users' } });
    const date = card.body.find((e) => e.id === 'closeDate') as any;
    expect(date).toMatchObject({ min: '2026-11-24', max: '2027-02-21', value: '2026-12-07' });
    expect(findAction(card, 'Start the round').data).toEqual({ token: 'token-123456', verb: 'audit.create' });
    expect(cardText(card)).toContain('Add the audit reference.');
  });

  it('the questionnaire: why, how answers are used, no-names warning, questions as data, personal-data warnings', () => {
    const invite = buildQuestionnaireCard({ round, now: NOW, variant: 'invite' });
    expect(cardProblems(invite)).toEqual([]);
    const text = cardText(invite);
    expect(text).toContain('This is about learning, not blame.');
    expect(text).toContain('Please do not name the child, the family or colleagues');
    expect(text).toContain('Closes: 17:00 on Friday 4 December');
    const inputs = JSON.stringify(invite);
    expect(inputs).toContain('"id":"q_went-well"');
    expect(inputs).toContain('"placeholder":"yes / no"');
    // Required is said in the label and checked on the server: isRequired would stop "Save for later" in the client.
    const wentWell = invite.body.flatMap((e: any) => e.items ?? []).find((e: any) => e.id === 'q_went-well') as any;
    expect(wentWell.label).toMatch(/\(required\)$/);
    expect(wentWell.isRequired).toBeUndefined();
    expect(findAction(invite, 'Save for later')?.data.verb).toBe('audit.save-draft');

    const warned = buildQuestionnaireCard({ round, now: NOW, variant: 'invite', values: { answers: { 'went-well': 'Mrs Patel helped' } }, personalData: { 'went-well': ['name'] }, problems: [] });
    expect(cardProblems(warned)).toEqual([]);
    expect(cardText(warned)).toContain('“What went well?”: a name');
    expect(findAction(warned, 'Send with details removed').data).toEqual({ roundId: round.id, removeDetails: true, verb: 'audit.submit' });

    const reminder = buildQuestionnaireCard({ round, now: new Date('2026-12-03T09:00:00Z'), variant: 'reminder', late: true });
    expect(cardText(reminder)).toContain('Reminder: this questionnaire closes at 17:00 on Friday 4 December (in 32 hours). This message is late');
  });

  it('the committee cards: started, duplicate, progress (counts only), closed with report links', () => {
    const cards = [
      buildRoundStartedCard({ round, now: NOW, invited: 3, unreachable: 1, reminders: [new Date('2026-12-01T09:00:00Z')] }),
      buildRoundDuplicateCard(round),
      buildRoundProgressCard({ items: [progress], now: NOW, reportLinks: {} }),
      buildRoundProgressCard({ items: [progress, { ...progress, round: { ...round, id: 'Aother00000', ref: 'MACA-2', state: 'closed', closedAt: NOW } }], now: NOW, reportLinks: { Aother00000: { page: 'https://x.example/p', csv: 'https://x.example/c' } } }),
      buildRoundProgressCard({ items: [], now: NOW, reportLinks: {} }),
      buildRoundClosedCard({ progress, now: NOW, links: { page: 'https://x.example/p', csv: 'https://x.example/c' }, early: true, suppressed: true }),
    ];
    for (const c of cards) expect(cardProblems(c)).toEqual([]);
    expect(cardText(cards[0])).toContain("1 of them hasn't used the assistant yet");
    expect(cardText(cards[2])).toContain('Answered: 2 (67%)');
    expect(findAction(cards[2], 'Close now').style).toBe('destructive');
    expect(findAction(cards[3], 'Open the report').url).toBe('https://x.example/p');
    expect(cardText(cards[4])).toContain('There are no rounds to show');
    expect(cardText(cards[5])).toContain('Fewer than 3 practitioners answered');
  });
});
