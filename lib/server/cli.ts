/**
 * `extract serve`: parses its options, starts the server, and stops it gracefully on SIGTERM or SIGINT
 * (no new work, the requests in flight finished, then exit 0).
 */
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { ExitRequest } from '../cli/args';
import { UsageError } from '../cli/errors';
import { createServer } from './app';
import { defaultServerOptions, MIB, type ServerOptions } from './options';

function wholeNumber(min: number) {
  return (value: string): number => {
    if (!/^\d+$/.test(value) || +value < min) throw new InvalidArgumentError(`expected a whole number of at least ${min}.`);
    return +value;
  };
}

function positiveNumber(value: string): number {
  const n = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || n <= 0) throw new InvalidArgumentError('expected a positive number.');
  return n;
}

export function parseServeArgs(argv: string[]): ServerOptions {
  const d = defaultServerOptions();
  const program = new Command('extract serve')
    .description('Serve the extractor over HTTP: a JSON API (/v1/extract, /v1/extract/batch, /openapi.json) and a web page (/).')
    .option('-p, --port <n>', `port to listen on (0: any free port)`, wholeNumber(0), d.port)
    .option('--host <address>', 'interface to bind; 0.0.0.0 exposes the server to the network', d.host)
    .option('-j, --jobs <n>', 'worker threads (default: the number of cores)', wholeNumber(1), d.jobs)
    .option('--body-limit <MB>', 'largest request body, in MiB', positiveNumber, d.bodyLimit / MIB)
    .option('--timeout <seconds>', 'time limit for one document, waiting included', positiveNumber, d.timeoutMs / 1000)
    .option('--queue <n>', 'documents that may wait for a worker before requests get 429', wholeNumber(1), d.maxQueued)
    .option('--batch-limit <n>', 'most documents in one batch request', wholeNumber(1), d.maxBatch)
    .option('--log', 'log each request as a JSON line on stderr', false)
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(text.replace(/^error: /, 'extract serve: ')) });
  try {
    program.parse(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) throw new ExitRequest(err.exitCode === 0 ? 0 : 2);
    throw err;
  }
  if (program.args.length) throw new UsageError(`serve takes no inputs (got ${program.args[0]}); send texts over HTTP`);
  const o = program.opts<{
    port: number;
    host: string;
    jobs: number;
    bodyLimit: number;
    timeout: number;
    queue: number;
    batchLimit: number;
    log: boolean;
  }>();
  return {
    host: o.host,
    port: o.port,
    jobs: o.jobs,
    bodyLimit: Math.round(o.bodyLimit * MIB),
    timeoutMs: Math.round(o.timeout * 1000),
    maxQueued: o.queue,
    maxBatch: o.batchLimit,
    log: o.log,
  };
}

/** Runs until SIGTERM or SIGINT; resolves with the exit code. */
export async function serve(argv: string[]): Promise<number> {
  const server = createServer(parseServeArgs(argv));
  let address: string;
  try {
    address = await server.listen();
  } catch (err) {
    server.pool.terminate();
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'EADDRINUSE' ? 'the port is in use' : code === 'EACCES' ? 'permission denied' : (err as Error).message;
    process.stderr.write(`extract serve: cannot listen on ${server.options.host}:${server.options.port}: ${why}\n`);
    return 1;
  }
  process.stderr.write(`extract serve: listening on ${address} (${server.options.jobs} worker threads; the page is at ${address}/)\n`);
  return new Promise((resolve) => {
    server.ready().then(
      () => process.stderr.write('extract serve: ready\n'),
      (err: Error) => {
        // No worker can start (a broken install): serving only 503s would hide it.
        process.stderr.write(`extract serve: ${err.message}\n`);
        void server.stop().finally(() => resolve(1));
      },
    );
    const stop = (signal: string) => {
      process.stderr.write(`extract serve: ${signal}: finishing the requests in flight, then stopping\n`);
      server.stop().then(
        () => resolve(0),
        () => resolve(1),
      );
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
}
