/**
 * The parts of a claim group's key, each a small pure function: what is counted (the concept's head lemma through
 * the equivalence table), what happened (the predicate's class), where (a place in the sentence, or the dateline)
 * and when (a date in the sentence, or the document's date, in buckets of a chosen size).
 */
import type { DateRecord, PlaceKind, PlaceRecord, QuantityRecord } from '../types';
import type { EquivalenceIndex } from './equivalents';
import { conceptHead } from './group';
import { wordLemma } from './lemma';

/** Concept heads that say "how many" but not of what (`the total`, `the number`): they take the antecedent's concept. */
export const AGGREGATE_HEADS = new Set(['total', 'number', 'figure', 'tally', 'count', 'sum', 'estimate', 'amount']);

export interface ConceptKey {
  /** The group key of what is counted (`civilian`, `fighter`), or null when the figure does not say. */
  key: string | null;
  /** The predicate class the concept itself implies (`40 deaths` → `deaths`). */
  impliedPredicate: string | null;
}

/** What a figure counts, as a group key. */
export function conceptKey(concept: string | null, index: EquivalenceIndex): ConceptKey {
  if (!concept?.trim()) return { key: null, impliedPredicate: null };
  const head = conceptHead(concept);
  if (!head || AGGREGATE_HEADS.has(head)) return { key: null, impliedPredicate: null };
  const event = index.events.get(head);
  if (event) return { key: index.concept.get(event.concept) ?? event.concept, impliedPredicate: event.predicate };
  return { key: index.concept.get(head) ?? head, impliedPredicate: null };
}

/** A predicate's lemma: the verb's infinitive (`were killed` → `kill`, `fled` → `flee`), else the word itself. */
export function predicateLemma(predicate: string): string {
  return wordLemma(predicate.trim().toLowerCase().split(/\s+/).pop() ?? '', 'Verb');
}

/** What happened, as a class (`deaths`, `displacement`), or the lemma itself when no class lists it. */
export function predicateClass(q: QuantityRecord & { predicateLemma?: string | null }, index: EquivalenceIndex): string | null {
  const written = q.predicateLemma ?? q.predicate;
  if (!written?.trim()) return null;
  const phrase = written.trim().toLowerCase().replace(/\s+/g, ' ');
  const direct = index.predicate.get(phrase) ?? index.predicate.get(phrase.split(' ').pop()!);
  if (direct) return direct;
  const lemma = predicateLemma(phrase);
  return index.predicate.get(lemma) ?? lemma;
}

/** A place name as a key: case, hyphens and a leading "the" folded (`East-Aleppo`, `east Aleppo` → `east aleppo`). */
export const placeKey = (name: string) =>
  name
    .toLowerCase()
    .replace(/[-‐–\s]+/g, ' ')
    .replace(/^the /, '')
    .trim();

/** Smaller places first: a claim about "east Aleppo, Syria" is about east Aleppo. */
const SPECIFICITY: Record<PlaceKind, number> = { place: 0, city: 0, region: 1, country: 2, continent: 3 };

/** The place a claim speaks of: the most specific place in its sentence, the nearest of those. */
export function sentencePlace(q: QuantityRecord, places: readonly PlaceRecord[]): PlaceRecord | null {
  let best: PlaceRecord | null = null;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const p of places) {
    if (p.sentence !== q.sentence) continue;
    const distance = p.start >= q.end ? p.start - q.end : Math.max(0, q.start - p.end);
    const score = SPECIFICITY[p.kind ?? 'place'] * 10_000 + distance;
    if (score < bestScore) {
      best = p;
      bestScore = score;
    }
  }
  return best;
}

/** After a place that opens a line, what a dateline has: `, March 3`, `(Reuters)`, a dash or a colon. */
const DATELINE_TAIL = /^(?:,\s*[A-Z][\w.' -]{0,30}?)?\s*(?:,|\(|—|–|-|:)/;
const DATELINE_CHARS = 800;

/** The dateline's place ("PORT CALDER, March 14 —"): a place that opens a line near the top, followed by a dateline tail. */
export function datelinePlace(text: string, places: readonly PlaceRecord[]): PlaceRecord | null {
  for (const p of places) {
    if (p.start > DATELINE_CHARS) break;
    const opensLine = p.start === 0 || text[p.start - 1] === '\n';
    if (opensLine && DATELINE_TAIL.test(text.slice(p.end, p.end + 60))) return p;
  }
  return null;
}

export const DATE_GRANULARITIES = ['day', 'week', 'month', 'year'] as const;
export type DateGranularity = (typeof DATE_GRANULARITIES)[number];

const DAY = /^(\d{4})-(\d\d)-(\d\d)/;
const MONTH = /^(\d{4})-(\d\d)(?!-W)/;
const YEAR = /^(\d{4})/;

/** ISO 8601 week of a day: `2031-03-14` → `2031-W11`. */
function isoWeek(y: number, m: number, d: number): string {
  const date = new Date(Date.UTC(y, m - 1, d));
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((date.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${date.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/**
 * A date value in its bucket: `2031-03-14` by month is `2031-03`. A value coarser than the bucket stays as coarse
 * as it is (`2031` by day is `2031`); values that are not calendar dates (`PRESENT_REF`, `P6W`) have no bucket.
 */
export function dateBucket(value: string | null | undefined, granularity: DateGranularity): string | null {
  if (!value) return null;
  const day = DAY.exec(value);
  if (day) {
    if (granularity === 'day') return day[0];
    if (granularity === 'week') return isoWeek(+day[1], +day[2], +day[3]);
  }
  if (/^\d{4}-W\d\d/.test(value) && granularity !== 'month' && granularity !== 'year') return value.slice(0, 8);
  const month = MONTH.exec(value);
  if (month && granularity !== 'year') return month[0];
  return YEAR.exec(value)?.[1] ?? null;
}

/** The calendar date in the claim's sentence nearest to it. */
export function sentenceDate(q: QuantityRecord, dates: readonly DateRecord[]): DateRecord | null {
  let best: DateRecord | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const d of dates) {
    if (d.sentence !== q.sentence || d.timexType !== 'DATE' || !d.value || !YEAR.test(d.value)) continue;
    const distance = d.start >= q.end ? d.start - q.end : Math.max(0, q.start - d.end);
    if (distance < bestDistance) {
      best = d;
      bestDistance = distance;
    }
  }
  return best;
}
