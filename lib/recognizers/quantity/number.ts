/**
 * Numbers as news writes them: digits with separators and decimals, fractions, words (`twenty-five`,
 * `three hundred and twelve`), scales (`1.2 million`, `5bn`, `4 hundred million`), vague plurals (`dozens`,
 * `hundreds of thousands`) and negatives (`minus 5`, `-1.3`). One number at a time: ranges are joined later
 * (range.ts), once units are known. Nothing here knows about units, except that a currency before `5m` makes
 * the `m` mean million.
 * Every quantifier is bounded, so no pattern backtracks badly on long runs of digits or separators.
 */
import {
  COUNT_NOUNS,
  FRACTION_CHARS,
  FRACTION_WORDS,
  SCALE_SUFFIXES,
  SCALE_WORDS,
  TENS_WORDS,
  UNITS_WORDS,
  VAGUE_PLURALS,
  wordsValue,
} from '../../lexicon/numbers';

export interface NumberSpan {
  start: number;
  end: number;
  /** The number, scale applied; null for a vague amount (see low/high). */
  value: number | null;
  low: number;
  high: number;
  /** Written in words (`seven`) rather than digits. */
  words: boolean;
  /** The factor a scale word or suffix applied (`1.2 million` → 1e6), 1 when none. */
  scale: number;
  /** A vague plural (`dozens`, `hundreds of thousands`): an order of magnitude. */
  vague: boolean;
  /** Bare digits: no separators, decimals, sign or scale. Years, codes and model numbers look like this. */
  plain: boolean;
  /** Thousands separators written (`5,000`). */
  grouped: boolean;
}

const FRACTION_CHAR = Object.keys(FRACTION_CHARS).join('');
const DIGITS = String.raw`(?:\d{1,3}(?:,\d{3}){1,6}(?!\d)|\d{1,16})(?:\.\d{1,12})?|\.\d{1,12}`;
const SCALE_WORD = Object.keys(SCALE_WORDS).join('|');
const SUFFIX = Object.keys(SCALE_SUFFIXES)
  .sort((a, b) => b.length - a.length)
  .join('|');
// Digits, then a fraction (`1½`, `1/16`, `2 1/2`) or an exponent (`9.83e-3`, `1.99×10−30`), then a scale.
const NUMERIC = new RegExp(
  `(${DIGITS})(?:\\s{0,2}([${FRACTION_CHAR}])|\\s?[/⁄]\\s?(\\d{1,4})(?![\\d/])|[\\s-](\\d{1,2})[/⁄](\\d{1,2})(?![\\d/])|(?:e|\\s?[x×]\\s?10\\^?)([-−+]?\\d{1,3})(?![\\p{L}\\d]))?` +
    `(?:((?:(?:\\s{1,2}|-)(?:${SCALE_WORD}|dozen)s?(?![\\p{L}])){1,3})|(?:\\s?(bn|mn|mln)|(${SUFFIX}))(?![\\p{L}\\d]))?`,
  'uy',
);
// The British "2.3m voters", "640m euros": a scale letter is a million or a billion before a plural noun.
const SCALE_LETTER_BEFORE_NOUN =
  /^\s{1,2}(?!(?:hurdles|metres|meters|yards|miles|feet|inches|is|was|has|does|as|its|this|plus|minus|less|across|versus)\b)(?:[\p{Ll}][\p{Ll}-]*[^s\W]s|people|men|women|children|police|staff|cattle)(?![\p{L}])/u;
// "three mln barrels", "two bn euros": a scale abbreviation after a number in words.
const WORDS_SCALE_AFTER = /^\s(mln|mn|bn)(?![\p{L}\d])/u;
const VAGUE =
  /(?:(dozens|hundreds|thousands|millions|billions|trillions)|(tens|scores)(?=\s+of\b))(?:\s+of\s+(thousands|millions|billions))?(?![\p{L}-])|(hundred|thousand|million)-(thousands|millions)\b/iuy;
