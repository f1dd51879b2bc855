/**
 * The line protocol's ordered map over the shared WorkerPool: results in input order with a bounded window, a
 * crashed worker fails only its item, and workers that cannot start stop the run instead of failing every line.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mapInWorkers } from '../lib/cli/map-workers';

const SERVE_JOBS = join(__dirname, '..', 'dist', 'cli', 'serve-jobs.js');
const dir = mkdtempSync(join(tmpdir(), 'map-workers-'));
const script = (name: string, body: string) => {
  const file = join(dir, name);
  writeFileSync(file, body);
  return file;
};
// Doubles a number after a delay that makes later items finish first; -1 kills the thread.
const DOUBLER = script(
  'doubler.js',
  `const { serveJobs } = require(${JSON.stringify(SERVE_JOBS)});
serveJobs((n) => {
  if (n === -1) process.exit(7);
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, (10 - (n % 10)) * 5);
  return n * 2;
});`,
);
const BROKEN = script('broken.js', `throw new Error('cannot load');`);

async function collect<T>(gen: AsyncGenerator<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of gen) out.push(x);
  return out;
}

const plan = (scriptFile: string) => ({
  script: scriptFile,
  workerData: null,
  threads: 2,
  settings: undefined,
  crashed: (_err: Error, item: number) => `crashed on ${item}`,
});

test('results come out in input order, one per item', async () => {
  const items = Array.from({ length: 30 }, (_, i) => i);
  const out = await collect(mapInWorkers(items, plan(DOUBLER)));
  expect(out.map((o) => o.item)).toEqual(items);
  expect(out.map((o) => o.result)).toEqual(items.map((i) => i * 2));
});

test('a worker that dies fails its item only; the others are served', async () => {
  const out = await collect(mapInWorkers([1, 2, -1, 3, 4], plan(DOUBLER)));
  expect(out.map((o) => o.result)).toEqual([2, 4, 'crashed on -1', 6, 8]);
});

test('items are pulled only as results are taken (a bounded window)', async () => {
  let pulled = 0;
  function* source() {
    for (let i = 0; i < 100; i++) {
      pulled++;
      yield i;
    }
  }
  const gen = mapInWorkers(source(), { ...plan(DOUBLER), window: 4 });
  await gen.next();
  expect(pulled).toBeLessThanOrEqual(5);
  await gen.return(undefined);
});

test('workers that cannot start stop the run with the reason', async () => {
  await expect(collect(mapInWorkers([1, 2, 3, 4, 5, 6], plan(BROKEN)))).rejects.toThrow('worker threads cannot start: cannot load');
});
