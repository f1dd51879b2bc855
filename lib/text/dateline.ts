/**
 * The document's own date, read from its header, not from any early date:
 * - a line that is a date and little else (`October 27, 2008`, `Tuesday 3 May 2016, 10:42 GMT`);
 * - a byline or source line (`Global Research, December 06, 2016`, `By Ana Ruiz | Updated April 2, 2015`):
 *   the words beside the date are names (capitalised) or byline words (by, published, updated, posted, ...);
 * - a wire opening: a place in capitals, the date, and a dash or colon (`LAGOS, June 4, 2011 - Officials ...`).
 * A short line near the top with a date and a few other words is only a guess (`dateline-guess`); a date inside
 * running prose ("The war began on 24 February 2022.") is never taken.
 */
import { strict } from './chrono-en';

const HEAD_CHARS = 600;
/** A dateline or byline line: the date and at most a few words (a source, a name, a time). */
const MAX_LINE_CHARS = 90;
/** Words a byline holds beside names and the date. */
const BYLINE_WORDS =
  /^(?:by|and|on|at|in|of|the|published|updated|posted|last|modified|first|filed|issued|released|am|pm|a\.m\.|p\.m\.|gmt|utc|est|edt|cet|et|local|time|staff|reporter|correspondent|writer|editor|news|wire|report|from|via|with|dateline)$/i;
/** A wire opening: capitals (a place, an agency in brackets) and punctuation, then the date, then a dash or colon. */
const WIRE_PREFIX = /^\s*[A-Z][A-Z .'’-]*(?:,\s*[A-Z][\p{L} .'’-]*)?(?:\s*\([\p{L} .&-]+\))?\s*[,:–—-]?\s*$/u;
const WIRE_AFTER = /^\s*(?:\([^)]*\)\s*)?[-–—:_]/;
/** How many words beside the date a short top line may hold and still be a guess. */
const GUESS_WORDS = 4;
/**
 * What a date's text must hold to count (its year written out): a line without it holds no such date, so chrono is
 * not run on it. On a head without a year, chrono's strict parsers are then never run at all: their first parse
 * (compiling their patterns) took 0.06-0.07 s of a first call.
 */
const WRITTEN_YEAR = /\d{4}|'\d\d\b/;
const MAY_HOLD_YEAR = /\d{4}|'\d\d/;

export type DatelineKind = 'dateline' | 'dateline-guess';

function fullDates(piece: string): { index: number; end: number; date: Date }[] {
  const out: { index: number; end: number; date: Date }[] = [];
  // The date's text is a piece of the line: without MAY_HOLD_YEAR in the line, WRITTEN_YEAR matches none.
  if (!MAY_HOLD_YEAR.test(piece)) return out;
  for (const r of strict.parse(piece, new Date(Date.UTC(2000, 0, 1)))) {
    const c = r.start;
    // chrono marks a weekday's resolved year as certain; a dateline writes its year out.
    if (c.isCertain('year') && c.isCertain('month') && c.isCertain('day') && WRITTEN_YEAR.test(r.text))
      out.push({
        index: r.index,
        end: r.index + r.text.length,
        date: new Date(Date.UTC(c.get('year')!, c.get('month')! - 1, c.get('day')!)),
      });
  }
  return out;
}

/** The words of a line outside [start, end). */
function wordsBeside(line: string, start: number, end: number): string[] {
  return `${line.slice(0, start)} ${line.slice(end)}`.split(/[\s,|/·•()[\]]+/).filter((w) => /\p{L}/u.test(w));
}

/** The kind of header a line with a date at [start, end) is, or null when the date sits in prose. */
function headerKind(line: string, start: number, end: number, topLine: boolean): DatelineKind | null {
  if (WIRE_PREFIX.test(line.slice(0, start)) && WIRE_AFTER.test(line.slice(end))) return 'dateline';
  if (line.trim().length > MAX_LINE_CHARS) return null;
  const words = wordsBeside(line, start, end);
  const bylike = (w: string) => BYLINE_WORDS.test(w.replace(/[:.]$/, '')) || /^[\p{Lu}\d]/u.test(w);
  if (words.every(bylike)) return 'dateline';
  // A sentence ends in a full stop after lower-case words; a header line does not.
  const prose = /[a-z]\s*[.!?]["”’]?\s*$/.test(line.trim()) || words.filter((w) => !bylike(w)).length > GUESS_WORDS;
  return topLine && !prose ? 'dateline-guess' : null;
}

/** The document's date and how sure the reading is, or null when its head shows none. */
export function detectDateline(text: string): { date: Date; kind: DatelineKind } | null {
  const head = text.slice(0, HEAD_CHARS);
  let guess: { date: Date; kind: DatelineKind } | null = null;
  let lineNo = 0;
  for (const line of head.split('\n')) {
    if (!line.trim()) continue;
    for (const found of fullDates(line)) {
      const kind = headerKind(line, found.index, found.end, lineNo < 3);
      if (kind === 'dateline') return { date: found.date, kind };
      if (kind && !guess) guess = { date: found.date, kind };
    }
    lineNo++;
  }
  return guess;
}

/** The document's date when its header shows one for sure. */
export function findDateline(text: string): Date | null {
  const found = detectDateline(text);
  return found?.kind === 'dateline' ? found.date : null;
}
