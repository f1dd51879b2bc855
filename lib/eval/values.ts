/** How a predicted value is compared with a gold one: dates, quantity numbers, concepts, bounds. */
import type { GoldMention } from './gold';

/** Drops seconds (and fractions) and a zone suffix: `2016-12-04T18:00:00Z` → `2016-12-04T18:00`. */
export function normalizeTimex(value: string): string {
  return value.replace(/(T\d\d:\d\d):\d\d(?:\.\d+)?/, '$1').replace(/(?:Z|[+-]\d\d:?\d\d)$/, '');
}

export function sameDateValue(gold: GoldMention, predicted: unknown): boolean {
  const accepted = [gold.value, ...(gold.alt ?? [])].map((v) => normalizeTimex(String(v)));
  return accepted.includes(normalizeTimex(String(predicted ?? '')));
}

/** Equal up to floating-point noise (relative 1e-9). */
export function closeTo(a: unknown, b: unknown): boolean {
  return typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
}

export interface NumericValue {
  value?: unknown;
  low?: number | null;
  high?: number | null;
}

/** A single gold value matches a predicted value, or a degenerate range around it; a gold range needs both ends. */
export function sameQuantityValue(gold: NumericValue, predicted: NumericValue): boolean {
  if (gold.value != null)
    return closeTo(predicted.value, gold.value) || (closeTo(predicted.low, gold.value) && closeTo(predicted.high, gold.value));
  return closeTo(predicted.low, gold.low) && closeTo(predicted.high, gold.high);
}

export function hasQuantityValue(gold: NumericValue): boolean {
  return gold.value != null || gold.low != null || gold.high != null;
}

/** The last word of a concept, lower-cased, punctuation and a plural `s` dropped: `Syrian army fighters` → `fighter`. */
export function conceptHead(concept: unknown): string {
  const words = String(concept ?? '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .trim()
    .split(/\s+/);
  return (words[words.length - 1] ?? '').replace(/s$/, '');
}

/** The kind of bound compared by the value+bound score: a range counts as exact, its ends carry it. */
export function boundKind(bound: unknown): string {
  return bound == null || bound === 'range' ? 'exact' : String(bound);
}

/** A verb's stem as the shared scorer compares it: last word, lower case, `-ing`/`-ed`/`-es`/`-s`/`-e` dropped. */
export function verbStem(verb: unknown): string {
  const last =
    String(verb ?? '')
      .toLowerCase()
      .trim()
      .split(/\s+/)
      .pop() ?? '';
  return last.replace(/(?:ing|ed|es|s|e)$/, '');
}

/** Whether two spans share at least one character. */
export function spansOverlap(
  a: { start: number; end: number } | null | undefined,
  b: { start: number; end: number } | null | undefined,
): boolean {
  return !!a && !!b && Math.min(a.end, b.end) - Math.max(a.start, b.start) > 0;
}
