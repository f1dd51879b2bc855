/**
 * `html`: a self-contained page (one per input with `--out`; one for all inputs on stdout, with a table of
 * contents). Each input's text is shown with every record highlighted in its type's colour, its fields in a
 * tooltip on hover or focus, a legend, and below the text the claims table: quantity records grouped by what
 * they count, each with its bound, its attribution and a link to its place in the text.
 *
 * Safe to open: every text is escaped, the embedded JSON cannot end its <script>, and a Content-Security-Policy
 * lets only the page's own script and style (by hash) run, with no network access. The page is written in pieces;
 * a text longer than HIGHLIGHT_CHARS is highlighted up to there and shown plain after, with a note, so that the
 * page and the memory to write it stay bounded.
 */
import { documentHead } from '../html/document-head';
import { createHash } from 'node:crypto';
import { formatClaimValue, groupClaims } from '../../claims';
import { RECORD_TYPES, type ExtractRecord, type QuantityRecord, type RecordType } from '../../types';
import { packageVersion } from '../args';
import { presentFields } from '../fields';
import { escapeHtml, scriptJson } from '../html/escape';
import { highlightText } from '../html/highlight';
import { SCRIPT } from '../html/script';
import { STYLE } from '../html/style';
import type { FileResult } from '../job';
import type { Failure, FormatContext, Formatter } from './index';

const LABELS: Record<RecordType, string> = {
  person: 'Person',
  organization: 'Organization',
  place: 'Place',
  date: 'Date',
  quantity: 'Quantity',
};
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Characters of a text highlighted (records, tooltips, claims); the rest of a longer text is shown plain. */
export const HIGHLIGHT_CHARS = 1_000_000;
/** Plain text is escaped and written in pieces of this size. */
const PIECE_CHARS = 1 << 16;

const sha256 = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
/** Nothing but the page's own script and style; no network, no plugins, no forms, no <base>. */
const CSP = `default-src 'none'; script-src ${sha256(SCRIPT)}; style-src ${sha256(STYLE)}; base-uri 'none'; form-action 'none'`;

function pageHead(title: string, withToc: boolean): string {
  return `${documentHead(title, CSP, STYLE)}<body${withToc ? ' class="with-toc"' : ''}>
<main>
<header class="page-head"><h1>${escapeHtml(title)}</h1><p>People, organizations, places, dates and quantity claims found by extract ${escapeHtml(packageVersion())}. Hover or focus a highlight for its fields.</p></header>
`;
}

function pageTail(toc: string): string {
  return `</main>\n${toc}<div id="tip" role="tooltip" hidden></div>\n<script>${SCRIPT}</script>\n</body>\n</html>\n`;
}

/** What the tooltip shows for one record: its fields, already formatted. */
function tooltipData(r: ExtractRecord) {
  // An exact figure's low and high only repeat its value.
  const repeats = (k: string) => r.type === 'quantity' && r.bound !== 'range' && (k === 'low' || k === 'high');
  const fields = presentFields(r)
    .filter(([k]) => !repeats(k))
    .map(([k, v]) => [k, typeof v === 'number' ? v.toLocaleString('en-US', { maximumFractionDigits: 6 }) : oneLine(v)]);
  return {
    type: r.type,
    text: oneLine(r.text),
    fields,
    where: `characters ${r.start}–${r.end} · sentence ${r.sentence + 1} · ${r.source} · confidence ${r.confidence}`,
  };
}

function legend(records: ExtractRecord[], types: readonly RecordType[]): string {
  const buttons = RECORD_TYPES.filter((t) => types.includes(t)).map((t) => {
    const n = records.filter((r) => r.type === t).length;
    return `<button type="button" class="t-${t}" data-type="${t}" aria-pressed="true" title="Show or hide ${t} highlights">${LABELS[t]} <span class="n">${n}</span></button>`;
  });
  return `<div class="legend" role="group" aria-label="Record types">${buttons.join('')}<span class="hint">click a type to hide it</span></div>`;
}

function claimsTable(records: ExtractRecord[], id: string): string {
  const groups = groupClaims(records);
  const index = new Map(records.map((r, i) => [r, i]));
  const title = `<h3 class="claims-title">Claims</h3>`;
  if (!groups.length) return `${title}<p class="claims-note">No quantity claims in this text.</p>`;
  const cell = (s: string | null | undefined) => (s ? escapeHtml(oneLine(s)) : '<span class="none">—</span>');
  // The source as written, and the name it stands for when that differs ("he (Amina Rwein)").
  const source = (q: QuantityRecord) => {
    const a = q.attribution;
    if (!a) return cell(null);
    const named = a.name && oneLine(a.name) !== oneLine(a.text) ? ` <span class="resolved">(${escapeHtml(oneLine(a.name))})</span>` : '';
    return cell(a.text) + named;
  };
  const bodies = groups.map((g) => {
    const rows = g.claims.map((q) => {
      const link = `<a href="#${id}-r${index.get(q)}">${escapeHtml(oneLine(q.text))}</a>`;
      return `<tr><td class="fig">${escapeHtml(formatClaimValue(q))}</td><td class="bound">${q.bound}</td><td>${link}</td><td>${cell(q.concept)}</td><td>${cell(q.predicate)}</td><td>${source(q)}</td></tr>`;
    });
    const n = `${g.claims.length} figure${g.claims.length === 1 ? '' : 's'}${g.named ? '' : ' · the text does not say what they count'}`;
    return `<tbody><tr><th colspan="6" scope="rowgroup"${g.named ? '' : ' class="unnamed"'}>${escapeHtml(g.label)}<span class="n">${n}</span></th></tr>${rows.join('')}</tbody>`;
  });
  return `${title}<p class="claims-note">Quantity claims grouped by what they count; follow a claim to its place in the text.</p>
<div class="claims-wrap"><table class="claims"><thead><tr><th>Figure</th><th>Bound</th><th>As written</th><th>Counts</th><th>Verb</th><th>Source</th></tr></thead>${bodies.join('\n')}</table></div>`;
}

