/**
 * Public API: `extract(text, options)` and `createExtractor(options)`. Models and lexicons load lazily,
 * once per process, on the first call.
 */
import type { ExtractOptions, ExtractResult } from './types';
import { resolveOptions, runPipeline, runSegments } from './pipeline';

export * from './types';
export { parseReferenceDate } from './reference-date';
export * from './claims/index';
export { extractLines, createExtractStream, type LineOptions, type LineResult, type LineRecords, type LineError } from './stream';

/** Extracts people, organizations, places, dates and quantity claims from `text`. Synchronous. */
export function extract(text: string, options?: ExtractOptions): ExtractResult {
  return runPipeline(text, resolveOptions(options));
}

/**
 * The same records as `extract`, handed over segment by segment (whole paragraphs, about 100,000 characters each),
 * with whole-text offsets. For very large texts: a caller that writes each segment's records as they come never
 * holds them all. Every segment's result carries the reference date; the first is always yielded.
 */
export function extractSegments(text: string, options?: ExtractOptions): Generator<ExtractResult> {
  return runSegments(text, resolveOptions(options));
}

/** An extractor with fixed options, validated once; per-call options override them. */
export function createExtractor(defaults: ExtractOptions = {}): (text: string, options?: ExtractOptions) => ExtractResult {
  resolveOptions(defaults);
  return (text, options) => extract(text, { ...defaults, ...(options ?? {}) });
}

export default extract;
