/**
 * Keeps the heap near its live size between jobs: a long text's segments (pipeline.ts), the CLI's files and lines,
 * the server's requests. Extraction makes about a hundred times its text in short-lived objects, and V8 lets the
 * old generation grow to several times the live set before a full collection: a server's or a long `extract
 * compare`'s resident memory climbs for a minute or two (a sawtooth of ±200 MB) though nothing leaks, and one
 * 10 MB string doubles its peak. Between jobs, when the heap has grown well past what the last full collection
 * left, one more full collection (tens of milliseconds, against seconds of extraction) keeps it flat.
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * A full collection runs once the used heap exceeds the last live size by a factor plus a slack. Between small jobs
 * (a request, a line, a file) the slack must stay above what one job leaves in the young generation, or every job
 * would pay for a full collection. A long text's segments are big jobs (about a second of work each), so they can
 * afford a tighter bound. Measured on one 10 MB file through the CLI (peak RSS): 1.5 and 16 MB gave 394 MB; 1.0 and
 * 32 MB, 358 MB.
 */
export interface HeapBound {
  growth: number;
  slackBytes: number;
}

const MB = 1024 * 1024;
export const BETWEEN_JOBS: HeapBound = { growth: 1.2, slackBytes: 16 * MB };
export const BETWEEN_SEGMENTS: HeapBound = { growth: 1.1, slackBytes: 8 * MB };

let collect: (() => void) | null | undefined;

function collector(): (() => void) | null {
  if (collect === undefined) {
    try {
      // Reaching `gc` without a command-line flag: a context made after the flag is set has it.
      setFlagsFromString('--expose-gc');
      collect = runInNewContext('gc') as () => void;
    } catch {
      collect = null;
    }
  }
  return collect;
}

let liveBytes = 0;

/** Between two jobs: a full collection if the heap has grown well past the live set. */
export function collectBetweenJobs(bound: HeapBound = BETWEEN_JOBS): void {
  if (getHeapStatistics().used_heap_size <= liveBytes * bound.growth + bound.slackBytes) return;
  const gc = collector();
  if (!gc) return;
  gc();
  liveBytes = getHeapStatistics().used_heap_size;
}
