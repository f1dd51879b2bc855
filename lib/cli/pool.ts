/**
 * Runs jobs in worker threads (each loads the compiled library once), or in this thread when one job at a time is
 * enough. `WorkerPool` is the long-lived pool the CLI and the server share: a queue in this thread, one job per
 * worker at a time, an optional deadline per job (a worker that overruns it is terminated and replaced), and
 * crash recovery (a worker that dies fails its job only; a fresh one takes its place).
 */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { runJob, type JobInput, type JobOutcome, type JobSettings } from './job';
import type { WorkerReply, WorkerRequest } from './serve-jobs';

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
  const pool = new WorkerPool({ threads });
  // A crashed worker fails its file; the pool's fresh worker takes over the rest.
  const outcomes = inputs.map((input) =>
    pool.run(input, settings).catch((err: Error): JobOutcome => ({ ok: false, internal: true, message: `internal error: ${err.message}` })),
  );
  try {
    for (const [index, input] of inputs.entries()) yield { input, outcome: await outcomes[index] };
  } finally {
    pool.terminate();
  }
}

/** Why the pool did not run a job. */
export type PoolFailure = 'timeout' | 'crashed' | 'busy' | 'closed';

export class PoolError extends Error {
  constructor(
    readonly reason: PoolFailure,
    message: string,
  ) {
    super(message);
  }
}

/**
 * A pool's jobs: by default a file or text to extract (`worker.js`); the line protocol runs its lines
 * (`lines-worker.js`). The worker script answers with `serveJobs`.
 */
export interface PoolOptions<I = JobInput, S = JobSettings> {
  threads: number;
  /** Jobs that may wait for a worker; past it `run` fails with `busy`. Unbounded by default. */
  maxQueued?: number;
  /** Run once by each new worker before it takes jobs (loads the models and warms the compiler). */
  warmup?: { input: I; settings: S };
  /** The worker script (tests wrap the real one); default: this folder's worker.js. */
  workerScript?: string;
  /** Handed to each worker as `workerData`. */
  workerData?: unknown;
}

interface Task<I, S, O> {
  input: I;
  settings: S;
  resolve: (outcome: O) => void;
  reject: (err: PoolError) => void;
  timer?: NodeJS.Timeout;
}

interface Slot<I, S, O> {
  worker: Worker;
  warm: boolean;
  task: Task<I, S, O> | null;
  /** Whether it ever answered (its warm-up, or a first job without one): a worker that dies before is a start failure. */
  everWarm: boolean;
  /** What killed the worker, when it was an error rather than the pool. */
  crash?: Error;
}

/** A worker that dies this many times in a row before its warm-up: the pool gives up (a broken build, say). */
const MAX_START_FAILURES = 3;
const WARMUP_ID = -1;

export class WorkerPool<I = JobInput, S = JobSettings, O = JobOutcome> {
  private readonly queue: Task<I, S, O>[] = [];
  private readonly slots = new Set<Slot<I, S, O>>();
  private closing = false;
  private broken: Error | null = null;
  private startFailures = 0;
  private idleWaiters: (() => void)[] = [];
  private readyWaiters: { resolve: () => void; reject: (err: Error) => void }[] = [];

  constructor(private readonly options: PoolOptions<I, S>) {
    for (let i = 0; i < options.threads; i++) this.spawn();
  }

  /** True once a worker can take a job (after its warm-up). */
  get ready(): boolean {
    return [...this.slots].some((s) => s.warm);
  }

  /** Why workers cannot start at all (a broken build, say), once the pool has given up; null until then. */
  get startError(): Error | null {
    return this.broken;
  }

  /** Jobs waiting for a worker. */
  get queued(): number {
    return this.queue.length;
  }

  /** Jobs running now. */
  get running(): number {
    return [...this.slots].filter((s) => s.task).length;
  }

  /** How many more jobs may be queued now. */
  room(): number {
    const idle = [...this.slots].filter((s) => s.warm && !s.task).length;
    return (this.options.maxQueued ?? Number.POSITIVE_INFINITY) - this.queue.length + idle;
  }

  /** Resolves when the first worker is warm; rejects if workers cannot start. */
  whenReady(): Promise<void> {
    if (this.ready) return Promise.resolve();
    if (this.broken) return Promise.reject(this.broken);
    return new Promise((resolve, reject) => this.readyWaiters.push({ resolve, reject }));
  }

