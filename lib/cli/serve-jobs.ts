/** The worker side of `WorkerPool`: a worker thread answers each job the pool sends, one at a time. */
import { parentPort } from 'node:worker_threads';

export interface WorkerRequest<I, S> {
  /** Echoed in the reply; -1 marks the pool's warm-up job. */
  id: number;
  input: I;
  settings: S;
}

export interface WorkerReply<O> {
  id: number;
  outcome: O;
}

/** Answers every job with `handle(input, settings)`. */
export function serveJobs<I, S, O>(handle: (input: I, settings: S) => O): void {
  parentPort?.on('message', ({ id, input, settings }: WorkerRequest<I, S>) => {
    parentPort!.postMessage({ id, outcome: handle(input, settings) } satisfies WorkerReply<O>);
  });
}
