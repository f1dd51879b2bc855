/**
 * TIMEX3 values and calendar arithmetic, all in UTC calendar days (the reference date is a day, not an instant).
 */
import { DURATION_UNITS, TIME_ZONES, YEARS_PER_UNIT } from '../../lexicon/time-words';

/** A calendar day. `month` is 1-based. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

/** Which way an expression without a year points from the reference date. */
export type Direction = 'past' | 'future' | 'this' | null;

export const pad = (n: number, w = 2): string => String(Math.trunc(n)).padStart(w, '0');

export const dayOf = (d: Date): Day => ({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
const toDate = (d: Day): Date => new Date(Date.UTC(d.year, d.month - 1, d.day));

export const formatDay = (d: Day): string => `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
export const formatMonth = (year: number, month: number): string => `${pad(year, 4)}-${pad(month)}`;

export function addDays(d: Day, n: number): Day {
  return dayOf(new Date(toDate(d).getTime() + n * 86400000));
}

export function addMonths(year: number, month: number, n: number): { year: number; month: number } {
  const i = year * 12 + (month - 1) + n;
  return { year: Math.floor(i / 12), month: (i % 12) + 1 };
}

/** 0 = Sunday ... 6 = Saturday. */
export const weekdayOf = (d: Day): number => toDate(d).getUTCDay();

/** ISO 8601 week of a day: `2013-W12`. */
export function isoWeek(d: Day): string {
  const date = toDate(d);
  const dow = date.getUTCDay() || 7;
  const thursday = new Date(date.getTime() + (4 - dow) * 86400000);
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((thursday.getTime() - yearStart) / 86400000 + 1) / 7);
  return `${thursday.getUTCFullYear()}-W${pad(week)}`;
}

/** How many months nearer a coming month must be than the past one to be read, when nothing says which. */
const PAST_LEAN_MONTHS = 2;

/** The year of a month written without one: the past or future occurrence, or the nearest one when unknown. */
export function yearOfMonth(ref: Day, month: number, dir: Direction, strict = false): number {
  if (dir === 'this') return ref.year;
  if (dir === 'past') return month < ref.month || (month === ref.month && !strict) ? ref.year : ref.year - 1;
  if (dir === 'future') return month > ref.month || (month === ref.month && !strict) ? ref.year : ref.year + 1;
  // Nearest occurrence, leaning to the past (news reports what happened): the coming one only when it is more than
  // two months nearer (March, written in October with no cue, is the March gone).
  const back = (ref.month - month + 12) % 12;
  const ahead = (month - ref.month + 12) % 12;
  return back <= ahead + PAST_LEAN_MONTHS ? (month <= ref.month ? ref.year : ref.year - 1) : month >= ref.month ? ref.year : ref.year + 1;
}

/** How far a tense cue may be overruled: a month-day this many days the other way is read there instead. */
const NEAR_DAYS = 45;

/**
 * A date without a year that a tense cue would send almost a year away, while it lies just the other way of the
 * reference day: "was extended to Nov. 16" written on Oct. 30, "told of a cut in September" written in August. A
 * writer who meant the one eleven months back would give its year; the near one is taken (`day` null: a month
 * alone, which must be the next or previous month).
 */
export function nearAgainstCue(ref: Day, month: number, day: number | null, dir: Direction): boolean {
  if (dir !== 'past' && dir !== 'future') return false;
  const sign = dir === 'past' ? 1 : -1; // the other way from the cue
  if (day == null) return addMonths(ref.year, ref.month, sign).month === month;
  for (const year of [ref.year - 1, ref.year, ref.year + 1]) {
    const days = (toDate({ year, month, day }).getTime() - toDate(ref).getTime()) / 86400000;
    if (days * sign > 0 && days * sign <= NEAR_DAYS) return true;
  }
  return false;
}

/** The day of a weekday written alone (0 = Sunday): the past or future occurrence, or the nearest one. */
export function dayOfWeekday(ref: Day, weekday: number, dir: Direction, strict = false): Day {
  const back = (weekdayOf(ref) - weekday + 7) % 7;
  const ahead = (weekday - weekdayOf(ref) + 7) % 7;
  if (dir === 'past') return addDays(ref, -(back === 0 && strict ? 7 : back));
  if (dir === 'future') return addDays(ref, ahead === 0 && strict ? 7 : ahead);
  if (dir === 'this') return addDays(ref, ahead);
  // No cue: news reports what happened, so the past one unless the weekday is tomorrow.
  return addDays(ref, ahead === 1 && back > 1 ? ahead : -back);
}

/** `P6W`, `PT24H`, `P10Y`, `PXM` (amount unknown), `P2.5Y`. */
export function durationValue(amount: number | null, unit: string): string {
  const u = DURATION_UNITS[unit];
  if (!u) return 'PX';
  let letter = u.letter;
  let qty: number | null = amount == null ? null : amount * u.factor;
  // A known number of decades or centuries is written in years (`a decade` → P10Y).
  if (qty != null && unit in YEARS_PER_UNIT) {
    qty *= YEARS_PER_UNIT[unit];
    letter = 'Y';
  }
  if (qty != null && letter === 'Q') {
    qty *= 3;
    letter = 'M';
  }
  const q = qty == null ? 'X' : String(Math.round(qty * 1000) / 1000);
  return u.time ? `PT${q}${letter}` : `P${q}${letter}`;
}

/** `Z` for UTC, else `+01:00` / `-05:00`. */
export function formatOffset(minutes: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const m = Math.abs(minutes);
  return `${sign}${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
}

/** US daylight time: second Sunday of March to first Sunday of November. */
function usDaylight(d: Day): boolean {
  const nthSunday = (month: number, n: number) => {
    const first = weekdayOf({ year: d.year, month, day: 1 });
    return 1 + ((7 - first) % 7) + (n - 1) * 7;
  };
  const start = nthSunday(3, 2);
  const end = nthSunday(11, 1);
  const x = d.month * 100 + d.day;
  return x >= 300 + start && x < 1100 + end;
}

/** The offset of a named zone on a day (`ET` is -05:00 in winter, -04:00 in summer); null when unknown. */
export function zoneOffset(zone: string, d: Day): number | null {
  const z = TIME_ZONES[zone.toUpperCase()];
  if (!z) return null;
  return z.usDst && z.daylight != null && usDaylight(d) ? z.daylight : z.standard;
}