const FRACTION_WORD = Object.keys(FRACTION_WORDS).join('|');
const FRACTION = new RegExp(
  `(?:(a|an|one|two|three|four|five|six|seven|eight|nine)\\s?[-\\s]\\s?(${FRACTION_WORD})|(half|quarter(?=\\s+(?:${SCALE_WORD}))))(?:\\s+(?:an?\\s+)?(${SCALE_WORD}|dozen))?(?![\\p{L}])`,
  'iuy',
);
// A singular fraction word that is also an ordinal (not "half" or "quarter").
const ORDINAL_FRACTION = /^(?!half$|quarter$)[a-z]+(?:th|rd)$/i;
const NUMBER_WORDS = new Set([
  ...Object.keys(UNITS_WORDS),
  ...Object.keys(TENS_WORDS),
  ...Object.keys(SCALE_WORDS),
  ...Object.keys(COUNT_NOUNS),
]);
const WORD = /[A-Za-z]{1,12}/y;
const WORD_GAP = /(?: and |-| )/y;

function numberSpan(start: number, end: number, value: number, extra: Partial<NumberSpan> = {}): NumberSpan {
  return { start, end, value, low: value, high: value, words: false, scale: 1, vague: false, plain: false, grouped: false, ...extra };
}

function digitsAt(text: string, pos: number, money: boolean): NumberSpan | null {
  NUMERIC.lastIndex = pos;
  const m = NUMERIC.exec(text);
  if (!m) return null;
  const [whole, digits, vulgar, denominator, mixedNumerator, mixedDenominator, exponent, scaleWords, spacedSuffix, suffix] = m;
  let value = Number(digits.replace(/,/g, ''));
  let end = pos + whole.length;
  let scale = 1;
  if (vulgar) value += FRACTION_CHARS[vulgar];
  if (mixedNumerator) {
    if (!(+mixedNumerator < +mixedDenominator)) return numberSpan(pos, pos + digits.length, value, { plain: /^\d+$/.test(digits) });
    value += +mixedNumerator / +mixedDenominator;
  }
  if (exponent) value *= 10 ** Number(exponent.replace('−', '-'));
  if (denominator) {
    if (!(Number(denominator) > value) || /[.,]/.test(digits))
      return numberSpan(pos, pos + digits.length, value, { plain: /^\d+$/.test(digits) });
    value /= Number(denominator);
  }
  if (scaleWords)
    for (const w of scaleWords.toLowerCase().split(/[\s-]+/)) if (w) scale *= SCALE_WORDS[w.replace(/s$/, '')] ?? COUNT_NOUNS.dozen;
  const abbreviation = spacedSuffix ?? suffix;
  if (abbreviation) {
    // A lower-case `m` or `b` is a metre or a byte unless money is being counted ("$5m") or a plural noun
    // follows ("2.3m voters", "640m euros", but not "100m hurdles").
    if (/^[mb]$/.test(abbreviation) && !money && !SCALE_LETTER_BEFORE_NOUN.test(text.slice(end, end + 30))) end -= abbreviation.length;
    else scale = SCALE_SUFFIXES[abbreviation] ?? SCALE_SUFFIXES[abbreviation.toLowerCase()];
  }
  const plain = /^\d+$/.test(digits) && !vulgar && !denominator && !mixedNumerator && !exponent && scale === 1;
  return numberSpan(pos, end, value * scale, { scale, plain, grouped: digits.includes(',') });
}

