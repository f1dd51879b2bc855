/**
 * What a figure allows: the interval of true values under which the figure would still be fair, given how it is
 * written. Two figures conflict when their intervals cannot both hold. The reading is deliberately generous:
 * news figures are rounded, and "20,000" against "at least 21,000" is not a dispute.
 */
import type { Bound } from '../types';

export interface Interval {
  low: number;
  high: number;
}

/** An exact figure stands for values within half its rounding step ("20,000" is 15,000–25,000 rounded to 10,000)... */
const ROUNDING_SHARE = 0.5;
/** ...but never more than this share of its value either way ("20,000" allows 18,000–22,000). */
const MAX_ROUNDING = 0.1;
/** "About", "some", "nearly", "an estimated": this share of the value either way, at least. */
const APPROX_SHARE = 0.15;

/**
 * Modifiers that state the edge of the source's own estimate ("could be as low as 20,000", "as many as 300"): the
 * source says this value is likely enough to name, so it is read as an approximate figure, not as a floor or a cap.
 */
export const ESTIMATE_EDGE_MODIFIERS = new Set(['as low as', 'as few as', 'as many as', 'as much as', 'as high as']);

/** The rounding step a number is written to: 20,000 → 10,000; 21,500 → 100; 4.25 → 0.01; 7 → 1. */
export function roundingStep(n: number): number {
  const a = Math.abs(n);
  if (a === 0) return 1;
  if (!Number.isInteger(a)) {
    const decimals = (String(a).split('.')[1] ?? '').length;
    return 10 ** -Math.min(decimals, 12);
  }
  let step = 1;
  while (a % (step * 10) === 0) step *= 10;
  return step;
}

/** How far either way an exact figure `n` reaches. */
function tolerance(n: number): number {
  return Math.min(roundingStep(n) * ROUNDING_SHARE, Math.abs(n) * MAX_ROUNDING);
}

/** How the figure is read: its bound, with estimate-edge modifiers read as approximate. */
export function readingBound(bound: Bound, modifier: string | null): Bound {
  if (modifier && ESTIMATE_EDGE_MODIFIERS.has(modifier.toLowerCase().replace(/\s+/g, ' ').trim())) return 'approx';
  return bound;
}

/** The interval of true values a figure allows; null when it has no number at all. */
export function readFigure(f: { value: number | null; low: number | null; high: number | null; bound: Bound }): Interval | null {
  const { value, bound } = f;
  const low = f.low ?? value;
  const high = f.high ?? value;
  if (low === null && high === null) return null;
  switch (bound) {
    case 'lower':
      return { low: low! - tolerance(low!), high: Number.POSITIVE_INFINITY };
    case 'upper':
      return { low: Number.NEGATIVE_INFINITY, high: high! + tolerance(high!) };
    case 'approx': {
      const v = value ?? low ?? high!;
      const reach = Math.max(tolerance(v), Math.abs(v) * APPROX_SHARE);
      return { low: v - reach, high: v + reach };
    }
    default:
      return {
        low: low === null ? Number.NEGATIVE_INFINITY : low - tolerance(low),
        high: high === null ? Number.POSITIVE_INFINITY : high + tolerance(high),
      };
  }
}

/** The values every interval allows, or null when they cannot all hold (the figures conflict). */
export function intersect(intervals: readonly Interval[]): Interval | null {
  let low = Number.NEGATIVE_INFINITY;
  let high = Number.POSITIVE_INFINITY;
  for (const i of intervals) {
    low = Math.max(low, i.low);
    high = Math.min(high, i.high);
  }
  return intervals.length && low <= high ? { low, high } : null;
}
