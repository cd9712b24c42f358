// The search index over sections: per-field term statistics and postings for our own ranking, the stored questions,
// phrase pairs, and plain keyword search over the same words.
import type { KnowledgeDoc, Section } from './types.ts';
import { isPseudonym, stem, terms, tokenizeWords, words, type Token } from './text-analysis.ts';
import { ASK, givesContact, isEmergencyHeading, readAsks, statesTimescale } from './query-intent.ts';
import { namesDefinedBy } from './named-definition.ts';
import { PostingsBuilder, type PackedPostings, type WeightedPostings } from './postings.ts';
import { PlainKeywordRanking, type PlainSectionWords } from './plain-keywords.ts';

// A learning section on why a thing matters opens by saying what it is ("Why unseen men matter": the men around a
// child whom services never meet): it answers "what do they mean by unseen men?" as well as "why".
const WHY_IT_MATTERS = /^why [\w' -]+ matters?$/i;
// "What are examples of low-level concerns?" answers whether a story is one ("low level or LADO?"): a level ask. Read
// only in headings: a question asking for examples asks for the list.
const GIVES_EXAMPLES = /\bexamples of\b/i;
// "What is private fostering, and how do I report it?" tells what to do about it: it answers "anything I need to do?"
// as a "what do I do?" heading would. Read only in headings: a question asking how to report asks for the route.
const HOW_TO_PASS_ON = /\bhow (do|should|can) (i|we) (report|refer|notify|tell|raise)\b/i;

export const INDEX_VERSION = 3;

export const FIELDS = ['heading', 'questions', 'title', 'tags', 'body'] as const;
export type Field = (typeof FIELDS)[number];
// The questions practitioners ask for a section are written in their words: nearly as strong as the heading.
export const FIELD_WEIGHT: Record<Field, number> = { heading: 2.6, questions: 2.0, title: 1.1, tags: 1.3, body: 1.0 };
const FIELD_B: Record<Field, number> = { heading: 0.4, questions: 0.6, title: 0.3, tags: 0.3, body: 0.75 };

export interface IndexedSection {
  section: Section;
  doc: KnowledgeDoc;
  /** Its document's number (0 .. `SearchIndex.docCount` - 1), as in `docPostings`. */
  docIndex: number;
  statesTimescale: boolean;
  givesContact: boolean;
  isLocal: boolean;
  /** What the heading asks (ASK bits in query-intent.ts): a question asking the same prefers this sibling. */
  asks: number;
  /** The heading is about immediate danger or an emergency (query-intent.ts isEmergencyHeading). */
  forEmergency: boolean;
  /** The stems of what the heading asks to have explained ("What is a rapid review?": "rapid review"), and its other names
   *  (named-definition.ts namesDefinedBy). */
  defines?: string[];
}

export interface SearchIndex {
  version: number;
  sections: IndexedSection[];
  /** Document frequency over sections. */
  df: Map<string, number>;
  /** Document frequency over whole documents, for the document-level signal. */
  docDf: Map<string, number>;
  /** Term -> the documents that use it, with its BM25 saturation there (length norm applied), for the document
   *  signal: (f * (K1 + 1)) / (f + K1 * norm) for the term's frequency f in the document. */
  docPostings: WeightedPostings;
  /** How many documents (`IndexedSection.docIndex` runs below it). */
  docCount: number;
  avgLen: Record<Field, number>;
  /** Term -> its sections with the BM25F pseudo-frequency and whether the heading has it: ranking walks these. */
  termPostings: Map<string, TermPostings>;
  /** Surface words seen in the content -> their stem; for spelling correction. */
  vocabulary: Map<string, string>;
  /** Words grouped by length, for edit-distance lookups. */
  wordsByLength: Map<number, string[]>;
  /** Every stored practitioner question: its section, and the idf weight of its distinct terms. */
  questions: { section: Int32Array; idf: Float64Array };
  /** Term -> the stored questions that use it (ids into `questions`), for best-single-question matching. */
  questionPostings: Map<string, Int32Array>;
  /** Adjacent term pair (heading or body) -> the sections that have it, for phrase matches. */
  bigramPostings: PackedPostings;
  /** Plain keyword search over the same sections, words as typed (second-opinion.ts). */
  plain: PlainKeywordRanking;
}

export const BM25_K1 = 1.2;
const DOC_B = 0.75;

/** A term's BM25 idf over the sections, as the ranking weighs it. */
export function sectionIdf(index: Pick<SearchIndex, 'df' | 'sections'>, term: string): number {
  const df = index.df.get(term) ?? 0;
  return Math.log(1 + (index.sections.length - df + 0.5) / (df + 0.5));
}

export interface TermPostings {
  sections: Int32Array;
  weighted: Float64Array;
  inHeading: Uint8Array;
}

/** A section's term counts per field, needed only while the index is built (they become `termPostings`). */
interface FieldCounts {
  tf: Record<Field, Map<string, number>>;
  len: Record<Field, number>;
}

export function buildSearchIndex(docs: KnowledgeDoc[], localPartnership: string): SearchIndex {
  const sections: IndexedSection[] = [];
  const fieldCounts: FieldCounts[] = [];
  const df = new Map<string, number>();
  const postings = new Map<string, number[]>();
  const vocabulary = new Map<string, string>();
  const docTf: Array<Map<string, number>> = [];
  const docLen: number[] = [];
  const docDf = new Map<string, number>();
  const bigramPostings = new PostingsBuilder(false);
  const questionSection: number[] = [];
  const questionTerms: string[][] = [];
  // Each section's words for plain search, kept only until it is built: the words split here, not split again.
  const plainWords: PlainSectionWords[] = [];

  // Each text is split into words and tokenised once: a field's tokens also give the phrase pairs and the
  // document's terms.
  const counted = (toks: readonly Token[]) => {
    for (const t of toks) vocabulary.set(t.word, t.term);
    const counts = new Map<string, number>();
    for (const t of toks) counts.set(t.term, (counts.get(t.term) ?? 0) + 1);
    return counts;
  };
  for (const doc of docs) {
    const docTerms = new Map<string, number>();
    // The document's terms are its parts' tokens in order (no word spans the line breaks that joined them), as if
    // its words were tokenised as one run: there a part's first word can be a pseudonym's letter ("... Child" then
    // "D ..."), which the part tokenised alone drops.
    let lastWord: string | undefined;
    const addToDoc = (partWords: readonly string[], tokens: readonly Token[]) => {
      if (partWords.length === 0) return;
      if (pseudonymAfter(lastWord, partWords)) docTerms.set(stem(partWords[0]), (docTerms.get(stem(partWords[0])) ?? 0) + 1);
      for (const t of tokens) docTerms.set(t.term, (docTerms.get(t.term) ?? 0) + 1);
      lastWord = partWords[partWords.length - 1];
    };
    const titleWords = words(doc.title);
    const tagsText = doc.tags.join(' ');
    const tagsWords = words(tagsText);
    const introWords = words(doc.intro);
    const titleTokens = tokenizeWords(titleWords);
    const tagsTokens = tokenizeWords(tagsWords);
    addToDoc(titleWords, titleTokens);
    addToDoc(tagsWords, tagsTokens);
    addToDoc(introWords, tokenizeWords(introWords));
    // The title and tags are the same in every section of the document: counted once (read only afterwards).
    const docCounts: Partial<Record<Field, Map<string, number>>> = {};
    for (const section of doc.sections) {
      const headingText = section.parentHeading ? `${section.parentHeading} ${section.heading}` : section.heading;
      const headingWords = words(section.heading);
      const headingTextWords = words(headingText);
      const bodyWords = words(section.text);
      const plainBody = bodyWords.slice();
      // Each stored question is tokenised once, for its own terms and for the section's questions field (their
      // tokens in a run, as the field's text joins them).
      const questionTokens: Token[] = [];
      let lastQuestionWord: string | undefined;
      for (const q of section.questions ?? []) {
        const qWords = words(q);
        const qTokens = tokenizeWords(qWords);
        if (pseudonymAfter(lastQuestionWord, qWords)) questionTokens.push({ term: stem(qWords[0]), word: qWords[0] });
        for (const t of qTokens) questionTokens.push(t);
        if (qWords.length) lastQuestionWord = qWords[qWords.length - 1];
        for (const w of qWords) plainBody.push(w);
        questionSection.push(sections.length);
        const asked = withoutAsker(q);
        questionTerms.push([...new Set(asked === q ? qTokens.map((t) => t.term) : terms(asked))]);
      }
      const fieldTokens: Record<Field, Token[]> = {
        heading: tokenizeWords(headingTextWords),
        questions: questionTokens,
        title: titleTokens,
        tags: tagsTokens,
        body: tokenizeWords(bodyWords),
      };
      const tf = {} as Record<Field, Map<string, number>>;
      const len = {} as Record<Field, number>;
      const seen = new Set<string>();
      for (const f of FIELDS) {
        const toks = fieldTokens[f];
        const counts = f === 'title' || f === 'tags' ? (docCounts[f] ??= counted(toks)) : counted(toks);
        tf[f] = counts;
        len[f] = toks.length;
        for (const t of counts.keys()) seen.add(t);
      }
      const index = sections.length;
      for (const t of seen) {
        const list = postings.get(t);
        if (list) list.push(index);
        else postings.set(t, [index]);
      }
      for (const seq of [fieldTokens.heading, fieldTokens.body]) {
        for (let i = 1; i < seq.length; i++) {
          bigramPostings.add(`${seq[i - 1].term} ${seq[i].term}`, index);
        }
      }
      fieldCounts.push({ tf, len });
      plainWords.push({ heading: headingTextWords, title: titleWords, body: plainBody });
      sections.push({
        section,
        doc,
        docIndex: docTf.length,
        statesTimescale: statesTimescale(section.text),
        givesContact: givesContact(section.text),
        isLocal: doc.partnership === localPartnership,
        asks: readAsks(section.heading) | (WHY_IT_MATTERS.test(section.heading) ? ASK.whatIs : 0) | (GIVES_EXAMPLES.test(section.heading) ? ASK.level : 0) | (HOW_TO_PASS_ON.test(section.heading) ? ASK.whatToDo : 0),
        forEmergency: isEmergencyHeading(section.heading),
        defines: namesDefinedBy(section.heading),
      });
      addToDoc(headingWords, tokenizeWords(headingWords));
      addToDoc(bodyWords, fieldTokens.body);
    }
    docTf.push(docTerms);
    docLen.push([...docTerms.values()].reduce((a, b) => a + b, 0));
    for (const t of docTerms.keys()) docDf.set(t, (docDf.get(t) ?? 0) + 1);
  }

  const avgLen = {} as Record<Field, number>;
  for (const f of FIELDS) avgLen[f] = fieldCounts.reduce((n, s) => n + s.len[f], 0) / Math.max(1, sections.length) || 1;
  // Term -> BM25F pseudo-frequency (field weights and length norms applied), per section.
  const weighted = fieldCounts.map((s) => {
    const w = new Map<string, number>();
    for (const f of FIELDS) {
      const norm = 1 - FIELD_B[f] + (FIELD_B[f] * s.len[f]) / avgLen[f];
      for (const [term, tf] of s.tf[f]) w.set(term, (w.get(term) ?? 0) + (FIELD_WEIGHT[f] * tf) / norm);
    }
    return w;
  });
  const termPostings = new Map<string, TermPostings>();
  for (const [term, list] of postings) {
    // A section lists each of its terms once: the term's sections are its document frequency.
    df.set(term, list.length);
    // Filled in a loop: TypedArray.from with a mapping function is the slow generic path in V8.
    const p: TermPostings = { sections: Int32Array.from(list), weighted: new Float64Array(list.length), inHeading: new Uint8Array(list.length) };
    for (let j = 0; j < list.length; j++) {
      p.weighted[j] = weighted[list[j]].get(term) ?? 0;
      p.inHeading[j] = fieldCounts[list[j]].tf.heading.has(term) ? 1 : 0;
    }
    termPostings.set(term, p);
  }
  const wordsByLength = new Map<number, string[]>();
  for (const w of vocabulary.keys()) {
    if (/^\d+$/.test(w)) continue;
    const list = wordsByLength.get(w.length) ?? [];
    list.push(w);
    wordsByLength.set(w.length, list);
  }
  const avgDocLen = docLen.reduce((a, b) => a + b, 0) / Math.max(1, docLen.length) || 1;
  const docPostings = new PostingsBuilder(true);
  docTf.forEach((tfs, d) => {
    const norm = 1 - DOC_B + (DOC_B * docLen[d]) / avgDocLen;
    for (const [t, f] of tfs) {
      docPostings.add(t, d, (f * (BM25_K1 + 1)) / (f + BM25_K1 * norm));
    }
  });
  const idf = (t: string) => sectionIdf({ df, sections }, t);
  const qPostings = new Map<string, number[]>();
  questionTerms.forEach((ts, q) => {
    for (const t of ts) {
      const list = qPostings.get(t) ?? [];
      list.push(q);
      qPostings.set(t, list);
    }
  });
  const questions = {
    section: Int32Array.from(questionSection),
    idf: Float64Array.from(questionTerms, (ts) => ts.reduce((sum, t) => sum + idf(t), 0)),
  };
  const questionPostings = new Map([...qPostings].map(([t, list]) => [t, Int32Array.from(list)]));
  return { version: INDEX_VERSION, sections, df, docDf, docPostings: docPostings.pack(), docCount: docTf.length, avgLen, termPostings, vocabulary, wordsByLength, questions, questionPostings, bigramPostings: bigramPostings.packItems(), plain: new PlainKeywordRanking(plainWords) };
}

/** Whether a part's first word is a pseudonym's letter when it runs on from `previous`, the last word before it
 *  ("... Child" then "D ..."): tokenised alone, the part drops it. */
function pseudonymAfter(previous: string | undefined, partWords: readonly string[]): boolean {
  return previous !== undefined && partWords.length > 0 && isPseudonym([previous, partWords[0]], 1);
}

// Who asks ("SSW here,", "DSL:", "I'm a TA and") is not what a stored question asks: matched, it would make any
// question from the same role look like this one.
const ASKER = /^(?:(?:i'?m|i am|as) an? [\w' -]{1,30}?(?:,| and | -)|[\w' -]{1,30}? here\b[,:.-]?|(?!(?:the|a|what|how|who|when|why|is|can|do)\b)[\w'-]+(?: [\w'-]+){0,2}:)\s*/i;

export function withoutAsker(question: string): string {
  const rest = question.replace(ASKER, '');
  return rest.trim() ? rest : question;
}
