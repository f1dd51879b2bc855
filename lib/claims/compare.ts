/**
 * `compareClaims`: the figures of many documents lined up by what they count, what happened, where and when, with
 * their spread and whether they conflict. A fold: `createClaimComparison().add(doc)` takes one document at a time
 * and keeps only figures and per-group tallies, so a caller can stream any number of documents through it.
 */
import { ExtractError } from '../types';
import { buildEquivalenceIndex, type Equivalents } from './equivalents';
import { type CompareDocument, type ComparedFigure, documentFigures, type KeyedFigure } from './figures';
import { DATE_GRANULARITIES, type DateGranularity } from './keys';

export const COMPARE_KEYS = ['concept', 'predicate', 'place', 'date'] as const;
export type CompareKey = (typeof COMPARE_KEYS)[number];

export interface CompareOptions {
  /** What a group is keyed by; `concept,predicate,place` by default. Kind, unit and rate always match. */
  by?: readonly CompareKey[];
  /** The size of date buckets when grouping by date: `day`, `week`, `month` (default) or `year`. */
  dateGranularity?: DateGranularity;
  /** Groups whose figures come from fewer distinct sources are left out (default 2: a comparison needs two). */
  minSources?: number;
  /** Additions to the equivalence tables (`lib/claims/equivalents.ts`). */
  equivalents?: Equivalents;
  /**
   * Figures listed per group (default 200): memory grows with groups, not documents. The lowest and highest are
   * always kept, and the spread, conflict flag, sources and counts take every figure into account.
   */
  maxFiguresPerGroup?: number;
}

export interface ComparedGroup {
  key: string;
  /** `civilians · deaths · Port Calder · 2031-03`: the parts of the key as written most often. */
  label: string;
  concept: string | null;
  predicate: string | null;
  place: string | null;
  date: string | null;
  kind: ComparedFigure['kind'];
  unit: string | null;
  /** The figures, lowest reading first (at most `maxFiguresPerGroup`; `figureCount` counts them all). */
  figures: ComparedFigure[];
  figureCount: number;
  /** Who says so, each once, in order of first appearance. */
  sources: string[];
  documents: number;
  /** The lowest and highest numbers stated, and how many times the one is the other (null when the lowest is 0 or less). */
  spread: { low: number; high: number; ratio: number | null };
  /** The values every figure allows; null when they conflict. Null ends are open. */
  agreed: { low: number | null; high: number | null } | null;
  /** Whether the figures cannot all be true: no value is allowed by all of them. */
  conflicting: boolean;
}

export interface ClaimComparison {
  /** Adds one document's figures. */
  add(document: CompareDocument): void;
  /** The groups so far, most disputed first: conflicting groups, then by ratio, then by number of sources. */
  groups(): ComparedGroup[];
  /** Documents added, and figures left out because the text does not say what they count. */
  readonly stats: { documents: number; figures: number; unnamed: number };
}

interface Tally {
  first: KeyedFigure;
  figures: ComparedFigure[];
  extremes: { low: ComparedFigure; high: ComparedFigure };
  count: number;
  sources: Map<string, string>;
  /** Documents counted, and the last one seen: a document's figures are folded together, so a change is a new one. */
  documents: number;
  lastDocument: string | null;
  labels: { concept: Map<string, number>; predicate: Map<string, number>; place: Map<string, number> };
  statedLow: number;
  statedHigh: number;
  agreedLow: number;
  agreedHigh: number;
}

function bump(counts: Map<string, number>, word: string | null): void {
  if (word) counts.set(word, (counts.get(word) ?? 0) + 1);
}

