// Every LADO card variant is a valid Adaptive Card 1.5 with Submit fallbacks, and says no more than
// the case reference, organisation type and times.
import { describe, expect, it } from 'vitest';
import { buildOfficerCard, buildReferrerCard, type OfficerVariant, type ReferrerVariant } from '../cards/lado-clock.ts';
import { buildLadoDueCard } from '../cards/lado-due.ts';
import { buildLadoFormCard } from '../cards/lado-form.ts';
import type { ReferralClock } from '../bot/lado/types.ts';
import { cardText, findAction } from './support/activities.ts';
import { fixtureKnowledge } from './support/test-assistant.ts';
import { loadKnowledge } from '../bot/knowledge/load.ts';
import { whoToAsk } from '../cards/not-sure.ts';
import { buildWelcomeCard } from '../cards/welcome.ts';
import { cardProblems } from './support/validate-card.ts';

const profile = fixtureKnowledge().partnership;
const now = new Date('2026-11-23T10:00:00Z');
const referral: ReferralClock = {
  id: 'Labcdefghij',
  caseRef: 'LADO-2026-0412',
  orgType: 'Health',
  rule: '1-working-day',
  identifiedAt: now,
  deadlineAt: new Date('2026-11-24T17:00:00Z'),
  createdAt: now,
  officerKey: 'aad-officer',
  referrer: { kind: 'user', userKey: 'aad-referrer' },
  referrerReachable: false,
  own: false,
  state: 'open',
  startToken: 'token-123456',
};

