/**
 * Resolves overlapping candidates. Names compete with names (person, organization, place), dates with
 * quantities (a number inside a date is part of the date), and a date also beats a name it overlaps ("ET" in
 * "6PM ET"); quantities may contain names ("2,000 Hizbullah"). Otherwise the longer span wins, then the more
 * confident one.
 */
import type { RecordType } from '../types';
import type { Draft } from '../recognizers/recognizer';

const FAMILY: Record<RecordType, 'name' | 'number'> = { person: 'name', organization: 'name', place: 'name', date: 'number', quantity: 'number' };
const PRIORITY: Record<RecordType, number> = { date: 3, quantity: 2, person: 0, organization: 0, place: 0 };

/** Non-overlapping intervals kept sorted by start, so one neighbour tells whether a new one overlaps. */
class IntervalSet {
  private starts: number[] = [];
  private ends: number[] = [];

  overlaps(start: number, end: number): boolean {
    const i = this.lastStartBefore(end);
    return i >= 0 && this.ends[i] > start;
  }

  add(start: number, end: number): void {
    const i = this.lastStartBefore(start + 1) + 1;
    this.starts.splice(i, 0, start);
    this.ends.splice(i, 0, end);
  }

  /** Index of the last interval whose start is < `offset`, or -1. */
  private lastStartBefore(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] < offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }
}

export function resolveOverlaps(drafts: Draft[]): Draft[] {
  const ranked = [...drafts].sort(
    (a, b) => PRIORITY[b.type] - PRIORITY[a.type] || b.end - b.start - (a.end - a.start) || b.confidence - a.confidence || a.start - b.start,
  );
  const kept: Draft[] = [];
  const families = { name: new IntervalSet(), number: new IntervalSet() };
  const dates = new IntervalSet();
  for (const d of ranked) {
    const family = FAMILY[d.type];
    if (families[family].overlaps(d.start, d.end)) continue;
    if (family === 'name' && dates.overlaps(d.start, d.end)) continue;
    families[family].add(d.start, d.end);
    if (d.type === 'date') dates.add(d.start, d.end);
    kept.push(d);
  }
  return kept;
}
