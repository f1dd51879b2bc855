/**
 * The recognizer-to-refiner contract. Recognizers return drafts; the refiners (overlaps, clusters) and the
 * pipeline turn them into the public records of `types.ts`. Both sides import from here.
 */
import type { PreparedText } from './text/prepare';
import type { ExtractRecord } from './types';

/** A record before the refiners fill `sentence` and `cluster`. */
export type Draft<R extends ExtractRecord = ExtractRecord> = R extends ExtractRecord
  ? Omit<R, 'sentence' | 'cluster'> & { cluster?: string }
  : never;

export interface RecognizerContext {
  /** The reference date (UTC midnight of the day), or null when there is none. */
  referenceDate: Date | null;
}

/** What every recognizer is: a pure function from prepared text to candidate records. */
export type Recognizer = (prep: PreparedText, ctx: RecognizerContext) => Draft[];
