// The knowledge amendments log and section follows in PostgreSQL. AmendmentStore.transaction(fn) is the
// connection's transaction (every store called from fn joins it), one instance at a time.
import type { AmendmentBatch, AmendmentEntry, AmendmentStore, FollowStore, Snapshot } from '../../amendments/types.ts';
import type { PgDatabase } from './connection.ts';

interface EntryRow {
  kind: AmendmentEntry['kind'];
  doc_id: string;
  section_id: string | null;
  doc_title: string;
  heading: string | null;
  last_reviewed: string | null;
  change_note: string | null;
}

const toEntry = (r: EntryRow): AmendmentEntry => ({
  kind: r.kind,
  docId: r.doc_id,
  sectionId: r.section_id,
  docTitle: r.doc_title,
  heading: r.heading,
  lastReviewed: r.last_reviewed,
  changeNote: r.change_note,
});

/** Inserts rows in chunks under PostgreSQL's parameter limit. */
async function insertMany(db: PgDatabase, table: string, columns: string[], rows: unknown[][]): Promise<void> {
  const perChunk = Math.floor(30_000 / columns.length);
  for (let i = 0; i < rows.length; i += perChunk) {
    const params: unknown[] = [];
    const values = rows.slice(i, i + perChunk).map((row) => `(${row.map((v) => `$${params.push(v)}`).join(', ')})`);
    await db.run(`insert into ${table} (${columns.join(', ')}) values ${values.join(', ')}`, params);
  }
}

/** Any fixed number, other than the migrations' lock. */
const AMENDMENTS_LOCK = 7_310_418_225;

export function createPostgresAmendmentStore(db: PgDatabase): AmendmentStore {
  const batch = async (id: number): Promise<AmendmentBatch | undefined> => {
    const [b] = await db.query<{ id: number; at: Date; baseline: number }>('select id, at, baseline from amendment_batches where id = $1', [id]);
    if (!b) return undefined;
    const entries = await db.query<EntryRow>(
      'select kind, doc_id, section_id, doc_title, heading, last_reviewed, change_note from amendments where batch_id = $1 order by id',
      [id],
    );
    return { id: b.id, at: b.at, baseline: b.baseline === 1, entries: entries.map(toEntry) };
  };

  return {
    // Instances publishing the same knowledge at once take turns: the second reads the snapshot the first recorded
    // (and finds nothing new), instead of logging the change, and telling followers, twice.
    transaction: (fn) =>
      db.transaction(async () => {
        await db.query('select pg_advisory_xact_lock($1)', [AMENDMENTS_LOCK]);
        return fn();
      }),
    async snapshot() {
      const docRows = await db.query<{ doc_id: string; hash: string; title: string; last_reviewed: string }>('select doc_id, hash, title, last_reviewed from knowledge_snapshot_docs');
      if (docRows.length === 0) return undefined;
      const snapshot: Snapshot = { docs: new Map(), sections: new Map() };
      for (const d of docRows) snapshot.docs.set(d.doc_id, { hash: d.hash, title: d.title, lastReviewed: d.last_reviewed });
      const sections = await db.query<{ section_id: string; doc_id: string; hash: string; heading: string }>('select section_id, doc_id, hash, heading from knowledge_snapshot_sections');
      for (const s of sections) snapshot.sections.set(s.section_id, { docId: s.doc_id, hash: s.hash, heading: s.heading });
      return snapshot;
    },
    record(snapshot, at, baseline, entries) {
      return db.transaction(async () => {
        await db.run('delete from knowledge_snapshot_sections');
        await db.run('delete from knowledge_snapshot_docs');
        await insertMany(db, 'knowledge_snapshot_docs', ['doc_id', 'hash', 'title', 'last_reviewed'], [...snapshot.docs].map(([id, d]) => [id, d.hash, d.title, d.lastReviewed]));
        await insertMany(db, 'knowledge_snapshot_sections', ['section_id', 'doc_id', 'hash', 'heading'], [...snapshot.sections].map(([id, s]) => [id, s.docId, s.hash, s.heading]));
        const [row] = await db.query<{ id: number }>('insert into amendment_batches (at, baseline) values ($1, $2) returning id', [at, baseline ? 1 : 0]);
        const batchId = row!.id;
        await insertMany(
          db,
          'amendments',
          ['batch_id', 'kind', 'doc_id', 'section_id', 'doc_title', 'heading', 'last_reviewed', 'change_note'],
          entries.map((e) => [batchId, e.kind, e.docId, e.sectionId, e.docTitle, e.heading, e.lastReviewed, e.changeNote]),
        );
        return batchId;
      });
    },
    async recent(limit) {
      const ids = await db.query<{ id: number }>('select id from amendment_batches where baseline = 0 order by at desc, id desc limit $1', [limit]);
      const out: AmendmentBatch[] = [];
      for (const { id } of ids) out.push((await batch(id))!);
      return out;
    },
    batch,
    async sectionsChangedSince(since) {
      const rows = await db.query<{ section_id: string; at: Date }>(
        `select a.section_id, max(b.at) as at from amendments a join amendment_batches b on b.id = a.batch_id
         where b.at >= $1 and b.baseline = 0 and a.section_id is not null and a.kind in ('added', 'changed') group by a.section_id`,
        [since],
      );
      return new Map(rows.map((r) => [r.section_id, r.at]));
    },
  };
}

export function createPostgresFollowStore(db: PgDatabase): FollowStore {
  return {
    follow: async (userKey, sectionId, at) =>
      (await db.run('insert into section_follows (user_key, section_id, created_at) values ($1, $2, $3) on conflict do nothing', [userKey, sectionId, at])) > 0,
    unfollow: async (userKey, sectionId) => (await db.run('delete from section_follows where user_key = $1 and section_id = $2', [userKey, sectionId])) > 0,
    async list(userKey) {
      const rows = await db.query<{ section_id: string; created_at: Date }>(
        'select section_id, created_at from section_follows where user_key = $1 order by created_at, section_id collate "C"',
        [userKey],
      );
      return rows.map((r) => ({ sectionId: r.section_id, since: r.created_at }));
    },
    async followersOf(sectionIds) {
      if (sectionIds.length === 0) return [];
      const rows = await db.query<{ user_key: string; section_id: string }>(
        'select user_key, section_id from section_follows where section_id = any($1::text[]) order by user_key collate "C", section_id collate "C"',
        [[...sectionIds]],
      );
      return rows.map((r) => ({ userKey: r.user_key, sectionId: r.section_id }));
    },
    async removeSections(sectionIds) {
      if (sectionIds.length) await db.run('delete from section_follows where section_id = any($1::text[])', [[...sectionIds]]);
    },
  };
}
