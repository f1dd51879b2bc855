/**
 * The adapter between HTTP and the worker pool: one document's options checked, its extraction run in a worker
 * under the time limit, and every way that can fail turned into an `ApiError`.
 */
import { parseReferenceDate } from '../index';
import type { JobSettings } from '../cli/job';
import { PoolError, type WorkerPool } from '../cli/pool';
import type { ExtractRecord, ExtractResult, RecordType } from '../types';
import { ApiError, fromPoolError } from './errors';

export interface DocumentRequest {
  text: string;
  referenceDate?: string;
  types?: RecordType[];
}

/** A result as the API returns it: the library's `ExtractResult`. */
export type ApiResult = ExtractResult;

export function checkReferenceDate(value: string | undefined, field = 'referenceDate'): string | undefined {
  if (value === undefined) return undefined;
  try {
    return parseReferenceDate(value).toISOString().slice(0, 10);
  } catch {
    throw new ApiError(
      400,
      'invalid_request',
      `${field} must be a real day written YYYY-MM-DD, such as "2016-12-05"; got ${JSON.stringify(value)}`,
    );
  }
}

export class ExtractService {
  constructor(
    private readonly pool: WorkerPool,
    private readonly timeoutMs: number,
  ) {}

  /** Throws 429 unless `count` more documents fit in the queue now (a batch is taken whole or not at all). */
  reserve(count: number): void {
    if (this.pool.room() < count) throw fromPoolError(new PoolError('busy', 'queue full'));
  }

  async extract(doc: DocumentRequest): Promise<ApiResult> {
    const settings: JobSettings = { types: doc.types, referenceDate: checkReferenceDate(doc.referenceDate), keepText: false };
    let outcome: Awaited<ReturnType<WorkerPool['run']>>;
    try {
      outcome = await this.pool.run({ index: 0, name: 'request', text: doc.text }, settings, this.timeoutMs);
    } catch (err) {
      if (err instanceof PoolError) throw fromPoolError(err);
      throw err;
    }
    if (!outcome.ok)
      throw outcome.internal ? new ApiError(500, 'internal', outcome.message) : new ApiError(400, 'invalid_request', outcome.message);
    const { records, referenceDate, referenceDateSource } = outcome.result;
    // In the library's own key order.
    return { referenceDate, referenceDateSource, records: records as ExtractRecord[] };
  }

  /** Several documents, each under its own time limit; a document that fails gets its error in its place. */
  async extractAll(docs: DocumentRequest[]): Promise<(ApiResult | { error: { code: string; message: string } })[]> {
    for (const doc of docs) checkReferenceDate(doc.referenceDate, 'documents[].referenceDate');
    this.reserve(docs.length);
    return Promise.all(
      docs.map((doc) =>
        this.extract(doc).catch((err: unknown) => {
          if (err instanceof ApiError) return { error: { code: err.code, message: err.message } };
          throw err;
        }),
      ),
    );
  }
}
