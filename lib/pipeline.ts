/**
 * The pipeline: prepare the text once, run the recognizers the caller asked for, then the refiners
 * (overlaps, clusters) and the final checks that every record's span is exact.
 */
import { parseReferenceDate } from './reference-date';
import {
  ExtractError,
  RECORD_TYPES,
  type ExtractOptions,
  type ExtractRecord,
  type ExtractResult,
  type RecordType,
  type ReferenceDateSource,
  type Span,
} from './types';
import { groupParagraphs, prepare, sentenceAt } from './text/prepare';
import type { Draft, Recognizer, RecognizerContext } from './draft';
import { resolveOverlaps } from './refiners/overlaps';
import { assignClusters, ClusterJoiner } from './refiners/clusters';
import { resolveAttributions } from './refiners/attribution';
import { linkAges } from './refiners/ages';
import { BETWEEN_SEGMENTS, collectBetweenJobs } from './heap';
import { lemmasInHelper, quantitiesInHelper } from './text/compromise';

/**
 * Each recognizer, the record types it can produce, and how to load it. Recognizers load on first use, with their
 * models and tables: `--version` loads none, and `types: ['date']` never loads compromise or the gazetteer.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const RECOGNIZERS: { produces: RecordType[]; load: () => Recognizer }[] = [
  { produces: ['person', 'organization', 'place'], load: () => require('./recognizers/entities').recognizeEntities },
  { produces: ['date'], load: () => require('./recognizers/date').recognizeDates },
  // Quantities need dates too: the overlap refiner drops numbers that are parts of dates.
  { produces: ['quantity'], load: () => require('./recognizers/quantity').recognizeQuantities },
];
const loadDateline = (): typeof import('./text/dateline').detectDateline => require('./text/dateline').detectDateline;
const loadLemmaPrefetch = (): typeof import('./recognizers/quantity/predicate').prefetchPredicateLemmas =>
  require('./recognizers/quantity/predicate').prefetchPredicateLemmas;
/* eslint-enable @typescript-eslint/no-require-imports */

export interface ResolvedOptions {
  types: Set<RecordType>;
  referenceDate: Date | null;
}

