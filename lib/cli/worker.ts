/** Worker thread entry of the files path and the server: extracts the files and texts `WorkerPool` sends. */
import { runJob } from './job';
import { serveJobs } from './serve-jobs';

serveJobs(runJob);