/** The most frequent word; on a tie, the first seen. */
const mostCommon = (counts: Map<string, number>): string | null => [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;

function validate(options: CompareOptions): Required<Omit<CompareOptions, 'equivalents'>> & { equivalents?: Equivalents } {
  const by = options.by ?? ['concept', 'predicate', 'place'];
  if (!Array.isArray(by) || !by.length)
    throw new ExtractError('compareClaims: `by` must list at least one of concept, predicate, place, date');
  for (const k of by)
    if (!(COMPARE_KEYS as readonly string[]).includes(k))
      throw new ExtractError(`compareClaims: unknown key "${k}" in \`by\`; choose from ${COMPARE_KEYS.join(', ')}`);
  const dateGranularity = options.dateGranularity ?? 'month';
  if (!DATE_GRANULARITIES.includes(dateGranularity))
    throw new ExtractError(`compareClaims: dateGranularity must be one of ${DATE_GRANULARITIES.join(', ')}`);
  const minSources = options.minSources ?? 2;
  if (!Number.isInteger(minSources) || minSources < 1)
    throw new ExtractError('compareClaims: minSources must be a whole number of at least 1');
  const maxFiguresPerGroup = options.maxFiguresPerGroup ?? 200;
  if (!Number.isInteger(maxFiguresPerGroup) || maxFiguresPerGroup < 2)
    throw new ExtractError('compareClaims: maxFiguresPerGroup must be a whole number of at least 2');
  return { by, dateGranularity, minSources, maxFiguresPerGroup, equivalents: options.equivalents };
}

/** A comparison to fold documents into, one at a time. */
export function createClaimComparison(options: CompareOptions = {}): ClaimComparison {
  const settings = validate(options);
  const index = buildEquivalenceIndex(settings.equivalents);
  const by = new Set(settings.by);
  const tallies = new Map<string, Tally>();
  const stats = { documents: 0, figures: 0, unnamed: 0 };
  const ids = new Set<string>();

  const keyOf = (k: KeyedFigure) =>
    [
      k.measure,
      by.has('concept') ? k.concept : '',
      by.has('predicate') ? k.predicate : '',
      by.has('place') ? k.place : '',
      by.has('date') ? k.date : '',
    ].join('|');

  function fold(k: KeyedFigure): void {
    const f = k.figure;
    const low = f.reading.low ?? Number.NEGATIVE_INFINITY;
    const high = f.reading.high ?? Number.POSITIVE_INFINITY;
    const statedLow = f.low ?? f.value ?? f.high!;
    const statedHigh = f.high ?? f.value ?? f.low!;
    const key = keyOf(k);
    let t = tallies.get(key);
    if (!t) {
      t = {
        first: k,
        figures: [],
        extremes: { low: f, high: f },
        count: 0,
        sources: new Map(),
        documents: 0,
        lastDocument: null,
        labels: { concept: new Map(), predicate: new Map(), place: new Map() },
        statedLow,
        statedHigh,
        agreedLow: low,
        agreedHigh: high,
      };
      tallies.set(key, t);
    }
    t.count++;
    if (t.figures.length < settings.maxFiguresPerGroup) t.figures.push(f);
    if (statedLow < t.statedLow) [t.statedLow, t.extremes.low] = [statedLow, f];
    if (statedHigh > t.statedHigh) [t.statedHigh, t.extremes.high] = [statedHigh, f];
    t.agreedLow = Math.max(t.agreedLow, low);
    t.agreedHigh = Math.min(t.agreedHigh, high);
    if (!t.sources.has(k.sourceKey)) t.sources.set(k.sourceKey, f.source);
    if (t.lastDocument !== f.document) {
      t.documents++;
      t.lastDocument = f.document;
    }
    bump(t.labels.concept, f.conceptFrom === 'claim' ? (f.concept?.trim().split(/\s+/).pop() ?? null) : null);
    bump(t.labels.predicate, f.predicate);
    bump(t.labels.place, f.place);
  }

  function group(key: string, t: Tally): ComparedGroup {
    const figures = [...new Set([...t.figures, t.extremes.low, t.extremes.high])].sort(
      (a, b) => (a.reading.low ?? a.low ?? 0) - (b.reading.low ?? b.low ?? 0) || (a.value ?? 0) - (b.value ?? 0),
    );
    const first = t.first;
    const concept = by.has('concept') ? (mostCommon(t.labels.concept) ?? first.concept) : null;
    const predicate = by.has('predicate') ? first.predicate : null;
    const place = by.has('place') ? (mostCommon(t.labels.place) ?? null) : null;
    const date = by.has('date') ? first.date : null;
    const unit = first.figure.unit;
    const measure = unit && unit !== 'percent' ? `${first.figure.kind} (${unit})` : unit === 'percent' ? 'percent' : null;
    const parts = [concept ?? measure ?? first.figure.kind, predicate, by.has('place') ? (place ?? 'place not stated') : null, date];
    const conflicting = t.agreedLow > t.agreedHigh;
    const open = (n: number) => (Number.isFinite(n) ? n : null);
    return {
      key,
      label: parts.filter((p): p is string => !!p).join(' · '),
      concept,
      predicate,
      place,
      date,
      kind: first.figure.kind,
      unit,
      figures,
      figureCount: t.count,
      sources: [...t.sources.values()],
      documents: t.documents,
      spread: { low: t.statedLow, high: t.statedHigh, ratio: t.statedLow > 0 ? t.statedHigh / t.statedLow : null },
      agreed: conflicting ? null : { low: open(t.agreedLow), high: open(t.agreedHigh) },
      conflicting,
    };
  }

  return {
    stats,
    add(doc) {
      if (!doc || typeof doc.id !== 'string' || !Array.isArray(doc.records))
        throw new ExtractError('compareClaims: each document needs an `id` (a string) and `records` (an extract result’s records)');
      if (ids.has(doc.id)) throw new ExtractError(`compareClaims: two documents have the id "${doc.id}"`);
      ids.add(doc.id);
      stats.documents++;
      for (const k of documentFigures(doc, { index, granularity: settings.dateGranularity })) {
        if (k.figure.reading.low === null && k.figure.reading.high === null && k.figure.value === null && k.figure.low === null) continue;
        stats.figures++;
        if (by.has('concept') && !k.concept) {
          stats.unnamed++;
          continue;
        }
        fold(k);
      }
    },
    groups() {
      return [...tallies]
        .filter(([, t]) => t.sources.size >= settings.minSources)
        .map(([key, t]) => group(key, t))
        .sort(
          (a, b) =>
            Number(b.conflicting) - Number(a.conflicting) ||
            (b.spread.ratio ?? Number.MAX_VALUE) - (a.spread.ratio ?? Number.MAX_VALUE) ||
            b.sources.length - a.sources.length ||
            a.label.localeCompare(b.label),
        );
    },
  };
}

/** Compares the claims of `documents` (any iterable, read once, one document at a time). */
export function compareClaims(documents: Iterable<CompareDocument>, options: CompareOptions = {}): ComparedGroup[] {
  const comparison = createClaimComparison(options);
  for (const doc of documents) comparison.add(doc);
  return comparison.groups();
}
