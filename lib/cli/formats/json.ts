/** `json`: one document, `{ "files": [ { file, referenceDate, referenceDateSource, records } ], "errors": [...] }`, streamed file by file. */
import type { ExtractRecord, ReferenceDateSource } from '../../types';
import type { FileResult } from '../job';
import type { Formatter } from './index';

export interface FileDocument {
  file: string;
  referenceDate: string | null;
  referenceDateSource: ReferenceDateSource;
  /** Each record names its source file. */
  records: (ExtractRecord & { file: string })[];
}

const indent = (json: string, by: string) => json.replace(/\n/g, `\n${by}`);

/**
 * One file's document as JSON pieces, record by record (what `JSON.stringify` of the whole would give, without
 * ever holding it as one string). `space` pretty-prints as `JSON.stringify(doc, null, space)` does.
 */
export function* fileDocumentJson(result: FileResult, space = 0): Generator<string> {
  const { file, referenceDate, referenceDateSource, records } = result;
  const head = JSON.stringify({ file, referenceDate, referenceDateSource }, null, space);
  const nl = space ? '\n' : '';
  const pad = ' '.repeat(space);
  yield `${head.slice(0, -(nl.length + 1))},${nl}${pad}"records":${space ? ' ' : ''}[`;
  let i = 0;
  for (const r of records) {
    const record = JSON.stringify({ file, ...r }, null, space);
    yield (i++ ? ',' : '') + (space ? `\n${pad.repeat(2)}${indent(record, pad.repeat(2))}` : record);
  }
  yield `${i && space ? `\n${pad}` : ''}]${nl}}`;
}

export function createJson(): Formatter {
  return {
    extension: 'json',
    head: () => '{\n  "files": [\n',
    *file(result, position) {
      yield position ? ',\n    ' : '    ';
      for (const piece of fileDocumentJson(result, 2)) yield indent(piece, '    ');
    },
    tail: (failures) => `\n  ],\n  "errors": ${indent(JSON.stringify(failures, null, 2), '  ')}\n}\n`,
    *document(result) {
      yield* fileDocumentJson(result, 2);
      yield '\n';
    },
  };
}
