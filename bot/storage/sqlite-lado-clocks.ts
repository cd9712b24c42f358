// LADO referral clocks in SQLite. A clock and its scheduled messages are written in one transaction,
// so the card never says "started" for a clock whose reminders were not stored.
import type { Db } from './database.ts';
import type { ScheduleStore } from '../scheduling/types.ts';
import type { ClockState, LadoClock, LadoClockStore } from '../lado/types.ts';
import type { DeadlineRule } from '../knowledge/partnership.ts';

type Row = {
  id: string;
  start_token: string;
  case_ref: string;
  org_type: string;
  rule: DeadlineRule;
  identified_at: number;
  deadline_at: number;
  created_at: number;
  officer_key: string;
  referrer_json: string;
  referrer_reachable: number;
  state: ClockState;
  submitted_at: number | null;
  received_at: number | null;
};

const toClock = (r: Row): LadoClock => ({
  id: r.id,
  startToken: r.start_token,
  caseRef: r.case_ref,
  orgType: r.org_type,
  rule: r.rule,
  identifiedAt: new Date(r.identified_at),
  deadlineAt: new Date(r.deadline_at),
  createdAt: new Date(r.created_at),
  officerKey: r.officer_key,
  referrer: JSON.parse(r.referrer_json) as LadoClock['referrer'],
  referrerReachable: r.referrer_reachable === 1,
  state: r.state,
  submittedAt: r.submitted_at === null ? undefined : new Date(r.submitted_at),
  receivedAt: r.received_at === null ? undefined : new Date(r.received_at),
});

export function createSqliteLadoClockStore(db: Db, schedule: ScheduleStore): LadoClockStore {
  const insert = db.prepare(
    `insert into lado_clocks (id, start_token, case_ref, org_type, rule, identified_at, deadline_at, created_at, officer_key, referrer_json, referrer_reachable, state)
     values (@id, @startToken, @caseRef, @orgType, @rule, @identifiedAt, @deadlineAt, @createdAt, @officerKey, @referrerJson, @reachable, 'open')
     on conflict (start_token) do nothing`,
  );
  const byId = db.prepare('select * from lado_clocks where id = ?');
  const byToken = db.prepare('select * from lado_clocks where start_token = ?');
  const setSubmitted = db.prepare(`update lado_clocks set state = 'submitted', submitted_at = ?, submitted_by = ? where id = ?`);
  const setReceived = db.prepare(`update lado_clocks set state = 'received', received_at = ?, received_by = ? where id = ?`);
  const active = db.prepare(`select * from lado_clocks where state in ('open', 'submitted') order by deadline_at, id limit ?`);
  const countActive = db.prepare(`select count(*) from lado_clocks where state in ('open', 'submitted')`).pluck();

  const get = (id: string) => {
    const row = byId.get(id) as Row | undefined;
    return row && toClock(row);
  };

  return {
    get,
    create(clock, messages) {
      return db.transaction(() => {
        const result = insert.run({
          id: clock.id,
          startToken: clock.startToken,
          caseRef: clock.caseRef,
          orgType: clock.orgType,
          rule: clock.rule,
          identifiedAt: clock.identifiedAt.getTime(),
          deadlineAt: clock.deadlineAt.getTime(),
          createdAt: clock.createdAt.getTime(),
          officerKey: clock.officerKey,
          referrerJson: JSON.stringify(clock.referrer),
          reachable: clock.referrerReachable ? 1 : 0,
        });
        if (result.changes === 0) return { created: false as const, existing: toClock(byToken.get(clock.startToken) as Row) };
        schedule.schedule(messages);
        return { created: true as const };
      }).immediate();
    },
    transition(id, change, messages) {
      // immediate: take the write lock before reading, so two presses (or two processes) can't both move it.
      return db.transaction(() => {
        const current = get(id);
        if (!current || !change.from.includes(current.state)) return undefined;
        if (change.to === 'submitted') setSubmitted.run(change.at.getTime(), change.by, id);
        else if (change.to === 'received') setReceived.run(change.at.getTime(), change.by, id);
        for (const kind of change.cancelKinds ?? []) schedule.cancel(id, kind);
        schedule.schedule(messages);
        return get(id);
      }).immediate();
    },
    listActive: (limit) => (active.all(limit) as Row[]).map(toClock),
    countActive: () => countActive.get() as number,
  };
}
