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

export function fileDocument(result: FileResult): FileDocument {
  const { file, referenceDate, referenceDateSource, records } = result;
  return { file, referenceDate, referenceDateSource, records: records.map((r) => ({ file, ...r })) };
}

const indent = (json: string, by: string) => json.replace(/\n/g, '\n' + by);

export function createJson(): Formatter {
  return {
    extension: 'json',
    head: () => '{\n  "files": [\n',
    file: (result, position) => (position ? ',\n' : '') + '    ' + indent(JSON.stringify(fileDocument(result), null, 2), '    '),
    tail: (failures) => `\n  ],\n  "errors": ${indent(JSON.stringify(failures, null, 2), '  ')}\n}\n`,
    document: (result) => JSON.stringify(fileDocument(result), null, 2) + '\n',
  };
}
