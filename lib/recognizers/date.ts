/**
 * Dates and times. Each family in `dates/` proposes candidates; where they overlap, the longest span wins
 * (then the more specific family), so `the first quarter of last year` beats `last year`.
 *
 * Families: chrono-node (calendar dates, weekdays, times), years (bare years, ranges, decades, centuries; spoken
 * years such as `nineteen ninety-six`),
 * periods (seasons, quarters, halves), reporting (the quarter, year-ago, fiscal 1989), relative (this week, last month, the day, now, currently, recently),
 * durations (six weeks, the last six weeks), sets (every week, annually), holidays (Christmas, Easter, Election Day). Anaphoric dates (a year earlier, the
 * quarter, the following month) are valued last, from the anchored date before them (`dates/anaphora.ts`).
 */
import type { Recognizer } from '../draft';
import { createContext, type DateDraft, type DateFamily } from './dates/context';
import { chronoDates } from './dates/chrono';
import { yearDates } from './dates/years';
import { spokenYearDates } from './dates/spoken-years';
import { holidayDates } from './dates/holidays';
import { periodDates } from './dates/periods';
import { relativeDates } from './dates/relative';
import { durationDates } from './dates/durations';
import { setDates } from './dates/sets';
import { linkPeriodEnds, reportingDates } from './dates/reporting';
import { IntervalSet } from '../text/interval-set';
import { resolveAnaphora } from './dates/anaphora';
import { joinMonthAndRelativeYear, shareWrittenYear } from './dates/month-year';

/** Families by how specific their reading is: on a tie in length, the earlier one wins. */
const FAMILIES: DateFamily[] = [
  setDates,
  holidayDates,
  periodDates,
  reportingDates,
  relativeDates,
  durationDates,
  yearDates,
  spokenYearDates,
  chronoDates,
];

/** Says in `source` why a date points the way it does, when the tense resolver decided it (`date/chrono+past:said`). */
function addReason(d: DateDraft, reasons: Map<number, string>): void {
  for (let at = d.start; at < d.end; at++) {
    const reason = reasons.get(at);
    if (reason) {
      d.source += `+${reason}`;
      return;
    }
  }
}

export const recognizeDates: Recognizer = (prep, ctx) => {
  const dateCtx = createContext(prep, ctx.referenceDate);
  const candidates: { draft: DateDraft; rank: number }[] = [];
  FAMILIES.forEach((family, rank) => {
    for (const draft of family(dateCtx)) if (draft.end > draft.start) candidates.push({ draft, rank });
  });
  candidates.sort(
    (a, b) => b.draft.end - b.draft.start - (a.draft.end - a.draft.start) || a.rank - b.rank || a.draft.start - b.draft.start,
  );
  const kept: DateDraft[] = [];
  const taken = new IntervalSet();
  for (const { draft } of candidates) {
    if (taken.overlaps(draft.start, draft.end)) continue;
    taken.add(draft.start, draft.end);
    kept.push(draft);
  }
  kept.sort((a, b) => a.start - b.start);
  for (const d of kept) if (d.timexType !== 'SET') addReason(d, dateCtx.reasons); // a set points no way
  shareWrittenYear(kept, prep.original);
  linkPeriodEnds(kept, dateCtx);
  resolveAnaphora(kept, dateCtx.resolvers, dateCtx.ref, dateCtx.anchoring);
  return joinMonthAndRelativeYear(kept, prep.original);
};
