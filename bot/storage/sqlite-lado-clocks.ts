// LADO referral clocks in SQLite. A clock and its scheduled messages are written in one transaction,
// so the card never says "started" for a clock whose reminders were not stored.
import type { Db } from './database.ts';
import type { SqliteGate } from './sqlite-session.ts';
import { sqliteScheduleWrites } from './sqlite-schedule.ts';
import type { ReferralClockStore } from '../lado/types.ts';
import { toReferralClock as toClock, type LadoClockRow as Row } from './lado-clock-row.ts';

export function createSqliteReferralClockStore(db: Db, gate: SqliteGate): ReferralClockStore {
  const schedule = sqliteScheduleWrites(db);
  const insert = db.prepare(
    `insert into lado_clocks (id, start_token, case_ref, org_type, rule, identified_at, deadline_at, created_at, officer_key, referrer_json, referrer_reachable, own, state)
     values (@id, @startToken, @caseRef, @orgType, @rule, @identifiedAt, @deadlineAt, @createdAt, @officerKey, @referrerJson, @reachable, @own, 'open')
     on conflict (start_token) do nothing`,
  );
  const byId = db.prepare('select * from lado_clocks where id = ?');
  const byToken = db.prepare('select * from lado_clocks where start_token = ?');
  const setSubmitted = db.prepare(`update lado_clocks set state = 'submitted', submitted_at = ?, submitted_by = ? where id = ?`);
  const setReceived = db.prepare(`update lado_clocks set state = 'received', received_at = ?, received_by = ? where id = ?`);
  // Recording an outcome also means the referral arrived, whether or not anyone pressed "received".
  const setOutcome = db.prepare(
    `update lado_clocks set state = 'outcome', outcome_at = @at, outcome_deadline_at = @deadline,
       received_at = coalesce(received_at, @at), received_by = coalesce(received_by, @by) where id = @id`,
  );
  const setClosed = db.prepare(
    `update lado_clocks set state = 'closed', closed_at = @at, closed_by = @by,
       conclusion_reported_at = case when @concluded then @at else conclusion_reported_at end where id = @id`,
  );
  // Waiting for the referral, or for the employer's conclusion; the latter sorts by its own deadline
  // (none set: after every dated one).
  const activeOrder = `coalesce(case when state = 'outcome' then outcome_deadline_at else deadline_at end, 8640000000000000)`;
  const active = db.prepare(`select * from lado_clocks where own = 0 and state in ('open', 'submitted', 'outcome') order by ${activeOrder}, id limit ?`);
  const countActive = db.prepare(`select count(*) from lado_clocks where own = 0 and state in ('open', 'submitted', 'outcome')`).pluck();
  const latestByCaseRef = db.prepare(`select * from lado_clocks where own = 0 and case_ref = ? collate nocase order by created_at desc, id desc limit 1`);

  const get = (id: string) => {
    const row = byId.get(id) as Row | undefined;
    return row && toClock(row);
  };

  return {
    get: (id) => gate.run(() => get(id)),
    create(referral, messages) {
      return gate.run(() => db.transaction(() => {
        const result = insert.run({
          id: referral.id,
          startToken: referral.startToken,
          caseRef: referral.caseRef,
          orgType: referral.orgType,
          rule: referral.rule,
          identifiedAt: referral.identifiedAt.getTime(),
          deadlineAt: referral.deadlineAt.getTime(),
          createdAt: referral.createdAt.getTime(),
          officerKey: referral.officerKey,
          referrerJson: JSON.stringify(referral.referrer),
          reachable: referral.referrerReachable ? 1 : 0,
          own: referral.own ? 1 : 0,
        });
        if (result.changes === 0) return { created: false as const, existing: toClock(byToken.get(referral.startToken) as Row) };
        schedule.schedule(messages);
        return { created: true as const };
      }).immediate());
    },
    transition(id, change, messages) {
      // immediate: take the write lock before reading, so two presses (or two processes) can't both move it.
      return gate.run(() => db.transaction(() => {
        const current = get(id);
        if (!current || !change.from.includes(current.state)) return undefined;
        if (change.to === 'submitted') setSubmitted.run(change.at.getTime(), change.by, id);
        else if (change.to === 'received') setReceived.run(change.at.getTime(), change.by, id);
        else if (change.to === 'outcome') setOutcome.run({ id, at: change.at.getTime(), by: change.by, deadline: change.outcomeDeadlineAt?.getTime() ?? null });
        else if (change.to === 'closed') setClosed.run({ id, at: change.at.getTime(), by: change.by, concluded: change.conclusionReported ? 1 : 0 });
        for (const kind of change.cancelKinds ?? []) schedule.cancel(id, kind);
        schedule.schedule(messages);
        return get(id);
      }).immediate());
    },
    listActive: (limit) => gate.run(() => (active.all(limit) as Row[]).map(toClock)),
    countActive: () => gate.run(() => countActive.get() as number),
    findByCaseRef: (caseRef) =>
      gate.run(() => {
        const row = latestByCaseRef.get(caseRef) as Row | undefined;
        return row && toClock(row);
      }),
  };
}
