// The rules of a reflection round: who may start, close and see rounds (committee members); who may
// answer (the practitioners invited); what is scheduled when; what a second press does. Plain data in
// and out; bot/handlers/audits.ts turns results into cards.
import { randomBytes } from 'node:crypto';
import type { ScheduleRequest } from '../scheduling/types.ts';
import type { Clock } from '../shared/clock.ts';
import { emailHash, pseudonym } from '../shared/hash.ts';
import type { Recipient } from '../shared/notifier.ts';
import { collate, type Collation } from './collate.ts';
import { reminderTimes } from './dates.ts';
import { redact } from './redact.ts';
import { AUDIT_KINDS, ROUND_ID, type AuditRound, type AuditRoundStore, type Invitation, type DraftRecord, type QuestionnaireSnapshot, type ResponseRecord } from './types.ts';
import { validateAnswers, validateRound, type AnswerInput } from './validate.ts';
import type { PersonalDataKind } from '../safety/personal-data.ts';

export interface AuditPerson {
  userKey: string;
  aadObjectId?: string;
}

export interface AuditServiceDeps {
  store: AuditRoundStore;
  clock: Clock;
  questionnaire: QuestionnaireSnapshot;
  reminderDaysBeforeClose: readonly number[];
  /** Entra object ids of committee members. */
  committee: readonly string[];
  /** Keys the per-round pseudonyms; kept in the database, never in a response row. */
  pseudonymKey(): Promise<string>;
  canReach(to: Recipient): Promise<boolean>;
  /** The user key of whoever in Teams has this email hash, if they have talked to the bot. */
  userForEmailHash(hash: string): Promise<string | undefined>;
}

export type CreateResult =
  | { kind: 'not-committee' }
  | { kind: 'invalid'; problems: string[] }
  | { kind: 'duplicate'; round: AuditRound }
  | { kind: 'started'; round: AuditRound; invited: number; unreachable: number; reminders: Date[] };

export type RespondentResult =
  | { kind: 'not-found' }
  | { kind: 'not-invited'; round: AuditRound }
  | { kind: 'found'; round: AuditRound; respondent: string; response?: ResponseRecord; draft?: DraftRecord };

export type SubmitResult =
  | { kind: 'not-found' }
  | { kind: 'not-invited'; round: AuditRound }
  | { kind: 'closed'; round: AuditRound }
  | { kind: 'invalid'; round: AuditRound; problems: string[]; personalData: Record<string, PersonalDataKind[]>; values: AnswerInput }
  | { kind: 'saved'; round: AuditRound; edited: boolean; redacted: boolean };

export type DraftResult = Exclude<SubmitResult, { kind: 'saved' }> | { kind: 'draft-saved'; round: AuditRound };

export type CloseResult =
  | { kind: 'not-committee' }
  | { kind: 'not-found' }
  | { kind: 'not-yours'; round: AuditRound }
  | { kind: 'already'; round: AuditRound }
  | { kind: 'closed'; round: AuditRound };

export interface RoundProgress {
  round: AuditRound;
  invited: number;
  answered: number;
  outstanding: number;
  mine: boolean;
}

export function newRoundId(): string {
  return `A${randomBytes(8).readBigUInt64BE().toString(36).padStart(10, '0').slice(-10)}`;
}

const inviteeKeyOf = (r: Invitation['recipient']) => (r.kind === 'user' ? `user:${r.userKey}` : `email:${r.emailHash}`);

