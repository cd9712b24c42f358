// A question that asks what a named document says ("what does Working Together say about challenge?", "is there
// anything in KCSIE about...") is answered from that document, not from a local page that quotes it. The names are
// the document's `known_as:` in front matter: what practitioners call the publication it summarises.
import type { KnowledgeDoc } from './types.ts';
import { terms } from './text-analysis.ts';

// Asking what a document says, expects or covers; "according to" and "anything in ... about" too.
const ASKS_WHAT_IT_SAYS = /\b(?:says?|said|saying|expects?|requires?|mentions?|states?|covers?|sets? out|according to|anything in|something in|guidance on)\b/i;

/** Per document known by a name, the stems of each of its names. */
export type DocNames = ReadonlyMap<string, ReadonlyArray<readonly string[]>>;

export function docNames(docs: ReadonlyArray<Pick<KnowledgeDoc, 'id' | 'knownAs'>>): DocNames {
  const out = new Map<string, string[][]>();
  for (const d of docs) {
    const names = (d.knownAs ?? []).map((name) => terms(name)).filter((t) => t.length > 0);
    if (names.length) out.set(d.id, names);
  }
  return out;
}

/** The ids of the documents a question names while asking what they say; empty for most questions. */
export function sourcesNamed(question: string, names: DocNames): Set<string> {
  const out = new Set<string>();
  if (!names.size || !ASKS_WHAT_IT_SAYS.test(question)) return out;
  const seq = terms(question);
  const inARow = (name: readonly string[]) => seq.some((_, i) => name.every((t, k) => seq[i + k] === t));
  for (const [docId, list] of names) if (list.some(inARow)) out.add(docId);
  return out;
}
