/**
 * A Dask cluster on the loopback interface: one `dask scheduler` and `workers` `dask worker` processes, each its
 * own OS process (and process group) talking over TCP, as on many machines. Used by spec/dask.test.ts and
 * bench/lines.js; `node examples/dask/cluster.js` starts one and prints its address (Ctrl-C stops it).
 *
 * Dask comes from Debian (apt-get install python3-dask python3-distributed), run by Debian's /usr/bin/python3;
 * NEWSFACTS_PYTHON names another interpreter.
 */
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');

const PYTHON = process.env.NEWSFACTS_PYTHON || '/usr/bin/python3';

/** `{ ok: true, version }` when Python can import dask and distributed, else `{ ok: false, reason }`. */
function findDask() {
  if (!fs.existsSync(PYTHON)) return { ok: false, reason: `${PYTHON} does not exist (apt-get install python3-dask python3-distributed)` };
  const r = spawnSync(PYTHON, ['-c', 'import dask, distributed; print(distributed.__version__)'], { encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0)
    return { ok: false, reason: `${PYTHON} cannot import dask and distributed (apt-get install python3-dask python3-distributed): ${(r.stderr || r.error?.message || '').trim().split('\n').pop()}` };
  return { ok: true, version: r.stdout.trim() };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** A Dask process in its own process group, its stderr kept in `log` (and in `logFile`). */
function startProcess(args, logFile, env) {
  const out = fs.openSync(logFile, 'a');
  const child = spawn(PYTHON, ['-m', 'dask', ...args], { detached: true, stdio: ['ignore', out, 'pipe'], env });
  fs.closeSync(out);
  const proc = { child, pid: child.pid, log: '', exited: false };
  child.stderr.on('data', (d) => {
    fs.appendFileSync(logFile, d);
    proc.log = (proc.log + d).slice(-200_000);
  });
  child.on('exit', () => {
    proc.exited = true;
  });
  return proc;
}

/** Resolves with the first match of `pattern` in the process's log; rejects after `ms` or when it exits. */
function waitForLog(proc, pattern, ms, what) {
  return new Promise((resolve, reject) => {
    const check = () => {
      const m = pattern.exec(proc.log);
      if (m) return finish(null, m);
      if (proc.exited) return finish(new Error(`${what} exited before it was ready:\n${proc.log.slice(-2000)}`));
    };
    const finish = (err, m) => {
      clearInterval(timer);
      clearTimeout(timeout);
      return err ? reject(err) : resolve(m);
    };
    const timer = setInterval(check, 100);
    const timeout = setTimeout(() => finish(new Error(`${what} not ready after ${ms / 1000} s:\n${proc.log.slice(-2000)}`)), ms);
    check();
  });
}

/** Kills a process and everything it started (its process group). */
function killGroup(proc, signal = 'SIGKILL') {
  try {
    process.kill(-proc.pid, signal);
  } catch {
    // Already gone.
  }
}

const running = new Set();
process.on('exit', () => {
  for (const proc of running) killGroup(proc);
});

/**
 * Starts the cluster; `dir` holds the logs and the workers' scratch space. Returns `{ address, scheduler, workers,
 * startupSeconds, killWorker(i), stop() }`. Every wait is bounded by `timeoutMs`.
 */
async function startCluster({ workers = 2, dir, timeoutMs = 120_000, env = process.env } = {}) {
  const started = Date.now();
  const port = await freePort();
  const procs = [];
  const track = (proc) => {
    running.add(proc);
    procs.push(proc);
    return proc;
  };
  const stop = async () => {
    for (const proc of procs) killGroup(proc, 'SIGTERM');
    const deadline = Date.now() + 5000;
    while (procs.some((p) => !p.exited) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    for (const proc of procs) {
      killGroup(proc);
      running.delete(proc);
    }
  };
  try {
    const scheduler = track(
      startProcess(['scheduler', '--host', '127.0.0.1', '--port', String(port), '--no-dashboard', '--no-show'], path.join(dir, 'scheduler.log'), env),
    );
    const [, address] = await waitForLog(scheduler, /Scheduler at:\s+(tcp:\/\/[\d.]+:\d+)/, timeoutMs, 'dask scheduler');
    const workerProcs = [];
    for (let i = 0; i < workers; i++) {
      const args = ['worker', address, '--host', '127.0.0.1', '--nthreads', '1', '--no-nanny', '--no-dashboard', '--name', `worker-${i + 1}`];
      args.push('--local-directory', path.join(dir, `worker-${i + 1}`), '--death-timeout', '60');
      workerProcs.push(track(startProcess(args, path.join(dir, `worker-${i + 1}.log`), env)));
    }
    await Promise.all(workerProcs.map((w, i) => waitForLog(w, /Registered to:/, timeoutMs, `dask worker ${i + 1}`)));
    return {
      address,
      scheduler,
      workers: workerProcs,
      startupSeconds: (Date.now() - started) / 1000,
      killWorker: (i) => killGroup(workerProcs[i]),
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}

module.exports = { PYTHON, findDask, startCluster, killGroup };

if (require.main === module) {
  const found = findDask();
  if (!found.ok) {
    console.error(found.reason);
    process.exit(1);
  }
  const dir = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'dask-cluster-'));
  startCluster({ dir }).then((cluster) => {
    console.log(`Dask ${found.version}: scheduler at ${cluster.address}, 2 workers (logs in ${dir}); Ctrl-C stops it`);
    process.on('SIGINT', () => cluster.stop().then(() => process.exit(0)));
  }, (err) => {
    console.error(err.message);
    process.exit(1);
  });
}