export function createAuditService(deps: AuditServiceDeps) {
  const now = () => deps.clock.now();
  const idOf = (p: AuditPerson) => p.aadObjectId || p.userKey;
  // Roles come from the Entra object id alone (set only for Teams traffic): a channel-chosen `from.id` proves nothing.
  const isCommittee = (p: AuditPerson) => !!p.aadObjectId && deps.committee.includes(p.aadObjectId);
  const respondentFor = async (roundId: string, inviteeKey: string) => pseudonym(await deps.pseudonymKey(), `audit-response|${roundId}|${inviteeKey}`);

  async function find(roundId: unknown): Promise<AuditRound | undefined> {
    return typeof roundId === 'string' && ROUND_ID.test(roundId) ? deps.store.get(roundId) : undefined;
  }

  /** Which invitation is this person's: by Entra id, else by the email hash they were invited with. */
  async function invitationFor(round: AuditRound, p: AuditPerson): Promise<Invitation | undefined> {
    for (const key of new Set([`user:${idOf(p)}`, `user:${p.userKey}`])) {
      const inv = await deps.store.invitation(round.id, key);
      if (inv) return inv;
    }
    for (const inv of await deps.store.invitations(round.id)) {
      if (inv.recipient.kind === 'email' && (await deps.userForEmailHash(inv.recipient.emailHash)) === p.userKey) return inv;
    }
    return undefined;
  }

  async function progress(round: AuditRound, p: AuditPerson): Promise<RoundProgress> {
    const invited = (await deps.store.invitations(round.id)).length;
    const answered = await deps.store.countResponses(round.id);
    return { round, invited, answered, outstanding: Math.max(0, invited - answered), mine: round.createdBy === idOf(p) };
  }

  /** The round a committee member means: a reference, or their only open round when none is given. */
  async function pick(p: AuditPerson, refOrId: string): Promise<AuditRound | 'ambiguous' | undefined> {
    const wanted = refOrId.trim().slice(0, 64);
    if (wanted) return (await find(wanted)) ?? deps.store.byRef(wanted);
    const open = (await deps.store.listByCreator(idOf(p), 20)).filter((r) => r.state === 'open');
    if (open.length === 1) return open[0];
    return open.length > 1 ? 'ambiguous' : undefined;
  }

  return {
    isCommittee,
    find,
    pick,
    progress,

    async create(actor: AuditPerson, data: Record<string, unknown>): Promise<CreateResult> {
      if (!isCommittee(actor)) return { kind: 'not-committee' };
      const at = now();
      const v = validateRound(data, at);
      if (!v.ok) return { kind: 'invalid', problems: v.problems };
      const { input } = v;
      const open = await deps.store.byRef(input.ref);
      if (open && open.state === 'open' && open.startToken !== input.token) {
        return { kind: 'invalid', problems: [`A round for ${input.ref} is already open. Type "audit status ${input.ref}" to see it, or use a different reference.`] };
      }
      const round: AuditRound = {
        id: newRoundId(),
        ref: input.ref,
        theme: input.theme,
        closeDate: input.closeDate,
        closesAt: input.closesAt,
        createdAt: at,
        createdBy: idOf(actor),
        state: 'open',
        questionnaire: deps.questionnaire,
        startToken: input.token,
      };
      const recipients: Invitation['recipient'][] = [
        ...input.users.map((userKey) => ({ kind: 'user' as const, userKey })),
        ...input.emails.map((e) => ({ kind: 'email' as const, emailHash: emailHash(e) })),
      ];
      const invitations: Invitation[] = [];
      for (const recipient of recipients) invitations.push({ roundId: round.id, inviteeKey: inviteeKeyOf(recipient), recipient, reachable: await deps.canReach(recipient) });
      const reminders = reminderTimes(round.closeDate, deps.reminderDaysBeforeClose, at);
      const messages: ScheduleRequest[] = [];
      for (const inv of invitations) {
        messages.push({ kind: AUDIT_KINDS.invite, subjectId: round.id, recipient: inv.recipient, dueAt: at, payload: { roundId: round.id } });
        for (const r of reminders) {
          messages.push({ kind: AUDIT_KINDS.reminder, subjectId: round.id, recipient: inv.recipient, dueAt: r.at, payload: { roundId: round.id, daysBefore: r.daysBefore } });
        }
      }
      messages.push({ kind: AUDIT_KINDS.close, subjectId: round.id, recipient: { kind: 'user', userKey: round.createdBy }, dueAt: round.closesAt, payload: { roundId: round.id } });
      const saved = await deps.store.create(round, invitations, messages);
      if (!saved.created) return { kind: 'duplicate', round: saved.existing };
      return { kind: 'started', round, invited: invitations.length, unreachable: invitations.filter((i) => !i.reachable).length, reminders: reminders.map((r) => r.at) };
    },

    /** The practitioner's view of a round: whether they were invited, and their answers so far. */
    async forRespondent(actor: AuditPerson, roundId: unknown): Promise<RespondentResult> {
      const round = await find(roundId);
      if (!round) return { kind: 'not-found' };
      const inv = await invitationFor(round, actor);
      if (!inv) return { kind: 'not-invited', round };
      const respondent = await respondentFor(round.id, inv.inviteeKey);
      return { kind: 'found', round, respondent, response: await deps.store.response(round.id, respondent), draft: await deps.store.draft(round.id, respondent) };
    },

    /** The open rounds this practitioner is invited to, with what they have submitted or saved. */
    async questionnairesFor(actor: AuditPerson): Promise<Array<Extract<RespondentResult, { kind: 'found' }>>> {
      const found: Array<Extract<RespondentResult, { kind: 'found' }>> = [];
      for (const round of await deps.store.listOpen(50)) {
        const who = await this.forRespondent(actor, round.id);
        if (who.kind === 'found') found.push(who);
      }
      return found;
    },

    async submit(actor: AuditPerson, data: Record<string, unknown>): Promise<SubmitResult> {
      const who = await this.forRespondent(actor, data.roundId);
      if (who.kind !== 'found') return who;
      const { round } = who;
      if (round.state !== 'open' || round.closesAt.getTime() <= now().getTime()) return { kind: 'closed', round };
      const confirmed = data.removeDetails === true || data.removeDetails === 'true';
      const v = validateAnswers(data, round.questionnaire, { removeDetailsConfirmed: confirmed });
      if (!v.ok) return { kind: 'invalid', round, problems: v.problems, personalData: v.personalData, values: v.values };
      // Details the practitioner chose not to edit out are removed before anything is written.
      const answers: Record<string, string> = {};
      let redacted = false;
      for (const [id, value] of Object.entries(v.input.answers)) {
        answers[id] = redact(value);
        if (answers[id] !== value) redacted = true;
      }
      const saved = await deps.store.saveResponse({ roundId: round.id, respondent: who.respondent, agencyType: v.input.agencyType, answers, updatedAt: now() });
      if (!saved.saved) return saved.reason === 'closed' ? { kind: 'closed', round: (await deps.store.get(round.id)) ?? round } : { kind: 'not-found' };
      return { kind: 'saved', round, edited: saved.edited, redacted };
    },

    /** "Save for later": unfinished answers kept until they submit or the round closes; never in the report. */
    async saveDraft(actor: AuditPerson, data: Record<string, unknown>): Promise<DraftResult> {
      const who = await this.forRespondent(actor, data.roundId);
      if (who.kind !== 'found') return who;
      const { round } = who;
      if (round.state !== 'open' || round.closesAt.getTime() <= now().getTime()) return { kind: 'closed', round };
      const v = validateAnswers(data, round.questionnaire, { removeDetailsConfirmed: false, draft: true });
      if (!v.ok) return { kind: 'invalid', round, problems: v.problems, personalData: v.personalData, values: v.values };
      if (who.response) {
        return { kind: 'invalid', round, problems: ['You have already submitted your reflections: press “Save my changes” to change them.'], personalData: {}, values: v.input };
      }
      const saved = await deps.store.saveDraft({ roundId: round.id, respondent: who.respondent, agencyType: v.input.agencyType, answers: v.input.answers, updatedAt: now() });
      if (!saved.saved) return saved.reason === 'closed' ? { kind: 'closed', round: (await deps.store.get(round.id)) ?? round } : { kind: 'not-found' };
      return { kind: 'draft-saved', round };
    },

    /** A practitioner's saved-for-later answers, to fill in their reminder card. */
    async draftOf(roundId: string, recipient: Invitation['recipient']): Promise<DraftRecord | undefined> {
      return deps.store.draft(roundId, await respondentFor(roundId, inviteeKeyOf(recipient)));
    },

    /** Whether this practitioner has answered (for reminders): computed, never stored beside the answers. */
    async hasAnswered(roundId: string, recipient: Invitation['recipient']): Promise<boolean> {
      return deps.store.hasResponse(roundId, await respondentFor(roundId, inviteeKeyOf(recipient)));
    },

    /** Closing early: only the committee member who started the round. */
    async close(actor: AuditPerson, refOrId: string): Promise<CloseResult> {
      if (!isCommittee(actor)) return { kind: 'not-committee' };
      const round = await pick(actor, refOrId);
      if (!round || round === 'ambiguous') return { kind: 'not-found' };
      if (round.createdBy !== idOf(actor)) return { kind: 'not-yours', round };
      if (round.state === 'closed') return { kind: 'already', round };
      const closed = await deps.store.close(round.id, now(), idOf(actor));
      return closed ? { kind: 'closed', round: closed } : { kind: 'already', round: (await deps.store.get(round.id))! };
    },

    /** The dispatcher's close at the close time. Undefined when it was already closed. */
    async closeOnSchedule(roundId: string): Promise<AuditRound | undefined> {
      const round = await find(roundId);
      if (!round || round.state !== 'open') return undefined;
      return deps.store.close(round.id, now(), 'schedule');
    },

    /** Open rounds and this member's recent ones, with counts only. */
    async overview(actor: AuditPerson): Promise<RoundProgress[]> {
      const seen = new Map<string, AuditRound>();
      for (const r of [...(await deps.store.listOpen(20)), ...(await deps.store.listByCreator(idOf(actor), 10))]) seen.set(r.id, r);
      const rounds: RoundProgress[] = [];
      for (const r of [...seen.values()].slice(0, 15)) rounds.push(await progress(r, actor));
      return rounds;
    },

    async collation(round: AuditRound): Promise<Collation> {
      return collate({ questionnaire: round.questionnaire, invited: (await deps.store.invitations(round.id)).length, responses: await deps.store.responses(round.id) });
    },
  };
}

export type AuditService = ReturnType<typeof createAuditService>;
