// Query expansion from knowledge/glossary.yml: an acronym finds its expansion and synonyms, a misspelling
// finds the word it meant. Phrases are matched as stemmed term sequences.
import type { GlossaryEntry } from './types.ts';
import { terms, words } from './text-analysis.ts';

export interface Expansion {
  /** Stemmed term sequences that mean the same thing as the matched phrase. */
  phrases: string[][];
  /** Index in the query's term list where the match starts, and its length. */
  start: number;
  length: number;
}

interface Group {
  phrases: string[][];
}

export class Glossary {
  /** First term of a phrase -> candidate phrases with their group, longest first. */
  private readonly byFirst = new Map<string, Array<{ phrase: string[]; group: Group }>>();
  /** Misspelled or variant surface word -> the word it stands for. */
  readonly corrections = new Map<string, string>();
  /** Every stemmed term of every phrase: a word the glossary explains is meant, never a misspelling ("settee"). */
  private readonly phraseTerms = new Set<string>();

  constructor(entries: GlossaryEntry[]) {
    for (const entry of entries) {
      const raw = [entry.term, ...(entry.means ? [entry.means] : []), ...entry.also];
      const phrases = uniquePhrases(raw.map((p) => terms(p)).filter((p) => p.length > 0));
      const group: Group = { phrases };
      for (const phrase of phrases) {
        const list = this.byFirst.get(phrase[0]) ?? [];
        list.push({ phrase, group });
        list.sort((a, b) => b.phrase.length - a.phrase.length);
        this.byFirst.set(phrase[0], list);
        for (const t of phrase) this.phraseTerms.add(t);
      }
      const target = words(entry.term).join(' ');
      for (const m of entry.misspellings) {
        const w = words(m);
        if (w.length === 1 && target) this.corrections.set(w[0], target);
      }
    }
  }

  /** Whether some glossary phrase uses this stemmed term. */
  uses(term: string): boolean {
    return this.phraseTerms.has(term);
  }

  /** Every glossary phrase found in the query's terms, longest match first, without overlaps. */
  expand(queryTerms: string[]): Expansion[] {
    const out: Expansion[] = [];
    let i = 0;
    while (i < queryTerms.length) {
      const candidates = this.byFirst.get(queryTerms[i]) ?? [];
      const hit = candidates.find((c) => c.phrase.every((t, k) => queryTerms[i + k] === t));
      if (!hit) {
        i++;
        continue;
      }
      const others = hit.group.phrases.filter((p) => p.join(' ') !== hit.phrase.join(' '));
      if (others.length) out.push({ phrases: others, start: i, length: hit.phrase.length });
      i += hit.phrase.length;
    }
    return out;
  }
}

function uniquePhrases(list: string[][]): string[][] {
  const seen = new Set<string>();
  return list.filter((p) => {
    const k = p.join(' ');
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
