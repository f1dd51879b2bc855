/** The server's settings: what `extract serve` takes on its command line, with the defaults documented in the README. */
import { availableParallelism } from 'node:os';

export interface ServerOptions {
  /** Interface to bind; loopback by default, so nothing outside this machine can reach the server. */
  host: string;
  /** 0 picks a free port (tests). */
  port: number;
  /** Worker threads that run extractions. */
  jobs: number;
  /** Largest request body, in bytes. */
  bodyLimit: number;
  /** Time limit for one document, from its arrival (time waiting for a worker included), in milliseconds. */
  timeoutMs: number;
  /** Documents that may wait for a worker; past that, requests get 429. */
  maxQueued: number;
  /** Most documents in one batch request. */
  maxBatch: number;
  /** Log each request (fastify's logger, JSON lines on stderr). */
  log: boolean;
  /** The worker script; tests wrap the real one to make it crash. */
  workerScript?: string;
}

export const MIB = 1024 * 1024;

export function defaultServerOptions(): ServerOptions {
  return {
    host: '127.0.0.1',
    port: 8080,
    jobs: availableParallelism(),
    bodyLimit: 5 * MIB,
    timeoutMs: 30_000,
    maxQueued: 256,
    maxBatch: 100,
    log: false,
  };
}
