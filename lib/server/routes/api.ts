/**
 * The JSON API: `POST /v1/extract` (one text), `POST /v1/extract/batch` (results in request order), and
 * `POST /v1/view`, what the web page uses: the reading view's HTML, rendered by the same code as
 * `--format html`, with the results and their CSV.
 */
import type { FastifyInstance } from 'fastify';
import { createCsv } from '../../cli/formats/csv';
import { createHtml } from '../../cli/formats/html';
import type { Output } from '../../cli/formats/index';
import { escapeHtml } from '../../cli/html/escape';
import { RECORD_TYPES, type RecordType } from '../../types';
import type { ServerOptions } from '../options';
import { batchRequest, extractRequest, viewRequest } from '../schemas';
import { checkReferenceDate, type DocumentRequest, type ExtractService } from '../service';

interface DocumentsBody {
  documents: (DocumentRequest & { name?: string })[];
  referenceDate?: string;
  types?: RecordType[];
}

/** Each document with the request's options where it gives none of its own. */
function withDefaults(body: DocumentsBody): DocumentRequest[] {
  checkReferenceDate(body.referenceDate);
  return body.documents.map((d) => ({ ...d, referenceDate: d.referenceDate ?? body.referenceDate, types: d.types ?? body.types }));
}

const joinOutput = (output: Output) => (typeof output === 'string' ? output : [...output].join(''));

export function apiRoutes(app: FastifyInstance, service: ExtractService, options: ServerOptions): void {
  app.post<{ Body: DocumentRequest }>('/v1/extract', { schema: { body: extractRequest } }, (request) => service.extract(request.body));

  app.post<{ Body: DocumentsBody }>('/v1/extract/batch', { schema: { body: batchRequest(options.maxBatch) } }, async (request) => ({
    results: await service.extractAll(withDefaults(request.body)),
  }));

  app.post<{ Body: DocumentsBody }>('/v1/view', { schema: { body: viewRequest(options.maxBatch) } }, async (request) => {
    const docs = request.body.documents.map((d, i) => ({ ...d, name: d.name?.trim() || `text ${i + 1}` }));
    const results = await service.extractAll(withDefaults({ ...request.body, documents: docs }));
    const types = request.body.types ?? [...RECORD_TYPES];
    const ctx = { colors: false, types, inputNames: docs.map((d) => d.name) };
    const html = createHtml(ctx);
    const csv = createCsv(ctx);
    const sections: string[] = [];
    const rows: string[] = [csv.head()];
    let position = 0;
    for (const [i, result] of results.entries()) {
      const file = docs[i].name;
      if ('error' in result) {
        sections.push(`<p class="failed"><strong>${escapeHtml(file)}</strong>: ${escapeHtml(result.error.message)}</p>`);
        continue;
      }
      const fileResult = { file, ...result, text: docs[i].text };
      sections.push(joinOutput(html.file(fileResult, position++)));
      rows.push(joinOutput(csv.file(fileResult, i)));
    }
    return { results: results.map((r, i) => ({ file: docs[i].name, ...r })), html: sections.join('\n'), csv: rows.join('') };
  });
}
