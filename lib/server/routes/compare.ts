/**
 * `POST /v1/compare`: the disputed-figures report over HTTP. Each document is extracted through the worker pool
 * (like a batch), then `compareClaims` (lib/claims/) groups the figures across documents. The server adds no
 * compare logic of its own.
 */
import type { FastifyInstance } from 'fastify';
import { type CompareKey, compareClaims, type DateGranularity } from '../../claims/index';
import type { ServerOptions } from '../options';
import { ApiError } from '../errors';
import { compareRequest, type ErrorCode } from '../schemas';
import { checkReferenceDate, type ExtractService } from '../service';

interface CompareBody {
  documents: { id?: string; text: string; referenceDate?: string; source?: string }[];
  referenceDate?: string;
  by?: CompareKey[];
  dateGranularity?: DateGranularity;
  minSources?: number;
}

export function compareRoutes(app: FastifyInstance, service: ExtractService, options: ServerOptions): void {
  app.post<{ Body: CompareBody }>('/v1/compare', { schema: { body: compareRequest(options.maxBatch) } }, async (request) => {
    const body = request.body;
    checkReferenceDate(body.referenceDate);
    const docs = body.documents.map((d, i) => ({ ...d, id: d.id?.trim() || `document ${i + 1}` }));
    const results = await service.extractAll(docs.map((d) => ({ text: d.text, referenceDate: d.referenceDate ?? body.referenceDate })));
    const failed = results.findIndex((r) => 'error' in r);
    if (failed >= 0) {
      const { error } = results[failed] as { error: { code: string; message: string } };
      throw new ApiError(error.code === 'timeout' ? 504 : 500, error.code as ErrorCode, `documents[${failed}]: ${error.message}`);
    }
    const compared = docs.map((d, i) => ({ id: d.id, text: d.text, source: d.source ?? null, ...(results[i] as object) }));
    return {
      groups: compareClaims(compared as Parameters<typeof compareClaims>[0], {
        by: body.by,
        dateGranularity: body.dateGranularity,
        minSources: body.minSources,
      }),
    };
  });
}
