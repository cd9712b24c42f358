// LADO referral clocks in PostgreSQL. A clock and its reminders commit together; a transition locks the clock's
// row, so two presses (or two instances) can't both move it, and its cancels and notices commit with it.
import type { ReferralClockStore } from '../../lado/types.ts';
import type { ScheduleStore } from '../../scheduling/types.ts';
import type { PgDatabase } from './connection.ts';
import { toReferralClock as toClock, type LadoClockRow as Row } from '../lado-clock-row.ts';

const ACTIVE = `own = 0 and state in ('open', 'submitted', 'outcome')`;
// Waiting for the referral, or for the employer's conclusion by its own deadline (none set: after every dated one).
const ACTIVE_ORDER = `coalesce(case when state = 'outcome' then outcome_deadline_at else deadline_at end, 'infinity'::timestamptz)`;

export function createPostgresReferralClockStore(db: PgDatabase, schedule: ScheduleStore): ReferralClockStore {
  const one = async (sql: string, params: unknown[]) => {
    const [row] = await db.query<Row>(sql, params);
    return row && toClock(row);
  };
  const get = (id: string) => one('select * from lado_clocks where id = $1', [id]);

  return {
    get,
    create(referral, messages) {
      return db.transaction(async () => {
        const inserted = await db.run(
          `insert into lado_clocks (id, start_token, case_ref, org_type, rule, identified_at, deadline_at, created_at, officer_key, referrer_json, referrer_reachable, own, state)
           values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 'open')
           on conflict (start_token) do nothing`,
          [
            referral.id,
            referral.startToken,
            referral.caseRef,
            referral.orgType,
            referral.rule,
            referral.identifiedAt,
            referral.deadlineAt,
            referral.createdAt,
            referral.officerKey,
            JSON.stringify(referral.referrer),
            referral.referrerReachable ? 1 : 0,
            referral.own ? 1 : 0,
          ],
        );
        if (inserted === 0) return { created: false as const, existing: (await one('select * from lado_clocks where start_token = $1', [referral.startToken]))! };
        await schedule.schedule(messages);
        return { created: true as const };
      });
    },
    transition(id, change, messages) {
      return db.transaction(async () => {
        const current = await one('select * from lado_clocks where id = $1 for update', [id]);
        if (!current || !change.from.includes(current.state)) return undefined;
        const at = change.at;
        if (change.to === 'submitted') await db.run(`update lado_clocks set state = 'submitted', submitted_at = $1, submitted_by = $2 where id = $3`, [at, change.by, id]);
        else if (change.to === 'received') await db.run(`update lado_clocks set state = 'received', received_at = $1, received_by = $2 where id = $3`, [at, change.by, id]);
        else if (change.to === 'outcome') {
          // Recording an outcome also means the referral arrived, whether or not anyone pressed "received".
          await db.run(
            `update lado_clocks set state = 'outcome', outcome_at = $1, outcome_deadline_at = $2,
               received_at = coalesce(received_at, $1), received_by = coalesce(received_by, $3) where id = $4`,
            [at, change.outcomeDeadlineAt ?? null, change.by, id],
          );
        } else if (change.to === 'closed') {
          await db.run(
            `update lado_clocks set state = 'closed', closed_at = $1, closed_by = $2,
               conclusion_reported_at = case when $3 then $1 else conclusion_reported_at end where id = $4`,
            [at, change.by, change.conclusionReported === true, id],
          );
        }
        for (const kind of change.cancelKinds ?? []) await schedule.cancel(id, kind);
        await schedule.schedule(messages);
        return get(id);
      });
    },
    async listActive(limit) {
      return (await db.query<Row>(`select * from lado_clocks where ${ACTIVE} order by ${ACTIVE_ORDER}, id limit $1`, [limit])).map(toClock);
    },
    async countActive() {
      const [row] = await db.query<{ n: number }>(`select count(*) as n from lado_clocks where ${ACTIVE}`);
      return row!.n;
    },
    findByCaseRef: (caseRef) => one(`select * from lado_clocks where own = 0 and lower(case_ref) = lower($1) order by created_at desc, id desc limit 1`, [caseRef]),
  };
}
