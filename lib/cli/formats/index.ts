/**
 * Output formats. Each turns file results into text, either as one stream for all inputs (stdout) or as one
 * document per input (`--out`). One file per format.
 */
import type { RecordType } from '../../types';
import type { Format } from '../args';
import type { FileResult } from '../job';

export interface FormatContext {
  /** ANSI colours (text format on a terminal). */
  colors: boolean;
  /** The record types asked for. */
  types: readonly RecordType[];
  /** The names of the inputs that go into one stream. */
  inputNames: string[];
  /** CSV/TSV: write text cells as they are, without the quote that stops spreadsheet formulas (`--csv-raw`). */
  rawCells?: boolean;
  /** What names a record's document in delimited rows: `file` (default), or `id` for jsonl input. */
  documentColumn?: 'file' | 'id';
}

export interface Failure {
  file: string;
  message: string;
}

/** Output text, whole or as pieces: a file with a million records is written record by record, never as one string. */
export type Output = string | Iterable<string>;

export interface Formatter {
  /** File name extension for `--out`. */
  extension: string;
  /** Written before the first file when all files share one stream. */
  head(): string;
  /** One file in the shared stream; `position` counts the files written before it. */
  file(result: FileResult, position: number): Output;
  /** Written after the last file of the shared stream. */
  tail(failures: Failure[]): string;
  /** A whole output document for one input (`--out`). */
  document(result: FileResult): Output;
}

/** Each format's module, loaded only when it is asked for (csv-stringify, the HTML view's assets, colours). */
/* eslint-disable @typescript-eslint/no-require-imports */
const FACTORIES: Record<Format, () => (ctx: FormatContext) => Formatter> = {
  json: () => require('./json').createJson,
  jsonl: () => require('./jsonl').createJsonl,
  records: () => require('./records').createRecords,
  csv: () => require('./csv').createCsv,
  tsv: () => require('./csv').createTsv,
  html: () => require('./html').createHtml,
  text: () => require('./text').createText,
};
/* eslint-enable @typescript-eslint/no-require-imports */

/** The extension of each format's `--out` files (`summary.txt` for text), which folder walks recognise; kept here so
 * that knowing them loads no format module. spec/cli tests check that each formatter says the same. */
export const FORMAT_EXTENSIONS: Record<Format, string> = {
  json: 'json',
  jsonl: 'jsonl',
  records: 'records.jsonl',
  csv: 'csv',
  tsv: 'tsv',
  html: 'html',
  text: 'summary.txt',
};
export const OUTPUT_EXTENSIONS: readonly string[] = Object.values(FORMAT_EXTENSIONS);

export function createFormatter(format: Format, ctx: FormatContext): Formatter {
  return FACTORIES[format]()(ctx);
}
