/**
 * Where output goes: stdout (with back-pressure; a closed pipe ends the program quietly, any other write error is
 * one line and exit code 1) or one file per input under `--out`.
 */
import { once } from 'node:events';
import { accessSync, closeSync, constants, mkdirSync, openSync, readFileSync, readlinkSync, statSync, writeSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describeFsError, InputError, OutputError } from './errors';
import type { Input } from './inputs';
import type { Output } from './formats';

const BATCH_CHARS = 1 << 20;

/** Output pieces joined into batches of about a megabyte. */
function* batches(output: Output): Generator<string> {
  if (typeof output === 'string') return void (yield output);
  let batch = '';
  for (const piece of output) {
    batch += piece;
    if (batch.length >= BATCH_CHARS) {
      yield batch;
      batch = '';
    }
  }
  if (batch) yield batch;
}

/** Writes to stdout, waiting when the pipe is full. */
export async function writeStdout(output: Output): Promise<void> {
  for (const text of batches(output)) if (text && !process.stdout.write(text)) await once(process.stdout, 'drain');
}

/**
 * `extract dir | head -1`: the reader went away; stop without a word. Any other failure to write stdout (`> /dev/full`)
 * is one line on stderr and exit code 1, never a stack trace.
 */
export function guardStdout(): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    process.stderr.write(`extract: cannot write to stdout: ${describeFsError(err)}\n`);
    process.exit(1);
  });
  process.stderr.on('error', () => {});
}

/**
 * `extract a.txt >&-`: Node reopens a closed stdout on /dev/null, read-write, so that writes vanish without an
 * error. A shell's `> /dev/null` opens it write-only; on Linux the access mode tells the two apart. A parent that
 * discards all of a child's stdio on purpose (Node's `stdio: 'ignore'`, a daemon) also opens /dev/null read-write,
 * for stdin as well, and is not an accident: so stdout counts as closed only while stdin is something else.
 * What is left ambiguous (stdout alone discarded read-write, e.g. Python's `DEVNULL`) gets the error, whose
 * message says how to discard the records on purpose.
 */
const ACCESS_MODE = 0o3; // O_ACCMODE: the read/write bits of a file's flags

function devNullMode(fd: number): number | null {
  if (readlinkSync(`/proc/self/fd/${fd}`) !== '/dev/null') return null;
  const flags = /^flags:\s*([0-7]+)/m.exec(readFileSync(`/proc/self/fdinfo/${fd}`, 'utf8'));
  return flags ? Number.parseInt(flags[1], 8) & ACCESS_MODE : null;
}

export function stdoutWasClosed(): boolean {
  try {
    return devNullMode(1) === constants.O_RDWR && devNullMode(0) === null;
  } catch {
    return false; // not Linux: no way to tell
  }
}

/**
 * The output file of each input (the one naming rule): its path under the folder that holds all inputs, with the
 * format's extension appended (`news/a/x.txt` → `<out>/a/x.txt.json`; stdin → `<out>/stdin.json`). Appending keeps
 * distinct inputs distinct (`x.txt` and `x.md`), and lets folder walks know the tool's own outputs (`isOwnOutput`).
 */
export function outputPaths(inputs: Input[], dir: string, extension: string): string[] {
  const files = inputs.map((i) => (i.path ? resolve(i.path) : null));
  const common = commonFolder(files.filter((f): f is string => f !== null));
  return files.map((file) => `${join(dir, file ? relative(common, file) : 'stdin')}.${extension}`);
}

function commonFolder(files: string[]): string {
  if (!files.length) return process.cwd();
  let parts = dirname(files[0]).split(sep);
  for (const f of files.slice(1)) {
    const other = dirname(f).split(sep);
    let n = 0;
    while (n < parts.length && n < other.length && parts[n] === other[n]) n++;
    parts = parts.slice(0, n);
  }
  return parts.join(sep) || sep;
}

/**
 * Creates `dir` and its missing parents one level at a time, checking the nearest existing one first. Node's
 * recursive mkdir loops at 100% CPU on a virtual file system (`/proc/x`); a level that cannot be made fails here.
 */
export function makeFolder(dir: string): void {
  const missing: string[] = [];
  let at = resolve(dir);
  for (;;) {
    let isFolder: boolean;
    try {
      isFolder = statSync(at).isDirectory();
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      // ENOTDIR: a parent is a file; the loop goes up to it and says so.
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw new OutputError(`cannot create ${dir}: ${describeFsError(err)}`);
      missing.unshift(at);
      at = dirname(at);
      continue;
    }
    if (!isFolder) throw new OutputError(`${missing.length ? at : dir} is not a folder`);
    break;
  }
  try {
    if (missing.length) accessSync(at, constants.W_OK);
    for (const folder of missing) mkdirSync(folder);
  } catch (err) {
    throw new OutputError(`cannot create ${dir}: ${describeFsError(err)}`);
  }
}

/** Writes one output file, creating its folder; refuses to overwrite an input. */
export function writeOutputFile(path: string, output: Output, inputPaths: Set<string>): void {
  if (inputPaths.has(resolve(path))) throw new InputError(`output ${path} would overwrite an input; choose another --out folder`);
  try {
    makeFolder(dirname(path));
    const fd = openSync(path, 'w');
    try {
      for (const text of batches(output)) writeSync(fd, text);
    } finally {
      closeSync(fd);
    }
  } catch (err) {
    throw new InputError(err instanceof OutputError ? err.message : `cannot write ${path}: ${describeFsError(err)}`);
  }
}
