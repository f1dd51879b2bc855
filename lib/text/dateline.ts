/**
 * The document's own date: a full day-month-year date in its first lines, on a short line of its own (a dateline
 * or byline such as "Global Research, December 06, 2016"), else one at the very start of the text. Used as the
 * reference date when the caller gives none.
 */
import { strict } from './chrono-en';

const HEAD_CHARS = 600;
/** A dateline or byline line: the date and at most a few words (a source, a name, a time). */
const MAX_LINE_CHARS = 90;
/** A date opening the text, after nothing but capitals or punctuation ("WASHINGTON, March 3, 2014 — Officials said"). */
const OPENING_CHARS = 120;
const OPENING_PREFIX = /^[^a-z]*$/;

function fullDates(piece: string): { index: number; date: Date }[] {
  const out: { index: number; date: Date }[] = [];
  for (const r of strict.parse(piece, new Date(Date.UTC(2000, 0, 1)))) {
    const c = r.start;
    // chrono marks a weekday's resolved year as certain; a dateline writes its year out.
    if (c.isCertain('year') && c.isCertain('month') && c.isCertain('day') && /\d{4}|'\d\d\b/.test(r.text))
      out.push({ index: r.index, date: new Date(Date.UTC(c.get('year')!, c.get('month')! - 1, c.get('day')!)) });
  }
  return out;
}

export function findDateline(text: string): Date | null {
  const head = text.slice(0, HEAD_CHARS);
  let lineStart = 0;
  let opening: Date | null = null;
  for (const line of head.split('\n')) {
    const found = fullDates(line);
    if (found.length && line.trim().length <= MAX_LINE_CHARS) return found[0].date;
    const prefix = line.slice(0, found[0]?.index ?? 0);
    if (!opening && found.length && lineStart + found[0].index < OPENING_CHARS && OPENING_PREFIX.test(prefix)) opening = found[0].date;
    lineStart += line.length + 1;
  }
  return opening;
}