export function resolveOptions(options: ExtractOptions = {}): ResolvedOptions {
  if (options === null || typeof options !== 'object') throw new ExtractError('options must be an object');
  let types = new Set<RecordType>(RECORD_TYPES);
  if (options.types !== undefined) {
    if (!Array.isArray(options.types)) throw new ExtractError('options.types must be an array of record types');
    for (const t of options.types)
      if (!RECORD_TYPES.includes(t))
        throw new ExtractError(`unknown record type ${JSON.stringify(t)}; expected some of ${RECORD_TYPES.join(', ')}`);
    types = new Set(options.types);
  }
  return { types, referenceDate: options.referenceDate === undefined ? null : parseReferenceDate(options.referenceDate) };
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Texts longer than this are processed in segments of whole paragraphs of about this size: the NLP working set,
 * and so time per word, stay bounded however long the text. Document-level reasoning (name types, clusters) works
 * within a segment; clusters are then joined across segments by type and name.
 */
export const SEGMENT_CHARS = 100_000;

/**
 * Context read on each side of a segment. A segment keeps only the records that start inside it, but finds them
 * with this much of its neighbours' text around it, so a seam (even one inside a paragraph without spaces) never
 * creates or drops a record: near the seam both sides see what the whole text would show.
 */
export const SEGMENT_MARGIN = 2_000;

export function runPipeline(text: unknown, opts: ResolvedOptions, segmentChars = SEGMENT_CHARS, margin = SEGMENT_MARGIN): ExtractResult {
  const parts = runSegments(text, opts, segmentChars, margin);
  const first = parts.next().value as ExtractResult;
  const records = first.records;
  for (const part of parts) for (const r of part.records) records.push(r);
  return first;
}

/** The result segment by segment, with whole-text offsets, sentence indexes and cluster ids; the first yield exists always. */
export function* runSegments(
  text: unknown,
  opts: ResolvedOptions,
  segmentChars = SEGMENT_CHARS,
  margin = SEGMENT_MARGIN,
): Generator<ExtractResult> {
  if (typeof text !== 'string') throw new ExtractError(`text must be a string; got ${text === null ? 'null' : typeof text}`);
  let referenceDate = opts.referenceDate;
  let referenceDateSource: ReferenceDateSource = referenceDate ? 'option' : 'none';
  if (!referenceDate) {
    const dateline = loadDateline()(text);
    if (dateline) [referenceDate, referenceDateSource] = [dateline.date, dateline.kind];
  }
  const base = { referenceDate: referenceDate ? isoDay(referenceDate) : null, referenceDateSource };
  if (!/[\p{L}\p{N}]/u.test(text) || opts.types.size === 0) return yield { ...base, records: [] };
  // Chrono resolves against noon, so that no time zone moves the reference to another day.
  const ctx = { referenceDate: referenceDate ? new Date(referenceDate.getTime() + 12 * 3600 * 1000) : null };
  const segments = groupParagraphs(text, segmentChars);
  if (segments.length === 1) return yield { ...base, records: extractDocument(text, opts, ctx).records };
  const clusters = new ClusterJoiner();
  let sentenceBase = 0;
  for (const segment of segments) {
    const from = characterStart(text, segment.start - margin);
    const to = characterStart(text, segment.end + margin);
    const core = { start: segment.start - from, end: segment.end - from };
    const { records, sentences, sentencesBefore } = extractDocument(text.slice(from, to), opts, ctx, core);
    const rename = clusters.join(records);
    for (const r of records) shiftRecord(r, from, sentenceBase - sentencesBefore, rename);
    sentenceBase += sentences;
    yield { ...base, records };
    // A long text's segments are jobs of their own for the heap: without this, V8 lets a 10 MB text's heap grow to
    // twice what it needs (extract() peaked at 718 MB RSS).
    collectBetweenJobs(BETWEEN_SEGMENTS);
  }
}

/** `at` clamped to the text, moved off the second half of a surrogate pair. */
function characterStart(text: string, at: number): number {
  const i = Math.max(0, Math.min(text.length, at));
  const code = text.charCodeAt(i);
  return code >= 0xdc00 && code <= 0xdfff ? i + 1 : i;
}

const shiftSpan = (s: Span, by: number): Span => ({ ...s, start: s.start + by, end: s.end + by });

/** Moves a segment's record (and the spans inside it) to whole-text offsets, in place. */
function shiftRecord(r: ExtractRecord, by: number, sentenceBase: number, rename: Map<string, string>): void {
  r.start += by;
  r.end += by;
  r.sentence = Math.max(0, r.sentence + sentenceBase);
  if (r.type === 'quantity') {
    if (r.conceptSpan) r.conceptSpan = shiftSpan(r.conceptSpan, by);
    if (r.attribution) {
      r.attribution = shiftSpan(r.attribution, by);
      if (r.attribution.cluster) r.attribution.cluster = rename.get(r.attribution.cluster) ?? r.attribution.cluster;
    }
  }
  if ('cluster' in r) r.cluster = rename.get(r.cluster) ?? r.cluster;
}

/** Confidences are sums and products of weights (0.6799999999999999); records carry them to 2 places. */
const roundConfidence = (c: number) => Math.round(c * 100) / 100;

/**
 * One document (or segment): prepare, recognize, refine. With `core` (a segment inside its margins), only the
 * records that start in the core are kept; `sentences` counts the sentences that start there and `sentencesBefore`
 * those in the margin before it, so that the caller can number sentences across segments.
 */
function extractDocument(
  text: string,
  opts: ResolvedOptions,
  ctx: RecognizerContext,
  core = { start: 0, end: text.length },
): { records: ExtractRecord[]; sentences: number; sentencesBefore: number } {
  const prep = prepare(text);
  // Quantities ask compromise for verb lemmas, last; when it runs in a helper thread, that can start now.
  if (opts.types.has('quantity') && lemmasInHelper()) loadLemmaPrefetch()(prep);
  let drafts: Draft[] = [];
  // With compromise in the CLI's helper thread, the quantities run there: started after the names (which need the
  // helper too), while this thread finds the dates, and taken in their usual place in the order of the drafts.
  const helperQuantities = opts.types.has('quantity') ? quantitiesInHelper() : undefined;
  let quantities: (() => Draft[]) | undefined;
  for (const r of RECOGNIZERS) {
    const wanted = r.produces.some((t) => opts.types.has(t));
    // Quantities also need the dates, to know which numbers belong to them.
    const neededForQuantities = r.produces.includes('date') && opts.types.has('quantity');
    if (!wanted && !neededForQuantities) continue;
    if (helperQuantities && !quantities && !r.produces.includes('person')) quantities = helperQuantities(prep, ctx);
    const found = quantities && r.produces.includes('quantity') ? quantities() : r.load()(prep, ctx);
    // concat, not push(...): a long text gives more candidates than a call can take as arguments.
    drafts = drafts.concat(found);
  }
  drafts = resolveOverlaps(drafts);
  drafts = assignClusters(drafts);
  drafts = linkAges(resolveAttributions(drafts, text), text);
  const sentencesBefore = prep.sentences.filter((s) => s.start < core.start).length;
  const records = drafts
    .filter((d) => opts.types.has(d.type) && d.start >= core.start && d.start < core.end)
    .filter((d) => d.end > d.start && text.slice(d.start, d.end) === d.text)
    .map((d) => ({ ...d, confidence: roundConfidence(d.confidence), sentence: Math.max(0, sentenceAt(prep, d.start)) }) as ExtractRecord)
    .sort((a, b) => a.start - b.start || b.end - a.end || a.type.localeCompare(b.type));
  const sentences = prep.sentences.filter((s) => s.start >= core.start && s.start < core.end).length;
  return { records, sentences, sentencesBefore };
}
