/**
 * A generic order-keeping map over worker threads with a bounded window (back-pressure), for the line protocol
 * (`--input jsonl`), whose items are lines rather than files. The files path and the server use `WorkerPool`.
 */
import { parentPort, Worker } from 'node:worker_threads';

export interface WorkerPlan<I, O> {
  /** The compiled worker script; it answers with `serveItems`. */
  script: string;
  workerData: unknown;
  threads: number;
  /** The result of an item whose worker crashed (out of memory, a bug); a fresh worker takes over the rest. */
  crashed: (err: Error, item: I) => O;
  /** Items handed out but not yet yielded, at most (default: two per thread): memory stays bounded. */
  window?: number;
}

/**
 * Maps items to results in worker threads, pulling items only as results are taken (back-pressure). Results come
 * out in input order, whatever order they finish in.
 */
export async function* mapInWorkers<I, O>(
  items: Iterable<I> | AsyncIterable<I>,
  plan: WorkerPlan<I, O>,
): AsyncGenerator<{ item: I; result: O }> {
  const source = Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : (items as Iterable<I>)[Symbol.iterator]();
  const window = plan.window ?? plan.threads * 2;
  const inFlight = new Map<number, I>();
  const done = new Map<number, O>();
  const idle: { send(seq: number, item: I): void }[] = [];
  const workers = new Set<Worker>();
  let wake: (() => void) | null = null;
  let handedOut = 0;
  let exhausted = false;
  let fatal: Error | null = null;

  const start = () => {
    const worker = new Worker(plan.script, { workerData: plan.workerData });
    let current = -1;
    let served = 0;
    const slot = {
      send(seq: number, item: I) {
        current = seq;
        worker.postMessage({ seq, item });
      },
    };
    workers.add(worker);
    worker.on('message', (m: { seq: number; result: O }) => {
      done.set(m.seq, m.result);
      current = -1;
      served++;
      idle.push(slot);
      wake?.();
    });
    worker.on('error', (err) => {
      workers.delete(worker);
      if (idle.includes(slot)) idle.splice(idle.indexOf(slot), 1);
      if (current >= 0) done.set(current, plan.crashed(err, inFlight.get(current)!));
      // A worker that fails before its first item would fail again: give up rather than loop.
      if (!served && current < 0) fatal = err;
      else start();
      wake?.();
    });
    idle.push(slot);
  };
  for (let i = 0; i < plan.threads; i++) start();

  try {
    for (let next = 0; ; ) {
      if (fatal) throw fatal;
      // Hand out items while a worker is idle and the window has room.
      while (!exhausted && idle.length && handedOut - next < window) {
        const step = await source.next();
        if (step.done) exhausted = true;
        else {
          inFlight.set(handedOut, step.value);
          idle.pop()!.send(handedOut++, step.value);
        }
      }
      if (done.has(next)) {
        const result = done.get(next)!;
        const item = inFlight.get(next)!;
        done.delete(next);
        inFlight.delete(next);
        next++;
        yield { item, result };
      } else if (exhausted && next === handedOut) return;
      else await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    for (const w of workers) void w.terminate();
    await source.return?.();
  }
}

/** A worker thread's side of `mapInWorkers`: answers each item with `handle(item)`. */
export function serveItems<I, O>(handle: (item: I) => O): void {
  parentPort!.on('message', ({ seq, item }: { seq: number; item: I }) => parentPort!.postMessage({ seq, result: handle(item) }));
}
