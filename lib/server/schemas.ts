/**
 * JSON Schemas of the API's requests and responses. Fastify validates request bodies with them, and
 * `/openapi.json` is built from them and from schema/result.schema.json (the library's result), so the
 * documentation cannot drift from what the server checks.
 */
import { COMPARE_KEYS, DATE_GRANULARITIES } from '../claims/index';
import { RECORD_TYPES } from '../types';

const referenceDate = {
  type: 'string',
  maxLength: 64,
  description: 'Resolve relative dates against this day (`YYYY-MM-DD`); by default the dateline, if any.',
  examples: ['2016-12-05'],
} as const;

const types = {
  type: 'array',
  items: { enum: [...RECORD_TYPES] },
  minItems: 1,
  uniqueItems: true,
  description: 'Record types to extract; all five by default.',
} as const;

const text = { type: 'string', description: 'The text, as it is: record offsets are UTF-16 indices into it.' } as const;

export const extractRequest = {
  type: 'object',
  additionalProperties: false,
  required: ['text'],
  properties: { text, referenceDate, types },
} as const;

/** Batch and view requests: per-document options override the request's. */
function documentsRequest(
  maxBatch: number,
  documentProperties: Record<string, unknown>,
  requestProperties: Record<string, unknown> = { referenceDate, types },
) {
  return {
    type: 'object',
    additionalProperties: false,
    required: ['documents'],
    properties: {
      documents: {
        type: 'array',
        minItems: 1,
        maxItems: maxBatch,
        items: { type: 'object', additionalProperties: false, required: ['text'], properties: documentProperties },
      },
      ...requestProperties,
    },
  };
}

export const batchRequest = (maxBatch: number) => documentsRequest(maxBatch, { text, referenceDate, types });

export const viewRequest = (maxBatch: number) =>
  documentsRequest(maxBatch, { name: { type: 'string', maxLength: 1000, description: 'Shown as the title of its section.' }, text });

/** Compare requests: the documents whose claims are lined up, and how groups are keyed (lib/claims/compare.ts). */
export const compareRequest = (maxBatch: number) =>
  documentsRequest(
    maxBatch,
    {
      id: { type: 'string', maxLength: 1000, description: 'How the report names the document.' },
      source: { type: 'string', maxLength: 1000, description: 'Who published it: the source of its own-voice claims.' },
      text,
      referenceDate,
    },
    {
      referenceDate,
      by: {
        type: 'array',
        items: { enum: [...COMPARE_KEYS] },
        uniqueItems: true,
        description: 'Group keys; concept,predicate,place by default.',
      },
      dateGranularity: { enum: [...DATE_GRANULARITIES], description: 'Date buckets when grouping by date (default month).' },
      minSources: { type: 'integer', minimum: 1, maximum: 1000, description: 'Leave out groups with fewer distinct sources (default 2).' },
    },
  );

export const ERROR_CODES = [
  'invalid_json',
  'invalid_request',
  'not_found',
  'body_too_large',
  'unsupported_media_type',
  'queue_full',
  'internal',
  'starting',
  'stopping',
  'timeout',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const errorResponse = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: { code: { enum: [...ERROR_CODES] }, message: { type: 'string' } },
    },
  },
} as const;

export const healthResponse = {
  type: 'object',
  required: ['status', 'workers', 'queued', 'running'],
  properties: {
    status: { enum: ['ok', 'starting', 'stopping'] },
    version: { type: 'string' },
    workers: { type: 'integer', description: 'Worker threads.' },
    queued: { type: 'integer', description: 'Documents waiting for a worker.' },
    running: { type: 'integer', description: 'Documents being extracted.' },
    features: { type: 'object', properties: { compare: { type: 'boolean', description: 'Whether POST /v1/compare exists.' } } },
  },
} as const;
