/** `jsonl`: one line per input file, written as soon as the file is done; works as a pipeline filter. */
import type { Formatter } from './index';
import { fileDocument } from './json';

export function createJsonl(): Formatter {
  const line = (result: Parameters<typeof fileDocument>[0]) => JSON.stringify(fileDocument(result)) + '\n';
  return { extension: 'jsonl', head: () => '', file: line, tail: () => '', document: line };
}
