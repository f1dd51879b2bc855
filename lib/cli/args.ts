/** Command-line arguments, parsed by commander into `CliOptions`; bad usage becomes a `UsageError` (exit 2). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { RECORD_TYPES, type RecordType } from '../types';
import { parseReferenceDate } from '../reference-date';
import { MAX_CHARS_LIMIT } from '../stream';

export const FORMATS = ['json', 'jsonl', 'records', 'csv', 'tsv', 'html', 'text'] as const;
export type Format = (typeof FORMATS)[number];

export interface CliOptions {
  /** Files, folders and `-` (stdin), as given. */
  inputs: string[];
  format: Format;
  types?: RecordType[];
  referenceDate?: string;
  /** Write one output file per input into this folder instead of stdout. */
  out?: string;
  /** Worker threads; absent: chosen from the size of the inputs (see `defaultJobs`). */
  jobs?: number;
  /** Which files to take from folders (default: `.txt` and `.md`). */
  glob?: string;
  /** CSV/TSV cells as they are, without the quote that stops spreadsheet formulas. */
  csvRaw?: boolean;
  /** `jsonl`: every input line is one document (lib/cli/lines.ts); `text`: every input is one document. */
  input: InputKind;
  /** jsonl input: the fields that hold the document id and text; the longest text accepted. */
  idField?: string;
  textField?: string;
  maxChars?: number;
}

export const INPUT_KINDS = ['text', 'jsonl'] as const;
export type InputKind = (typeof INPUT_KINDS)[number];

export function packageVersion(): string {
  // dist/cli/args.js → the package root.
  return (JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string }).version;
}

/** A comma-separated list of choices (`person,place`), lower-cased; `noun` names a choice in messages. */
export function parseChoices<T extends string>(value: string, choices: readonly T[], noun: string): T[] {
  const items = value
    .split(',')
    .map((t) => t.trim().toLowerCase())
    .filter(Boolean);
  for (const t of items)
    if (!(choices as readonly string[]).includes(t))
      throw new InvalidArgumentError(`unknown ${noun} "${t}"; choose from ${choices.join(', ')}.`);
  if (!items.length) throw new InvalidArgumentError(`give at least one ${noun}.`);
  return items as T[];
}

const parseTypes = (value: string): RecordType[] => parseChoices(value, RECORD_TYPES, 'type');

export function parseDate(value: string): string {
  try {
    return parseReferenceDate(value).toISOString().slice(0, 10);
  } catch {
    throw new InvalidArgumentError('expected a date such as 2016-12-05.');
  }
}

function parseJobs(value: string): number {
  if (!/^\d+$/.test(value) || +value < 1) throw new InvalidArgumentError('expected a whole number of at least 1.');
  return +value;
}

function parseMaxChars(value: string): number {
  if (!/^\d+$/.test(value) || +value < 1 || +value > MAX_CHARS_LIMIT)
    throw new InvalidArgumentError(`expected a whole number from 1 to ${MAX_CHARS_LIMIT}.`);
  return +value;
}

function parseField(value: string): string {
  if (!value) throw new InvalidArgumentError('expected a field name.');
  return value;
}

const EXAMPLES = `
Examples:
  extract article.txt                      a coloured summary in the terminal
  extract news/ --format jsonl | jq .file  one JSON line per file, streamed
  extract news/ --format html --out view/  one page per article, claims tables included
  cat article.txt | extract - --format csv > records.csv
  extract news/ --glob '**/*.text' --types quantity,date --reference-date 2016-12-05
  extract compare news/ --format html --out report/   where the sources' figures disagree (see extract compare --help)
  extract serve --port 8080                an HTTP API and a web page (extract serve --help)
  extract --input jsonl articles.jsonl     one result line per article line, in order (Spark, Dask, parallel)
  extract big-report.txt --format records  one JSON line per record, for very large documents

Folders are read recursively (.txt and .md unless --glob says otherwise). Exit code: 0 ok,
1 when an input could not be read (the others are still processed), 2 for bad usage.`;

/** Parses `argv` (without node and the script). `stdoutIsTerminal` picks the default format. */
export function parseArgs(argv: string[], stdoutIsTerminal: boolean): CliOptions {
  const program = new Command('extract')
    .description('Extract people, organizations, places, dates and quantity claims, with exact character spans, from English news text.')
    .version(packageVersion(), '-V, --version')
    .argument('[inputs...]', 'files, folders (searched recursively) or - for stdin; stdin when none and it is piped')
    .addOption(new Option('-f, --format <format>', 'output format (default: text on a terminal, json otherwise)').choices(FORMATS))
    .option('-t, --types <list>', `record types to extract, comma-separated (${RECORD_TYPES.join(',')})`, parseTypes)
    .option('-d, --reference-date <date>', 'resolve relative dates against this day (default: the dateline, if any)', parseDate)
    .option('-o, --out <dir>', 'write one output file per input into <dir> instead of stdout')
    .option(
      '-j, --jobs <n>',
      'files processed in parallel in worker threads (default: one, plus one per 8 MB of input, up to the number of cores)',
      parseJobs,
    )
    .option('-g, --glob <pattern>', "which files to take from folders, e.g. '**/*.txt' (default: .txt and .md)")
    .option(
      '--csv-raw',
      "csv/tsv: write cells as they are (by default a text cell starting with = + - @ gets a leading ', so no spreadsheet runs it)",
    )
    .addOption(
      new Option('--input <kind>', 'text: each input is one document; jsonl: each line is {"id", "text", ...}')
        .choices(INPUT_KINDS)
        .default('text'),
    )
    .option('--id-field <name>', 'jsonl input: the field that holds the document id (default: id)', parseField)
    .option('--text-field <name>', 'jsonl input: the field that holds the text (default: text)', parseField)
    .option('--max-chars <n>', 'jsonl input: longest text accepted; longer lines get an error line (default: 1000000)', parseMaxChars)
    .addHelpText('after', EXAMPLES);
  parseCommand(program, argv);
  const o = program.opts<Omit<CliOptions, 'inputs' | 'format'> & { format?: Format }>();
  const defaultFormat: Format = o.input === 'jsonl' ? 'jsonl' : stdoutIsTerminal && !o.out ? 'text' : 'json';
  return {
    inputs: program.args,
    format: o.format ?? defaultFormat,
    types: o.types,
    referenceDate: o.referenceDate,
    out: o.out,
    jobs: o.jobs,
    glob: o.glob,
    csvRaw: o.csvRaw,
    input: o.input,
    idField: o.idField,
    textField: o.textField,
    maxChars: o.maxChars,
  };
}

/** Parses `argv` with `program`: errors as one line named after the command, then exit 2; help and version exit 0. */
export function parseCommand(program: Command, argv: string[]): void {
  const name = program.name();
  program
    .showHelpAfterError(`(run ${name} --help for usage)`)
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(text.replace(/^error: /, `${name}: `)) });
  try {
    program.parse(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) throw new ExitRequest(err.exitCode === 0 ? 0 : 2);
    throw err;
  }
}

/** commander already printed help, the version or the error; the CLI only has to exit with this code. */
export class ExitRequest extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}
