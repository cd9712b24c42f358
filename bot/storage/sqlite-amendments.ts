import type { Db } from './database.ts';
import { gated, type SqliteGate } from './sqlite-session.ts';
import type { AmendmentBatch, AmendmentEntry, AmendmentStore, FollowStore, Snapshot } from '../amendments/types.ts';

interface EntryRow {
  batch_id: number;
  at: number;
  kind: AmendmentEntry['kind'];
  doc_id: string;
  section_id: string | null;
  doc_title: string;
  heading: string | null;
  last_reviewed: string | null;
  change_note: string | null;
}

export function createSqliteAmendmentStore(db: Db, gate: SqliteGate): AmendmentStore {
  const docs = db.prepare('select doc_id, hash, title, last_reviewed from knowledge_snapshot_docs');
  const sections = db.prepare('select section_id, doc_id, hash, heading from knowledge_snapshot_sections');
  const insertDoc = db.prepare('insert into knowledge_snapshot_docs (doc_id, hash, title, last_reviewed) values (?, ?, ?, ?)');
  const insertSection = db.prepare('insert into knowledge_snapshot_sections (section_id, doc_id, hash, heading) values (?, ?, ?, ?)');
  const insertBatch = db.prepare('insert into amendment_batches (at, baseline) values (?, ?)');
  const insertEntry = db.prepare(
    'insert into amendments (batch_id, kind, doc_id, section_id, doc_title, heading, last_reviewed, change_note) values (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const entryColumns = 'a.batch_id, b.at, a.kind, a.doc_id, a.section_id, a.doc_title, a.heading, a.last_reviewed, a.change_note';
  const recentBatches = db.prepare('select id from amendment_batches where baseline = 0 order by at desc, id desc limit ?').pluck();
  const entriesOf = db.prepare(`select ${entryColumns} from amendments a join amendment_batches b on b.id = a.batch_id where a.batch_id = ? order by a.id`);
  const changedSince = db.prepare(
    `select a.section_id as sectionId, max(b.at) as at from amendments a join amendment_batches b on b.id = a.batch_id
     where b.at >= ? and b.baseline = 0 and a.section_id is not null and a.kind in ('added', 'changed') group by a.section_id`,
  );
  const batchRow = db.prepare('select id, at, baseline from amendment_batches where id = ?');

  const toEntry = (r: EntryRow): AmendmentEntry => ({
    kind: r.kind,
    docId: r.doc_id,
    sectionId: r.section_id,
    docTitle: r.doc_title,
    heading: r.heading,
    lastReviewed: r.last_reviewed,
    changeNote: r.change_note,
  });
  const batch = (id: number): AmendmentBatch | undefined => {
    const b = batchRow.get(id) as { id: number; at: number; baseline: number } | undefined;
    if (!b) return undefined;
    return { id: b.id, at: new Date(b.at), baseline: b.baseline === 1, entries: (entriesOf.all(id) as EntryRow[]).map(toEntry) };
  };

  return {
    ...gated<Omit<AmendmentStore, 'transaction'>>(gate, {
    snapshot() {
      const docRows = docs.all() as Array<{ doc_id: string; hash: string; title: string; last_reviewed: string }>;
      if (docRows.length === 0) return undefined;
      const snapshot: Snapshot = { docs: new Map(), sections: new Map() };
      for (const d of docRows) snapshot.docs.set(d.doc_id, { hash: d.hash, title: d.title, lastReviewed: d.last_reviewed });
      for (const s of sections.all() as Array<{ section_id: string; doc_id: string; hash: string; heading: string }>) {
        snapshot.sections.set(s.section_id, { docId: s.doc_id, hash: s.hash, heading: s.heading });
      }
      return snapshot;
    },
    // A transaction of its own (a savepoint inside the caller's): the snapshot and its batch go together.
    record: (snapshot, at, baseline, entries) => db.transaction(() => {
      db.exec('delete from knowledge_snapshot_sections; delete from knowledge_snapshot_docs;');
      for (const [id, d] of snapshot.docs) insertDoc.run(id, d.hash, d.title, d.lastReviewed);
      for (const [id, s] of snapshot.sections) insertSection.run(id, s.docId, s.hash, s.heading);
      const batchId = Number(insertBatch.run(at.getTime(), baseline ? 1 : 0).lastInsertRowid);
      for (const e of entries) insertEntry.run(batchId, e.kind, e.docId, e.sectionId, e.docTitle, e.heading, e.lastReviewed, e.changeNote);
      return batchId;
    })(),
    recent: (limit) => (recentBatches.all(limit) as number[]).map((id) => batch(id)!),
    batch,
    sectionsChangedSince(since) {
      const rows = changedSince.all(since.getTime()) as Array<{ sectionId: string; at: number }>;
      return new Map(rows.map((r) => [r.sectionId, new Date(r.at)]));
    },
    }),
    transaction: (fn) => gate.transaction(fn),
  };
}

export function createSqliteFollowStore(db: Db, gate: SqliteGate): FollowStore {
  const insert = db.prepare('insert into section_follows (user_key, section_id, created_at) values (?, ?, ?) on conflict do nothing');
  const remove = db.prepare('delete from section_follows where user_key = ? and section_id = ?');
  const list = db.prepare('select section_id as sectionId, created_at as at from section_follows where user_key = ? order by created_at, section_id');
  const removeSection = db.prepare('delete from section_follows where section_id = ?');
  return gated<FollowStore>(gate, {
    follow: (userKey, sectionId, at) => insert.run(userKey, sectionId, at.getTime()).changes > 0,
    unfollow: (userKey, sectionId) => remove.run(userKey, sectionId).changes > 0,
    list: (userKey) => (list.all(userKey) as Array<{ sectionId: string; at: number }>).map((r) => ({ sectionId: r.sectionId, since: new Date(r.at) })),
    followersOf(sectionIds) {
      if (sectionIds.length === 0) return [];
      // Chunks keep each query under SQLite's bound-parameter limit.
      const out: Array<{ userKey: string; sectionId: string }> = [];
      for (let i = 0; i < sectionIds.length; i += 500) {
        const chunk = sectionIds.slice(i, i + 500);
        const rows = db
          .prepare(`select user_key as userKey, section_id as sectionId from section_follows where section_id in (${chunk.map(() => '?').join(',')}) order by user_key, section_id`)
          .all(...chunk) as Array<{ userKey: string; sectionId: string }>;
        out.push(...rows);
      }
      return out;
    },
    removeSections(sectionIds) {
      for (const id of sectionIds) removeSection.run(id);
    },
  });
}
