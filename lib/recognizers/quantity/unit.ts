/** Units around a number: currency before it (`$5bn`, `US$ 3`), unit words and symbols after it (`60%`, `5 km`). */
import type { QuantityKind } from '../../types';
import { CURRENCY_SYMBOLS, CURRENCY_WORDS, UNIT_WORDS } from '../../lexicon/quantity-words';

export interface UnitMatch {
  unit: string;
  kind: QuantityKind;
  start: number;
  end: number;
}

const CURRENCY_BEFORE = new RegExp(
  `(${Object.keys(CURRENCY_SYMBOLS).sort((a, b) => b.length - a.length).map((s) => s.replace(/[$]/g, '\\$')).join('|')}|\\b(?:USD|EUR|GBP|JPY|CNY|CHF|INR|RUB|TRY|AUD|CAD))\\s?$`,
);

export function currencyBefore(text: string, numberStart: number): UnitMatch | null {
  const m = CURRENCY_BEFORE.exec(text.slice(Math.max(0, numberStart - 5), numberStart));
  if (!m) return null;
  const sym = m[1];
  return { unit: CURRENCY_SYMBOLS[sym] ?? sym.toUpperCase(), kind: 'money', start: numberStart - m[0].length, end: numberStart };
}

const UNIT_KEYS = Object.keys(UNIT_WORDS).sort((a, b) => b.length - a.length);
const UNIT_AFTER = new RegExp(
  `^(?:\\s?(%)|[\\s-]?(${UNIT_KEYS.filter((k) => k !== '%').map((k) => k.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})(?![\\p{L}\\d])|\\s(${Object.keys(CURRENCY_WORDS).join('|')})(?![\\p{L}]))`,
  'iu',
);

export function unitAfter(text: string, numberEnd: number): UnitMatch | null {
  const m = UNIT_AFTER.exec(text.slice(numberEnd, numberEnd + 40));
  if (!m) return null;
  const end = numberEnd + m[0].length;
  if (m[1]) return { unit: 'percent', kind: 'percent', start: end - 1, end };
  if (m[3]) {
    const code = CURRENCY_WORDS[m[3].toLowerCase()];
    return { unit: code, kind: 'money', start: end - m[3].length, end };
  }
  const word = m[2].toLowerCase();
  // One-letter units are too ambiguous unless written right against the number ("5m", "30C").
  if (word.length === 1 && /\s/.test(m[0][0])) return null;
  const u = UNIT_WORDS[word];
  return { unit: u.unit, kind: u.kind, start: end - m[2].length, end };
}
