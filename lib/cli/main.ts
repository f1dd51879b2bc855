/**
 * The `extract` command: arguments → inputs → records (in worker threads) → one output format, on stdout or one
 * file per input. User errors are one line on stderr; exit code 0 ok, 1 when an input or the output failed, 2 for bad usage.
 */
import { statSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { startCompromiseService } from '../text/compromise-service';
import { useCompromiseRunner } from '../text/compromise';
import { RECORD_TYPES } from '../types';
import { ExitRequest, parseArgs, type CliOptions } from './args';
import { InputError, OutputError, UsageError } from './errors';
import { createFormatter, type Failure } from './formats';
import { collectInputs, STDIN_NAME, type Input } from './inputs';
import type { JobInput, JobSettings } from './job';
import { guardStdout, makeFolder, outputPaths, stdoutWasClosed, writeOutputFile, writeStdout } from './output';
import { defaultJobs, runJobs } from './pool';
import { createProgress } from './progress';
import { runLines } from './lines';

/** Colours on a terminal, unless NO_COLOR is set; FORCE_COLOR turns them on elsewhere. */
export function useColors(): boolean {
  if (process.env.NO_COLOR) return false;
  const force = process.env.FORCE_COLOR;
  return force !== undefined ? force !== '0' && force !== 'false' : !!process.stdout.isTTY;
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function jobInputs(inputs: Input[]): Promise<JobInput[]> {
  const stdin = inputs.some((i) => !i.path) ? await readStdin() : undefined;
  return inputs.map((input, index) => ({ index, name: input.name, path: input.path, bytes: input.path ? undefined : stdin }));
}

/** Inputs past this size are not started with the compromise helper: the time to the first record matters less there than memory. */
const HELPER_MAX_BYTES = 1_000_000;

/**
 * Whether to load compromise in a helper thread (lib/text/compromise-service.ts) while this one loads the rest:
 * when the files are extracted in this thread, need compromise (names and quantities do), are small enough that
 * the helper's memory (a second copy of nothing but compromise) does not matter, and a core is free for it. On a
 * machine whose cores are all busy the helper only adds work (it warms compromise up besides what this thread
 * does): with a load average of 7 on 2 cores, this thread reached the first record on 1.0 s of CPU against 1.6 s,
 * but the first record came no sooner (median 3.9 s against 3.4 s, the ranges overlapping).
 */
function wantsCompromiseHelper(inputs: Input[], jobs: number, types: readonly string[]): boolean {
  if (Math.min(jobs, inputs.length) > 1 || !types.some((t) => t !== 'date')) return false;
  // For measurements and tests: EXTRACT_COMPROMISE_HELPER=on or off overrides the load average.
  const forced = process.env.EXTRACT_COMPROMISE_HELPER;
  if (forced === 'off') return false;
  if (forced !== 'on' && loadavg()[0] > availableParallelism() - 0.5) return false;
  return inputs.every((i) => {
    try {
      return !i.path || statSync(i.path).size <= HELPER_MAX_BYTES;
    } catch {
      return true; // its job reports why it cannot be read
    }
  });
}

async function run(options: CliOptions): Promise<number> {
  if (options.input === 'jsonl') return runLines(options);
  const failures: Failure[] = [];
  let say: (line: string) => void = (line) => void process.stderr.write(`${line}\n`);
  const report = (file: string, message: string) => {
    failures.push({ file, message });
    say(`extract: ${file}: ${message}`);
  };

  if (options.inputs.filter((a) => a === '-').length > 1) throw new UsageError('stdin (-) can be read only once');
  // `extract --glob '**/*.txt'` searches the current folder.
  if (!options.inputs.length && options.glob) options.inputs = ['.'];
  if (!options.inputs.length && process.stdin.isTTY) throw new UsageError('no input; give files, folders, or - to read stdin');
  if (options.out) makeFolder(options.out);
  else if (stdoutWasClosed())
    throw new OutputError(
      'stdout is closed, so the records would be lost; redirect it (> file, or > /dev/null to discard them) or write files with --out',
    );
  const inputs = options.inputs.length ? collectInputs(options.inputs, options.glob, report) : [{ name: STDIN_NAME }];

  const types = options.types ?? [...RECORD_TYPES];
  const formatter = createFormatter(options.format, {
    colors: !options.out && useColors(),
    types,
    inputNames: inputs.map((i) => i.name),
    rawCells: options.csvRaw,
  });
  const settings: JobSettings = { types: options.types, referenceDate: options.referenceDate, keepText: options.format === 'html' };
  const jobs = options.jobs ?? defaultJobs(inputs);
  if (wantsCompromiseHelper(inputs, jobs, types)) useCompromiseRunner(startCompromiseService());
  const outFiles = options.out ? outputPaths(inputs, options.out, formatter.extension) : [];
  const inputPaths = new Set(inputs.flatMap((i) => (i.path ? [resolve(i.path)] : [])));

  const showBar = !!process.stderr.isTTY && inputs.length > 1 && (!!options.out || !process.stdout.isTTY);
  const progress = createProgress(inputs.length, showBar);
  say = progress.message;
  if (!options.out) await writeStdout(formatter.head());
  let position = 0;
  try {
    for await (const { input, outcome } of runJobs(await jobInputs(inputs), settings, jobs)) {
      if (!outcome.ok) {
        report(input.name, outcome.message);
        progress.tick(0);
        continue;
      }
      // Counted as the formatter reads them: in this thread, records may be extracted while they are written.
      let count = 0;
      const result = { ...outcome.result, records: counted(outcome.result.records, () => count++) };
      if (options.out) {
        try {
          writeOutputFile(outFiles[input.index], formatter.document(result), inputPaths);
        } catch (err) {
          if (!(err instanceof InputError)) throw err;
          report(input.name, err.message);
        }
      } else await writeStdout(formatter.file(result, position++));
      progress.tick(count);
    }
  } finally {
    progress.stop();
  }
  if (!options.out) await writeStdout(formatter.tail(failures));
  return failures.length ? 1 : 0;
}

/** `extract compare` and `extract serve`, each loaded only when asked for. */
const SUBCOMMANDS: Record<string, () => Promise<(argv: string[]) => Promise<number>>> = {
  compare: async () => (await import('./compare')).runCompare,
  serve: async () => (await import('../server/cli')).serve,
};

export async function main(argv: string[]): Promise<number> {
  guardStdout();
  try {
    const subcommand = SUBCOMMANDS[argv[0]];
    if (subcommand) return await (await subcommand())(argv.slice(1));
    return await run(parseArgs(argv, !!process.stdout.isTTY));
  } catch (err) {
    if (err instanceof ExitRequest) return err.code;
    if (err instanceof UsageError) {
      process.stderr.write(`extract: ${err.message}\n(run extract --help for usage)\n`);
      return 2;
    }
    if (err instanceof OutputError) {
      process.stderr.write(`extract: ${err.message}\n`);
      return 1;
    }
    if (process.env.EXTRACT_DEBUG) console.error(err);
    process.stderr.write(
      `extract: internal error: ${err instanceof Error ? err.message : String(err)} (set EXTRACT_DEBUG=1 for details)\n`,
    );
    return 1;
  }
}

if (require.main === module) void main(process.argv.slice(2)).then((code) => (process.exitCode = code));

function* counted<T>(items: Iterable<T>, onEach: () => void): Generator<T> {
  for (const item of items) {
    onEach();
    yield item;
  }
}
