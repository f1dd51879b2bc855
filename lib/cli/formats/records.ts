/**
 * `records`: one JSON line per record, each naming its document (`file`, or `id` for jsonl input). For very large
 * documents: `jsonl` puts a whole document on one line, which past about 40 MB of text outgrows Node's longest string.
 */
import type { ExtractRecord } from '../../types';
import type { FileResult } from '../job';
import type { Formatter } from './index';

/** One line per record, the document's key first: `{"file": ..., "type": ...}`. */
export function* recordLines(key: 'file' | 'id', value: unknown, records: Iterable<ExtractRecord>): Generator<string> {
  for (const r of records) yield `${JSON.stringify({ [key]: value, ...r })}\n`;
}

export function createRecords(): Formatter {
  const lines = (result: FileResult) => recordLines('file', result.file, result.records);
  return { extension: 'records.jsonl', head: () => '', file: lines, tail: () => '', document: lines };
}
