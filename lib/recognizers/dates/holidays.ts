/**
 * Holidays and named days (`Christmas`, `New Year's Day`, `Easter`, `Thanksgiving`, `Election Day`): the day that
 * year, from a table of rules (`lib/lexicon/holidays.ts`) with Easter computed. The year is the one written
 * (`Christmas 2012`), else the direction (`last Christmas`, the tense), else the nearest occurrence.
 */
import { HOLIDAYS, type HolidayRule } from '../../lexicon/holidays';
import { tokenAt } from '../../text/prepare';
import { dateDraft, type DateContext, type DateDraft, type DateFamily } from './context';
import { extendLeft } from './spans';
import { addDays, formatDay, weekdayOf, type Day, type Direction } from './timex';

/** A name that starts with a capital, the rest in any case (`Christmas`, `CHRISTMAS DAY`, `Christmas day`). */
function capitalisedName(name: string): string {
  return name
    .replace(/\p{L}/gu, (c, at) => (at === 0 ? c.toUpperCase() : `[${c}${c.toUpperCase()}]`))
    .replace(/[.]/g, '\\.')
    .replace(/'/g, "['’]")
    .replace(/ /g, '\\s+');
}
const NAMES = Object.keys(HOLIDAYS)
  .sort((a, b) => b.length - a.length)
  .map(capitalisedName);
// Capitalised as names are; a year may follow ("Christmas 2012", "Easter of 2009"). Case-sensitive on the first
// letter, so the scan only stops at capitals (twice as fast as a case-insensitive one on news text).
const HOLIDAY = new RegExp(`\\b(${NAMES.join('|')})\\b(?:,?\\s+(?:of\\s+)?(\\d{4})\\b)?`, 'g');
// "Christmas tree", "Easter eggs": the name used as a modifier of a thing is not a date.
const TIME_NOUNS = /^(?:day|eve|morning|afternoon|evening|night|weekend|holiday|holidays|break|week|period|season)$/i;

/** Western Easter Sunday (the anonymous Gregorian computus). */
export function easterSunday(year: number): Day {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

/** The day a rule gives in a year. */
export function holidayIn(rule: HolidayRule, year: number): Day {
  if ('fixed' in rule) return { year, month: rule.fixed[0], day: rule.fixed[1] };
  if ('easter' in rule) return addDays(easterSunday(year), rule.easter);
  if ('weekdayAfter' in rule) {
    const [weekday, month, day] = rule.weekdayAfter;
    const from: Day = { year, month, day };
    return addDays(from, (weekday - weekdayOf(from) + 7) % 7);
  }
  const [n, weekday, month] = rule.nth;
  if (n > 0) {
    const first: Day = { year, month, day: 1 };
    return addDays(first, ((weekday - weekdayOf(first) + 7) % 7) + 7 * (n - 1));
  }
  const last = addDays({ year: month === 12 ? year + 1 : year, month: (month % 12) + 1, day: 1 }, -1);
  return addDays(last, -((weekdayOf(last) - weekday + 7) % 7));
}

const before = (a: Day, b: Day) => formatDay(a) < formatDay(b);

/** The occurrence of a holiday the direction points at, from the reference day. */
function occurrence(rule: HolidayRule, ref: Day, dir: Direction, strict: boolean): Day {
  const now = holidayIn(rule, ref.year);
  const prev = holidayIn(rule, ref.year - 1);
  const next = holidayIn(rule, ref.year + 1);
  const same = formatDay(now) === formatDay(ref);
  if (dir === 'this') return now;
  if (dir === 'past') return before(now, ref) || (same && !strict) ? now : prev;
  if (dir === 'future') return before(ref, now) || (same && !strict) ? now : next;
  const days = (d: Day) => Math.abs(Date.UTC(d.year, d.month - 1, d.day) - Date.UTC(ref.year, ref.month - 1, ref.day));
  return [now, prev, next].reduce((best, d) => (days(d) < days(best) ? d : best));
}

function modifiesThing(ctx: DateContext, end: number): boolean {
  const next = ctx.prep.tokens[tokenAt(ctx.prep, end)];
  return next != null && next.start - end < 3 && next.pos === 'NOUN' && /^[a-z]/.test(next.text) && !TIME_NOUNS.test(next.text);
}

export const holidayDates: DateFamily = (ctx) => {
  const out: DateDraft[] = [];
  for (const m of ctx.text.matchAll(HOLIDAY)) {
    const s = m.index!;
    const e = s + m[0].length;
    if (!m[2] && modifiesThing(ctx, e)) continue;
    const rule = HOLIDAYS[m[1].toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ')];
    if (!rule) continue;
    const ext = extendLeft(ctx.text, s);
    let day: Day | null = null;
    if (m[2]) day = holidayIn(rule, Number(m[2]));
    else if (ctx.ref) day = occurrence(rule, ctx.ref, ext.direction ?? ctx.tense(s, e), ext.direction != null);
    out.push(dateDraft(ctx, ext.start, e, { value: day ? formatDay(day) : null, timexType: 'DATE' }, 'date/holiday', 0.8));
  }
  return out;
};
