/** Worker thread entry: runs the jobs the main thread's `WorkerPool` sends, one at a time. */
import { parentPort } from 'node:worker_threads';
import { runJob, type JobInput, type JobOutcome, type JobSettings } from './job';

export interface WorkerRequest {
  /** Echoed in the reply; -1 marks the pool's warm-up job. */
  id: number;
  input: JobInput;
  settings: JobSettings;
}

export interface WorkerReply {
  id: number;
  outcome: JobOutcome;
}

parentPort?.on('message', ({ id, input, settings }: WorkerRequest) => {
  parentPort!.postMessage({ id, outcome: runJob(input, settings) } satisfies WorkerReply);
});