  /**
   * Runs one job. `timeoutMs` counts from now (time in the queue included); a job still queued then is dropped, a
   * running one has its worker terminated. Rejects with a `PoolError`.
   */
  run(input: I, settings: S, timeoutMs?: number): Promise<O> {
    if (this.closing) return Promise.reject(new PoolError('closed', 'the pool is shutting down'));
    if (this.broken) return Promise.reject(new PoolError('crashed', this.broken.message));
    if (this.room() <= 0) return Promise.reject(new PoolError('busy', 'too many jobs are waiting'));
    return new Promise((resolve, reject) => {
      const task: Task<I, S, O> = { input, settings, resolve, reject };
      if (timeoutMs !== undefined) task.timer = setTimeout(() => this.expire(task, timeoutMs), timeoutMs);
      this.queue.push(task);
      this.dispatch();
    });
  }

  /** Takes no more jobs; resolves when the queued and running ones are done and the workers have stopped. */
  async close(): Promise<void> {
    this.closing = true;
    while (this.queue.length || this.running) await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
    await Promise.all([...this.slots].map((s) => s.worker.terminate()));
  }

  /** Stops every worker now; queued and running jobs fail with `closed`. */
  terminate(): void {
    this.closing = true;
    for (const task of this.queue.splice(0)) this.fail(task, new PoolError('closed', 'the pool was stopped'));
    for (const slot of this.slots) {
      if (slot.task) this.fail(slot.task, new PoolError('closed', 'the pool was stopped'));
      slot.task = null;
      void slot.worker.terminate();
    }
  }

  private spawn(): void {
    const script = this.options.workerScript ?? join(__dirname, 'worker.js');
    const worker = new Worker(script, { workerData: this.options.workerData });
    const slot: Slot<I, S, O> = { worker, warm: !this.options.warmup, everWarm: false, task: null };
    this.slots.add(slot);
    slot.worker.on('message', (reply: WorkerReply<O>) => this.onReply(slot, reply));
    slot.worker.on('error', (err) => {
      // Dying: it takes no more jobs; `onExit` fails its job and replaces it.
      slot.crash = err;
      slot.warm = false;
    });
    slot.worker.on('exit', () => this.onExit(slot));
    const { warmup } = this.options;
    if (warmup) slot.worker.postMessage({ id: WARMUP_ID, ...warmup } satisfies WorkerRequest<I, S>);
  }

  private onReply(slot: Slot<I, S, O>, reply: WorkerReply<O>): void {
    this.startFailures = 0;
    slot.everWarm = true;
    if (reply.id === WARMUP_ID) {
      slot.warm = slot.everWarm = true;
      for (const waiter of this.readyWaiters.splice(0)) waiter.resolve();
    } else if (slot.task) {
      const task = slot.task;
      slot.task = null;
      clearTimeout(task.timer);
      task.resolve(reply.outcome);
    }
    this.dispatch();
  }

  private onExit(slot: Slot<I, S, O>): void {
    this.slots.delete(slot);
    if (slot.task) {
      const why = slot.crash ? slot.crash.message : 'the worker thread exited';
      this.fail(slot.task, new PoolError('crashed', why));
      slot.task = null;
    }
    if (!slot.everWarm && slot.crash && ++this.startFailures >= MAX_START_FAILURES) {
      this.giveUp(slot.crash);
      return;
    }
    // While closing, a worker is replaced only if queued jobs still need one.
    if (!this.closing || this.queue.length) this.spawn();
    this.dispatch();
  }

  private giveUp(cause: Error): void {
    this.broken = new Error(`worker threads cannot start: ${cause.message}`);
    for (const waiter of this.readyWaiters.splice(0)) waiter.reject(this.broken);
    for (const task of this.queue.splice(0)) this.fail(task, new PoolError('crashed', this.broken.message));
    this.notifyIdle();
  }

  private expire(task: Task<I, S, O>, timeoutMs: number): void {
    const error = new PoolError('timeout', `the text took longer than the time limit (${timeoutMs} ms)`);
    const queued = this.queue.indexOf(task);
    if (queued >= 0) {
      this.queue.splice(queued, 1);
      this.fail(task, error);
      this.notifyIdle();
      return;
    }
    const slot = [...this.slots].find((s) => s.task === task);
    if (!slot) return;
    // A synchronous extraction cannot be interrupted: the worker goes, and `onExit` starts another.
    slot.task = null;
    slot.warm = false;
    this.fail(task, error);
    void slot.worker.terminate();
  }

  private fail(task: Task<I, S, O>, err: PoolError): void {
    clearTimeout(task.timer);
    task.reject(err);
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (!this.queue.length) break;
      if (!slot.warm || slot.task) continue;
      const task = this.queue.shift()!;
      slot.task = task;
      slot.worker.postMessage({ id: 0, input: task.input, settings: task.settings } satisfies WorkerRequest<I, S>);
    }
    this.notifyIdle();
  }

  private notifyIdle(): void {
    if (this.queue.length || this.running) return;
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }
}
