/**
 * Segments that attribution never crosses: the items of a news round-up (split by `- - - -`, `* * *` or
 * `====` lines), a headline (a first line without a full stop, set off by a blank line), and a dateline
 * (`LONDON, March 3 (Reuters) -`), which starts the story's body.
 */
import type { PreparedText } from '../../text/prepare';

/** A line of three or more dashes, stars, equals signs or underscores, spaced or not. */
const SEPARATOR_LINE = /^[ \t]*(?:[-–—*=_~•][ \t]*){3,}$/gm;
/** A dateline at the start of a line: a place in capitals, maybe a date and an agency, then a dash. */
const DATELINE = /^[ \t]*[A-Z][A-Z.'’-]+(?:[ ,][A-Z][A-Za-z.'’-]+){0,4},?[^\n]{0,40}?(?:\([A-Za-z ]+\))?[ \t]+[-–—][ \t]/gm;
/** A headline: the first line, without a sentence-final mark, then a blank line. */
const HEADLINE = /^[ \t]*[^\n]{3,200}?[^.!?:;"”\n][ \t]*\n[ \t\r]*\n/;

const cache = new WeakMap<PreparedText, number[]>();

/** The offsets where segments start, in order (0 first). */
export function segmentStarts(text: string): number[] {
  const starts = new Set<number>([0]);
  for (const re of [SEPARATOR_LINE, DATELINE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      starts.add(m.index);
      if (re === SEPARATOR_LINE) starts.add(m.index + m[0].length);
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  const headline = HEADLINE.exec(text);
  if (headline) starts.add(headline[0].length);
  return [...starts].sort((a, b) => a - b);
}

/** The index of the segment that holds `offset`. */
export function segmentOf(prep: PreparedText, offset: number): number {
  let starts = cache.get(prep);
  if (!starts) {
    starts = segmentStarts(prep.text);
    cache.set(prep, starts);
  }
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