describe('LADO cards', () => {
  it('referrer cards: valid, and only open ones have buttons', () => {
    for (const variant of ['first', 'reminder', 'overdue', 'submitted', 'received'] as ReferrerVariant[]) {
      const card = buildReferrerCard({ referral, variant, profile, now, late: variant === 'reminder' });
      expect(cardProblems(card), variant).toEqual([]);
      const open = ['first', 'reminder', 'overdue'].includes(variant);
      expect(Boolean(findAction(card, 'Referral submitted')), variant).toBe(open);
    }
    expect(cardText(buildReferrerCard({ referral, variant: 'reminder', profile, now, late: true }))).toContain('This message is late');
  });

  it('LADO cards: valid; the start card warns when the referrer cannot be reached', () => {
    for (const variant of ['started', 'duplicate', 'overdue', 'submitted', 'advice', 'undeliverable', 'received', 'already-received'] as OfficerVariant[]) {
      expect(cardProblems(buildOfficerCard({ referral, variant, profile, now })), variant).toEqual([]);
    }
    const started = cardText(buildOfficerCard({ referral, variant: 'started', profile, now, installUrl: 'https://teams.microsoft.com/l/app/x', reminders: [now] }));
    expect(started).toContain("hasn't installed the Safeguarding Assistant");
    expect(started).toContain('https://teams.microsoft.com/l/app/x');
  });

  it('the outcome stage: every variant valid; with no outcome timescale set, the card says so and invents none', () => {
    const withOutcome: ReferralClock = { ...referral, state: 'outcome', outcomeAt: now, outcomeDeadlineAt: new Date('2026-11-24T10:00:00Z') };
    for (const variant of ['outcome-first', 'outcome-reminder', 'outcome-overdue', 'concluded', 'closed'] as ReferrerVariant[]) {
      expect(cardProblems(buildReferrerCard({ referral: withOutcome, variant, profile, now })), variant).toEqual([]);
    }
    for (const variant of ['outcome-recorded', 'concluded', 'conclusion-overdue', 'closed', 'case'] as OfficerVariant[]) {
      expect(cardProblems(buildOfficerCard({ referral: withOutcome, variant, profile, now })), variant).toEqual([]);
    }
    const noRule = { ...profile, short_name: 'Nowhere', lado: { ...profile.lado, outcome_report_rule: null } };
    const undated: ReferralClock = { ...withOutcome, outcomeDeadlineAt: undefined };
    const first = cardText(buildReferrerCard({ referral: undated, variant: 'outcome-first', profile: noRule, now }));
    expect(first).toContain('Please report your conclusion to the LADO');
    expect(first).toContain('Nowhere has not set a timescale');
    expect(first).toContain('Conclusion due by: as soon as it is reached');
    expect(cardText(buildOfficerCard({ referral: undated, variant: 'outcome-recorded', profile: noRule, now }))).toContain('no outcome timescale set');
    const due = cardText(buildLadoDueCard({ items: [{ referral: undated, label: 'conclusion due', mine: false }], total: 1, now }));
    expect(due).toContain('conclusion no timescale set');
  });

  it('the due list and the form are valid (the form apart from the Teams people picker extension)', () => {
    const due = buildLadoDueCard({ items: [{ referral, label: 'overdue', mine: true }], total: 3, now });
    expect(cardProblems(due)).toEqual([]);
    expect(cardText(due)).toContain('…and 2 more');
    expect(cardProblems(buildLadoDueCard({ items: [], total: 0, now }))).toEqual([]);
    const form = buildLadoFormCard({ now, defaultRule: '1-working-day', partnershipName: 'Testshire', token: 'token-123456', problems: ['Add your LADO case reference.'] });
    const problems = cardProblems(form).filter((p) => !/choices\.data|ChoiceSet must have at least one choice/.test(p));
    expect(problems).toEqual([]);
    const picker = form.body.find((e) => e.id === 'referrer') as Record<string, unknown>;
    expect(picker['choices.data']).toEqual({ type: 'Data.Query', dataset: 'graph.microsoft.com/users' });
    const caseRef = form.body.find((e) => e.id === 'caseRef') as Record<string, unknown>;
    expect(caseRef.maxLength).toBe(30);
    expect(cardText(form)).toContain('Add your LADO case reference.');
  });

  it("shows a contact's verification status wherever the card shows the contact: Wirral's 2017 number is never shown as confirmed", () => {
    const wirral = loadKnowledge('knowledge', 'wirral').partnership;
    const unconfirmed = /0151 666 4582, not yet confirmed by Wirral \(check before relying on it\)/;
    const first = buildReferrerCard({ referral: { ...referral, rule: '24h' }, variant: 'first', profile: wirral, now });
    expect(cardText(first)).toMatch(unconfirmed);
    // The LADO page is a web page about allegations, not the notification form, and the button says so.
    expect(findAction(first, 'Open the Wirral LADO page')?.url).toBe(wirral.lado.notification_form_url);
    expect(findAction(first, 'Open the LADO notification form')).toBeFalsy();
    const notSure = whoToAsk(wirral).join('\n');
    expect(notSure).toMatch(unconfirmed);
    expect(notSure).toMatch(/Integrated Front Door \(IFD\) and MASH, not yet confirmed by Wirral/);
    const welcome = cardText(buildWelcomeCard({ profile: wirral, publicUrl: 'https://bot.example', examples: [], commands: [] }));
    expect(welcome).toMatch(/then the Integrated Front Door \(IFD\) and MASH, not yet confirmed by Wirral/);
  });

  it('a confirmed contact has no qualifier, and one marked verify in a confirmed profile gets it', () => {
    expect(cardText(buildReferrerCard({ referral, variant: 'first', profile, now }))).toContain('LADO contact: email lado@testshire.example. ');
    const ladoUnconfirmed = { ...profile, lado: { ...profile.lado, status: 'verify' as const } };
    expect(cardText(buildReferrerCard({ referral, variant: 'first', profile: ladoUnconfirmed, now }))).toContain(
      'LADO contact: email lado@testshire.example, not yet confirmed by Testshire (check before relying on it).',
    );
    expect(findAction(buildReferrerCard({ referral, variant: 'first', profile, now }), 'Open the LADO notification form')).toBeTruthy();
  });
});
