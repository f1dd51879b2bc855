/**
 * V8's code cache for the CLI's modules (this package's and its dependencies'), as Node 22's
 * module.enableCompileCache() keeps one; Node 20 has none. A cold start compiles a few megabytes of JavaScript
 * (compromise, chrono, wink-nlp, our own) before the first record: with the cache, V8 reads the compiled code of
 * every function a first document ran instead. `npm run build` writes the cache into dist/code-cache by running the
 * CLI once (scripts/build-data.js); at run time it is only read. A cache file is named after the module's path and
 * a hash of its source, so an edited module is never run from a stale one; V8 itself refuses a cache made by another
 * Node version or with other flags, and the module then compiles as usual.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

export const CODE_CACHE_DIR = join(__dirname, 'code-cache');
/** Set (to anything) by the build: compile without the cache, and write it. */
export const WRITE_ENV = 'NEWSFACTS_WRITE_CODE_CACHE';

const ROOT = join(__dirname, '..');

interface Internals {
  prototype: { _compile(content: string, filename: string): unknown };
  _resolveFilename(request: string, parent: unknown, isMain: boolean, options?: unknown): string;
  _resolveLookupPaths(request: string, parent: unknown): string[] | null;
  _extensions: unknown;
  _cache: unknown;
}

/**
 * How much of a function's bytecode runs before V8 considers optimising it (V8 11's default: 67,584). At the default,
 * V8's background threads compiled (and recompiled) so much that a first call spent 0.3 s of CPU in them, on a
 * 2-core machine the helper thread's core, and a 1 MB file 16.9-19.6 s of process CPU for 11-20 s of wall time; at
 * 600,000 the first call's background threads took 0.1 s and the 1 MB file 11.7-14.9 s of CPU, wall time no longer
 * (270,000 and 1,500,000 did about as well on the 1 MB file). The CLI and its threads set it, not the library.
 */
const INTERRUPT_BUDGET = 600_000;

const compiled: { script: Script; file: string }[] = [];
const mainModule = require.main;
let installed = false;

function cacheFile(filename: string, content: string): string {
  const hash = createHash('sha1').update(content).digest('hex').slice(0, 16);
  return join(CODE_CACHE_DIR, `${relative(ROOT, filename).split(sep).join('~')}.${hash}.bin`);
}

/** Compiles this package's modules (and its dependencies') with the code cache from now on, in this thread. */
export function useCodeCache(): void {
  if (installed) return;
  installed = true;
  // V8 stamps a cache with the flags in force and refuses it under others. lib/heap.ts turns --expose-gc on at
  // the first job, after most modules have compiled: turned on first, the flags are the same when the build writes
  // the cache and when a run reads it.
  setFlagsFromString('--expose-gc');
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
  const M = Module as unknown as Internals;
  const compile = M.prototype._compile;
  const writing = process.env[WRITE_ENV] !== undefined;
  M.prototype._compile = function (this: NodeJS.Module, content: string, filename: string) {
    if (!filename.startsWith(ROOT + sep) || !/\.c?js$/.test(filename)) return compile.call(this, content, filename);
    const file = cacheFile(filename, content);
    let cachedData: Buffer | undefined;
    if (!writing)
      try {
        cachedData = readFileSync(file);
      } catch {
        // not cached: compiled as usual
      }
    // Node strips a shebang before compiling; a comment keeps the offsets.
    const source = content.startsWith('#!') ? `//${content}` : content;
    const script = new Script(Module.wrap(source), { filename, cachedData });
    if (writing) compiled.push({ script, file });
    const requireFn = Object.assign((id: string) => this.require(id), {
      resolve: Object.assign((request: string, options?: unknown) => M._resolveFilename(request, this, false, options), {
        paths: (request: string) => M._resolveLookupPaths(request, this),
      }),
      main: mainModule,
      extensions: M._extensions,
      cache: M._cache,
    });
    const wrapper = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
    return wrapper.call(this.exports, this.exports, requireFn, this, filename, dirname(filename));
  };
}

/**
 * Writes the code of every module compiled so far, with the functions run so far (the build's warm-up). A module
 * another warm-up already wrote keeps that cache.
 */
export function saveCodeCache(): void {
  mkdirSync(CODE_CACHE_DIR, { recursive: true });
  for (const { script, file } of compiled.splice(0)) if (!existsSync(file)) writeFileSync(file, script.createCachedData());
}
