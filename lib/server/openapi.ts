/**
 * `/openapi.json` (OpenAPI 3.1), built from the schemas fastify validates with (./schemas.ts) and from
 * schema/result.schema.json, the library's result: its definitions become components, its root `ExtractResult`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ServerOptions } from './options';
import { batchRequest, compareRequest, errorResponse, extractRequest, healthResponse, viewRequest } from './schemas';

type Schema = Record<string, unknown>;

/** schema/result.schema.json, from dist/server/ or lib/server/ alike. */
export function resultSchema(): Schema {
  return JSON.parse(readFileSync(join(__dirname, '..', '..', 'schema', 'result.schema.json'), 'utf8')) as Schema;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: unknown) => ({ 'application/json': { schema } });
const errorResponses = (statuses: Record<number, string>) =>
  Object.fromEntries(Object.entries(statuses).map(([status, description]) => [status, { description, content: json(ref('Error')) }]));

const POST_ERRORS = {
  400: 'Invalid JSON, a missing or unknown field, a field of the wrong type, or a reference date that is not a day.',
  413: 'The body is larger than the limit.',
  415: 'The body is not application/json.',
  429: 'Too many documents are waiting for a worker; retry later.',
  500: 'The extraction failed (a worker thread crashed).',
  503: 'The server is starting or shutting down.',
  504: 'The document took longer than the time limit.',
};

/** A batch's documents fail one by one, each with its error in its place (500 and 504 included). */
const { 500: _crashed, 504: _timeout, ...BATCH_ERRORS } = POST_ERRORS;

export function openApiDocument(version: string, options: ServerOptions): Schema {
  const { definitions, $schema: _dialect, $id: _id, ...root } = resultSchema();
  // Draft-07 references into `definitions` become references into the components.
  const asComponent = (schema: unknown) =>
    JSON.parse(JSON.stringify(schema).replaceAll('"#/definitions/', '"#/components/schemas/')) as Schema;
  const batchResult = { oneOf: [ref('ExtractResult'), ref('Error')] };
  const post = (summary: string, request: unknown, response: unknown, errors: Record<number, string> = POST_ERRORS) => ({
    post: {
      summary,
      requestBody: { required: true, content: json(request) },
      responses: {
        200: { description: 'OK', content: json(response) },
        ...errorResponses(errors),
      },
    },
  });
  return {
    openapi: '3.1.0',
    info: {
      title: 'newsfacts extract server',
      version,
      description: `People, organizations, places, dates and quantity claims, with exact character spans, from English news text. Bodies up to ${options.bodyLimit} bytes; at most ${options.maxBatch} documents per batch; ${options.timeoutMs} ms per document.`,
    },
    paths: {
      '/v1/extract': post('Extract the records of one text', ref('ExtractRequest'), ref('ExtractResult')),
      '/v1/extract/batch': post(
        'Extract several texts; results in request order, a failed document has its error in its place',
        ref('BatchRequest'),
        { type: 'object', required: ['results'], properties: { results: { type: 'array', items: batchResult } } },
        BATCH_ERRORS,
      ),
      '/v1/compare': post(
        'Line up the quantity claims of several documents: groups of figures about the same thing, most disputed first',
        ref('CompareRequest'),
        { type: 'object', required: ['groups'], properties: { groups: { type: 'array', items: { type: 'object' } } } },
      ),
      '/v1/view': post(
        'The reading view (HTML), the results and their CSV, as the web page shows them',
        ref('ViewRequest'),
        {
          type: 'object',
          required: ['results', 'html', 'csv'],
          properties: {
            results: { type: 'array', items: { allOf: [{ type: 'object', properties: { file: { type: 'string' } } }, batchResult] } },
            html: { type: 'string' },
            csv: { type: 'string' },
          },
        },
        BATCH_ERRORS,
      ),
      '/healthz': {
        get: {
          summary: 'Whether the server takes work',
          responses: {
            200: { description: 'Ready', content: json(ref('Health')) },
            503: { description: 'Starting or stopping', content: json(ref('Health')) },
          },
        },
      },
      '/openapi.json': { get: { summary: 'This document', responses: { 200: { description: 'OpenAPI 3.1' } } } },
      '/': { get: { summary: 'The web page', responses: { 200: { description: 'HTML', content: { 'text/html': {} } } } } },
    },
    components: {
      schemas: {
        ...asComponent(definitions),
        ExtractResult: asComponent(root),
        ExtractRequest: extractRequest,
        BatchRequest: batchRequest(options.maxBatch),
        ViewRequest: viewRequest(options.maxBatch),
        CompareRequest: compareRequest(options.maxBatch),
        Error: errorResponse,
        Health: healthResponse,
      },
    },
  };
}
