/** Words of time, as data. */

/** Duration unit word → TIMEX3 duration letter (P6W, P90D, P10Y). */
export const DURATION_UNITS: Record<string, { letter: string; factor: number; time?: boolean }> = {
  second: { letter: 'S', factor: 1, time: true }, minute: { letter: 'M', factor: 1, time: true },
  hour: { letter: 'H', factor: 1, time: true }, day: { letter: 'D', factor: 1 }, week: { letter: 'W', factor: 1 },
  fortnight: { letter: 'W', factor: 2 }, month: { letter: 'M', factor: 1 }, year: { letter: 'Y', factor: 1 },
  decade: { letter: 'Y', factor: 10 }, century: { letter: 'Y', factor: 100 },
};

/** Prepositions TimeML leaves outside a date's span. */
export const LEADING_PREPOSITIONS = ['on', 'in', 'at', 'by', 'from', 'since', 'until', 'till', 'during', 'of', 'for', 'as of'];
