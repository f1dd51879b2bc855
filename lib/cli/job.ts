/** One unit of work: read one input, extract its records. Runs in a worker thread or in the main thread. */
import { collectBetweenJobs } from '../heap';
import { ExtractError, type ExtractRecord, type ExtractResult, type RecordType, type ReferenceDateSource } from '../types';
import { extract, extractSegments } from '../index';
import { InputError } from './errors';
import { decodeText, readInputBytes } from './inputs';

export interface JobInput {
  /** Position in the input list: outputs are written in this order. */
  index: number;
  name: string;
  path?: string;
  /** The bytes, for stdin (read by the main thread). */
  bytes?: Uint8Array;
  /** Text already decoded (the server's requests): extracted as it is. */
  text?: string;
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
  /** An array, or (in the main thread) records produced chunk by chunk as the output is written. */
  records: Iterable<ExtractRecord>;
  text?: string;
}

/** A failure is the input's fault (unreadable, bad options) unless `internal`: a bug. */
export type JobOutcome = { ok: true; result: FileResult } | { ok: false; message: string; internal?: true };

/**
 * Reads and extracts one input. `streamed`: the records after the first chunk are extracted as the caller iterates
 * them, so that writing a huge file's output never needs all of its records at once (threads send arrays).
 */
export function runJob(input: JobInput, settings: JobSettings, streamed = false): JobOutcome {
  try {
    const text = input.text ?? decodeText(input.bytes ?? readInputBytes(input.path!));
    collectBetweenJobs();
    const options = { types: settings.types, referenceDate: settings.referenceDate };
    if (!streamed) {
      const { records, referenceDate, referenceDateSource } = extract(text, options);
      return {
        ok: true,
        result: { file: input.name, referenceDate, referenceDateSource, records, ...(settings.keepText ? { text } : {}) },
      };
    }
    const parts = extractSegments(text, options);
    const first = parts.next().value as ExtractResult;
    function* records(): Generator<ExtractRecord> {
      yield* first.records;
      // Between segments the pipeline keeps the heap near its live size itself (lib/heap.ts).
      for (const part of parts) yield* part.records;
    }
    const { referenceDate, referenceDateSource } = first;
    return {
      ok: true,
      result: { file: input.name, referenceDate, referenceDateSource, records: records(), ...(settings.keepText ? { text } : {}) },
    };
  } catch (err) {
    if (err instanceof InputError || err instanceof ExtractError) return { ok: false, message: err.message };
    // A bug, not a user error: still one line, with a way to see the trace.
    if (process.env.EXTRACT_DEBUG) console.error(err);
    return {
      ok: false,
      internal: true,
      message: `internal error: ${err instanceof Error ? err.message : String(err)} (set EXTRACT_DEBUG=1 for details)`,
    };
  }
}
