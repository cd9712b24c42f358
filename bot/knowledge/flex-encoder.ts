// flexsearch's default Encoder (normalise, split, collapse repeated letters), giving the same terms at a fraction of
// the cost: the index encodes every section's five fields at start-up, and that was a sixth of the cold start.
// Test: test/flex-encoder.test.ts compares it with flexsearch's own Encoder.

const DIACRITICS = /[\u0300-\u036f]/g;
const NON_ASCII = /[^\x00-\x7f]/;
const SEPARATORS = /[^\p{L}\p{N}]+/u;
const THREE_DIGITS = /\d{3}/;
const DIGITS_AFTER = /(\D)(\d{3})/g;
const DIGITS_BEFORE = /(\d{3})(\D)/g;
const DIGIT_TRIPLETS = /(\d{3})/g;
/** flexsearch caches texts and words up to this length (cache_enc_length, cache_term_length). */
const CACHED_LENGTH = 128;
const MAX_WORD_LENGTH = 1024;

/**
 * One encoder per indexed field, as flexsearch makes one per field. Its caches are part of what it returns: a word
 * met before is taken from the cache without the check that drops a second word encoding the same ("too" after
 * "to"), and a short text met before (once lower-cased) returns its first result. This keeps both caches for good; flexsearch empties
 * them 50 ms after its last use, which a synchronous index build never reaches.
 */
export function createFlexEncoder(): (text: string, dedupeTerms?: boolean) => string[] {
  const texts = new Map<string, string[]>();
  const terms = new Map<string, string>();
  return (text, dedupeTerms) => {
    if (text.length <= CACHED_LENGTH) {
      const cached = texts.get(text);
      if (cached) return cached;
    }
    // NFKD leaves ASCII as it is: only other text is normalised and stripped of accents.
    let str = NON_ASCII.test(text) ? text.normalize('NFKD').replace(DIACRITICS, '').toLowerCase() : text.toLowerCase();
    // Long numbers are split into triplets; without three digits in a row none of the three changes anything.
    if (str.length > 3 && THREE_DIGITS.test(str)) str = str.replace(DIGITS_AFTER, '$1 $2').replace(DIGITS_BEFORE, '$1 $2').replace(DIGIT_TRIPLETS, '$1 ');
    const out: string[] = [];
    const seen = dedupeTerms ? new Set<string>() : undefined;
    let lastWord: string | undefined;
    let lastTerm: string | undefined;
    for (const word of str.split(SEPARATORS)) {
      if (!word || word.length > MAX_WORD_LENGTH) continue;
      if (seen) {
        if (seen.has(word)) continue;
        seen.add(word);
      } else {
        if (lastWord === word) continue;
        lastWord = word;
      }
      if (word.length <= CACHED_LENGTH) {
        const cached = terms.get(word);
        if (cached !== undefined) {
          out.push(cached);
          continue;
        }
      }
      const term = collapseRepeats(word);
      if (word.length <= CACHED_LENGTH) terms.set(word, term);
      if (term !== word) {
        if (seen) {
          if (seen.has(term)) continue;
          seen.add(term);
        } else {
          if (lastTerm === term) continue;
          lastTerm = term;
        }
      }
      out.push(term);
    }
    // Stored under the lower-cased text but looked up under the text as given, as flexsearch does.
    if (str.length <= CACHED_LENGTH) texts.set(str, out);
    return out;
  };
}

/** "committee" -> "comite": flexsearch's letter dedupe. */
function collapseRepeats(word: string): string {
  if (word.length < 2) return word;
  let out = '';
  let prev = '';
  for (let i = 0; i < word.length; i++) {
    const c = word.charAt(i);
    if (c !== prev) out += prev = c;
  }
  return out;
}
