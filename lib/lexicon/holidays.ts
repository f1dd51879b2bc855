/** Named days, as data: how each falls in a year. The logic is in `lib/recognizers/dates/holidays.ts`. */

export type HolidayRule =
  /** The same day every year. */
  | { fixed: [month: number, day: number] }
  /** The nth weekday of a month (0 = Sunday; n = -1 for the last one): Thanksgiving is the 4th Thursday of November. */
  | { nth: [n: number, weekday: number, month: number] }
  /** Days after (or before) Western Easter Sunday. */
  | { easter: number }
  /** The first weekday on or after a day: US Election Day is the Tuesday after the first Monday of November. */
  | { weekdayAfter: [weekday: number, month: number, day: number] };

/** Name (lower case, as written) → rule. Names whose date differs by country (Independence Day, Labour Day) are left out. */
export const HOLIDAYS: Record<string, HolidayRule> = {
  "new year's day": { fixed: [1, 1] },
  "new year's eve": { fixed: [12, 31] },
  'christmas day': { fixed: [12, 25] },
  christmas: { fixed: [12, 25] },
  'christmas eve': { fixed: [12, 24] },
  'boxing day': { fixed: [12, 26] },
  "valentine's day": { fixed: [2, 14] },
  "st. patrick's day": { fixed: [3, 17] },
  "st patrick's day": { fixed: [3, 17] },
  halloween: { fixed: [10, 31] },
  'bastille day': { fixed: [7, 14] },
  "international women's day": { fixed: [3, 8] },
  'may day': { fixed: [5, 1] },
  'armistice day': { fixed: [11, 11] },
  'veterans day': { fixed: [11, 11] },
  'remembrance day': { fixed: [11, 11] },
  thanksgiving: { nth: [4, 4, 11] },
  'thanksgiving day': { nth: [4, 4, 11] },
  'memorial day': { nth: [-1, 1, 5] },
  'martin luther king day': { nth: [3, 1, 1] },
  "presidents' day": { nth: [3, 1, 2] },
  "mother's day": { nth: [2, 0, 5] },
  "father's day": { nth: [3, 0, 6] },
  'election day': { weekdayAfter: [2, 11, 2] },
  easter: { easter: 0 },
  'easter sunday': { easter: 0 },
  'easter monday': { easter: 1 },
  'good friday': { easter: -2 },
  'palm sunday': { easter: -7 },
  'ash wednesday': { easter: -46 },
  pentecost: { easter: 49 },
};
