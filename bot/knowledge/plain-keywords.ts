// Plain keyword search, as a site search box does it: BM25 over each section's heading, document title, and body with
// its stored practitioner questions, every word as typed (split as the rest of the search splits words, but no
// stemming, no stop words dropped, no glossary, no situations). Scored as MiniSearch's defaults (BM25+: k1 1.2, b 0.7,
// delta 0.5; each field's own idf and length norm, a field's length being its distinct words; the sum times the number
// of distinct words of the question matched). second-opinion.ts says why the assistant asks it.
import { words } from './text-analysis.ts';

// MiniSearch's parameters, which the bench's baseline runs with: not tuned here, and apart from our ranking's BM25_K1.
const K1 = 1.2;
const B = 0.7;
const DELTA = 0.5;

export interface PlainSection {
  heading: string;
  title: string;
  body: string;
}

/** A section's words per field, split as `words` splits them: the search index hands over the words it has already
 *  split (the heading under its parent, the document's title, the body then each stored question). */
export interface PlainSectionWords {
  heading: readonly string[];
  title: readonly string[];
  body: readonly string[];
}

/** A section given as text, split into its words (for callers that have no split words to hand). */
export function plainSectionWords(s: PlainSection): PlainSectionWords {
  return { heading: words(s.heading), title: words(s.title), body: words(s.body) };
}

/** One field's postings, packed: word id -> entries start[id] .. start[id + 1] - 1 of `sections` and `tf` (how often
 *  the word is in that section, up to 255: BM25 has long saturated). The weight is worked out when asked. */
interface PlainField {
  start: Int32Array;
  sections: Int32Array;
  tf: Uint8Array;
  /** Per section, BM25's length term for this field: K1 * (1 - B + B * length / average length). */
  lengthNorm: Float64Array;
}

export class PlainKeywordRanking {
  /** Every word of every field -> its id, shared by the fields. */
  private readonly ids = new Map<string, number>();
  private readonly fields: PlainField[];
  private readonly sectionCount: number;
  private readonly score: Float64Array;
  private readonly matched: Int32Array;
  private readonly stamp: Int32Array;
  private readonly touched: number[] = [];
  /** Counts the distinct words asked so far: `stamp` holds, per section, the last one it was credited a match for. */
  private wordsAsked = 0;
  /** Per word id, the last question that had it: a word typed again is matched once. */
  private readonly askedIn: Int32Array;
  private questionsAsked = 0;

  constructor(sections: readonly PlainSectionWords[]) {
    const n = (this.sectionCount = sections.length);
    this.fields = (['heading', 'title', 'body'] as const).map((name) => this.indexField(sections.map((s) => s[name])));
    this.score = new Float64Array(n);
    this.matched = new Int32Array(n);
    this.stamp = new Int32Array(n);
    this.askedIn = new Int32Array(this.ids.size);
  }

  /** One pass over the sections' words into typed arrays (no list per word, no arrays of numbers left for the
   *  collector). */
  private indexField(wordLists: ReadonlyArray<readonly string[]>): PlainField {
    const length = new Float64Array(wordLists.length);
    // Per word id, its count in the section being read (and the ids it has, to clear them): no map per section.
    let count = new Int32Array(Math.max(1024, this.ids.size * 2));
    const inSection: number[] = [];
    let wordOf = new Int32Array(4096);
    let sectionOf = new Int32Array(4096);
    let tfOf = new Uint8Array(4096);
    let m = 0;
    wordLists.forEach((sectionWords, i) => {
      for (const w of sectionWords) {
        let id = this.ids.get(w);
        if (id === undefined) this.ids.set(w, (id = this.ids.size));
        if (id >= count.length) count = grown(count);
        if (count[id]++ === 0) inSection.push(id);
      }
      length[i] = inSection.length;
      for (const id of inSection) {
        if (m === wordOf.length) {
          wordOf = grown(wordOf);
          sectionOf = grown(sectionOf);
          tfOf = grown(tfOf);
        }
        wordOf[m] = id;
        sectionOf[m] = i;
        tfOf[m] = Math.min(count[id], 255);
        count[id] = 0;
        m++;
      }
      inSection.length = 0;
    });
    // A counting sort by word: each word's sections stay in ascending order.
    const start = new Int32Array(this.ids.size + 1);
    for (let e = 0; e < m; e++) start[wordOf[e] + 1]++;
    for (let id = 0; id < this.ids.size; id++) start[id + 1] += start[id];
    const next = start.slice(0, this.ids.size);
    const sections = new Int32Array(m);
    const tf = new Uint8Array(m);
    for (let e = 0; e < m; e++) {
      const at = next[wordOf[e]]++;
      sections[at] = sectionOf[e];
      tf[at] = tfOf[e];
    }
    const avgLength = length.reduce((a, b) => a + b, 0) / Math.max(1, wordLists.length) || 1;
    const lengthNorm = length.map((len) => K1 * (1 - B + (B * len) / avgLength));
    return { start, sections, tf, lengthNorm };
  }

  /** Each section's plain score for `question` (0 where no word matches), in a buffer reused by the next call. */
  scores(question: string): Float64Array {
    for (const i of this.touched) {
      this.score[i] = 0;
      this.matched[i] = 0;
    }
    this.touched.length = 0;
    const n = this.sectionCount;
    this.questionsAsked++;
    // A word typed twice counts twice, as a search box sums its terms; it is matched once.
    for (const w of words(question)) {
      const id = this.ids.get(w);
      if (id === undefined) continue;
      const first = this.askedIn[id] !== this.questionsAsked;
      this.askedIn[id] = this.questionsAsked;
      if (first) this.wordsAsked++;
      for (const f of this.fields) {
        // A word first seen in a later field has no entries in this one.
        if (id + 1 >= f.start.length) continue;
        const df = f.start[id + 1] - f.start[id];
        if (df === 0) continue;
        const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
        for (let j: number = f.start[id]; j < f.start[id + 1]; j++) {
          const i: number = f.sections[j];
          const tf = f.tf[j];
          if (this.score[i] === 0) this.touched.push(i);
          this.score[i] += idf * (DELTA + (tf * (K1 + 1)) / (tf + f.lengthNorm[i]));
          if (first && this.stamp[i] !== this.wordsAsked) {
            this.stamp[i] = this.wordsAsked;
            this.matched[i]++;
          }
        }
      }
    }
    for (const i of this.touched) this.score[i] *= this.matched[i];
    return this.score;
  }

  /** The sections the last call scored, best first (equal scores: the earlier section first), at most `limit`. */
  best(limit: number): number[] {
    return this.touched.slice().sort((a, b) => this.score[b] - this.score[a] || a - b).slice(0, limit);
  }

  /** Where section `i` comes in plain search by the scores of the last call (0 = first); undefined when no word of
   *  the question is in it. */
  placeOf(i: number): number | undefined {
    const mine = this.score[i];
    if (mine <= 0) return undefined;
    let above = 0;
    for (const j of this.touched) if (this.score[j] > mine) above++;
    return above;
  }
}

/** The same typed array, twice as long. */
function grown<T extends Int32Array | Uint8Array>(a: T): T {
  const b = new (a.constructor as new (n: number) => T)(a.length * 2);
  b.set(a);
  return b;
}
