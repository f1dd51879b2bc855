/** Worker thread entry for `--input jsonl`: processes the lines the main thread sends, one at a time. */
import { workerData } from 'node:worker_threads';
import { createLineProcessor, type LineOptions, type RawLine } from '../stream';
import { serveItems } from './map-workers';

const processLine = createLineProcessor(workerData as LineOptions);
serveItems((item: { line: RawLine }) => processLine(item.line));
