/**
 * Ordinary English words (SCOWL's lists up to size 35, see scripts/build-common-words.mjs), loaded on first use. A
 * capitalised word that is one (`Operation`, `Formation`, `Mill`) is weak evidence of a personal name.
 */
let words: Set<string> | null = null;

export function isDictionaryWord(word: string): boolean {
  if (!words) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { COMMON_WORD_ROWS } = require('./data/common-words') as { COMMON_WORD_ROWS: string };
    words = new Set(COMMON_WORD_ROWS.split('\n'));
  }
  return words.has(word.toLowerCase());
}
