/**
 * Ranges and from–to changes, joined from two single quantities once their units are known:
 * `3-5`, `4-5,000` (4,000–5,000: the low end borrows the high end's thousands), `10 to 20`, `between 10 and 20`,
 * `$200,000 to $414 million`, `1 per cent to 1.5 per cent`, `1 to 2 thousand` (a shared scale word),
 * `three or four years`, and `from 4.8 to 4.7 percent` (a change: both levels, and its direction).
 */
import type { QuantityKind } from '../../types';
import type { NumberSpan } from './number';

/** A number with its currency and unit attached: what ranges are joined from. */
export interface Piece {
  n: NumberSpan;
  start: number;
  end: number;
  value: number | null;
  low: number;
  high: number;
  unit: string | null;
  kind: QuantityKind;
  /** A written currency or unit (not inherited). */
  hasUnit: boolean;
  range: boolean;
  /** Set for `from A to B`: the direction from A to B. */
  change: 'up' | 'down' | null;
}

const CONNECTOR = /^\s{0,2}(-|–|—|to|through|thru|and|or)\s{0,2}$/i;
// "one out of three Germans", "1 in 4 adults": a share, read as a fraction.
const SHARE = /^\s{1,2}(?:out\s+of|in)\s{1,2}$/i;
const BETWEEN_BEFORE = /\bbetween\s{1,2}$/i;
const FROM_BEFORE = /\bfrom\s{1,2}(?:(?:about|around|roughly|some|nearly|almost|just|over|under)\s{1,2})?$/i;
const BY_BEFORE = /\bby\s{1,2}(?:(?:about|around|roughly|some|nearly|almost|just|over|more than)\s{1,2})?$/i;
const YEAR = /^(?:1[89]|20|21)\d\d$/;

/** `4-5,000`: a small low end written without its thousands borrows them from a grouped high end. */
function sharedScale(a: Piece, b: Piece, textA: string): number {
  const low = a.value!;
  const high = b.value!;
  if (a.n.words || a.n.scale !== 1 || a.n.grouped || /\./.test(textA)) return low;
  // "1 to 2 thousand", "$89 to $93 billion": a scale word or suffix on the high end only.
  if (b.n.scale > 1 && low < high / b.n.scale) return low * b.n.scale;
  if (b.n.grouped && low < 1000)
    for (const f of [1e9, 1e6, 1e3]) if (low * f <= high && high < low * f * 10 && high % f === 0) return low * f;
  return low;
}

function unitsAgree(a: Piece, b: Piece): boolean {
  if (!a.hasUnit || !b.hasUnit) return true;
  return a.unit === b.unit;
}

/** Joins neighbouring pieces into ranges; pieces that are not joined come back unchanged. */
export function joinRanges(text: string, pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const a = pieces[i];
    const b = pieces[i + 1];
    const joined = b ? joinPair(text, a, b) : null;
    if (joined) {
      out.push(joined);
      i++;
    } else out.push(a);
  }
  return out;
}

function joinPair(text: string, a: Piece, b: Piece): Piece | null {
  if (a.range || b.range || a.value === null || b.value === null || a.n.vague || b.n.vague) return null;
  if (SHARE.test(text.slice(a.end, b.start)) && !a.hasUnit && !b.hasUnit && a.value > 0 && a.value < b.value && b.value <= 1000) {
    const share = a.value / b.value;
    return { ...a, n: { ...a.n, end: b.n.end }, end: b.end, value: share, low: share, high: share, kind: 'ratio', change: null };
  }
  const gap = CONNECTOR.exec(text.slice(a.end, b.start));
  if (!gap || !unitsAgree(a, b)) return null;
  const word = gap[1].toLowerCase();
  const before = text.slice(Math.max(0, a.start - 24), a.start);
  const from = FROM_BEFORE.test(before) && word === 'to';
  if (word === 'and' && !BETWEEN_BEFORE.test(before)) return null;
  // "increased by $43.6 billion to $419.2 billion": an amount of change, then the new level; but "rise by 1 to
  // 1.5 degrees", a bare low end near a high end with the unit, is a range of change.
  const changeRange = !a.hasUnit && b.hasUnit && a.value > 0 && b.value > a.value && b.value < a.value * 10;
  if (BY_BEFORE.test(before) && !changeRange) return null;
  if (word === 'or' && (a.hasUnit || !(b.value > a.value) || b.value > a.value * 10)) return null;
  const textA = text.slice(a.n.start, a.n.end);
  const textB = text.slice(b.n.start, b.n.end);
  // Only digits join with a bare dash ("3-5"), and not years ("2014-2017", "2019-20"), nor a sign ("5 -3").
  if (/^[-–—]$/.test(word)) {
    if (a.n.words || b.n.words || (YEAR.test(textA) && a.n.plain && /^\d{2}(?:\d{2})?$/.test(textB))) return null;
    if (/\s/.test(gap[0]) && !/\s$/.test(gap[0])) return null;
  }
  const low = sharedScale(a, b, textA);
  const high = b.value;
  if (!from && !(low < high)) return null;
  const unit = b.hasUnit ? b.unit : a.unit;
  const kind = b.hasUnit ? b.kind : a.kind;
  return {
    n: { ...a.n, end: b.n.end },
    start: a.start,
    end: b.end,
    value: null,
    low: Math.min(low, high),
    high: Math.max(low, high),
    unit,
    kind,
    hasUnit: a.hasUnit || b.hasUnit,
    range: true,
    change: from ? (high > low ? 'up' : high < low ? 'down' : null) : null,
  };
}
