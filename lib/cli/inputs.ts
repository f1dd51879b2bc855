/**
 * Inputs: what the arguments name (files, folders walked recursively, `-` for stdin), and reading one input as
 * text: UTF-8 with or without a byte-order mark; binary, UTF-16 and invalid UTF-8 are refused with a clear reason.
 */
import { type Dirent, readdirSync, readFileSync, statSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { join, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import { describeFsError, InputError } from './errors';
import { OUTPUT_EXTENSIONS } from './formats';

export interface Input {
  /** How outputs and messages name it: the path as given (joined under its folder), or `<stdin>`. */
  name: string;
  /** Absent for stdin. */
  path?: string;
}

export const STDIN_NAME = '<stdin>';
const DEFAULT_EXTENSIONS = /\.(?:txt|md)$/i;

/** Expands the arguments into inputs, in order; folders are walked in sorted order. Problems go to `report`. */
export function collectInputs(args: string[], glob: string | undefined, report: (name: string, message: string) => void): Input[] {
  const matches = glob ? picomatch(glob, { basename: !glob.includes('/'), dot: false }) : (p: string) => DEFAULT_EXTENSIONS.test(p);
  const inputs: Input[] = [];
  for (const arg of args) {
    if (arg === '-') {
      inputs.push({ name: STDIN_NAME });
      continue;
    }
    let isDirectory: boolean;
    try {
      isDirectory = statSync(arg).isDirectory();
    } catch (err) {
      report(arg, describeFsError(err));
      continue;
    }
    if (!isDirectory) {
      inputs.push({ name: arg, path: arg });
      continue;
    }
    const found = walk(arg, report).filter((file) => {
      const rel = relative(arg, file).split(sep).join('/');
      return matches(rel) && !isOwnOutput(rel, matches);
    });
    if (!found.length) report(arg, glob ? `no files match ${glob}` : 'no .txt or .md files in this folder');
    for (const file of found) inputs.push({ name: file.split(sep).join('/'), path: file });
  }
  return inputs;
}

/**
 * A file this tool wrote with `--out`: an input's name with an output extension appended (`x.txt.summary.txt`,
 * `x.txt.json`). Folder walks skip them, so that a run never reads back what an earlier run wrote.
 */
function isOwnOutput(rel: string, matches: (path: string) => boolean): boolean {
  return OUTPUT_EXTENSIONS.some((ext) => rel.endsWith(`.${ext}`) && matches(rel.slice(0, -ext.length - 1)));
}

/** Every file under `dir`, sorted; hidden entries (`.git`) skipped; symbolic links to folders not followed. */
function walk(dir: string, report: (name: string, message: string) => void): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    report(dir, describeFsError(err));
    return [];
  }
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) for (const f of walk(path, report)) files.push(f);
    else if (entry.isFile() || (entry.isSymbolicLink() && isFileLink(path))) files.push(path);
  }
  return files;
}

function isFileLink(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Reads a file; file system errors become `InputError`s. */
export function readInputBytes(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (err) {
    throw new InputError(describeFsError(err));
  }
}

/** The text of an input's bytes: UTF-8, a leading byte-order mark dropped (offsets count from after it). */
export function decodeText(bytes: Uint8Array): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    throw new InputError('is UTF-16 text; convert it to UTF-8 (e.g. iconv -f UTF-16 -t UTF-8)');
  if (bytes.includes(0)) throw new InputError('is a binary file, not text');
  if (!isUtf8(bytes)) throw new InputError(`is not valid UTF-8 (first bad byte at offset ${firstInvalidByte(bytes)})`);
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Where UTF-8 decoding first fails: the longest valid prefix, found by bisection (valid prefixes are monotone up to a character boundary). */
function firstInvalidByte(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    // A prefix may end inside a valid character; allow up to 3 more bytes to complete it.
    const ok = [0, 1, 2, 3].some((extra) => mid + extra <= bytes.length && isUtf8(bytes.subarray(0, mid + extra)));
    if (ok) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
