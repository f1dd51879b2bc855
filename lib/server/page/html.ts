/**
 * The web page (`GET /`): a form (paste text or drop .txt/.md files, pick types and a reference date) above the
 * reading view. Its script and styles are separate same-origin files, so the Content-Security-Policy needs no
 * inline code at all.
 */
import { escapeHtml } from '../../cli/html/escape';
import { RECORD_TYPES } from '../../types';

export const PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "form-action 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

const typeBoxes = RECORD_TYPES.map(
  (t) => `<label class="t-${t}"><input type="checkbox" name="types" value="${t}" checked> ${t}</label>`,
).join('\n');

export function pageHtml(version: string, maxBatch: number, bodyLimit: number): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>extract: people, places, dates and quantity claims</title>
<link rel="stylesheet" href="/assets/view.css">
<link rel="stylesheet" href="/assets/page.css">
<script src="/assets/view.js" defer></script>
<script src="/assets/page.js" defer></script>
</head>
<body data-max-batch="${maxBatch}" data-body-limit="${bodyLimit}">
<main>
<header class="page-head"><h1>extract</h1><p>People, organizations, places, dates and quantity claims, each with its place in the text. extract ${escapeHtml(version)}; the text stays on this machine.</p></header>
<form id="form" class="panel" novalidate>
<label for="text" class="field-label">Text</label>
<textarea id="text" rows="6" spellcheck="false" placeholder="Paste a news article here, or drop .txt and .md files anywhere on the page"></textarea>
<div class="files" id="drop">
<label class="button secondary" for="files">Add .txt or .md files…</label>
<input type="file" id="files" accept=".txt,.md,text/plain,text/markdown" multiple>
<ul id="file-list" aria-label="Files to extract"></ul>
<button type="button" id="clear-files" class="link" hidden>remove files</button>
</div>
<div class="options">
<fieldset class="types"><legend>Types</legend>
${typeBoxes}
</fieldset>
<label class="date">Reference date <input type="date" id="reference-date"></label>
<button type="submit" id="run" class="button">Extract</button>
</div>
<p id="status" role="status" aria-live="polite"></p>
</form>
<div id="downloads" class="downloads" hidden>
<button type="button" id="download-json" class="button secondary">Download JSON</button>
<button type="button" id="download-csv" class="button secondary">Download CSV</button>
</div>
<div id="results"></div>
</main>
<div id="tip" role="tooltip" hidden></div>
</body>
</html>
`;
}
