/**
 * `extract --input jsonl`: every input line is one document; exactly one output line per input line (`jsonl`), in
 * input order, or one line per record (`records`), or CSV/TSV rows. A thin shell over lib/stream.ts: this file only
 * reads the inputs, spreads lines over worker threads and writes the results, each step waiting for the next
 * (back-pressure), so memory stays constant however many lines come.
 */
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import {
  createLineProcessor,
  isLineError,
  type LineOptions,
  type LineResult,
  lineLimit,
  type RawLine,
  resultLine,
  splitLines,
} from '../stream';
import { ExtractError, RECORD_TYPES } from '../types';
import type { CliOptions, Format } from './args';
import { describeFsError, UsageError } from './errors';
import { collectBetweenJobs } from '../heap';
import { createFormatter, type Output } from './formats';
import { recordLines } from './formats/records';
import { collectInputs, type Input, STDIN_NAME } from './inputs';
import { writeStdout } from './output';
import { mapInWorkers } from './map-workers';
import { defaultJobs } from './pool';

const LINE_FORMATS: readonly Format[] = ['jsonl', 'records', 'csv', 'tsv'];

interface Item {
  name: string;
  line: RawLine;
}

/** The lines of every input, one input after the other; an input that cannot be read is reported and skipped. */
async function* readLines(inputs: Input[], maxBytes: number, report: (name: string, message: string) => void): AsyncGenerator<Item> {
  for (const input of inputs) {
    const stream = input.path ? createReadStream(input.path) : process.stdin;
    try {
      for await (const line of splitLines(stream, maxBytes)) yield { name: input.name, line };
    } catch (err) {
      report(input.name, describeFsError(err));
    } finally {
      if (input.path) stream.destroy();
    }
  }
}

async function* inThisThread(items: AsyncIterable<Item>, options: LineOptions): AsyncGenerator<{ item: Item; result: LineResult }> {
  const processLine = createLineProcessor(options);
  for await (const item of items) {
    // Let pending I/O (stdout drain, a broken pipe) be handled between lines.
    await new Promise((resolve) => setImmediate(resolve));
    collectBetweenJobs(); // as the workers do (lines-worker.ts): a long stream keeps a flat heap
    yield { item, result: processLine(item.line) };
  }
}

interface LineWriter {
  head: string;
  line(result: LineResult, input: string): Output;
}

/** The output of each result in the chosen format. CSV and TSV rows cannot hold an error: those go to stderr. */
function createWriter(format: Format, options: CliOptions, report: (name: string, message: string) => void): LineWriter {
  if (format === 'jsonl') return { head: '', line: resultLine };
  if (format === 'records') return { head: '', line: (r) => (isLineError(r) ? resultLine(r) : recordLines('id', r.id, r.records)) };
  const types = options.types ?? [...RECORD_TYPES];
  const delimited = createFormatter(format, { colors: false, types, inputNames: [], documentColumn: 'id' });
  let position = 0;
  return {
    head: delimited.head(),
    line(r, input) {
      if (!isLineError(r)) return delimited.file({ ...r, file: r.id === null ? '' : String(r.id) }, position++);
      report(input, `line ${r.error.line}: ${r.error.code}: ${r.error.message}`);
      return '';
    },
  };
}

export async function runLines(options: CliOptions): Promise<number> {
  if (!LINE_FORMATS.includes(options.format))
    throw new UsageError(`--input jsonl writes ${LINE_FORMATS.join(', ')}; --format ${options.format} needs text inputs`);
  if (options.out) throw new UsageError('--out is for text inputs; with --input jsonl, redirect stdout');
  const lineOptions: LineOptions = {
    types: options.types,
    referenceDate: options.referenceDate,
    idField: options.idField,
    textField: options.textField,
    maxChars: options.maxChars,
  };
  try {
    createLineProcessor(lineOptions);
  } catch (err) {
    if (err instanceof ExtractError) throw new UsageError(err.message);
    throw err;
  }
  let failed = false;
  const report = (name: string, message: string) => {
    failed = true;
    process.stderr.write(`extract: ${name}: ${message}\n`);
  };
  if (options.inputs.filter((a) => a === '-').length > 1) throw new UsageError('stdin (-) can be read only once');
  if (!options.inputs.length && process.stdin.isTTY) throw new UsageError('no input; give .jsonl files, or - to read stdin');
  // Folders: their .jsonl files, unless --glob says otherwise.
  const inputs = options.inputs.length ? collectInputs(options.inputs, options.glob ?? '*.jsonl', report) : [{ name: STDIN_NAME }];

  const items = readLines(inputs, lineLimit(lineOptions), report);
  const jobs = options.jobs ?? defaultJobs(inputs);
  const results =
    jobs <= 1
      ? inThisThread(items, lineOptions)
      : mapInWorkers(items, {
          script: join(__dirname, 'lines-worker.js'),
          workerData: lineOptions,
          threads: jobs,
          settings: undefined,
          crashed: (err, item: Item): LineResult => ({
            id: null,
            error: { code: 'internal', message: `internal error: ${err.message}`, line: item.line.number },
          }),
        });
  const writer = createWriter(options.format, options, report);
  await writeStdout(writer.head);
  for await (const { item, result } of results) await writeStdout(writer.line(result, item.name));
  return failed ? 1 : 0;
}
