/** `GET /` and its assets: the page, its script and styles, and the reading view's script and styles from the CLI. */
import type { FastifyInstance } from 'fastify';
import { SCRIPT as VIEW_SCRIPT } from '../../cli/html/script';
import { STYLE as VIEW_STYLE } from '../../cli/html/style';
import type { ServerOptions } from '../options';
import { PAGE_CSP, pageHtml } from '../page/html';
import { PAGE_SCRIPT } from '../page/script';
import { PAGE_STYLE } from '../page/style';

const ASSETS: Record<string, { type: string; body: string }> = {
  'page.js': { type: 'text/javascript; charset=utf-8', body: PAGE_SCRIPT },
  'page.css': { type: 'text/css; charset=utf-8', body: PAGE_STYLE },
  'view.js': { type: 'text/javascript; charset=utf-8', body: VIEW_SCRIPT },
  'view.css': { type: 'text/css; charset=utf-8', body: VIEW_STYLE },
};

export function pageRoutes(app: FastifyInstance, version: string, options: ServerOptions): void {
  const html = pageHtml(version, options.maxBatch, options.bodyLimit);
  app.get('/', (_request, reply) => reply.type('text/html; charset=utf-8').header('content-security-policy', PAGE_CSP).send(html));
  // Browsers ask for it; no icon, and no 404 in their console.
  app.get('/favicon.ico', (_request, reply) => reply.status(204).send());
  for (const [name, asset] of Object.entries(ASSETS))
    app.get(`/assets/${name}`, (_request, reply) => reply.type(asset.type).header('cache-control', 'no-cache').send(asset.body));
}