/** `twenty-five`, `a hundred`, `three hundred and twelve`, `two dozen`, `4 hundred` is digitsAt's. */
function wordsAt(text: string, pos: number): NumberSpan | null {
  const words: string[] = [];
  const ends: number[] = [];
  let at = pos;
  for (let i = 0; i < 12; i++) {
    WORD.lastIndex = at;
    const m = WORD.exec(text);
    if (!m || /[\p{L}\d]/u.test(text[WORD.lastIndex] ?? '')) break;
    let w = m[0].toLowerCase();
    const first = words.length === 0;
    if (w === 'dozens' && !first) w = 'dozen';
    const article = first && (w === 'a' || w === 'an');
    if (!NUMBER_WORDS.has(w) && !article) break;
    // "and" only joins "hundred and twelve"; a number word after a unit or tens word starts a new number.
    const prev = words[words.length - 1];
    if (prev && (prev in UNITS_WORDS || prev in TENS_WORDS) && !(w in SCALE_WORDS || w in COUNT_NOUNS)) {
      if (!(prev in TENS_WORDS && w in UNITS_WORDS && UNITS_WORDS[w] < 10 && UNITS_WORDS[w] > 0 && text[at - 1] === '-')) break;
    }
    words.push(w);
    ends.push(WORD.lastIndex);
    WORD_GAP.lastIndex = WORD.lastIndex;
    const gap = WORD_GAP.exec(text);
    if (!gap) break;
    if (gap[0] === ' and ' && !(w === 'hundred' || w in SCALE_WORDS)) break;
    at = WORD_GAP.lastIndex;
  }
  // A lone article is not a number; "a" needs a scale or "dozen" after it.
  while (words.length && (words[words.length - 1] === 'a' || words[words.length - 1] === 'an')) words.pop();
  const end = ends[words.length - 1];
  if (!words.length) return null;
  // "hundred" or "thousand" alone ("several hundred") is vague, not 100.
  if (words.length === 1 && words[0] in SCALE_WORDS) return null;
  if (words[0] === 'a' || words[0] === 'an') {
    if (words.length < 2 || !(words[1] in SCALE_WORDS || words[1] in COUNT_NOUNS)) return null;
  }
  const value = wordsValue(words);
  if (value === null) return null;
  const last = words[words.length - 1];
  const decimals = pointAt(text, end);
  if (decimals) return numberSpan(pos, decimals.end, Number(`${value}.${decimals.digits}`), { words: true });
  const abbreviated = WORDS_SCALE_AFTER.exec(text.slice(end, end + 6));
  if (abbreviated) {
    const scale = SCALE_SUFFIXES[abbreviated[1]];
    return numberSpan(pos, end + abbreviated[0].length, value * scale, { words: true, scale });
  }
  return numberSpan(pos, end, value, { words: true, scale: SCALE_WORDS[last] ?? 1 });
}

const DECIMAL_WORD =
  '(?:zero|one|two|three|four|five|six|seven|eight|nine|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)';
const POINT = new RegExp(`\\s{1,2}point\\s{1,2}(${DECIMAL_WORD}(?:\\s${DECIMAL_WORD}){0,5})(?![\\p{L}-])`, 'iuy');

/** "five point five", "two hundred point seventy-one": the decimals read after "point". */
function pointAt(text: string, pos: number): { end: number; digits: string } | null {
  POINT.lastIndex = pos;
  const m = POINT.exec(text);
  if (!m) return null;
  const digits = m[1]
    .trim()
    .split(/\s+/)
    .map((w) => String(wordsValue(w.toLowerCase().split('-'))))
    .join('');
  return { end: pos + m[0].length, digits };
}

function vagueAt(text: string, pos: number): NumberSpan | null {
  VAGUE.lastIndex = pos;
  const m = VAGUE.exec(text);
  if (!m) return null;
  const base = m[5]
    ? SCALE_WORDS[m[4].toLowerCase()] * VAGUE_PLURALS[m[5].toLowerCase()]
    : VAGUE_PLURALS[(m[1] ?? m[2]).toLowerCase()] * (m[3] ? VAGUE_PLURALS[m[3].toLowerCase()] : 1);
  return { ...numberSpan(pos, pos + m[0].length, base, { words: true, vague: true }), value: null, high: base * 10 };
}

