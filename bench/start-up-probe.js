/**
 * Preloaded into the CLI by bench/start-up.js (`node -r`): when stdout first holds a header and one record, writes
 * to stderr the milliseconds since the process started, the main thread's CPU time and every other thread's (from
 * /proc/PID/task/TID/schedstat, in nanoseconds; the 10 ms ticks of /proc/.../stat were too coarse to compare two
 * builds), and the time the main thread spent waiting for the compromise helper (Atomics.wait).
 */
const fs = require('node:fs');

let waited = 0;
const wait = Atomics.wait;
Atomics.wait = function (...args) {
  const t = performance.now();
  try {
    return wait.apply(this, args);
  } finally {
    waited += performance.now() - t;
  }
};

/** CPU milliseconds of each thread of this process (schedstat's first field: time on a CPU, in ns). */
function threads() {
  return fs.readdirSync('/proc/self/task').map((tid) => {
    const ns = Number(fs.readFileSync(`/proc/self/task/${tid}/schedstat`, 'utf8').split(' ')[0]);
    return { tid, cpu: Math.round(ns / 1e6) };
  });
}

let seen = '';
let done = false;
const write = process.stdout.write;
process.stdout.write = function (chunk, ...rest) {
  if (!done) {
    seen += chunk;
    if (seen.split('\n').length > 2) {
      done = true;
      const all = threads();
      const main = all.find((t) => t.tid === String(process.pid));
      const others = all.filter((t) => t !== main && t.cpu > 0).map((t) => t.cpu);
      fs.writeSync(
        2,
        `PROBE wall ${performance.now().toFixed(0)} mainCpu ${main.cpu} waited ${waited.toFixed(0)} others ${others.join(' ')}\n`,
      );
    }
  }
  return write.call(this, chunk, ...rest);
};
