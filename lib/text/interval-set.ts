/** A set of non-overlapping [start, end) intervals with a logarithmic overlap test. */

/** Non-overlapping intervals kept sorted by start, so one neighbour tells whether a new one overlaps. */
export class IntervalSet {
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
