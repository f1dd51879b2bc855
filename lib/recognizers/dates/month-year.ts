/**
 * "January this year", "June last year", "March 3 next year": a month (or a day) with no year of its own, followed by
 * a year named relative to the reference, is one date (TimeML marks it whole), in the year the second part says.
 */
import type { DateDraft } from './context';

const RELATIVE_YEAR = /^(?:this|last|next)\s+year$/i;
// A month or a day of one, with no year written: its value is YYYY-MM or YYYY-MM-DD.
const MONTH_VALUE = /^\d{4}(-\d\d(?:-\d\d)?)$/;
const YEAR_WRITTEN = /\d{4}|['’]\d\d\b/;
const BETWEEN = /^,?\s+$/;

/** Joins each month followed by `this/last/next year` into one record; `kept` is sorted by start. */
export function joinMonthAndRelativeYear(kept: DateDraft[], text: string): DateDraft[] {
  const out: DateDraft[] = [];
  for (let i = 0; i < kept.length; i++) {
    const month = kept[i];
    const year = kept[i + 1];
    const tail = month.value ? MONTH_VALUE.exec(month.value) : null;
    if (
      year &&
      tail &&
      year.value &&
      /^\d{4}$/.test(year.value) &&
      RELATIVE_YEAR.test(year.text) &&
      !YEAR_WRITTEN.test(month.text) &&
      BETWEEN.test(text.slice(month.end, year.start))
    ) {
      out.push({ ...month, end: year.end, text: text.slice(month.start, year.end), value: year.value + tail[1] });
      i++;
      continue;
    }
    out.push(month);
  }
  return out;
}

// "March and June 2024", "from May to July 2023", "March or April 2024": the first month is written short.
const COORDINATED = /^,?\s+(?:and|or|to|through|until|till)\s+$|^\s*[-–]\s*$/i;
const MONTH_OF_YEAR = /^(\d{4})-(\d\d)(?:-\d\d)?$/;

/**
 * A month (or a day of one) with no year written, joined by "and", "or", "to" or a dash to a date whose year is
 * written, shares that year (the year before, when its month comes later: "November to February 2024").
 * `kept` is sorted by start; values are changed in place.
 */
export function shareWrittenYear(kept: DateDraft[], text: string): void {
  for (let i = 0; i + 1 < kept.length; i++) {
    const first = kept[i];
    const second = kept[i + 1];
    const a = first.value ? MONTH_OF_YEAR.exec(first.value) : null;
    const b = second.value ? MONTH_OF_YEAR.exec(second.value) : null;
    if (!a || !b || YEAR_WRITTEN.test(first.text) || !YEAR_WRITTEN.test(second.text)) continue;
    if (!COORDINATED.test(text.slice(first.end, second.start))) continue;
    const year = Number(b[1]) - (Number(a[2]) > Number(b[2]) ? 1 : 0);
    first.value = String(year).padStart(4, '0') + first.value!.slice(4);
  }
}
