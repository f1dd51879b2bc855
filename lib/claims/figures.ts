/**
 * One document's figures, ready to compare: each quantity claim with the key parts of its group (what is counted,
 * what happened, where, when), who says so, and the interval of values it allows. Pure: records (and optionally the
 * text) in, figures out.
 */
import type { DateRecord, ExtractRecord, PlaceRecord, QuantityRecord, Span } from '../types';
import type { EquivalenceIndex } from './equivalents';
import {
  conceptKey,
  datelinePlace,
  dateBucket,
  predicateClass,
  placeKey,
  sentenceDate,
  sentencePlace,
  type ConceptKey,
  type DateGranularity,
} from './keys';
import { readFigure, readingBound } from './reading';

/** One document to compare: an extract result with an id, and optionally its date, its source and its text. */
export interface CompareDocument {
  /** How reports name the document (a file name, a URL, a database id). */
  id: string;
  records: readonly ExtractRecord[];
  /** The document's date (`2031-03-14`); by default its reference date. */
  date?: string | null;
  referenceDate?: string | null;
  /** Who published it (`Coastal Herald`): the source of the claims it makes in its own voice. */
  source?: string | null;
  /** The text, for the dateline's place and for excerpts; records alone are enough to compare. */
  text?: string;
}

/** One figure in a claim group. */
export interface ComparedFigure {
  document: string;
  /** The document's source name, when given. */
  documentSource: string | null;
  /** Who the text says gives the figure, when it says so (`the health ministry said`). */
  attribution: string | null;
  /** Who says so: the attribution, else the document's source, else the document's id. */
  source: string;
  /** The date the figure is about: a date in its sentence, else the document's date; null when neither is known. */
  date: string | null;
  text: string;
  start: number;
  end: number;
  sentence: number;
  /** The record's position in the document's records (the HTML reading view's anchor `#f0-r<record>`). */
  record: number;
  value: number | null;
  low: number | null;
  high: number | null;
  bound: QuantityRecord['bound'];
  modifier: string | null;
  kind: QuantityRecord['kind'];
  unit: string | null;
  /** The values the figure allows as written (rounding and hedges included); null ends are open. */
  reading: { low: number | null; high: number | null };
  /** What is counted, as written; for `context`, as written in the claim this figure refers back to. */
  concept: string | null;
  conceptFrom: 'claim' | 'context' | null;
  predicate: string | null;
  place: string | null;
  /** Where the place comes from: the claim's sentence, the claim it refers back to, or the dateline. */
  placeFrom: 'sentence' | 'context' | 'dateline' | null;
  /** The figure's sentence (at most a few hundred characters) and the figure's offsets in it; with the text only. */
  excerpt?: { text: string; start: number; end: number };
}

/** A figure with the parts of its group key. */
export interface KeyedFigure {
  figure: ComparedFigure;
  concept: string | null;
  predicate: string | null;
  place: string | null;
  date: string | null;
  /** What must match whatever the grouping: kind, unit, rate and change (a count is never compared with a percent). */
  measure: string;
  /** Who says so, for counting sources: the attribution's entity cluster when resolved, else the folded name. */
  sourceKey: string;
}

export interface FigureSettings {
  index: EquivalenceIndex;
  granularity: DateGranularity;
}

/** Quantities that describe one person or thing, not a claim to compare. */
const SKIPPED_KINDS = new Set(['age']);
const EXCERPT_REACH = 200;

/**
 * A copy of a string that does not hold on to the text it was cut from: V8 keeps a slice's whole parent string
 * alive, and a figure outlives its document.
 */
const detach = <T extends string | null>(s: T): T => (s !== null && s.length > 12 ? (Buffer.from(s, 'utf8').toString('utf8') as T) : s);

type Quantity = QuantityRecord & { predicateLemma?: string | null; attribution: (Span & { name?: string; cluster?: string }) | null };

