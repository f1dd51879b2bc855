/**
 * An order-keeping map over a `WorkerPool` with a bounded window (back-pressure), for the line protocol
 * (`--input jsonl`), whose items are lines rather than files: items are taken from the source only as results are
 * taken, and results come out in input order, whatever order they finish in.
 */
import { PoolError, WorkerPool } from './pool';

export interface WorkerPlan<I, S, O> {
  /** The compiled worker script; it answers with `serveJobs`. */
  script: string;
  workerData: unknown;
  threads: number;
  /** The settings every job gets. */
  settings: S;
  /** The result of an item whose worker crashed (out of memory, a bug); a fresh worker takes over the rest. */
  crashed: (err: Error, item: I) => O;
  /** Items handed out but not yet yielded, at most (default: two per thread): memory stays bounded. */
  window?: number;
}

export async function* mapInWorkers<I, S, O>(
  items: Iterable<I> | AsyncIterable<I>,
  plan: WorkerPlan<I, S, O>,
): AsyncGenerator<{ item: I; result: O }> {
  const pool = new WorkerPool<I, S, O>({ threads: plan.threads, workerScript: plan.script, workerData: plan.workerData });
  const window = plan.window ?? plan.threads * 2;
  // Every job's promise settles to a value, so that none rejects unwatched while an earlier one is awaited.
  const pending: { item: I; result: Promise<{ result: O } | { error: Error }> }[] = [];
  const settle = (item: I, job: Promise<O>) =>
    job.then(
      (result) => ({ result }),
      (error: Error) => (error instanceof PoolError && !pool.startError ? { result: plan.crashed(error, item) } : { error }),
    );
  const take = async () => {
    const head = pending.shift()!;
    const settled = await head.result;
    // Workers that cannot start at all would fail every line: stop instead.
    if ('error' in settled) throw pool.startError ?? settled.error;
    return { item: head.item, result: settled.result };
  };
  try {
    for await (const item of items) {
      pending.push({ item, result: settle(item, pool.run(item, plan.settings)) });
      if (pending.length >= window) yield await take();
    }
    while (pending.length) yield await take();
  } finally {
    pool.terminate();
  }
}
