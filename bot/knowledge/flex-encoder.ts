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
const MAX_WORD_LENGTH = 1024;
/** flexsearch's cache settings: entries before a cache is emptied, how long it stays in use, what it keeps. */
const CACHE_SIZE = 200_000;
const CACHE_MS = 50;
const CACHED_LENGTH = 128;

/**
 * One encoder per indexed field, as flexsearch makes one per field. Its caches are kept exactly as flexsearch keeps
 * them, because they change what it returns: a word met before is taken from the cache without the check that drops
 * a second word encoding the same ("too" after "to"), and a text met before (once lower-cased) returns its first
 * result. The caches are used from a first call until 50 ms later, then emptied (a whole index build is one such
 * stretch).
 */
export function createFlexEncoder(): (text: string, dedupeTerms?: boolean) => string[] {
  const texts = new Map<string, string[]>();
  const terms = new Map<string, string>();
  let textLength = CACHED_LENGTH;
  let termLength = CACHED_LENGTH;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const startTimer = () => {
    timer = setTimeout(() => {
      timer = undefined;
      texts.clear();
      terms.clear();
    }, CACHE_MS);
    timer.unref?.();
  };

  return (text, dedupeTerms) => {
    if (text.length <= textLength) {
      if (!timer) startTimer();
      else {
        const cached = texts.get(text);
        if (cached) return cached;
      }
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
      if (word.length <= termLength) {
        if (!timer) startTimer();
        else {
          const cached = terms.get(word);
          if (cached !== undefined) {
            out.push(cached);
            continue;
          }
        }
      }
      const term = collapseRepeats(word);
      if (word.length <= termLength) {
        terms.set(word, term);
        if (terms.size > CACHE_SIZE) {
          terms.clear();
          termLength = (termLength / 1.1) | 0;
        }
      }
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
    if (str.length <= textLength) {
      texts.set(str, out);
      if (texts.size > CACHE_SIZE) {
        texts.clear();
        textLength = (textLength / 1.1) | 0;
      }
    }
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
