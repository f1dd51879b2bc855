/**
 * MERGE POINT for `POST /v1/compare` (issue 19). The compare feature (`compareClaims(documents, options)` in
 * lib/claims/) is being built in parallel; this server does not implement compare logic of its own.
 *
 * When `compareClaims` is exported by lib/index.ts, wire it here: validate `{documents: [{name?, text}], ...}`
 * with a schema in ../schemas.ts (and add it to ../openapi.ts), extract each document through
 * `ExtractService.extractAll` (the worker pool), and call `compareClaims` on the results, registered from
 * ../app.ts when `compareAvailable()`. Until then there is no such route (404), and /healthz says so.
 */
import * as library from '../../index';

export const compareAvailable = (): boolean => typeof (library as Record<string, unknown>).compareClaims === 'function';
