/**
 * Runs jobs over inputs: in `jobs` worker threads (each loads the compiled library once), or in this thread when
 * one job at a time is enough. Outcomes come out in input order, whatever order they finish in.
 */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { runJob, type JobInput, type JobOutcome, type JobSettings } from './job';

export interface Finished {
  input: JobInput;
  outcome: JobOutcome;
}

/**
 * Input per extra thread. Every thread loads the models (about 1 s) and warms up V8's optimising compiler again
 * (1–3 s of CPU); on smaller inputs that costs more than a second thread saves. Measured on a 2-core machine
 * (README, performance): 2 threads were slower on a 1 MB folder, no faster on 5 MB, and 1.3–1.5× faster on 10 MB.
 */
const BYTES_PER_EXTRA_THREAD = 8_000_000;

/**
 * Threads when the user gives no --jobs: one, plus one per 8 MB of input besides the largest file, up to the number
 * of cores. One file is never split across threads, so a second thread can only take the other files: a 20 MB
 * file and a small one get one thread (two took longer, and 2.6× the memory, since a worker hands back all of a
 * file's records at once while the main thread streams them).
 */
export function defaultJobs(inputs: { path?: string }[]): number {
  let bytes = 0;
  let largest = 0;
  for (const { path } of inputs) {
    try {
      const size = path ? statSync(path).size : 0;
      bytes += size;
      largest = Math.max(largest, size);
    } catch {
      // Unreadable now: its job reports why.
    }
  }
  return Math.min(availableParallelism(), 1 + Math.floor((bytes - largest) / BYTES_PER_EXTRA_THREAD));
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
