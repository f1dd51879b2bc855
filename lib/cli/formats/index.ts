/**
 * Output formats. Each turns file results into text, either as one stream for all inputs (stdout) or as one
 * document per input (`--out`). One file per format.
 */
import type { RecordType } from '../../types';
import type { Format } from '../args';
import type { FileResult } from '../job';
import { createCsv, createTsv } from './csv';
import { createHtml } from './html';
import { createJson } from './json';
import { createJsonl } from './jsonl';
import { createRecords } from './records';
import { createText } from './text';

export interface FormatContext {
  /** ANSI colours (text format on a terminal). */
  colors: boolean;
  /** The record types asked for. */
  types: readonly RecordType[];
  /** The names of the inputs that go into one stream. */
  inputNames: string[];
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

const FACTORIES: Record<Format, (ctx: FormatContext) => Formatter> = {
  json: createJson,
  jsonl: createJsonl,
  records: createRecords,
  csv: createCsv,
  tsv: createTsv,
  html: createHtml,
  text: createText,
};

export function createFormatter(format: Format, ctx: FormatContext): Formatter {
  return FACTORIES[format](ctx);
}
