/**
 * Resolves overlapping candidates. Names compete with names (person, organization, place), dates with
 * quantities (a number inside a date is part of the date), and a date also beats a name it overlaps ("ET" in
 * "6PM ET"), but a date strictly inside a longer quantity is dropped; quantities may contain names ("2,000 Hizbullah"). Otherwise the longer span wins, then the more
 * confident one.
 */
import type { RecordType } from '../types';
import type { Draft } from '../draft';
import { IntervalSet } from '../text/interval-set';

const FAMILY: Record<RecordType, 'name' | 'number'> = {
  person: 'name',
  organization: 'name',
  place: 'name',
  date: 'number',
  quantity: 'number',
};
const PRIORITY: Record<RecordType, number> = { date: 3, quantity: 2, person: 0, organization: 0, place: 0 };

// A date strictly inside a longer quantity claim is a misreading ("15 to 22" in "15 to 22 miles per hour"), and
// so is a clock time in a duration's span ("for 3min").
// Quantity spans are short, so a window of starts before the date's is enough to look at.
const MAX_QUANTITY_SPAN = 400;
function datesInsideQuantities(drafts: Draft[]): Set<Draft> {
  const quantities = drafts.filter((d) => d.type === 'quantity').sort((a, b) => a.start - b.start);
  const inside = new Set<Draft>();
  let first = 0;
  for (const date of drafts.filter((d) => d.type === 'date').sort((a, b) => a.start - b.start)) {
    while (first < quantities.length && quantities[first].start < date.start - MAX_QUANTITY_SPAN) first++;
    for (let i = first; i < quantities.length && quantities[i].start <= date.start; i++) {
      const q = quantities[i];
      // A hedged duration claim ("nearly two months") keeps the DURATION drawn inside it ("[two months] after").
      const sameDuration = date.type === 'date' && date.timexType === 'DURATION' && q.kind === 'duration';
      if (date.end <= q.end && q.end - q.start > date.end - date.start && !sameDuration) inside.add(date);
      // "for 3min", "45 mins": a duration read as a clock time (12:03) is the duration.
      else if (date.end <= q.end && date.type === 'date' && date.timexType === 'TIME' && q.kind === 'duration') inside.add(date);
    }
  }
  return inside;
}

export function resolveOverlaps(input: Draft[]): Draft[] {
  const misread = datesInsideQuantities(input);
  const drafts = misread.size ? input.filter((d) => !misread.has(d)) : input;
  const ranked = [...drafts].sort(
    (a, b) =>
      PRIORITY[b.type] - PRIORITY[a.type] || b.end - b.start - (a.end - a.start) || b.confidence - a.confidence || a.start - b.start,
  );
  const kept: Draft[] = [];
  const families = { name: new IntervalSet(), number: new IntervalSet() };
  const dates = new IntervalSet();
  // A duration is both a date (TIMEX3 DURATION or, repeated, SET) and a quantity claim of kind `duration` ("15
  // years", "every 3 years"), and a frequency both a SET and a rate ("four times per week"): the two records stand
  // side by side. They are placed last, so that they never displace a date or another quantity.
  const notDurations = new IntervalSet();
  for (const d of ranked) {
    if (isDurationQuantity(d)) continue;
    const family = FAMILY[d.type];
    if (families[family].overlaps(d.start, d.end)) continue;
    if (family === 'name' && dates.overlaps(d.start, d.end)) continue;
    families[family].add(d.start, d.end);
    if (d.type === 'date') dates.add(d.start, d.end);
    if (family === 'number' && !(d.type === 'date' && (d.timexType === 'DURATION' || d.timexType === 'SET')))
      notDurations.add(d.start, d.end);
    kept.push(d);
  }
  for (const d of ranked) {
    if (!isDurationQuantity(d) || notDurations.overlaps(d.start, d.end)) continue;
    notDurations.add(d.start, d.end);
    kept.push(d);
  }
  return kept;
}

/** Quantities that stand beside the date they overlap: a duration, and a frequency beside its SET ("four times per week"). */
const isDurationQuantity = (d: Draft) => d.type === 'quantity' && (d.kind === 'duration' || (d.kind === 'ratio' && d.unit === 'times'));
