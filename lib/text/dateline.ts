/**
 * The document's own date: a full day-month-year date in its first lines (a dateline or byline such as
 * "Global Research, December 06, 2016"). Used as the reference date when the caller gives none.
 */
import * as chrono from 'chrono-node';

const HEAD_CHARS = 600;

export function findDateline(text: string): Date | null {
  const head = text.slice(0, HEAD_CHARS);
  for (const r of chrono.strict.parse(head, new Date(Date.UTC(2000, 0, 1)))) {
    const c = r.start;
    if (c.isCertain('year') && c.isCertain('month') && c.isCertain('day')) {
      return new Date(Date.UTC(c.get('year')!, c.get('month')! - 1, c.get('day')!));
    }
  }
  return null;
}
