/**
 * Numbers as news writes them: digits with separators, words, scales, fractions, vague plurals, and ranges
 * with a shared scale (`4-5,000`). Works on the prepared text; returns spans and values, nothing about units.
 */
import { FRACTION_WORDS, SCALE_WORDS, TENS_WORDS, UNITS_WORDS, VAGUE_PLURALS, wordNumber } from '../../lexicon/numbers';

export interface NumberSpan {
  start: number;
  end: number;
  value: number | null;
  low: number;
  high: number;
  /** `dozens of` and similar give a lower bound; a range gives a range. */
  bound: 'exact' | 'lower' | 'range';
  /** Written in words (`seven`) rather than digits. */
  words: boolean;
}

const UNIT_WORD = Object.keys(UNITS_WORDS).join('|');
const TENS_WORD = Object.keys(TENS_WORDS).join('|');
const WORD_NUMBER = `(?:(?:${TENS_WORD})(?:-(?:${UNIT_WORD}))?|${UNIT_WORD})`;
const SCALE = '(?:hundred|thousand|million|billion|trillion)';
const DIGITS = String.raw`(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)`;
const SCALE_SUFFIX = '(?:bn|mn|mln|tn|m|k|b)';

// One written number: "21,000", "1.2 million", "twenty-five", "a hundred", "4 hundred million", "$5bn" (the "5bn").
const SIMPLE = new RegExp(
  `(?:(${DIGITS})(?:(?:\\s+|-)?(${SCALE_SUFFIX})(?![A-Za-z]))?|(${WORD_NUMBER})(?![a-z])|(?:(a|an|one)(?=\\s+(?:${SCALE}|dozen))))` +
    `((?:[\\s-]+(?:${SCALE}|dozen))*)`,
  'iy',
);
const VAGUE = new RegExp(`(?:(dozens|scores|hundreds|thousands|millions|billions|tens)(?:\\s+of\\s+(thousands|millions|billions))?|(hundred|thousand|million)-(thousands|millions))\\b`, 'iy');
const FRACTION = new RegExp(`(?:(a|one|two|three|four|five|seven|nine)[-\\s](half|halves|thirds?|quarters?|fourths?|fifths?|sixths?|eighths?|tenths?)|(half))\\b`, 'iy');

function scaleOf(words: string): number {
  let f = 1;
  for (const w of words.toLowerCase().split(/[\s-]+/)) if (w) f *= w === 'dozen' ? 12 : SCALE_WORDS[w] ?? 1;
  return f;
}

function simpleAt(text: string, pos: number): NumberSpan | null {
  SIMPLE.lastIndex = pos;
  const m = SIMPLE.exec(text);
  if (!m || m[0].length === 0) return null;
  let value: number;
  let words = false;
  if (m[1] != null) {
    value = Number(m[1].replace(/,/g, ''));
    if (m[2]) {
      const suffix = m[2].toLowerCase();
      // A bare "m" or "b" after a number is a unit (metres) unless a currency stands before it.
      if ((suffix === 'm' || suffix === 'b' || suffix === 'k') && !/[$£€¥]\s*$/.test(text.slice(Math.max(0, pos - 3), pos))) {
        const end = pos + m[1].length;
        return { start: pos, end, value, low: value, high: value, bound: 'exact', words: false };
      }
      value *= SCALE_WORDS[suffix];
    }
  } else if (m[3] != null) {
    value = wordNumber(m[3]) ?? NaN;
    words = true;
  } else {
    value = 1;
    words = true;
  }
  if (Number.isNaN(value)) return null;
  // Trailing separators belong to the sentence, not the number.
  let end = pos + m[0].length;
  value *= scaleOf(m[5] ?? '');
  while (end > pos && /[\s-]/.test(text[end - 1])) end--;
  return { start: pos, end, value, low: value, high: value, bound: 'exact', words };
}

