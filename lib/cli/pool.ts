/**
 * Runs jobs over inputs: in `jobs` worker threads (each loads the compiled library once), or in this thread when
 * one job at a time is enough. Outcomes come out in input order, whatever order they finish in.
 */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { runJob, type JobInput, type JobOutcome, type JobSettings } from './job';

export interface Finished {
  input: JobInput;
  outcome: JobOutcome;
}

export function runJobs(inputs: JobInput[], settings: JobSettings, jobs: number): AsyncGenerator<Finished> {
  const threads = Math.min(jobs, inputs.length);
  return threads <= 1 ? inThisThread(inputs, settings) : inWorkers(inputs, settings, threads);
}

async function* inThisThread(inputs: JobInput[], settings: JobSettings): AsyncGenerator<Finished> {
  for (const input of inputs) {
    // Let pending I/O (stdout drain, a broken pipe) be handled between files.
    await new Promise((resolve) => setImmediate(resolve));
    yield { input, outcome: runJob(input, settings, true) };
  }
}

async function* inWorkers(inputs: JobInput[], settings: JobSettings, threads: number): AsyncGenerator<Finished> {
  const done = new Map<number, JobOutcome>();
  let wake: (() => void) | null = null;
  let next = 0;
  const finish = (index: number, outcome: JobOutcome) => {
    done.set(index, outcome);
    wake?.();
  };

  const start = (): Worker => {
    const worker = new Worker(join(__dirname, 'worker.js'), { workerData: settings });
    let current = -1;
    const feed = () => {
      if (next >= inputs.length) return void worker.terminate();
      current = next++;
      worker.postMessage(inputs[current]);
    };
    worker.on('message', (m: { index: number; outcome: JobOutcome }) => {
      finish(m.index, m.outcome);
      feed();
    });
    // A crashed worker (out of memory, a bug) fails its file; a fresh worker takes over the rest.
    worker.on('error', (err) => {
      if (current >= 0 && !done.has(current)) finish(current, { ok: false, message: `internal error: ${err.message}` });
      current = -1;
      if (next < inputs.length) workers.push(start());
    });
    feed();
    return worker;
  };

  const workers: Worker[] = [];
  for (let i = 0; i < threads; i++) workers.push(start());
  try {
    for (let index = 0; index < inputs.length; index++) {
      while (!done.has(index)) await new Promise<void>((resolve) => (wake = resolve));
      const outcome = done.get(index)!;
      done.delete(index);
      yield { input: inputs[index], outcome };
    }
  } finally {
    for (const w of workers) void w.terminate();
  }
}
