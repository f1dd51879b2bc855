/** Number words, as data. */

export const UNITS_WORDS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

export const TENS_WORDS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** Scale words written out (`1.2 million`, `four hundred`). */
export const SCALE_WORDS: Record<string, number> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  // South Asian news writes large amounts in lakhs and crores.
  lakh: 1e5,
  lakhs: 1e5,
  crore: 1e7,
  crores: 1e7,
};

/** Scale abbreviations written against digits (`$5bn`, `4.3M`, `50k`). */
export const SCALE_SUFFIXES: Record<string, number> = {
  k: 1e3,
  K: 1e3,
  m: 1e6,
  M: 1e6,
  mn: 1e6,
  mln: 1e6,
  mil: 1e6,
  MM: 1e6,
  bn: 1e9,
  b: 1e9,
  B: 1e9,
  BN: 1e9,
  Bn: 1e9,
  tn: 1e12,
  trn: 1e12,
  T: 1e12,
};

/** Nouns that stand for a number (`a dozen`, `two dozen`). */
export const COUNT_NOUNS: Record<string, number> = { dozen: 12 };

/**
 * Vague plurals (`dozens of`, `hundreds of thousands`): read as an order of magnitude, from the base up to ten
 * times the base, the way the CQE benchmark reads them.
 */
export const VAGUE_PLURALS: Record<string, number> = {
  dozens: 12,
  scores: 20,
  hundreds: 100,
  thousands: 1e3,
  millions: 1e6,
  billions: 1e9,
  trillions: 1e12,
  tens: 10,
};

export const FRACTION_WORDS: Record<string, number> = {
  half: 1 / 2,
  halves: 1 / 2,
  third: 1 / 3,
  thirds: 1 / 3,
  quarter: 1 / 4,
  quarters: 1 / 4,
  fourth: 1 / 4,
  fourths: 1 / 4,
  fifth: 1 / 5,
  fifths: 1 / 5,
  sixth: 1 / 6,
  sixths: 1 / 6,
  seventh: 1 / 7,
  sevenths: 1 / 7,
  eighth: 1 / 8,
  eighths: 1 / 8,
  ninth: 1 / 9,
  ninths: 1 / 9,
  tenth: 1 / 10,
  tenths: 1 / 10,
};

/** Unicode vulgar fractions. */
export const FRACTION_CHARS: Record<string, number> = {
  '½': 1 / 2,
  '⅓': 1 / 3,
  '⅔': 2 / 3,
  '¼': 1 / 4,
  '¾': 3 / 4,
  '⅕': 1 / 5,
  '⅖': 2 / 5,
  '⅗': 3 / 5,
  '⅘': 4 / 5,
  '⅙': 1 / 6,
  '⅚': 5 / 6,
  '⅛': 1 / 8,
  '⅜': 3 / 8,
  '⅝': 5 / 8,
  '⅞': 7 / 8,
};

/**
 * Reads a sequence of number words (`twenty-five`, `three hundred and twelve`, `two thousand six hundred`),
 * given as lower-case words without separators; null if the words do not make one number.
 */
export function wordsValue(words: string[]): number | null {
  let total = 0;
  let current = 0;
  let seen = false;
  for (const w of words) {
    if (w === 'and') continue;
    if (w in UNITS_WORDS) current += UNITS_WORDS[w];
    else if (w in TENS_WORDS) current += TENS_WORDS[w];
    else if (w === 'a' || w === 'an') current += 1;
    else if (w === 'dozen') current = (current || 1) * 12;
    else if (w === 'hundred') current = (current || 1) * 100;
    else if (w in SCALE_WORDS) {
      total += (current || 1) * SCALE_WORDS[w];
      current = 0;
    } else return null;
    seen = true;
  }
  return seen ? total + current : null;
}

/** A single written number such as "twenty-five" or "seven"; null if the word is not one. */
export function wordNumber(word: string): number | null {
  return wordsValue(word.toLowerCase().split(/[\s-]+/));
}
