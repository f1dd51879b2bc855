/**
 * Keeps a long-running worker's heap near its live size. Extraction makes about a hundred times its text in
 * short-lived objects, and V8 lets the old generation grow to several times the live set before a full
 * collection: a server's or a long `extract compare`'s resident memory climbs for a minute or two (a sawtooth of
 * ±200 MB) though nothing leaks. Between jobs, when the heap has grown well past what the last full collection
 * left, one more full collection (tens of milliseconds, against seconds of extraction) keeps it flat.
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** A full collection runs once the used heap exceeds the last live size by this factor plus the slack. */
const GROWTH = 1.5;
const SLACK_BYTES = 16 * 1024 * 1024;

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
export function collectBetweenJobs(): void {
  if (getHeapStatistics().used_heap_size <= liveBytes * GROWTH + SLACK_BYTES) return;
  const gc = collector();
  if (!gc) return;
  gc();
  liveBytes = getHeapStatistics().used_heap_size;
}