function fractionAt(text: string, pos: number): NumberSpan | null {
  FRACTION.lastIndex = pos;
  const m = FRACTION.exec(text);
  if (!m) return null;
  const count = m[1] ? (/^an?$/i.test(m[1]) ? 1 : UNITS_WORDS[m[1].toLowerCase()]) : 1;
  const fraction = FRACTION_WORDS[(m[2] ?? m[3]).toLowerCase()];
  // "a half" and "one half" are fine, but "two half" is not a fraction.
  if (m[2] && /^halves?$/i.test(m[2]) && count > 1 && !/s$/i.test(m[2])) return null;
  // "a seventh defeat" is an ordinal; "a third of the votes" and "two-thirds" are fractions.
  if (m[2] && ORDINAL_FRACTION.test(m[2]) && !/^\s+of\b/i.test(text.slice(pos + m[0].length, pos + m[0].length + 4))) return null;
  const scale = m[4] ? (m[4].toLowerCase() === 'dozen' ? 12 : SCALE_WORDS[m[4].toLowerCase()]) : 1;
  return numberSpan(pos, pos + m[0].length, count * fraction * scale, { words: true, scale });
}

const NEGATIVE_BEFORE = /(?:\b(?:minus|negative)[\s-]?|(?:^|[\s(:=$£€¥])[-−])$/i;

/** The number that starts exactly at `pos`, or null. `money` says a currency stands right before it. */
export function numberAt(text: string, pos: number, money = false): NumberSpan | null {
  const c = text[pos];
  let n: NumberSpan | null;
  if (/\d/.test(c) || (c === '.' && /\d/.test(text[pos + 1] ?? ''))) n = digitsAt(text, pos, money);
  else if (FRACTION_CHARS[c] !== undefined) {
    n = numberSpan(pos, pos + 1, FRACTION_CHARS[c]);
  } else n = vagueAt(text, pos) ?? fractionAt(text, pos) ?? wordsAt(text, pos);
  if (!n) return null;
  const neg = NEGATIVE_BEFORE.exec(text.slice(Math.max(0, pos - 9), pos));
  if (neg && n.value !== null && (!n.words || /^minus|^negative/i.test(neg[0].trim()))) {
    const sign = neg[0].replace(/^[\s(:=$£€¥]/, '');
    // "3 -5" is not negative five: a number just before the minus makes it a range or an operation.
    if (/[a-z]/i.test(sign) || !/\d\s?$/.test(text.slice(Math.max(0, pos - sign.length - 2), pos - sign.length))) {
      return { ...n, start: pos - sign.length, value: -n.value, low: -n.high, high: -n.low, plain: false };
    }
  }
  return n;
}

const START = new RegExp(
  `\\d|\\.(?=\\d)|[${FRACTION_CHAR}]|\\b(?:an?|half|quarter|dozens|scores|hundreds|thousands|millions|billions|trillions|tens|${[...NUMBER_WORDS].join('|')})\\b`,
  'gi',
);

/** Every number in the text, left to right, not overlapping. `moneyAt(pos)` says a currency stands before pos. */
export function findNumbers(text: string, moneyAt: (pos: number) => boolean = () => false): NumberSpan[] {
  const out: NumberSpan[] = [];
  START.lastIndex = 0;
  for (let m = START.exec(text); m; m = START.exec(text)) {
    // Inside a word or a longer number ("MI6", the "5" of "3.5"): skip.
    const before = m.index > 0 ? text[m.index - 1] : ' ';
    // A currency code may touch the digits ("US$5", "RM23.50", "$A82").
    const money = moneyAt(m.index);
    if ((/[\p{L}\d_]/u.test(before) && !(money && /[A-Z$]/.test(before))) || (/[.,]/.test(before) && /\d/.test(text[m.index - 2] ?? '')))
      continue;
    const n = numberAt(text, m.index, money);
    if (!n) continue;
    out.push(n);
    START.lastIndex = Math.max(n.end, m.index + 1);
  }
  return out;
}
