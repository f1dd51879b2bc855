/** What every recognizer is: a pure function from prepared text to candidate records. */
import type { ExtractRecord } from '../types';
import type { PreparedText } from '../text/prepare';

/** A record before the refiners fill `sentence` and `cluster`. */
export type Draft<R extends ExtractRecord = ExtractRecord> = R extends ExtractRecord
  ? Omit<R, 'sentence' | 'cluster'> & { cluster?: string }
  : never;

export interface RecognizerContext {
  /** The reference date (UTC midnight of the day), or null when there is none. */
  referenceDate: Date | null;
}

export type Recognizer = (prep: PreparedText, ctx: RecognizerContext) => Draft[];

/** Trims whitespace and the given punctuation from both ends of [start, end) in `text`. */
export function trimSpan(text: string, start: number, end: number, punct = ' \t\r\n.,;:!?"\'“”‘’()[]{}'): [number, number] {
  while (start < end && punct.includes(text[start])) start++;
  while (end > start && punct.includes(text[end - 1])) end--;
  return [start, end];
}
