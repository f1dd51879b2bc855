/** API errors: every failure is sent as `{error: {code, message}}` with the status that fits it. */
import type { FastifyError } from 'fastify';
import type { PoolError } from '../cli/pool';
import type { ErrorCode } from './schemas';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export const errorBody = (code: ErrorCode, message: string) => ({ error: { code, message } });

/** Fastify's own errors (parsing, limits, validation) as API errors; anything else is a bug (500). */
export function fromFastifyError(err: FastifyError, bodyLimit: number): ApiError {
  if (err instanceof ApiError) return err;
  if (err.validation) return new ApiError(400, 'invalid_request', describeValidation(err));
  switch (err.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new ApiError(413, 'body_too_large', `the request body is larger than the limit of ${bodyLimit} bytes`);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new ApiError(415, 'unsupported_media_type', 'send the request body as application/json');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new ApiError(400, 'invalid_json', 'the request body is empty; send a JSON object');
  }
  // secure-json-parse: a syntax error, or a __proto__ / constructor.prototype key (prototype poisoning).
  if (err.statusCode === 400) return new ApiError(400, 'invalid_json', `the request body is not valid JSON: ${err.message}`);
  if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) return new ApiError(err.statusCode, 'invalid_request', err.message);
  return new ApiError(500, 'internal', 'internal error');
}

/** Why the worker pool did not run a document, as the status a client can act on. */
export function fromPoolError(err: PoolError): ApiError {
  switch (err.reason) {
    case 'busy':
      return new ApiError(429, 'queue_full', 'the server is busy: too many documents are waiting; retry later');
    case 'timeout':
      return new ApiError(504, 'timeout', err.message);
    case 'closed':
      return new ApiError(503, 'stopping', 'the server is shutting down');
    default:
      return new ApiError(500, 'internal', `the extraction failed: ${err.message}`);
  }
}

/** The first schema violation, naming the field: `body/documents/0/text must be string`, `unknown field "colour"`. */
function describeValidation(err: FastifyError): string {
  const [first] = err.validation!;
  const where = `${err.validationContext ?? 'body'}${first.instancePath}`;
  const params = first.params as Record<string, unknown>;
  if (first.keyword === 'additionalProperties') return `${where}: unknown field ${JSON.stringify(params.additionalProperty)}`;
  if (first.keyword === 'enum') return `${where} must be one of ${(params.allowedValues as unknown[]).join(', ')}`;
  return `${where} ${first.message}`;
}
