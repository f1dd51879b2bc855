/**
 * Anaphoric dates: "a year earlier", "the same day", "the following month", "that year", "the quarter", "the
 * year-ago period" take their value from the last anchored date before them in the text, not from the reference
 * date. Families mark such drafts with `ctx.anaphoric(draft, resolve)`; once overlaps are settled, `resolveAnaphora`
 * walks the dates in order and calls each resolver with the last calendar value seen.
 */
import type { DateDraft } from './context';
import { addDays, addMonths, formatDay, formatMonth, isoWeek, pad, type Day } from './timex';

/** A calendar value as written in a TIMEX3: `1989`, `1989-10`, `1989-10-26`, `1989-Q3`, `1989-H2`, `1989-SU`, `1989-W43`. */
const CALENDAR = /^(\d{4})(?:-(?:(\d\d)(?:-(\d\d))?|Q([1-4])|H([12])|(SP|SU|FA|WI)|W(\d\d)))?$/;

export interface Anchor {
  value: string;
  year: number;
  month?: number;
  day?: number;
  quarter?: number;
  half?: number;
  season?: string;
  week?: number;
  /** Written relative to the reference date (`last year`), not as a calendar date (`1988`). */
  relative?: boolean;
  /** Read in a past-tense clause ("reported fourth-quarter earnings"): a period that is over, even a fiscal one. */
  past?: boolean;
}

export function anchorOf(value: string | null): Anchor | null {
  const m = value ? CALENDAR.exec(value.slice(0, 10)) : null;
  if (!m) return null;
  const n = (s: string | undefined) => (s == null ? undefined : Number(s));
  return { value: value!, year: Number(m[1]), month: n(m[2]), day: n(m[3]), quarter: n(m[4]), half: n(m[5]), season: m[6], week: n(m[7]) };
}

/** What resolves an anaphoric date: the last anchor before it (or null), and the reference day (or null). */
export type Resolver = (last: Anchor | null, ref: Day | null) => string | null;

export type TimeUnit = 'day' | 'week' | 'month' | 'quarter' | 'year';

/**
 * The anchor moved by `n` units, at the anchor's own granularity ("a year earlier" than 1989-Q3 is 1988-Q3, than
 * 1989-11-02 is 1988-11-02); null when the unit is finer than the anchor (a week before "1989").
 */
export function shiftAnchor(a: Anchor, n: number, unit: TimeUnit): string | null {
  const months = unit === 'year' ? 12 * n : unit === 'quarter' ? 3 * n : unit === 'month' ? n : null;
  if (a.day != null && a.month != null) {
    const d: Day = { year: a.year, month: a.month, day: a.day };
    if (months == null) return formatDay(addDays(d, n * (unit === 'week' ? 7 : 1)));
    const m = addMonths(a.year, a.month, months);
    const monthLength = new Date(Date.UTC(m.year, m.month, 0)).getUTCDate();
    return formatDay({ year: m.year, month: m.month, day: Math.min(a.day, monthLength) });
  }
  if (months == null) {
    if (a.week != null && unit === 'week') return isoWeek(addDays(mondayOfWeek(a.year, a.week), 7 * n));
    return null;
  }
  if (a.month != null) {
    const m = addMonths(a.year, a.month, months);
    return formatMonth(m.year, m.month);
  }
  if (a.quarter != null && months % 3 === 0) {
    const q = a.year * 4 + a.quarter - 1 + months / 3;
    return `${pad(Math.floor(q / 4), 4)}-Q${(q % 4) + 1}`;
  }
  if (months % 12 !== 0) return null;
  const year = pad(a.year + months / 12, 4);
  if (a.half != null) return `${year}-H${a.half}`;
  if (a.season != null) return `${year}-${a.season}`;
  if (a.quarter != null) return `${year}-Q${a.quarter}`;
  return year;
}

/** The anchor at a unit's granularity ("1995-05-22" as a year is 1995, as a week 1995-W21); null when coarser. */
export function anchorAtUnit(a: Anchor, unit: TimeUnit): Anchor | null {
  if (unit === 'year') return anchorOf(pad(a.year, 4));
  if (unit === 'quarter') {
    const quarter = a.quarter ?? (a.month != null ? Math.floor((a.month - 1) / 3) + 1 : null);
    return quarter == null ? null : anchorOf(`${pad(a.year, 4)}-Q${quarter}`);
  }
  if (unit === 'month') return a.month == null ? null : anchorOf(formatMonth(a.year, a.month));
  if (a.day == null || a.month == null) return unit === 'week' && a.week != null ? a : null;
  const day: Day = { year: a.year, month: a.month, day: a.day };
  return anchorOf(unit === 'week' ? isoWeek(day) : formatDay(day));
}

/**
 * "the following month", "the previous year", "that week", "the same day": the last anchored date at the unit's
 * granularity, moved by `n`; without one, `fallback` (read from the reference date).
 */
export function unitAfterAnchor(n: number, unit: TimeUnit, fallback: string | null): Resolver {
  return (last) => {
    const at = last ? anchorAtUnit(last, unit) : null;
    return at ? (n === 0 ? at.value : shiftAnchor(at, n, unit)) : fallback;
  };
}

function mondayOfWeek(year: number, week: number): Day {
  const jan4: Day = { year, month: 1, day: 4 };
  const dow = new Date(Date.UTC(year, 0, 4)).getUTCDay() || 7;
  return addDays(jan4, 1 - dow + 7 * (week - 1));
}

/**
 * Fills the value of every anaphoric draft, in text order, from the last calendar value before it. Dates written
 * out anchor, and the anaphoric ones in `anchoring` that name the period the text is about ("the latest
 * quarter"); a moved one does not: "a year earlier" than the quarter does not become the quarter the text is about.
 */
export function resolveAnaphora(
  drafts: DateDraft[],
  resolvers: Map<DateDraft, Resolver>,
  ref: Day | null,
  anchoring: Set<DateDraft> = new Set(),
): void {
  let last: Anchor | null = null;
  for (const d of drafts) {
    const resolve = resolvers.get(d);
    if (resolve) {
      const before = d.value;
      d.value = resolve(last, ref);
      if (last && d.value && d.value !== before) d.source += '+anaphora';
      const anchor = anchoring.has(d) ? anchorOf(d.value) : null;
      if (anchor) last = anchor;
    } else if (d.timexType === 'DATE' || d.timexType === 'TIME') {
      const anchor = anchorOf(d.value);
      if (anchor) last = { ...anchor, relative: d.source.startsWith('date/relative'), past: d.source.includes('+past:') };
    }
  }
}
