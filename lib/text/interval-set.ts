/**
 * A set of [start, end) intervals with a constant-time overlap test for short intervals: each interval is filed
 * under every fixed-size bucket of text it touches, so a test looks only at its neighbours. Insertion order does
 * not matter, which keeps greedy selection (best candidate first, anywhere in the text) linear in the text size.
 */
const BUCKET = 256;

export class IntervalSet {
  private buckets = new Map<number, number[]>();

  overlaps(start: number, end: number): boolean {
    for (let b = Math.floor(start / BUCKET); b <= Math.floor((end - 1) / BUCKET); b++) {
      const list = this.buckets.get(b);
      if (!list) continue;
      for (let i = 0; i < list.length; i += 2) if (list[i] < end && start < list[i + 1]) return true;
    }
    return false;
  }

  add(start: number, end: number): void {
    for (let b = Math.floor(start / BUCKET); b <= Math.floor((end - 1) / BUCKET); b++) {
      const list = this.buckets.get(b);
      if (list) list.push(start, end);
      else this.buckets.set(b, [start, end]);
    }
  }
}
