/**
 * The server: a fastify app over a worker pool. It binds loopback by default, answers 503 until a worker is
 * warm and again while stopping, and sends every error as `{error: {code, message}}`. `stop()` is the graceful
 * shutdown SIGTERM triggers: no new work, the requests in flight finished, the workers stopped.
 */
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { packageVersion } from '../cli/args';
import { WorkerPool } from '../cli/pool';
import { compareRoutes } from './routes/compare';
import { ApiError, errorBody, fromFastifyError } from './errors';
import { openApiDocument } from './openapi';
import { defaultServerOptions, type ServerOptions } from './options';
import { apiRoutes } from './routes/api';
import { pageRoutes } from './routes/page';
import { ExtractService } from './service';

/** What each new worker extracts before it takes requests: loads the models and warms up the compiler. */
const WARMUP_TEXT =
  'LISBON, May 4 (Wire) - About 1,200 residents left the river town on Tuesday, the regional council said. ' +
  'Mayor Ana Duarte said 15 houses were damaged and repairs would cost more than $2 million.';

/** Sent to API responses (the page sets its own policy). */
const API_CSP = "default-src 'none'; frame-ancestors 'none'";

export type ServerState = 'starting' | 'ready' | 'stopping';

export interface Server {
  app: FastifyInstance;
  pool: WorkerPool;
  readonly state: ServerState;
  options: ServerOptions;
  /** Starts listening; resolves with the address (`http://127.0.0.1:8080`). */
  listen(): Promise<string>;
  /** Resolves when the first worker is warm. */
  ready(): Promise<void>;
  /** Graceful stop: refuses new requests (503), finishes those in flight, stops the workers. */
  stop(): Promise<void>;
}

export function createServer(overrides: Partial<ServerOptions> = {}): Server {
  const options: ServerOptions = { ...defaultServerOptions(), ...overrides };
  const version = packageVersion();
  let state: ServerState = 'starting';
  const pool = new WorkerPool({
    threads: options.jobs,
    maxQueued: options.maxQueued,
    warmup: { input: { index: 0, name: 'warm-up', text: WARMUP_TEXT }, settings: { keepText: false } },
    workerScript: options.workerScript,
  });
  const whenReady = pool.whenReady().then(() => {
    if (state === 'starting') state = 'ready';
  });
  whenReady.catch(() => {});

  const app = Fastify({
    logger: options.log ? { level: 'info', stream: process.stderr } : false,
    bodyLimit: options.bodyLimit,
    // Time to receive a whole request (slow clients cannot hold a connection forever).
    requestTimeout: 120_000,
    return503OnClosing: false,
    forceCloseConnections: 'idle',
    // No coercion ("5" stays a string, not a number), no silent removal of unknown fields, no defaults.
    ajv: { customOptions: { coerceTypes: false, removeAdditional: false, useDefaults: false, allErrors: false } },
  });
  // JSON only: text/plain bodies get 415 rather than a confusing validation error.
  app.removeContentTypeParser('text/plain');

  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-content-type-options', 'nosniff').header('referrer-policy', 'no-referrer').header('content-security-policy', API_CSP);
    if (!request.url.startsWith('/v1/')) return;
    if (state === 'starting') {
      reply.header('retry-after', '1');
      throw new ApiError(503, 'starting', 'the server is starting; retry in a moment');
    }
    if (state === 'stopping') {
      reply.header('connection', 'close');
      throw new ApiError(503, 'stopping', 'the server is shutting down');
    }
  });

  app.setErrorHandler((err: FastifyError, request, reply) => {
    const api = fromFastifyError(err, options.bodyLimit);
    if (api.status >= 500 && api.code === 'internal') request.log.error(err);
    void reply.status(api.status).send(errorBody(api.code, api.message));
  });
  app.setNotFoundHandler((request, reply) => {
    void reply.status(404).send(errorBody('not_found', `no route ${request.method} ${request.url.split('?')[0]}`));
  });

  const service = new ExtractService(pool, options.timeoutMs);
  apiRoutes(app, service, options);
  compareRoutes(app, service, options);
  pageRoutes(app, version, options);
  const openapi = openApiDocument(version, options);
  app.get('/openapi.json', async () => openapi);
  app.get('/healthz', (_request, reply) => {
    const status = state === 'ready' ? 'ok' : state;
    void reply.status(status === 'ok' ? 200 : 503).send({
      status,
      version,
      workers: options.jobs,
      queued: pool.queued,
      running: pool.running,
      features: { compare: true },
    });
  });

  let stopping: Promise<void> | null = null;
  return {
    app,
    pool,
    options,
    get state() {
      return state;
    },
    async listen() {
      return app.listen({ host: options.host, port: options.port });
    },
    ready: () => whenReady,
    stop() {
      state = 'stopping';
      stopping ??= (async () => {
        // close() waits for the requests in flight; the pool then finishes whatever they still queued.
        await app.close();
        await pool.close();
      })();
      return stopping;
    },
  };
}