/** The sentence around [start, end), cut at line breaks and at most EXCERPT_REACH characters each way. */
function excerpt(text: string, start: number, end: number): ComparedFigure['excerpt'] {
  let from = Math.max(0, start - EXCERPT_REACH);
  const before = text.slice(from, start);
  const cut = Math.max(before.lastIndexOf('\n'), before.search(/[.!?]["”’)\]]*\s+(?=[^.!?]*$)/));
  if (cut >= 0) from += cut + 1;
  const after = text.slice(end, end + EXCERPT_REACH);
  const stop = after.search(/[.!?](?=["”’)\]]*(?:\s|$))|\n/);
  const to = stop >= 0 ? end + stop + 1 : end + after.length;
  const raw = text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  return { text: detach(raw.trim()), start: start - from - lead, end: end - from - lead };
}

/** Two records for one figure ("4,000" and "4,000 provided"): the one that names what it counts stays, else the longer. */
function dropOverlaps(quantities: Quantity[]): void {
  for (let i = quantities.length - 1; i > 0; i--) {
    const [a, b] = [quantities[i - 1], quantities[i]];
    if (b.start >= a.end || a.value !== b.value || a.low !== b.low) continue;
    const keepB = !!b.concept && !a.concept;
    quantities.splice(keepB ? i - 1 : i, 1);
  }
}

/** The claim this one refers back to: the nearest earlier claim naming what it counts, in this or the last sentence. */
function antecedent(quantities: Quantity[], at: number, keys: ConceptKey[]): number | null {
  const q = quantities[at];
  for (let i = at - 1; i >= 0; i--) {
    if (quantities[i].sentence < q.sentence - 1) return null;
    if (keys[i].key) return i;
  }
  return null;
}

/** The figures of one document, keyed. */
export function documentFigures(doc: CompareDocument, settings: FigureSettings): KeyedFigure[] {
  const quantities: Quantity[] = [];
  const recordIndex = new Map<ExtractRecord, number>();
  const places: PlaceRecord[] = [];
  const dates: DateRecord[] = [];
  doc.records.forEach((r, i) => {
    if (r.type === 'quantity' && !SKIPPED_KINDS.has(r.kind)) {
      quantities.push(r);
      recordIndex.set(r, i);
    } else if (r.type === 'place') places.push(r);
    else if (r.type === 'date') dates.push(r);
  });
  quantities.sort((a, b) => a.start - b.start || b.end - a.end);
  dropOverlaps(quantities);
  const dateline = doc.text ? datelinePlace(doc.text, places) : null;
  const documentDate = doc.date ?? doc.referenceDate ?? null;
  const concepts = quantities.map((q) => conceptKey(q.concept, settings.index));

  return quantities.map((q, i) => {
    let concept = concepts[i];
    let conceptText = q.concept;
    let conceptFrom: ComparedFigure['conceptFrom'] = concept.key ? 'claim' : null;
    let place = sentencePlace(q, places);
    let placeFrom: ComparedFigure['placeFrom'] = place ? 'sentence' : null;
    if (!concept.key && q.kind === 'count') {
      const a = antecedent(quantities, i, concepts);
      if (a !== null) {
        concept = { key: concepts[a].key, impliedPredicate: null };
        conceptText = quantities[a].concept;
        conceptFrom = 'context';
        if (!place) {
          place = sentencePlace(quantities[a], places);
          placeFrom = place ? 'context' : null;
        }
      }
    }
    if (!place && dateline) {
      place = dateline;
      placeFrom = 'dateline';
    }
    const dateRecord = sentenceDate(q, dates);
    const dateValue = dateRecord?.value ?? documentDate;
    const interval = readFigure({ ...q, bound: readingBound(q.bound, q.modifier) });
    const attribution = q.attribution ? (q.attribution.name ?? q.attribution.text).replace(/\s+/g, ' ').trim() : null;
    const figure: ComparedFigure = {
      document: doc.id,
      documentSource: doc.source ?? null,
      attribution: detach(attribution),
      source: detach(attribution || doc.source || doc.id),
      date: dateValue,
      text: detach(q.text),
      start: q.start,
      end: q.end,
      sentence: q.sentence,
      record: recordIndex.get(q)!,
      value: q.value,
      low: q.low,
      high: q.high,
      bound: q.bound,
      modifier: q.modifier,
      kind: q.kind,
      unit: q.unit,
      reading: {
        low: interval && Number.isFinite(interval.low) ? interval.low : null,
        high: interval && Number.isFinite(interval.high) ? interval.high : null,
      },
      concept: detach(conceptText),
      conceptFrom,
      predicate: detach(q.predicateLemma ?? q.predicate),
      place: detach(place?.name ?? null),
      placeFrom,
      ...(doc.text ? { excerpt: excerpt(doc.text, q.start, q.end) } : {}),
    };
    return {
      figure,
      concept: concept.key,
      predicate: predicateClass(q, settings.index) ?? concept.impliedPredicate,
      place: place ? placeKey(place.name) : null,
      date: dateBucket(dateValue, settings.granularity),
      measure: [q.kind, q.unit ?? '', q.per ?? '', q.change ?? ''].join('/'),
      sourceKey: q.attribution?.cluster ?? figure.source.toLowerCase().replace(/\s+/g, ' ').trim(),
    };
  });
}
