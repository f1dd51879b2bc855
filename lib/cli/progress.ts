/** A progress bar on stderr (files done, records, rate, ETA), drawn only when stderr is a terminal. */
import type * as CliProgress from 'cli-progress';

export interface Progress {
  /** One more file done, with this many records. */
  tick(records: number): void;
  /** Writes a message line on stderr without garbling the bar. */
  message(line: string): void;
  stop(): void;
}

export function createProgress(total: number, enabled: boolean): Progress {
  if (!enabled) return { tick() {}, message: (line) => void process.stderr.write(`${line}\n`), stop() {} };
  // Loaded only when a bar is drawn: most runs (a pipe, one file) never need it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Presets, SingleBar } = require('cli-progress') as typeof CliProgress;
  const bar = new SingleBar({
    ...Presets.shades_classic,
    stream: process.stderr,
    format: '{bar} {value}/{total} files · {records} records · {rate} files/s · ETA {eta_formatted}',
    barsize: 24,
    hideCursor: true,
    etaBuffer: 20,
  });
  const started = Date.now();
  let records = 0;
  let done = 0;
  bar.start(total, 0, { records: 0, rate: '0.0' });
  return {
    tick(n) {
      records += n;
      done++;
      const seconds = Math.max((Date.now() - started) / 1000, 0.001);
      bar.update(done, { records, rate: (done / seconds).toFixed(1) });
    },
    message(line) {
      // Clear the bar's line and print the message; the bar is drawn again below it on the next tick.
      process.stderr.write(`\r\x1b[2K${line}\n`);
    },
    stop: () => bar.stop(),
  };
}
