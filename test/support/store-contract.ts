// The store contract: what every StoreSet (SQLite, PostgreSQL) must do, run against a real database by each
// kind (test/store-contract.test.ts calls it for SQLite and PostgreSQL). Each test opens a fresh StoreSet.
import { afterEach, describe, expect, it } from 'vitest';
import { MESSAGE_KINDS, type ReferralClock } from '../../bot/lado/types.ts';
import { AUDIT_KINDS, type AuditRound, type Invitation } from '../../bot/audits/types.ts';
import type { ScheduleRequest } from '../../bot/scheduling/types.ts';
import type { StoreSet } from '../../bot/storage/store-set.ts';
import type { Snapshot } from '../../bot/amendments/types.ts';
import type { RawSql } from './postgres.ts';

export interface ContractTarget {
  stores: StoreSet;
  /** Raw SQL with `?` placeholders, rows as SQLite returns them. */
  raw: RawSql;
  close(): Promise<void>;
}

let seq = 0;
const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${(seq++).toString(36)}`;
const t = (iso: string) => new Date(iso);

export const clockRecord = (over: Partial<ReferralClock> = {}): ReferralClock => ({
  id: `L${Math.random().toString(36).slice(2, 12).padEnd(10, '0')}`,
  caseRef: 'LADO-1',
  orgType: 'Health',
  rule: '1-working-day',
  identifiedAt: t('2026-11-23T10:00:00Z'),
  deadlineAt: t('2026-11-24T17:00:00Z'),
  createdAt: t('2026-11-23T10:05:00Z'),
  officerKey: 'aad-officer',
  referrer: { kind: 'user', userKey: 'aad-referrer' },
  referrerReachable: true,
  own: false,
  state: 'open',
  startToken: unique('token'),
  ...over,
});

export const message = (subjectId: string, dueAt: string, kind: string = MESSAGE_KINDS.reminder): ScheduleRequest => ({
  kind,
  subjectId,
  recipient: { kind: 'user', userKey: 'aad-referrer' },
  dueAt: t(dueAt),
  payload: { clockId: subjectId, reminder: 'halfway' },
});

const roundRecord = (over: Partial<AuditRound> = {}): AuditRound => ({
  id: `A${Math.random().toString(36).slice(2, 12).padEnd(10, '0')}`,
  ref: 'MACA-2026-03',
  closeDate: '2026-12-04',
  closesAt: t('2026-12-04T17:00:00Z'),
  createdAt: t('2026-11-23T10:00:00Z'),
  createdBy: 'aad-chair',
  state: 'open',
  questionnaire: { title: 'Reflection', intro: 'Learning, not blame.', questions: [{ id: 'went-well', text: 'What went well?', required: true }], agencyTypes: ['Health'] },
  startToken: unique('round'),
  ...over,
});
const invitation = (roundId: string, n: number): Invitation => ({ roundId, inviteeKey: `user:aad-${n}`, recipient: { kind: 'user', userKey: `aad-${n}` }, reachable: true });

export function storeContract(name: string, open: () => Promise<ContractTarget>): void {
  describe(`store contract: ${name}`, () => {
    let target: ContractTarget | undefined;
    afterEach(async () => {
      await target?.close();
      target = undefined;
    });
    const fresh = async () => (target = await open());

    describe('scheduled messages', () => {
      it('stores, lists and cancels (all of a subject, or one kind), counting what it cancelled', async () => {
        const { stores } = await fresh();
        await stores.schedule.schedule([message('L1', '2026-11-24T09:00:00Z'), message('L1', '2026-11-24T10:00:00Z', MESSAGE_KINDS.overdue), message('L2', '2026-11-24T09:00:00Z')]);
        expect((await stores.schedule.list('L1')).map((m) => [m.kind, m.status])).toEqual([
          [MESSAGE_KINDS.reminder, 'pending'],
          [MESSAGE_KINDS.overdue, 'pending'],
        ]);
        expect(await stores.schedule.cancel('L1', MESSAGE_KINDS.overdue)).toBe(1);
        expect(await stores.schedule.cancel('L1')).toBe(1);
        expect(await stores.schedule.cancel('L1')).toBe(0);
        expect((await stores.schedule.list('L2'))[0]).toMatchObject({ status: 'pending', recipient: { kind: 'user', userKey: 'aad-referrer' }, payload: { clockId: 'L2' } });
        await stores.schedule.schedule([]);
      });

      it('claims only what is due, soonest first, once; the next due time skips claimed messages', async () => {
        const { stores } = await fresh();
        await stores.schedule.schedule([message('L1', '2026-11-24T10:00:00Z'), message('L1', '2026-11-24T09:00:00Z'), message('L1', '2026-11-25T09:00:00Z')]);
        expect(await stores.schedule.nextDueAt()).toEqual(t('2026-11-24T09:00:00Z'));
        const claimed = await stores.schedule.claimDue(t('2026-11-24T12:00:00Z'), 10, 'claim-a');
        expect(claimed.map((m) => m.dueAt.toISOString())).toEqual(['2026-11-24T09:00:00.000Z', '2026-11-24T10:00:00.000Z']);
        expect(claimed.every((m) => m.attempts === 1 && m.failures === 0 && !m.possibleRepeat && m.firstFailedAt === undefined)).toBe(true);
        expect(await stores.schedule.claimDue(t('2026-11-24T12:00:00Z'), 10, 'claim-b')).toEqual([]);
        expect(await stores.schedule.nextDueAt()).toEqual(t('2026-11-25T09:00:00Z'));
        const limited = await stores.schedule.claimDue(t('2026-11-26T00:00:00Z'), 0, 'claim-c');
        expect(limited).toEqual([]);
      });

      it('records sent, undeliverable and cancelled outcomes', async () => {
        const { stores } = await fresh();
        await stores.schedule.schedule([message('L1', '2026-11-24T09:00:00Z'), message('L1', '2026-11-24T09:01:00Z'), message('L1', '2026-11-24T09:02:00Z')]);
        const [a, b, c] = await stores.schedule.claimDue(t('2026-11-24T12:00:00Z'), 10, 'claim');
        await stores.schedule.markSent(a!.id, t('2026-11-24T12:00:01Z'), true, 'activity-1', 'conv-1');
        await stores.schedule.markUndeliverable(b!.id, t('2026-11-24T12:00:02Z'), 'no-conversation');
        await stores.schedule.markCancelled(c!.id, t('2026-11-24T12:00:03Z'));
        expect((await stores.schedule.list('L1')).map((m) => [m.status, m.sentAt, m.late, m.activityId, m.conversationId])).toEqual([
          ['sent', '2026-11-24T12:00:01.000Z', true, 'activity-1', 'conv-1'],
          ['undeliverable', '2026-11-24T12:00:02.000Z', false, undefined, undefined],
          ['cancelled', '2026-11-24T12:00:03.000Z', false, undefined, undefined],
        ]);
        expect(await stores.schedule.nextDueAt()).toBeUndefined();
      });

      it('a passing failure goes back to pending until its retry time, keeping the first failure and the possible repeat', async () => {
        const { stores } = await fresh();
        await stores.schedule.schedule([message('L1', '2026-11-24T09:00:00Z')]);
        const [m] = await stores.schedule.claimDue(t('2026-11-24T09:00:00Z'), 10, 'claim');
        await stores.schedule.retryLater(m!.id, { at: t('2026-11-24T09:00:05Z'), nextAttemptAt: t('2026-11-24T09:01:00Z'), detail: 'throttled', mayHaveArrived: true });
        expect(await stores.schedule.claimDue(t('2026-11-24T09:00:59Z'), 10, 'early')).toEqual([]);
        expect(await stores.schedule.nextDueAt()).toEqual(t('2026-11-24T09:01:00Z'));
        const [again] = await stores.schedule.claimDue(t('2026-11-24T09:01:00Z'), 10, 'claim-2');
        expect(again).toMatchObject({ attempts: 2, failures: 1, firstFailedAt: t('2026-11-24T09:00:05Z'), possibleRepeat: true });
        await stores.schedule.retryLater(again!.id, { at: t('2026-11-24T09:01:05Z'), nextAttemptAt: t('2026-11-24T09:02:00Z'), detail: 'network', mayHaveArrived: false });
        const [third] = await stores.schedule.claimDue(t('2026-11-24T09:02:00Z'), 10, 'claim-3');
        expect(third).toMatchObject({ attempts: 3, failures: 2, firstFailedAt: t('2026-11-24T09:00:05Z'), possibleRepeat: true });
      });

      it("requeues a dead dispatcher's stale claims, marking the ones whose send had started; a refreshed claim stays", async () => {
        const { stores } = await fresh();
        await stores.schedule.schedule([message('L1', '2026-11-24T09:00:00Z'), message('L1', '2026-11-24T09:00:01Z'), message('L2', '2026-11-24T09:00:00Z')]);
        const dead = await stores.schedule.claimDue(t('2026-11-24T09:00:10Z'), 2, 'dead');
        expect(dead.map((m) => m.subjectId)).toEqual(['L1', 'L2']);
        await stores.schedule.markSending(dead[0]!.id, t('2026-11-24T09:00:11Z'));
        const [live] = await stores.schedule.claimDue(t('2026-11-24T09:00:10Z'), 1, 'live');
        await stores.schedule.refreshClaims('live', t('2026-11-24T09:05:00Z'));
        expect(await stores.schedule.requeueStale(t('2026-11-24T09:04:00Z'))).toBe(2);
        const back = await stores.schedule.claimDue(t('2026-11-24T09:06:00Z'), 10, 'next');
        expect(back.map((m) => [m.id, m.possibleRepeat, m.attempts])).toEqual([
          [dead[0]!.id, true, 2],
          [dead[1]!.id, false, 2],
        ]);
        expect((await stores.schedule.list(live!.subjectId)).find((m) => m.id === live!.id)?.status).toBe('sending');
      });
    });

    describe('LADO referral clocks', () => {
      it('stores a clock with its reminders; a reused form token returns the first clock and schedules nothing', async () => {
        const { stores } = await fresh();
        const c = clockRecord({ outcomeDeadlineAt: undefined });
        expect(await stores.referralClocks.create(c, [message(c.id, '2026-11-24T01:30:00Z'), message(c.id, '2026-11-24T15:00:00Z')])).toEqual({ created: true });
        expect(await stores.referralClocks.get(c.id)).toEqual(c);
        const twin = clockRecord({ startToken: c.startToken, caseRef: 'LADO-2' });
        expect(await stores.referralClocks.create(twin, [message(twin.id, '2026-11-24T01:30:00Z')])).toEqual({ created: false, existing: c });
        expect(await stores.schedule.list(twin.id)).toEqual([]);
        expect((await stores.schedule.list(c.id)).map((m) => m.status)).toEqual(['pending', 'pending']);
        expect(await stores.referralClocks.get('Lnotthere0')).toBeUndefined();
      });

      it('the same form pressed twice at once starts one clock with one set of reminders', async () => {
        const { stores } = await fresh();
        const first = clockRecord();
        const second = clockRecord({ startToken: first.startToken });
        const results = await Promise.all([first, second].map((c) => stores.referralClocks.create(c, [message(c.id, '2026-11-24T01:30:00Z')])));
        expect(results.filter((r) => r.created)).toHaveLength(1);
        const winner = results.find((r) => r.created) === results[0] ? first : second;
        expect(results.find((r) => !r.created)).toEqual({ created: false, existing: winner });
        expect((await stores.schedule.list(first.id)).length + (await stores.schedule.list(second.id)).length).toBe(1);
      });

      it('if a reminder cannot be stored, the clock is not stored either', async () => {
        const { stores, raw } = await fresh();
        const c = clockRecord();
        await expect(stores.referralClocks.create(c, [message(c.id, '2026-11-24T01:30:00Z'), { ...message(c.id, '2026-11-24T02:00:00Z'), dueAt: new Date(NaN) }])).rejects.toThrow();
        expect(await stores.referralClocks.get(c.id)).toBeUndefined();
        expect(await raw.get('select count(*) as n from scheduled_messages')).toEqual({ n: 0 });
      });

      it('moves forward once, cancelling and scheduling with the move; outcome implies received; close records a conclusion', async () => {
        const { stores } = await fresh();
        const c = clockRecord();
        await stores.referralClocks.create(c, [message(c.id, '2026-11-24T01:30:00Z'), message(c.id, '2026-11-24T18:00:00Z', MESSAGE_KINDS.overdue)]);
        const at = t('2026-11-23T12:00:00Z');
        const moved = await stores.referralClocks.transition(
          c.id,
          { from: ['open'], to: 'submitted', at, by: 'aad-referrer', cancelKinds: [MESSAGE_KINDS.reminder] },
          [message(c.id, '2026-11-23T12:00:00Z', MESSAGE_KINDS.notice)],
        );
        expect(moved).toMatchObject({ state: 'submitted', submittedAt: at });
        expect((await stores.schedule.list(c.id)).map((m) => [m.kind, m.status])).toEqual([
          [MESSAGE_KINDS.notice, 'pending'],
          [MESSAGE_KINDS.reminder, 'cancelled'],
          [MESSAGE_KINDS.overdue, 'pending'],
        ]);
        expect(await stores.referralClocks.transition(c.id, { from: ['open'], to: 'submitted', at, by: 'x' }, [message(c.id, '2026-11-23T13:00:00Z')])).toBeUndefined();
        expect(await stores.schedule.list(c.id)).toHaveLength(3);
        expect(await stores.referralClocks.transition('Lnotthere0', { from: ['open'], to: 'received', at, by: 'x' }, [])).toBeUndefined();
        const outcomeAt = t('2026-11-25T10:00:00Z');
        const outcome = await stores.referralClocks.transition(c.id, { from: ['submitted'], to: 'outcome', at: outcomeAt, by: 'aad-officer', outcomeDeadlineAt: t('2026-12-09T17:00:00Z') }, []);
        expect(outcome).toMatchObject({ state: 'outcome', receivedAt: outcomeAt, outcomeAt, outcomeDeadlineAt: t('2026-12-09T17:00:00Z') });
        const closed = await stores.referralClocks.transition(c.id, { from: ['outcome'], to: 'closed', at: t('2026-12-01T10:00:00Z'), by: 'aad-employer', conclusionReported: true }, []);
        expect(closed).toMatchObject({ state: 'closed', closedAt: t('2026-12-01T10:00:00Z'), conclusionReportedAt: t('2026-12-01T10:00:00Z') });
        const plain = clockRecord();
        await stores.referralClocks.create(plain, []);
        const closedByLado = await stores.referralClocks.transition(plain.id, { from: ['open'], to: 'closed', at: t('2026-12-01T10:00:00Z'), by: 'aad-officer' }, []);
        expect(closedByLado?.conclusionReportedAt).toBeUndefined();
      });

      it('two confirmations of the same clock at once: exactly one moves it', async () => {
        const { stores } = await fresh();
        const c = clockRecord();
        await stores.referralClocks.create(c, []);
        const change = { from: ['open' as const], to: 'received' as const, at: t('2026-11-23T12:00:00Z'), by: 'aad-officer' };
        const results = await Promise.all(Array.from({ length: 4 }, () => stores.referralClocks.transition(c.id, change, [message(c.id, '2026-11-23T12:00:00Z', MESSAGE_KINDS.notice)])));
        expect(results.filter(Boolean)).toHaveLength(1);
        expect(await stores.schedule.list(c.id)).toHaveLength(1);
      });

      it("lists the LADO's active clocks soonest deadline first (own reminders and finished clocks left out); finds the latest by case reference in any case", async () => {
        const { stores } = await fresh();
        const late = clockRecord({ deadlineAt: t('2026-11-26T17:00:00Z'), caseRef: 'LATE-1' });
        const soon = clockRecord({ deadlineAt: t('2026-11-24T17:00:00Z'), caseRef: 'SOON-1' });
        const done = clockRecord({ caseRef: 'DONE-1' });
        const own = clockRecord({ caseRef: 'OWN-1', own: true, deadlineAt: t('2026-11-23T17:00:00Z') });
        const undated = clockRecord({ caseRef: 'UNDATED-1', deadlineAt: t('2026-11-20T17:00:00Z') });
        const again = clockRecord({ caseRef: 'late-1', createdAt: t('2026-11-23T11:00:00Z'), deadlineAt: t('2026-11-27T17:00:00Z') });
        for (const c of [late, soon, done, own, undated, again]) await stores.referralClocks.create(c, []);
        await stores.referralClocks.transition(done.id, { from: ['open'], to: 'received', at: t('2026-11-23T12:00:00Z'), by: 'x' }, []);
        await stores.referralClocks.transition(undated.id, { from: ['open'], to: 'outcome', at: t('2026-11-23T12:00:00Z'), by: 'x' }, []);
        expect((await stores.referralClocks.listActive(10)).map((c) => c.caseRef)).toEqual(['SOON-1', 'LATE-1', 'late-1', 'UNDATED-1']);
        expect((await stores.referralClocks.listActive(1)).map((c) => c.caseRef)).toEqual(['SOON-1']);
        expect(await stores.referralClocks.countActive()).toBe(4);
        expect((await stores.referralClocks.findByCaseRef('Late-1'))?.id).toBe(again.id);
        expect(await stores.referralClocks.findByCaseRef('OWN-1')).toBeUndefined();
      });
    });

    describe('audit rounds', () => {
      it('stores a round with its invitations and messages; a reused token returns the first round', async () => {
        const { stores } = await fresh();
        const r = roundRecord({ theme: undefined, closedAt: undefined });
        const invites = [invitation(r.id, 2), invitation(r.id, 1)];
        const msgs = invites.map((i) => ({ kind: AUDIT_KINDS.invite, subjectId: r.id, recipient: i.recipient, dueAt: t('2026-11-23T10:00:00Z'), payload: { roundId: r.id } }));
        expect(await stores.auditRounds.create(r, invites, msgs)).toEqual({ created: true });
        expect(await stores.auditRounds.get(r.id)).toEqual(r);
        expect((await stores.auditRounds.invitations(r.id)).map((i) => i.inviteeKey)).toEqual(['user:aad-1', 'user:aad-2']);
        expect(await stores.auditRounds.invitation(r.id, 'user:aad-2')).toEqual(invites[0]);
        expect(await stores.auditRounds.invitation(r.id, 'user:nobody')).toBeUndefined();
        expect(await stores.schedule.list(r.id)).toHaveLength(2);
        const twin = roundRecord({ startToken: r.startToken, ref: 'OTHER' });
        expect(await stores.auditRounds.create(twin, [invitation(twin.id, 3)], [])).toEqual({ created: false, existing: r });
        expect(await stores.auditRounds.invitations(twin.id)).toEqual([]);
      });

      it('finds rounds by reference (the open one first, any case), by creator (newest first) and open ones (closing soonest first)', async () => {
        const { stores } = await fresh();
        const old = roundRecord({ ref: 'MACA-9', createdAt: t('2026-11-01T10:00:00Z'), closesAt: t('2026-11-30T17:00:00Z') });
        const newer = roundRecord({ ref: 'MACA-9', createdAt: t('2026-11-20T10:00:00Z'), closesAt: t('2026-12-10T17:00:00Z') });
        const other = roundRecord({ ref: 'MACA-10', createdBy: 'aad-other', createdAt: t('2026-11-21T10:00:00Z'), closesAt: t('2026-12-01T17:00:00Z') });
        for (const r of [old, newer, other]) await stores.auditRounds.create(r, [], []);
        expect((await stores.auditRounds.byRef('maca-9'))?.id).toBe(newer.id);
        await stores.auditRounds.close(newer.id, t('2026-11-22T10:00:00Z'), 'aad-chair');
        expect((await stores.auditRounds.byRef('MACA-9'))?.id).toBe(old.id);
        expect(await stores.auditRounds.byRef('NOPE')).toBeUndefined();
        expect((await stores.auditRounds.listByCreator('aad-chair', 10)).map((r) => r.id)).toEqual([newer.id, old.id]);
        expect((await stores.auditRounds.listOpen(10)).map((r) => r.id)).toEqual([old.id, other.id]);
      });

      it('saves responses only while open: edits replace and count, a draft goes when the answer is sent, closing refuses more and cancels what was pending', async () => {
        const { stores, raw } = await fresh();
        const r = roundRecord();
        await stores.auditRounds.create(r, [invitation(r.id, 1)], [{ kind: AUDIT_KINDS.reminder, subjectId: r.id, recipient: { kind: 'user', userKey: 'aad-1' }, dueAt: t('2026-12-01T09:00:00Z'), payload: { roundId: r.id } }]);
        expect(await stores.auditRounds.saveDraft({ roundId: r.id, respondent: 'p1', agencyType: 'Health', answers: { 'went-well': 'half' }, updatedAt: t('2026-11-24T10:00:00Z') })).toEqual({ saved: true });
        expect(await stores.auditRounds.draft(r.id, 'p1')).toEqual({ roundId: r.id, respondent: 'p1', agencyType: 'Health', answers: { 'went-well': 'half' }, updatedAt: t('2026-11-24T10:00:00Z') });
        expect(await stores.auditRounds.saveResponse({ roundId: r.id, respondent: 'p1', agencyType: 'Health', answers: { 'went-well': 'first' }, updatedAt: t('2026-11-24T11:00:00Z') })).toEqual({ saved: true, edited: false });
        expect(await stores.auditRounds.draft(r.id, 'p1')).toBeUndefined();
        expect(await stores.auditRounds.saveResponse({ roundId: r.id, respondent: 'p1', answers: { 'went-well': 'second' }, updatedAt: t('2026-11-24T12:00:00Z') })).toEqual({ saved: true, edited: true });
        expect(await stores.auditRounds.response(r.id, 'p1')).toEqual({
          roundId: r.id,
          respondent: 'p1',
          agencyType: undefined,
          answers: { 'went-well': 'second' },
          submittedAt: t('2026-11-24T11:00:00Z'),
          updatedAt: t('2026-11-24T12:00:00Z'),
          edits: 1,
        });
        expect(await stores.auditRounds.hasResponse(r.id, 'p1')).toBe(true);
        expect(await stores.auditRounds.hasResponse(r.id, 'p2')).toBe(false);
        await stores.auditRounds.saveDraft({ roundId: r.id, respondent: 'p2', answers: { 'went-well': 'draft' }, updatedAt: t('2026-11-24T12:00:00Z') });
        expect(await stores.auditRounds.saveResponse({ roundId: 'Anotthere00', respondent: 'p1', answers: {}, updatedAt: t('2026-11-24T12:00:00Z') })).toEqual({ saved: false, reason: 'not-found' });
        expect(await stores.auditRounds.saveDraft({ roundId: 'Anotthere00', respondent: 'p1', answers: {}, updatedAt: t('2026-11-24T12:00:00Z') })).toEqual({ saved: false, reason: 'not-found' });

        const closed = await stores.auditRounds.close(r.id, t('2026-11-25T10:00:00Z'), 'aad-chair');
        expect(closed).toMatchObject({ state: 'closed', closedAt: t('2026-11-25T10:00:00Z') });
        expect(await stores.auditRounds.close(r.id, t('2026-11-25T11:00:00Z'), 'aad-chair')).toBeUndefined();
        expect((await stores.schedule.list(r.id)).map((m) => m.status)).toEqual(['cancelled']);
        expect(await stores.auditRounds.draft(r.id, 'p2')).toBeUndefined();
        expect(await stores.auditRounds.saveResponse({ roundId: r.id, respondent: 'p3', answers: { 'went-well': 'late' }, updatedAt: t('2026-11-25T12:00:00Z') })).toEqual({ saved: false, reason: 'closed' });
        expect(await stores.auditRounds.saveDraft({ roundId: r.id, respondent: 'p3', answers: {}, updatedAt: t('2026-11-25T12:00:00Z') })).toEqual({ saved: false, reason: 'closed' });
        expect(await stores.auditRounds.countResponses(r.id)).toBe(1);
        expect((await stores.auditRounds.responses(r.id)).map((x) => x.respondent)).toEqual(['p1']);
        expect(await raw.get('select count(*) as n from audit_responses where round_id = ?', r.id)).toEqual({ n: 1 });
      });

      it('submissions racing the close: each is either in the report or told the round closed', async () => {
        const { stores } = await fresh();
        const r = roundRecord();
        await stores.auditRounds.create(r, [], []);
        const submit = (n: number) => stores.auditRounds.saveResponse({ roundId: r.id, respondent: `p${n}`, answers: { 'went-well': `answer ${n}` }, updatedAt: t('2026-11-24T12:00:00Z') });
        const results = await Promise.all([submit(1), submit(2), submit(3), stores.auditRounds.close(r.id, t('2026-11-24T12:00:00Z'), 'aad-chair'), submit(4), submit(5)]);
        const saved = results.filter((x) => x && 'saved' in x && x.saved).length;
        const refused = results.filter((x) => x && 'saved' in x && !x.saved).length;
        expect(saved + refused).toBe(5);
        expect(await stores.auditRounds.countResponses(r.id)).toBe(saved);
      });

      it("the retention sweep empties a closed round's answers after the period and deletes untouched drafts; counts stay", async () => {
        const { stores, raw } = await fresh();
        const closedRound = roundRecord();
        const openRound = roundRecord();
        for (const r of [closedRound, openRound]) await stores.auditRounds.create(r, [], []);
        await stores.auditRounds.saveResponse({ roundId: closedRound.id, respondent: 'p1', answers: { 'went-well': 'kept until purged' }, updatedAt: t('2026-01-10T10:00:00Z') });
        await stores.auditRounds.saveResponse({ roundId: openRound.id, respondent: 'p1', answers: { 'went-well': 'still needed' }, updatedAt: t('2026-01-10T10:00:00Z') });
        await stores.auditRounds.saveDraft({ roundId: openRound.id, respondent: 'p2', answers: { 'went-well': 'old draft' }, updatedAt: t('2026-01-10T10:00:00Z') });
        await stores.auditRounds.close(closedRound.id, t('2026-01-20T10:00:00Z'), 'schedule');
        const holder = stores.freeTextHolders.find((h) => h.name === 'audit.answers')!;
        expect(await holder.purgeFreeTextBefore(t('2026-01-15T00:00:00Z'))).toBe(1);
        expect((await stores.auditRounds.response(closedRound.id, 'p1'))?.answers['went-well']).toBe('kept until purged');
        expect(await holder.purgeFreeTextBefore(t('2026-02-01T00:00:00Z'))).toBe(1);
        expect((await stores.auditRounds.response(closedRound.id, 'p1'))?.answers).toEqual({});
        expect((await stores.auditRounds.response(openRound.id, 'p1'))?.answers['went-well']).toBe('still needed');
        expect(await stores.auditRounds.countResponses(closedRound.id)).toBe(1);
        expect(JSON.stringify(await raw.all('select * from audit_responses'))).not.toContain('kept until purged');
        await stores.afterPurge();
      });
    });

    describe('knowledge amendments and follows', () => {
      const snapshot = (hash: string): Snapshot => ({
        docs: new Map([['doc-a', { hash, title: 'Doc A', lastReviewed: '2026-01-01' }]]),
        sections: new Map([
          ['doc-a#one', { docId: 'doc-a', hash: `${hash}-1`, heading: 'One' }],
          ['doc-a#two', { docId: 'doc-a', hash: `${hash}-2`, heading: 'Two' }],
        ]),
      });
      const entry = (sectionId: string | null, kind: 'added' | 'changed' | 'removed' = 'changed') => ({ kind, docId: 'doc-a', sectionId, docTitle: 'Doc A', heading: sectionId ? 'One' : null, lastReviewed: '2026-01-01', changeNote: null });

      it('keeps the latest snapshot and the log; baselines are remembered but not listed', async () => {
        const { stores } = await fresh();
        expect(await stores.amendments.snapshot()).toBeUndefined();
        const baselineId = await stores.amendments.record(snapshot('h1'), t('2026-11-01T10:00:00Z'), true, []);
        expect(await stores.amendments.snapshot()).toEqual(snapshot('h1'));
        const id = await stores.amendments.record(snapshot('h2'), t('2026-11-02T10:00:00Z'), false, [entry('doc-a#one'), entry(null), entry('doc-a#gone', 'removed')]);
        expect(await stores.amendments.snapshot()).toEqual(snapshot('h2'));
        expect((await stores.amendments.batch(baselineId))?.baseline).toBe(true);
        const recent = await stores.amendments.recent(5);
        expect(recent.map((b) => b.id)).toEqual([id]);
        expect(recent[0]).toMatchObject({ at: t('2026-11-02T10:00:00Z'), baseline: false });
        expect(recent[0]!.entries).toEqual([entry('doc-a#one'), entry(null), entry('doc-a#gone', 'removed')]);
        expect(await stores.amendments.batch(999_999)).toBeUndefined();
        expect(await stores.amendments.sectionsChangedSince(t('2026-11-02T00:00:00Z'))).toEqual(new Map([['doc-a#one', t('2026-11-02T10:00:00Z')]]));
        expect((await stores.amendments.sectionsChangedSince(t('2026-11-03T00:00:00Z'))).size).toBe(0);
      });

      it('transaction(fn): the snapshot, the log and what other stores wrote inside fn commit together, or not at all', async () => {
        const { stores, raw } = await fresh();
        await expect(
          stores.amendments.transaction(async () => {
            await stores.amendments.record(snapshot('h1'), t('2026-11-01T10:00:00Z'), false, [entry('doc-a#one')]);
            await stores.follows.removeSections(['doc-a#one']);
            await stores.schedule.schedule([message('K1', '2026-11-01T10:00:00Z', 'knowledge.amended')]);
            throw new Error('the follower cards could not be prepared');
          }),
        ).rejects.toThrow('follower cards');
        expect(await stores.amendments.snapshot()).toBeUndefined();
        expect(await raw.get('select count(*) as n from scheduled_messages')).toEqual({ n: 0 });
        const id = await stores.amendments.transaction(async () => {
          const batchId = await stores.amendments.record(snapshot('h1'), t('2026-11-01T10:00:00Z'), false, [entry('doc-a#one')]);
          await stores.schedule.schedule([message('K1', '2026-11-01T10:00:00Z', 'knowledge.amended')]);
          return batchId;
        });
        expect((await stores.amendments.batch(id))?.entries).toHaveLength(1);
        expect(await stores.schedule.list('K1')).toHaveLength(1);
      });

      it('follows: one per person and section, listed, found by section, removed with the section', async () => {
        const { stores } = await fresh();
        expect(await stores.follows.follow('aad-1', 'doc-a#one', t('2026-11-01T10:00:00Z'))).toBe(true);
        expect(await stores.follows.follow('aad-1', 'doc-a#one', t('2026-11-01T11:00:00Z'))).toBe(false);
        await stores.follows.follow('aad-1', 'doc-a#two', t('2026-11-01T12:00:00Z'));
        await stores.follows.follow('aad-2', 'doc-a#one', t('2026-11-01T12:00:00Z'));
        expect(await stores.follows.list('aad-1')).toEqual([
          { sectionId: 'doc-a#one', since: t('2026-11-01T10:00:00Z') },
          { sectionId: 'doc-a#two', since: t('2026-11-01T12:00:00Z') },
        ]);
        expect(await stores.follows.followersOf([])).toEqual([]);
        expect(await stores.follows.followersOf(['doc-a#one', 'doc-a#none'])).toEqual([
          { userKey: 'aad-1', sectionId: 'doc-a#one' },
          { userKey: 'aad-2', sectionId: 'doc-a#one' },
        ]);
        await stores.follows.removeSections(['doc-a#one']);
        expect(await stores.follows.followersOf(['doc-a#one'])).toEqual([]);
        expect(await stores.follows.unfollow('aad-1', 'doc-a#two')).toBe(true);
        expect(await stores.follows.unfollow('aad-1', 'doc-a#two')).toBe(false);
        expect(await stores.follows.list('aad-1')).toEqual([]);
      });
    });

    describe('question log and feedback', () => {
      it('logs questions in a time range; the sweep removes their words and keeps the counts', async () => {
        const { stores } = await fresh();
        await stores.questionLog.record({ at: t('2026-11-01T10:00:00Z'), outcome: 'not-sure', area: 'lado', shown: ['a#1', 'a#2'], question: 'QUOKKA-Q-1 words' });
        await stores.questionLog.record({ at: t('2026-11-02T10:00:00Z'), outcome: 'answered', area: null, shown: [], question: null });
        expect(await stores.questionLog.between(t('2026-11-01T00:00:00Z'), t('2026-11-02T10:00:00Z'))).toEqual([
          { at: t('2026-11-01T10:00:00Z'), outcome: 'not-sure', area: 'lado', shown: ['a#1', 'a#2'], question: 'QUOKKA-Q-1 words' },
        ]);
        const holder = stores.freeTextHolders.find((h) => h.name === 'question_log.question')!;
        expect(await holder.purgeFreeTextBefore(t('2026-11-01T10:00:00Z'))).toBe(0);
        expect(await holder.purgeFreeTextBefore(t('2026-11-05T00:00:00Z'))).toBe(1);
        expect((await stores.questionLog.between(t('2026-10-01T00:00:00Z'), t('2026-12-01T00:00:00Z'))).map((r) => r.question)).toEqual([null, null]);
      });

      it('one vote per person and section (a second replaces the first), kept under a salted hash, never the person', async () => {
        const { stores, raw } = await fresh();
        await stores.feedback.record({ sectionId: 's#1', helpful: true, question: 'QUOKKA-FB-1', userKey: 'aad-voter-1', at: t('2026-11-01T10:00:00Z') });
        await stores.feedback.record({ sectionId: 's#1', helpful: false, question: null, userKey: 'aad-voter-1', at: t('2026-11-01T11:00:00Z') });
        await stores.feedback.record({ sectionId: 's#1', helpful: true, question: null, userKey: 'aad-voter-2', at: t('2026-11-01T12:00:00Z') });
        await stores.feedback.record({ sectionId: 's#0', helpful: true, question: 'QUOKKA-FB-2', userKey: 'aad-voter-2', at: t('2026-10-01T12:00:00Z') });
        expect(await stores.feedback.summary()).toEqual([
          { sectionId: 's#0', helpful: 1, notHelpful: 0 },
          { sectionId: 's#1', helpful: 1, notHelpful: 1 },
        ]);
        expect(JSON.stringify(await raw.all('select * from feedback'))).not.toContain('aad-voter');
        expect(await stores.questionLog.feedbackBetween(t('2026-11-01T00:00:00Z'), t('2026-11-02T00:00:00Z'))).toEqual([
          { sectionId: 's#1', helpful: false, question: null, at: t('2026-11-01T11:00:00Z') },
          { sectionId: 's#1', helpful: true, question: null, at: t('2026-11-01T12:00:00Z') },
        ]);
        const holder = stores.freeTextHolders.find((h) => h.name === 'feedback.question')!;
        expect(await holder.purgeFreeTextBefore(t('2026-11-01T00:00:00Z'))).toBe(1);
        expect(await raw.get('select count(*) as n from feedback where question is not null')).toEqual({ n: 0 });
      });
    });

    describe('conversation references and secrets', () => {
      it('keeps addresses without display names, found by user, email hash and conversation; channels too', async () => {
        const { stores } = await fresh();
        const ref = { user: { id: 'u-1', name: 'Display Name' }, bot: { id: 'b', name: 'Bot' }, conversation: { id: 'conv-1', name: 'Chat' }, activityId: 'act-1', serviceUrl: 'https://smba.example/' };
        await stores.references.save('aad-1', ref);
        expect(await stores.references.hasEmailHash('aad-1')).toBe(false);
        await stores.references.save('aad-1', ref, 'hash-1');
        const stored = await stores.references.get('aad-1');
        expect(stored).toMatchObject({ userKey: 'aad-1', conversationId: 'conv-1', reference: { user: { id: 'u-1' }, conversation: { id: 'conv-1' }, serviceUrl: 'https://smba.example/' } });
        expect(JSON.stringify(stored)).not.toContain('Display Name');
        expect(JSON.stringify(stored)).not.toContain('act-1');
        expect(await stores.references.hasEmailHash('aad-1')).toBe(true);
        await stores.references.save('aad-1', { ...ref, conversation: { id: 'conv-2' } });
        expect((await stores.references.byEmailHash('hash-1'))?.conversationId).toBe('conv-2');
        expect((await stores.references.byConversation('conv-2'))?.userKey).toBe('aad-1');
        expect(await stores.references.byConversation('conv-1')).toBeUndefined();
        expect(await stores.references.get('aad-nobody')).toBeUndefined();
        await stores.references.saveChannel('channel-1', { conversation: { id: 'channel-1', name: 'LADO duty' }, bot: { id: 'b' } });
        expect(await stores.references.getChannel('channel-1')).toEqual({ conversation: { id: 'channel-1' }, bot: { id: 'b' } });
        expect(await stores.references.getChannel('channel-2')).toBeUndefined();
      });

      it('a secret is made once and kept; healthy while open', async () => {
        const { stores } = await fresh();
        const first = await stores.secret('test-key');
        expect(first).toMatch(/^[0-9a-f]{64}$/);
        expect(await stores.secret('test-key')).toBe(first);
        expect(await stores.secret('other-key')).not.toBe(first);
        expect(await stores.healthy()).toBe(true);
      });
    });
  });
}
