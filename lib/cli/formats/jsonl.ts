/** `jsonl`: one line per input file, written as soon as the file is done; works as a pipeline filter. */
import type { FileResult } from '../job';
import type { Formatter } from './index';
import { fileDocumentJson } from './json';

function* line(result: FileResult): Generator<string> {
  yield* fileDocumentJson(result);
  yield '\n';
}

export function createJsonl(): Formatter {
  return { extension: 'jsonl', head: () => '', file: line, tail: () => '', document: line };
}
