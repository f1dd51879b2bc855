/** Number words, as data. */

export const UNITS_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19,
};

export const TENS_WORDS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

export const SCALE_WORDS: Record<string, number> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, b: 1e9, tn: 1e12,
};

export const COUNT_NOUNS: Record<string, number> = { dozen: 12, score: 20, couple: 2, pair: 2 };

/** "dozens of", "hundreds of": vague amounts, read as at least the base (lower bound). */
export const VAGUE_PLURALS: Record<string, number> = {
  dozens: 12, scores: 20, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9, tens: 10,
};

export const FRACTION_WORDS: Record<string, number> = {
  half: 1 / 2, halves: 1 / 2, third: 1 / 3, thirds: 1 / 3, quarter: 1 / 4, quarters: 1 / 4, fourth: 1 / 4,
  fourths: 1 / 4, fifth: 1 / 5, fifths: 1 / 5, sixth: 1 / 6, sixths: 1 / 6, eighth: 1 / 8, eighths: 1 / 8,
  tenth: 1 / 10, tenths: 1 / 10,
};

/** Parses a written number such as "twenty-five", "seven", "a hundred" (no scale beyond hundred); null if not one. */
export function wordNumber(word: string): number | null {
  const w = word.toLowerCase();
  if (w in UNITS_WORDS) return UNITS_WORDS[w];
  if (w in TENS_WORDS) return TENS_WORDS[w];
  const m = /^([a-z]+)[-\s]([a-z]+)$/.exec(w);
  if (m && m[1] in TENS_WORDS && m[2] in UNITS_WORDS && UNITS_WORDS[m[2]] > 0 && UNITS_WORDS[m[2]] < 10)
    return TENS_WORDS[m[1]] + UNITS_WORDS[m[2]];
  return null;
}
