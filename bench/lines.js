/**
 * `npm run bench:lines` (also the end of `npm run bench`): documents per second for `extract --input jsonl` with
 * 1 and 2 jobs, and for the Dask example job (examples/dask/job.py) on a 2-worker loopback cluster, whose
 * start-up is timed apart. The CLI runs also report documents per CPU second (the command's user + system time),
 * which a busy machine disturbs less than the wall time; for Dask, that of the job's client, the scheduler, the
 * workers and their extract processes. The documents are news-article-sized (about 3 kB) texts from bench/corpus.js.
 * Prints a table and writes bench/out/lines.json.   Options: --quick (100 documents); --no-dask.
 */

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { makeCorpus } = require('./corpus');
const { findDask, startCluster, PYTHON } = require('../examples/dask/cluster');

const quick = process.argv.includes('--quick');
const DOCS = quick ? 100 : 600;
const DOC_BYTES = 3000;
const root = path.join(__dirname, '..');
const bin = path.join(root, 'bin', 'extract');

/** Wall time, and the CPU time (user + system) of the command and its children: on a shared machine the first measures the load, the second the work. */
function timed(command, args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', 'cpu %U %S', command, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 1 << 30,
    encoding: 'utf8',
  });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${r.stderr}`);
  const [, user, sys] = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr) ?? [0, 0, 0];
  return { seconds, cpuSeconds: +user + +sys, stdout: r.stdout };
}

/** CPU seconds used so far by the live processes of these process groups (the cluster's workers and their extract processes). */
function groupCpuSeconds(groups) {
  let ticks = 0;
  for (const pid of fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      // Fields after the command name: state ppid pgrp ... utime (14th field) stime (15th).
      const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ').pop().split(' ');
      if (groups.includes(+fields[2])) ticks += +fields[11] + +fields[12];
    } catch {
      // The process ended meanwhile.
    }
  }
  return ticks / 100;
}

async function main() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-bench-lines-'));
  const results = {
    date: new Date().toISOString(),
    machine: `${os.cpus()[0].model}, ${os.cpus().length} cores`,
    loadAverageAtStart: +os.loadavg()[0].toFixed(2),
    node: process.version,
    documents: DOCS,
    documentBytes: DOC_BYTES,
  };
  const input = path.join(tmp, 'articles.jsonl');
  fs.writeFileSync(
    input,
    Array.from({ length: DOCS }, (_, i) => `${JSON.stringify({ id: i, text: makeCorpus(DOC_BYTES, 5000 + i) })}\n`).join(''),
  );
  try {
    for (const jobs of [1, 2]) {
      const { seconds, cpuSeconds, stdout } = timed(process.execPath, [bin, '--input', 'jsonl', '--jobs', String(jobs), input]);
      if (stdout.trimEnd().split('\n').length !== DOCS) throw new Error('one output line per document expected');
      results[`cliJobs${jobs}`] = {
        seconds: +seconds.toFixed(2),
        documentsPerSecond: +(DOCS / seconds).toFixed(1),
        documentsPerCpuSecond: +(DOCS / cpuSeconds).toFixed(1),
      };
      console.error(`  measured --input jsonl --jobs ${jobs}`);
    }
    const dask = process.argv.includes('--no-dask') ? { ok: false, reason: '--no-dask' } : findDask();
    if (dask.ok) {
      const cluster = await startCluster({ workers: 2, dir: tmp });
      try {
        results.daskStartupSeconds = +cluster.startupSeconds.toFixed(2);
        const job = path.join(root, 'examples', 'dask', 'job.py');
        // Run twice: the first run starts one extract process per worker (models load once each); the second reuses them.
        for (const run of ['cold', 'warm']) {
          const out = path.join(tmp, `records-${run}`);
          const args = [job, '--scheduler', cluster.address, '--input', input, '--output', out, '--blocksize', '64kB'];
          const groups = [cluster.scheduler.pid, ...cluster.workers.map((w) => w.pid)];
          const cpuBefore = groupCpuSeconds(groups);
          const { seconds, cpuSeconds, stdout } = timed(PYTHON, [...args, '--extract', `"${process.execPath}" "${bin}"`]);
          const clusterCpu = groupCpuSeconds(groups) - cpuBefore + cpuSeconds;
          const summary = JSON.parse(stdout.trim().split('\n').pop());
          results[`dask${run === 'cold' ? 'Cold' : 'Warm'}`] = {
            seconds: +seconds.toFixed(2),
            documentsPerSecond: +(DOCS / seconds).toFixed(1),
            documentsPerCpuSecond: +(DOCS / clusterCpu).toFixed(1),
            partitions: summary.partitions,
          };
          console.error(`  measured the Dask job (${run})`);
        }
      } finally {
        await cluster.stop();
      }
    } else results.dask = `not measured: ${dask.reason}`;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }

  const row = (name, r) => console.log(`| ${name} | ${r.seconds} | ${r.documentsPerSecond} | ${r.documentsPerCpuSecond ?? '–'} |`);
  console.log(`\nMachine: ${results.machine}; Node ${results.node}; load average ${results.loadAverageAtStart} at the start`);
  console.log(`${DOCS} documents of about ${DOC_BYTES / 1000} kB, one JSON line each\n`);
  console.log('| run | seconds | documents/s | documents per CPU second |\n| --- | ---: | ---: | ---: |');
  row('extract --input jsonl, 1 job', results.cliJobs1);
  row('extract --input jsonl, 2 jobs', results.cliJobs2);
  if (results.daskCold) {
    row(`Dask job, 2 workers, first run (${results.daskCold.partitions} partitions)`, results.daskCold);
    row('Dask job, 2 workers, again (extract processes already running)', results.daskWarm);
    console.log(`\nCluster start-up (scheduler and 2 workers registered), not in the figures above: ${results.daskStartupSeconds} s`);
  } else console.log(`\nDask: ${results.dask}`);
  fs.mkdirSync(path.join(__dirname, 'out'), { recursive: true });
  fs.writeFileSync(path.join(__dirname, 'out', 'lines.json'), JSON.stringify(results, null, 2));
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