/** A text escaped piece by piece. */
function* plainText(text: string, from: number): Generator<string> {
  for (let at = from; at < text.length; at += PIECE_CHARS) yield escapeHtml(text.slice(at, at + PIECE_CHARS));
}

/** Where highlighting stops: HIGHLIGHT_CHARS, moved off the second half of a surrogate pair. */
function highlightEnd(text: string): number {
  if (text.length <= HIGHLIGHT_CHARS) return text.length;
  const code = text.charCodeAt(HIGHLIGHT_CHARS);
  return code >= 0xdc00 && code <= 0xdfff ? HIGHLIGHT_CHARS + 1 : HIGHLIGHT_CHARS;
}

/** One input's section, in pieces. Only the records inside the highlighted part are kept in memory. */
function* section(result: FileResult, position: number, types: readonly RecordType[], counted?: (n: number) => void): Generator<string> {
  const id = `f${position}`;
  const text = result.text ?? '';
  const cut = highlightEnd(text);
  const records: ExtractRecord[] = [];
  let total = 0;
  for (const r of result.records) {
    total++;
    if (r.end <= cut) records.push(r);
  }
  counted?.(total);
  const spans = records.map((r, i) => ({
    start: r.start,
    end: r.end,
    ref: String(i),
    className: `t-${r.type}`,
    firstAttributes: `id="${id}-r${i}" tabindex="0" aria-describedby="tip"`,
  }));
  const date = result.referenceDate
    ? `reference date ${result.referenceDate} (${result.referenceDateSource === 'option' ? 'given' : result.referenceDateSource === 'dateline' ? 'from the dateline' : 'guessed from the first lines'})`
    : 'no reference date';
  const n = (x: number) => x.toLocaleString('en-US');
  const cutNote =
    cut < text.length
      ? `<p class="cut-note" role="note">This text has ${n(text.length)} characters: the first ${n(cut)} are highlighted, with ${n(records.length)} of its ${n(total)} records; the rest is shown as plain text. Use --format json, jsonl or csv for every record.</p>`
      : '';
  yield `<section class="doc" id="${id}" aria-labelledby="${id}-title">
<h2 id="${id}-title">${escapeHtml(result.file)}</h2>
<p class="meta">${total} records · ${date}</p>
${cutNote}<div class="reading">${legend(records, types)}
<div class="text">${highlightText(text.slice(0, cut), spans)}`;
  if (cut < text.length) {
    // The words come from the style sheet, so that the page's text stays the input's.
    yield '<span class="cut-mark" role="note" aria-label="highlighting stops here"></span>';
    yield* plainText(text, cut);
  }
  yield `</div></div>
${types.includes('quantity') ? claimsTable(records, id) : ''}
<script type="application/json" class="records">${scriptJson(records.map(tooltipData))}</script>
</section>
`;
}

export function createHtml(ctx: FormatContext): Formatter {
  const withToc = ctx.inputNames.length > 1;
  const written: { file: string; records: number }[] = [];
  const toc = (failures: Failure[]) => {
    if (!withToc) return '';
    const items = written.map(
      (f, i) => `<li><a href="#f${i}"><span>${escapeHtml(f.file)}</span><span class="n">${f.records}</span></a></li>`,
    );
    const failed = failures.map((f) => `<li class="failed" title="${escapeHtml(f.message)}">${escapeHtml(f.file)}</li>`);
    return `<nav class="toc" aria-label="Files"><h2>${written.length} files</h2><ol>${[...items, ...failed].join('')}</ol></nav>\n`;
  };
  return {
    extension: 'html',
    head: () => pageHead(withToc ? `extract: ${ctx.inputNames.length} files` : `extract: ${ctx.inputNames[0] ?? ''}`, withToc),
    file: (result, position) => section(result, position, ctx.types, (records) => written.push({ file: result.file, records })),
    tail: (failures) => pageTail(toc(failures)),
    *document(result) {
      yield pageHead(`extract: ${result.file}`, false);
      yield* section(result, 0, ctx.types);
      yield pageTail('');
    },
  };
}