function vagueAt(text: string, pos: number): NumberSpan | null {
  VAGUE.lastIndex = pos;
  const m = VAGUE.exec(text);
  if (!m) return null;
  const base = m[1] ? VAGUE_PLURALS[m[1].toLowerCase()] * (m[2] ? VAGUE_PLURALS[m[2].toLowerCase()] : 1) : SCALE_WORDS[m[3].toLowerCase()] * VAGUE_PLURALS[m[4].toLowerCase()];
  return { start: pos, end: pos + m[0].length, value: base, low: base, high: base, bound: 'lower', words: true };
}

function fractionAt(text: string, pos: number): NumberSpan | null {
  FRACTION.lastIndex = pos;
  const m = FRACTION.exec(text);
  if (!m) return null;
  const n = m[1] ? (m[1].toLowerCase() === 'a' ? 1 : UNITS_WORDS[m[1].toLowerCase()]) : 1;
  const value = n * FRACTION_WORDS[(m[2] ?? m[3]).toLowerCase()];
  return { start: pos, end: pos + m[0].length, value, low: value, high: value, bound: 'exact', words: true };
}

const RANGE_JOIN = /\s*(?:-|–|—|to|and)\s*/iy;

/** `4-5,000` means 4,000 to 5,000: the low end borrows the high end's thousands when it is far too small. */
function sharedScale(low: number, high: number, lowText: string, highText: string): number {
  if (/[a-z]/i.test(lowText) || /\./.test(lowText)) return low;
  for (const f of [1e9, 1e6, 1e3]) if (high >= f && low < 1000 && high % f === 0 && low * f <= high && low * f * 10 > high && /,\d{3}$|\s*(thousand|million|billion)$/i.test(highText)) return low * f;
  return low;
}

/** The number (or range of numbers) that starts exactly at `pos`, or null. */
export function numberAt(text: string, pos: number): NumberSpan | null {
  const first = vagueAt(text, pos) ?? fractionAt(text, pos) ?? simpleAt(text, pos);
  if (!first || first.bound !== 'exact') return first;
  RANGE_JOIN.lastIndex = first.end;
  const join = RANGE_JOIN.exec(text);
  if (join) {
    const joinWord = join[0].trim().toLowerCase();
    const between = /\bbetween\s+$/i.test(text.slice(Math.max(0, pos - 8), pos));
    if (joinWord !== 'and' || between) {
      const second = simpleAt(text, first.end + join[0].length);
      // Only digits join with a bare hyphen ("3-5"); words need "to" ("three to five").
      if (second && second.value != null && first.value != null && (joinWord !== '-' || !first.words) && !/^\d{4}$/.test(text.slice(first.start, first.end))) {
        const low = sharedScale(first.value, second.value, text.slice(first.start, first.end), text.slice(second.start, second.end));
        if (low < second.value) return { start: first.start, end: second.end, value: null, low, high: second.value, bound: 'range', words: first.words };
      }
    }
  }
  return first;
}

const START = new RegExp(`\\d|\\.\\d|\\b(?:a|an|one|half|dozens|scores|hundreds|thousands|millions|billions|tens|hundred|thousand|million|${WORD_NUMBER})\\b`, 'gi');

/** Every number in the text, left to right, not overlapping. */
export function findNumbers(text: string): NumberSpan[] {
  const out: NumberSpan[] = [];
  START.lastIndex = 0;
  for (let m = START.exec(text); m; m = START.exec(text)) {
    // Inside a word or a longer number ("MI6", "3.5" when we are at "5"): skip.
    const before = m.index > 0 ? text[m.index - 1] : ' ';
    if (/[\p{L}\d]/u.test(before) || (/[.,]/.test(before) && /\d/.test(text[m.index - 2] ?? ''))) continue;
    const n = numberAt(text, m.index);
    if (!n) continue;
    // "a" and "an" alone are articles, not numbers.
    if (n.words && /^(?:a|an|one)$/i.test(text.slice(n.start, n.end)) && !/^(?:one)$/i.test(text.slice(n.start, n.end))) continue;
    if (n.value === null && n.bound !== 'range') continue;
    out.push(n);
    START.lastIndex = Math.max(n.end, m.index + 1);
  }
  return out;
}
