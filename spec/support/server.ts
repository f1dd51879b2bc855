/** Starts the built server (dist/server) in this process on a free loopback port, for the server tests. */
import { join } from 'node:path';
import { requireBuild, ROOT } from '../cli-run';

export interface Started {
  url: string;
  server: {
    state: string;
    options: { bodyLimit: number; maxBatch: number };
    ready(): Promise<void>;
    stop(): Promise<void>;
    pool: { queued: number; running: number };
    app: { inject(req: unknown): Promise<{ statusCode: number; json(): unknown }> };
  };
}

/** Test workers: the real worker, except for marked texts (see crash-worker.js) or a slow start. */
export const CRASH_WORKER = join(ROOT, 'spec', 'support', 'crash-worker.js');
export const SLOW_START_WORKER = join(ROOT, 'spec', 'support', 'slow-start-worker.js');
export const BROKEN_WORKER = join(ROOT, 'spec', 'support', 'broken-worker.js');

export async function startServer(options: Record<string, unknown> = {}, waitReady = true): Promise<Started> {
  requireBuild();
  const { createServer } = require(join(ROOT, 'dist', 'server', 'app.js'));
  const server = createServer({ port: 0, jobs: 2, ...options });
  const url = await server.listen();
  if (waitReady) await server.ready();
  return { url, server };
}

interface ApiRecord {
  type: string;
  text: string;
  start: number;
  end: number;
  value?: unknown;
}

/** Any of the API's JSON bodies, as the tests read them (each test knows which one it got). */
export interface ApiJson {
  error: { code: string; message: string };
  records: ApiRecord[];
  referenceDate: string | null;
  referenceDateSource: string;
  results: (ApiJson & { file?: string })[];
  html: string;
  csv: string;
}

export async function post(url: string, body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) {
  const response = await fetch(url, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const text = await response.text();
  let json: ApiJson;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined as unknown as ApiJson;
  }
  return { status: response.status, headers: response.headers, json, text };
}
