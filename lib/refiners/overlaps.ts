/**
 * Resolves overlapping candidates. Names compete with names (person, organization, place), dates with
 * quantities (a number inside a date is part of the date); quantities may contain names ("2,000 Hizbullah").
 * The longer span wins, then the more confident one.
 */
import type { RecordType } from '../types';
import type { Draft } from '../recognizers/recognizer';

const FAMILY: Record<RecordType, string> = { person: 'name', organization: 'name', place: 'name', date: 'number', quantity: 'number' };
// Within the number family a date beats a quantity it overlaps, whatever their lengths.
const PRIORITY: Record<RecordType, number> = { date: 3, quantity: 2, person: 0, organization: 0, place: 0 };

const overlapping = (a: Draft, b: Draft) => a.start < b.end && b.start < a.end;
// A date strictly inside a longer quantity claim is a misreading ("15 to 22" in "15 to 22 miles per hour").
const insideQuantity = (date: Draft, all: Draft[]) =>
  date.type === 'date' && all.some((q) => q.type === 'quantity' && q.start <= date.start && date.end <= q.end && q.end - q.start > date.end - date.start);

export function resolveOverlaps(input: Draft[]): Draft[] {
  const drafts = input.filter((d) => !insideQuantity(d, input));
  const ranked = [...drafts].sort(
    (a, b) => PRIORITY[b.type] - PRIORITY[a.type] || b.end - b.start - (a.end - a.start) || b.confidence - a.confidence || a.start - b.start,
  );
  const kept: Draft[] = [];
  const byFamily = new Map<string, Draft[]>();
  for (const d of ranked) {
    const family = FAMILY[d.type];
    const others = byFamily.get(family) ?? [];
    if (others.some((o) => overlapping(o, d))) continue;
    // "ET" in "6PM ET" is part of a date, not an organization.
    if (family === 'name' && (byFamily.get('number') ?? []).some((o) => o.type === 'date' && overlapping(o, d))) continue;
    others.push(d);
    byFamily.set(family, others);
    kept.push(d);
  }
  return kept;
}
