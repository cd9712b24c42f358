// Ordinary English words (bot/knowledge/words/english-words.txt, built by scripts/build-english-words.ts): a word
// a practitioner typed that is one of these is meant, not misspelt, so it is never "corrected" into a content word
// ("wine" is not "wing", "groping" is not "growing", "settee" is not "settle").
import { readFileSync } from 'node:fs';

const WORDS_FILE = new URL('./words/english-words.txt', import.meta.url);

export interface WordList {
  has(word: string): boolean;
}

/** Binary search in the sorted, newline-separated list: one 0.8 MB string, not a set of 80,000. */
export function sortedWordList(sorted: string): WordList {
  return {
    has(word) {
      let lo = 0;
      let hi = sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        const start = sorted.lastIndexOf('\n', mid - 1) + 1;
        let end = sorted.indexOf('\n', start);
        if (end < 0) end = sorted.length;
        const line = sorted.slice(start, end);
        if (line === word) return true;
        if (line < word) lo = end + 1;
        else hi = start;
      }
      return false;
    },
  };
}

let english: WordList | undefined;

/** Read once, on first use, and shared: the list is the same for every partnership. */
export function englishWords(): WordList {
  english ??= sortedWordList(readFileSync(WORDS_FILE, 'latin1'));
  return english;
}
