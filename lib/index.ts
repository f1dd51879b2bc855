/**
 * Public API: `extract(text, options)` and `createExtractor(options)`. Models and lexicons load lazily,
 * once per process, on the first call.
 */
import type { ExtractOptions, ExtractResult } from './types';
import { resolveOptions, runPipeline } from './pipeline';

export * from './types';
export { groupClaims, conceptHead, formatClaimValue, type ClaimGroup } from './claims';

/** Extracts people, organizations, places, dates and quantity claims from `text`. Synchronous. */
export function extract(text: string, options?: ExtractOptions): ExtractResult {
  return runPipeline(text, resolveOptions(options));
}

/** An extractor with fixed options, validated once; per-call options override them. */
export function createExtractor(defaults: ExtractOptions = {}): (text: string, options?: ExtractOptions) => ExtractResult {
  resolveOptions(defaults);
  return (text, options) => extract(text, { ...defaults, ...(options ?? {}) });
}

export default extract;
