/**
 * The record contract. Every public type lives here and is re-exported by `lib/index.ts`.
 *
 * Offsets are UTF-16 code-unit indices into the caller's original string, `end` exclusive:
 * `input.slice(record.start, record.end) === record.text` always holds.
 */

export const RECORD_TYPES = ['person', 'organization', 'place', 'date', 'quantity'] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

/** A piece of the input: its text and where it stands. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

interface BaseRecord extends Span {
  type: RecordType;
  /** Index of the sentence (0-based, in document order) that holds the record's start. */
  sentence: number;
  /** How sure the rule that produced the record is, 0..1. */
  confidence: number;
  /** The rule that produced the record, e.g. `date/chrono`, `quantity/number`, `place/gazetteer`. */
  source: string;
}

interface NamedRecord extends BaseRecord {
  /** The clean surface form: markup, possessive `'s` and line breaks removed. */
  name: string;
  /** Mentions of one entity share a cluster id (`person-1`, `organization-3`, ...). */
  cluster: string;
}

export interface PersonRecord extends NamedRecord {
  type: 'person';
  /** A title or role written next to the name: `President`, `Secretary of State`, `Dr.`. */
  title?: string;
  /** An age written next to the name (`36-year-old Amina Rwein`). */
  age?: number;
}

export interface OrganizationRecord extends NamedRecord {
  type: 'organization';
  /** The acronym, when the text defines one (`Islamic State (IS)`) or the name is one. */
  acronym?: string;
}

export type PlaceKind = 'country' | 'city' | 'region' | 'continent' | 'place';

export interface PlaceRecord extends NamedRecord {
  type: 'place';
  kind?: PlaceKind;
  /** ISO 3166-1 alpha-2 code of the country the place is in (or is). */
  countryCode?: string;
  latitude?: number;
  longitude?: number;
  geonameId?: number;
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface DateRecord extends BaseRecord {
  type: 'date';
  /**
   * TIMEX3-style value at the granularity the text gives: `2016-12-06`, `2016-12`, `2016`, `2016-W49`,
   * `2016-12-04T18:00`, `P6W`, `PRESENT_REF`, `PAST_REF`; null when it cannot be resolved
   * (a relative date with no reference date).
   */
  value: string | null;
  timexType: TimexType;
  /** A resolved interval for ranges and anchored durations (ISO dates or date-times). */
  from?: string;
  to?: string;
}

export type Bound = 'exact' | 'approx' | 'lower' | 'upper' | 'range';
export type QuantityKind = 'count' | 'percent' | 'money' | 'measure' | 'age' | 'duration' | 'ratio';

export interface QuantityRecord extends BaseRecord {
  type: 'quantity';
  /** The number after scale words (`1.2 million` → 1200000); null for a range. */
  value: number | null;
  /** For a range the two ends; otherwise both equal `value`. */
  low: number | null;
  high: number | null;
  /** How sure the source is: `About 500` approx, `21,000+` lower, `up to 10` upper, `4-5,000` range. */
  bound: Bound;
  /** The hedge or bound word as written (`About`, `more than`, `+`), or null. */
  modifier: string | null;
  kind: QuantityKind;
  /** Normalised unit: `percent`, an ISO currency code (`USD`), `km`, `kg`, `year`, ...; null for plain counts. */
  unit: string | null;
  /** What is counted or measured: `civilians`, `Syrian army fighters`; null when the text does not say. */
  concept: string | null;
  /** Where the concept stands in the input, when it is written there. */
  conceptSpan?: Span;
  /** The denominator of a rate (`3-5 civilians per fighter` → `fighter`, `$58 a barrel` → `barrel`). */
  per: string | null;
  /** A change rather than a level: `rose 5%` up, `fell by 2 points` down. */
  change: 'up' | 'down' | null;
  /** The verb that says what happened to what is counted, as written (`killed`, `were displaced` → `displaced`, `rose`). */
  predicate: string | null;
  /** The predicate's dictionary form (`killed` → `kill`, `rose` → `rise`), for grouping claims across sources. */
  predicateLemma: string | null;
  /** Who says so (`the agency`, `Amina Rwein`, `he`), with its span; null for the writer's own claim. */
  attribution: Attribution | null;
}

/**
 * A claim's source as written. `name` and `cluster` are set when it is (or, for a pronoun or `the agency`,
 * stands for) a person or organization record of the text: `he` → `{name: 'Amina Rwein', cluster: 'person-2'}`.
 */
export interface Attribution extends Span {
  name?: string;
  cluster?: string;
}

export type ExtractRecord = PersonRecord | OrganizationRecord | PlaceRecord | DateRecord | QuantityRecord;

export interface ExtractOptions {
  /** The date relative expressions are resolved against: a Date or an ISO string (`2016-12-05`). */
  referenceDate?: Date | string;
  /** Which record types to extract; all five by default. */
  types?: readonly RecordType[];
}

/**
 * `option`: given by the caller; `dateline`: read from a header pattern (a date line, a byline, a wire opening);
 * `dateline-guess`: a short line near the top with a date, not clearly a header: check it; `none`: no reference.
 */
export type ReferenceDateSource = 'option' | 'dateline' | 'dateline-guess' | 'none';

export interface ExtractResult {
  /** Records sorted by start (then by end, longer first). */
  records: ExtractRecord[];
  /** The reference date used, as `YYYY-MM-DD`, or null when there was none. */
  referenceDate: string | null;
  /** Where the reference date came from: the caller, the document's own dateline (sure or guessed), or nowhere. */
  referenceDateSource: ReferenceDateSource;
}

/** Thrown for invalid arguments to the library (a non-string text, an unknown type, a bad date). */
export class ExtractError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExtractError';
  }
}
