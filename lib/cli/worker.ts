/** Worker thread entry: runs the jobs the main thread sends, one at a time. */
import { parentPort, workerData } from 'node:worker_threads';
import { runJob, type JobInput, type JobSettings } from './job';

const settings = workerData as JobSettings;
parentPort!.on('message', (input: JobInput) => {
  parentPort!.postMessage({ index: input.index, outcome: runJob(input, settings) });
});
