/**
 * The real worker (dist/cli/worker.js), except that a text holding WORKER-THROWS-NOW makes its job throw (an
 * uncaught exception ends the thread) and one holding WORKER-EXITS-NOW makes the thread exit: the server's fault
 * tests.
 */
const { join } = require('node:path');

const dist = join(__dirname, '..', '..', 'dist', 'cli');
const job = require(join(dist, 'job.js'));
const runJob = job.runJob;
job.runJob = (input, settings, streamed) => {
  const text = input.text ?? '';
  if (text.includes('WORKER-THROWS-NOW')) throw new Error('the test made this worker throw');
  if (text.includes('WORKER-EXITS-NOW')) process.exit(3);
  // Busy for a minute, as a text far over the time limit would keep it.
  if (text.includes('WORKER-HANGS-NOW')) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
  return runJob(input, settings, streamed);
};
require(join(dist, 'worker.js'));
