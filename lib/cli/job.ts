/** One unit of work: read one input, extract its records. Runs in a worker thread or in the main thread. */
import type { ExtractRecord, RecordType, ReferenceDateSource } from '../types';
import { extractInChunks } from './chunks';
import { InputError } from './errors';
import { decodeText, readInputBytes } from './inputs';

export interface JobInput {
  /** Position in the input list: outputs are written in this order. */
  index: number;
  name: string;
  path?: string;
  /** The bytes, for stdin (read by the main thread). */
  bytes?: Uint8Array;
}

export interface JobSettings {
  types?: RecordType[];
  referenceDate?: string;
  /** Keep the text in the result (the HTML view shows it). */
  keepText: boolean;
}

/** One input's records: what every output format is written from. */
export interface FileResult {
  file: string;
  referenceDate: string | null;
  referenceDateSource: ReferenceDateSource;
  records: ExtractRecord[];
  text?: string;
}

export type JobOutcome = { ok: true; result: FileResult } | { ok: false; message: string };

export function runJob(input: JobInput, settings: JobSettings): JobOutcome {
  try {
    const text = decodeText(input.bytes ?? readInputBytes(input.path!));
    const { records, referenceDate, referenceDateSource } = extractInChunks(text, { types: settings.types, referenceDate: settings.referenceDate });
    return { ok: true, result: { file: input.name, referenceDate, referenceDateSource, records, ...(settings.keepText ? { text } : {}) } };
  } catch (err) {
    if (err instanceof InputError) return { ok: false, message: err.message };
    // A bug, not a user error: still one line, with a way to see the trace.
    if (process.env.EXTRACT_DEBUG) console.error(err);
    return { ok: false, message: `internal error: ${err instanceof Error ? err.message : String(err)} (set EXTRACT_DEBUG=1 for details)` };
  }
}
