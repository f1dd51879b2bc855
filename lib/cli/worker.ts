/** Worker thread entry: runs the jobs the main thread sends, one at a time. */
import { workerData } from 'node:worker_threads';
import { runJob, type JobInput, type JobSettings } from './job';
import { serveItems } from './pool';

const settings = workerData as JobSettings;
serveItems((input: JobInput) => runJob(input, settings));
