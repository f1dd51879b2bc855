/** Units around a number: a currency before it (`$5bn`, `US$ 3`, `RM23.50`), unit words and symbols after it (`60%`, `5 km`, `50 euros`). */
import { escapeRegExp } from '../../text/regexp';
import type { QuantityKind } from '../../types';
import { ATTACHED_ONLY_UNITS, CURRENCY_SYMBOLS, CURRENCY_WORDS, UNIT_WORDS } from '../../lexicon/quantity-words';

export interface UnitMatch {
  unit: string;
  kind: QuantityKind;
  start: number;
  end: number;
}

const byLength = (a: string, b: string) => b.length - a.length;

const SYMBOLS = Object.keys(CURRENCY_SYMBOLS).sort(byLength);
// Letter codes need a word boundary before them ("RM23", not "FORM23"); "PS" must touch the digits.
const CURRENCY_BEFORE = new RegExp(`(?:^|[^\\p{L}$])(${SYMBOLS.map(escapeRegExp).join('|')})(\\s?)$`, 'u');

export function currencyBefore(text: string, numberStart: number): UnitMatch | null {
  const m = CURRENCY_BEFORE.exec(text.slice(Math.max(0, numberStart - 7), numberStart));
  if (!m) return null;
  const sym = m[1];
  if (sym === 'PS' && m[2]) return null;
  return { unit: CURRENCY_SYMBOLS[sym], kind: 'money', start: numberStart - m[1].length - m[2].length, end: numberStart };
}

const AFTER_WORDS: Record<string, { unit: string; kind: QuantityKind }> = { ...UNIT_WORDS };
for (const [w, code] of Object.entries(CURRENCY_WORDS)) AFTER_WORDS[w] = { unit: code, kind: 'money' };
const AFTER_KEYS = Object.keys(AFTER_WORDS).sort(byLength);
// Not a model name ("two Mi-17 helicopters").
const UNIT_AFTER = new RegExp(`^(\\s{0,2}|-)(${AFTER_KEYS.map(escapeRegExp).join('|')})(?![\\p{L}\\d]|-\\d)`, 'iu');
// "pounds" is money after a large or scaled amount ("20 million pounds"), weight otherwise ("208 pounds").
/** A single line break inside a sentence, and a unit word that may stand after one (lower case, 3+ letters). */
const SOFT_WRAP = /^[ \t]?\n$/;
const WRAPPED_UNIT = /^\p{Ll}{3,}/u;
const STERLING_AFTER = /^\s+sterling\b/i;

/** The unit written right after a number that ends at `numberEnd`; `value` helps read ambiguous units. */
export function unitAfter(text: string, numberEnd: number, value: number | null = null): UnitMatch | null {
  const m = UNIT_AFTER.exec(text.slice(numberEnd, numberEnd + 40));
  if (!m) return null;
  const [whole, gap, written] = m;
  const word = written.toLowerCase().replace(/\s+/g, ' ');
  if (!AFTER_WORDS[word]) return null;
  if (ATTACHED_ONLY_UNITS.has(word) && gap !== '') return null;
  // A new line is not a unit ("... 4\nIn 2017", "5\nC."), unless a hard-wrapped line goes on with a unit word:
  // "grow by five\npct".
  if (/\n/.test(gap) && !(SOFT_WRAP.test(gap) && WRAPPED_UNIT.test(written))) return null;
  let { unit, kind } = AFTER_WORDS[word];
  const start = numberEnd + gap.length;
  let end = numberEnd + whole.length;
  if (/^pounds?$/.test(word)) {
    const sterling = STERLING_AFTER.exec(text.slice(end, end + 12));
    if (sterling || (value !== null && Math.abs(value) >= 1e5)) {
      unit = 'GBP';
      kind = 'money';
      if (sterling) end += sterling[0].length;
    }
  }
  return { unit, kind, start, end };
}
