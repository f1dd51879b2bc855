/**
 * `npm run test:dask`: the Dask example (examples/dask/job.py) on a real cluster on the loopback interface: a
 * `dask scheduler` and two `dask worker` processes, separate OS processes talking over TCP. 2,000 generated
 * articles and one broken line go through the job; its records must equal those of `extract --input jsonl` run
 * directly on the same lines, the broken line must come back as an error row, and killing one worker mid-job must
 * lose and duplicate nothing. Under CI (CI=true) a missing Dask fails; elsewhere the test is skipped, saying why.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, requireBuild, ROOT } from './cli-run';

// CommonJS helpers shared with bench/lines.js.
const { findDask, startCluster, PYTHON } = require('../examples/dask/cluster.js');
const { generateArticles } = require('../examples/dask/articles.js');

type Row = Record<string, unknown> & { id: unknown };
const DOCUMENTS = 2000;
const BROKEN = '{"id": "broken-1", "text": "unterminated';
const JOB = join(ROOT, 'examples', 'dask', 'job.py');
const dask = findDask() as { ok: boolean; reason?: string; version?: string };
const underCi = !!process.env.CI && process.env.CI !== 'false';

if (!dask.ok && !underCi) process.stderr.write(`spec/dask.test.ts: skipped: ${dask.reason}\n`);
const describeDask = dask.ok || underCi ? describe : describe.skip;

/** The direct run's output, flattened as the job flattens it: one row per record, the document id first; error rows as they are. */
function directRows(linesFile: string): Row[] {
  const r = spawnSync(process.execPath, [BIN, '--input', 'jsonl', '--jobs', '1', linesFile], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    timeout: 600_000,
  });
  if (r.status !== 0) throw new Error(`extract failed: ${r.stderr}`);
  return r.stdout
    .trimEnd()
    .split('\n')
    .flatMap((line) => {
      const doc = JSON.parse(line);
      return 'error' in doc ? [doc] : doc.records.map((rec: object) => ({ id: doc.id, ...rec }));
    });
}

const readRows = (dir: string): Row[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) =>
      readFileSync(join(dir, f), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l)),
    );

/** A canonical string per row, so that two runs compare as multisets (partitions finish in any order). */
const canonical = (rows: Row[]) => rows.map((r) => JSON.stringify(r)).sort();

function waitForExit(child: ChildProcess, ms: number): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the job did not finish within ${ms / 1000} s`)), ms);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

describeDask(`Dask distributed ${dask.version ?? '(missing)'}: the example job on a 2-worker loopback cluster`, () => {
  let dir: string;
  let cluster: { address: string; killWorker(i: number): void; stop(): Promise<void>; scheduler: { log: string } } | undefined;
  let job: ChildProcess | undefined;
  let expected: Row[];

  beforeAll(async () => {
    if (!dask.ok) throw new Error(`CI=true and Dask is missing: ${dask.reason}`);
    requireBuild();
    dir = mkdtempSync(join(tmpdir(), 'newsfacts-dask-'));
    const lines = generateArticles(DOCUMENTS).map((a: object) => JSON.stringify(a));
    // A broken line in the middle: its neighbours must be unaffected.
    lines.splice(1000, 0, BROKEN);
    writeFileSync(join(dir, 'articles.jsonl'), `${lines.join('\n')}\n`);
    // The job names an error row's line by its start, not by its number (which counts a long-lived process's lines).
    expected = directRows(join(dir, 'articles.jsonl')).map((row) => {
      if (!('error' in row)) return row;
      const { line, ...error } = row.error as { line: number };
      return { ...row, error, input: lines[line - 1] };
    });
    cluster = await startCluster({ workers: 2, dir, timeoutMs: 120_000 });
  }, 900_000);

  afterAll(async () => {
    if (job && job.exitCode === null) job.kill('SIGKILL');
    await cluster?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  test('the records equal a direct run, the broken line is an error row, and a worker killed mid-job loses nothing', async () => {
    const out = join(dir, 'records');
    mkdirSync(out);
    const jobLog = join(dir, 'job.log');
    // 32 kB partitions: about 40 of them, so that the kill falls while partitions remain.
    const args = [JOB, '--scheduler', cluster!.address, '--input', join(dir, 'articles.jsonl'), '--output', out];
    args.push('--extract', `"${process.execPath}" "${BIN}"`, '--blocksize', '32kB');
    job = spawn(PYTHON, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    job.stdout!.on('data', (d) => (stdout += d));
    job.stderr!.on('data', (d) => (stderr += d));
    const exited = waitForExit(job, 600_000);

    // Kill worker 2 once a few partitions are written and many remain.
    const deadline = Date.now() + 300_000;
    let written = 0;
    while (Date.now() < deadline && job.exitCode === null) {
      written = readdirSync(out).filter((f) => f.endsWith('.jsonl')).length;
      if (written >= 3) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(job.exitCode).toBeNull();
    cluster!.killWorker(1);
    const code = await exited;
    writeFileSync(jobLog, stderr);
    if (code !== 0) throw new Error(`job exited with ${code}:\n${stderr.slice(-3000)}`);
    const summary = JSON.parse(stdout.trim().split('\n').pop()!);
    expect(summary.partitions).toBeGreaterThan(written + 5);
    // The scheduler saw the worker go, and the job still finished on the other one.
    expect(cluster!.scheduler.log).toMatch(/Remove worker/);
    expect(summary.workers).toBe(1);

    const rows = readRows(out);
    expect(rows.length).toBe(expected.length);
    expect(canonical(rows)).toEqual(canonical(expected));
    // Every document is there: each id has its records (or its error row), none twice.
    const ids = new Set(rows.map((r) => r.id));
    expect(ids.size).toBe(DOCUMENTS + 1);
    const broken = rows.filter((r) => r.id === null || r.id === 'broken-1');
    expect(broken).toEqual([{ id: null, error: { code: 'invalid_json', message: expect.any(String) }, input: BROKEN }]);
  }, 900_000);
});
