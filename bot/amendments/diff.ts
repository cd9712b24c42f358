// Fingerprints of the content and the difference between two of them. A section is the same section when its
// id (doc#slug) is the same; it changed when the hash of its heading, body or status changed.
import { createHash } from 'node:crypto';
import type { KnowledgeDoc } from '../knowledge/types.ts';
import type { AmendmentEntry, Snapshot } from './types.ts';

const hash = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('base64url').slice(0, 32);

export function snapshotOf(docs: readonly KnowledgeDoc[]): Snapshot {
  const snapshot: Snapshot = { docs: new Map(), sections: new Map() };
  for (const d of docs) {
    snapshot.docs.set(d.id, {
      hash: hash([d.title, d.area, d.sourceTitle, d.sourceUrl, d.lastReviewed, d.status, d.owner, d.intro]),
      title: d.title,
      lastReviewed: d.lastReviewed,
    });
    for (const s of d.sections) {
      snapshot.sections.set(s.id, { docId: d.id, hash: hash([s.heading, s.level, s.parentHeading ?? '', s.markdown, s.status]), heading: s.heading });
    }
  }
  return snapshot;
}

/**
 * A new or removed document is one entry, not one per section; within a kept document each section added,
 * changed or removed is an entry, and a document whose sections are the same but whose front matter changed
 * (a new review date, a new source) gets one "changed" entry.
 */
export function diffSnapshots(previous: Snapshot, next: Snapshot, docs: readonly KnowledgeDoc[]): AmendmentEntry[] {
  const entries: AmendmentEntry[] = [];
  const byId = new Map(docs.map((d) => [d.id, d]));
  for (const [docId, d] of next.docs) {
    const doc = byId.get(docId)!;
    const note = doc.changeNote ?? null;
    const base = { docId, docTitle: d.title, lastReviewed: d.lastReviewed, changeNote: note };
    const before = previous.docs.get(docId);
    if (!before) {
      entries.push({ kind: 'added', sectionId: null, heading: null, ...base });
      continue;
    }
    let sectionChanges = 0;
    for (const s of doc.sections) {
      const was = previous.sections.get(s.id);
      const now = next.sections.get(s.id)!;
      if (!was || was.docId !== docId) entries.push({ kind: 'added', sectionId: s.id, heading: s.heading, ...base });
      else if (was.hash !== now.hash) entries.push({ kind: 'changed', sectionId: s.id, heading: s.heading, ...base });
      else continue;
      sectionChanges++;
    }
    for (const [sectionId, was] of previous.sections) {
      if (was.docId === docId && !next.sections.has(sectionId)) {
        entries.push({ kind: 'removed', sectionId, heading: was.heading, ...base });
        sectionChanges++;
      }
    }
    if (sectionChanges === 0 && before.hash !== d.hash) entries.push({ kind: 'changed', sectionId: null, heading: null, ...base });
  }
  for (const [docId, was] of previous.docs) {
    if (!next.docs.has(docId)) entries.push({ kind: 'removed', docId, sectionId: null, docTitle: was.title, heading: null, lastReviewed: was.lastReviewed, changeNote: null });
  }
  return entries;
}

/** Sections a change touches, for telling followers: a removed document removes all the sections it had. */
export function touchedSections(entries: readonly AmendmentEntry[], previous: Snapshot): string[] {
  const out = new Set<string>();
  for (const e of entries) {
    if (e.sectionId && e.kind !== 'added') out.add(e.sectionId);
    if (!e.sectionId && e.kind === 'removed') for (const [id, s] of previous.sections) if (s.docId === e.docId) out.add(id);
  }
  return [...out];
}
