/** Worker thread entry for `--input jsonl`: processes the lines `WorkerPool` sends, one at a time. */
import { workerData } from 'node:worker_threads';
import { createLineProcessor, type LineOptions, type RawLine } from '../stream';
import { collectBetweenJobs } from '../heap';
import { serveJobs } from './serve-jobs';

const processLine = createLineProcessor(workerData as LineOptions);
serveJobs(({ line }: { line: RawLine }) => {
  collectBetweenJobs();
  return processLine(line);
});
