/** Where output goes: stdout (with back-pressure; a closed pipe ends the program quietly) or one file per input. */
import { once } from 'node:events';
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname, join, parse, relative, resolve, sep } from 'node:path';
import { describeFsError, InputError } from './errors';
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

/** `extract dir | head -1`: the reader went away; stop without a word. */
export function quietOnBrokenPipe(): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  process.stderr.on('error', () => {});
}

/**
 * The output file of each input under `dir`: its path relative to the folder that holds all inputs, with the
 * output format's extension instead of `.txt`/`.md` (kept when two inputs would otherwise collide).
 */
export function outputPaths(inputs: Input[], dir: string, extension: string): string[] {
  const files = inputs.map((i) => (i.path ? resolve(i.path) : null));
  const common = commonFolder(files.filter((f): f is string => f !== null));
  const used = new Set<string>();
  return files.map((file) => {
    const rel = file ? relative(common, file) : 'stdin';
    const { dir: sub, name, ext } = parse(rel);
    let out = `${join(dir, sub, /^\.(?:txt|md)$/i.test(ext) ? name : name + ext)}.${extension}`;
    if (used.has(out)) out = `${join(dir, rel)}.${extension}`;
    used.add(out);
    return out;
  });
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

/** Writes one output file, creating its folder; refuses to overwrite an input. */
export function writeOutputFile(path: string, output: Output, inputPaths: Set<string>): void {
  if (inputPaths.has(resolve(path))) throw new InputError(`output ${path} would overwrite an input; choose another --out folder`);
  try {
    mkdirSync(dirname(path), { recursive: true });
    const fd = openSync(path, 'w');
    try {
      for (const text of batches(output)) writeSync(fd, text);
    } finally {
      closeSync(fd);
    }
  } catch (err) {
    throw new InputError(`cannot write ${path}: ${describeFsError(err)}`);
  }
}
