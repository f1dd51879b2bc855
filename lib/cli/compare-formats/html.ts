/**
 * `html`: the disputed-figures report, one self-contained page: no scripts, no external assets, every text escaped,
 * and a Content-Security-Policy that allows only its own stylesheet (by hash). Each group has a dot-and-range plot of
 * its figures on one axis and a row per figure with its source, date, sentence and a link into the document's
 * reading view (written next to the report with `--out`).
 */
import { createHash } from 'node:crypto';
import type { ComparedFigure, ComparedGroup } from '../../claims/index';
import { packageVersion } from '../args';
import { documentHead } from '../html/document-head';
import { escapeHtml } from '../html/escape';
import { countsText, figureValue, oneLine, plural, spreadText, verdictText, verdictWord } from './describe';
import type { CompareReport } from './index';
import { plotGroup } from './plot';
import { COMPARE_STYLE } from './style';

const STYLE_HASH = createHash('sha256').update(COMPARE_STYLE).digest('base64');
const CSP = `default-src 'none'; style-src 'sha256-${STYLE_HASH}'; img-src 'none'; base-uri 'none'; form-action 'none'`;

const BADGES = {
  conflict: '<span class="badge conflict">Conflict</span>',
  agree: '<span class="badge agree">Consistent</span>',
  single: '<span class="badge single">Single figure</span>',
};

function quote(f: ComparedFigure): string {
  if (!f.excerpt) return escapeHtml(oneLine(f.text));
  const { text, start, end } = f.excerpt;
  return `${escapeHtml(oneLine(text.slice(0, start)))} <mark>${escapeHtml(oneLine(text.slice(start, end)))}</mark> ${escapeHtml(oneLine(text.slice(end)))}`;
}

function figureRow(f: ComparedFigure, link: string | null): string {
  const who = f.attribution
    ? `${escapeHtml(f.attribution)}${f.documentSource ? `<div class="via">reported by ${escapeHtml(f.documentSource)}</div>` : ''}`
    : escapeHtml(f.source);
  const where = f.place ? `<div class="via">${escapeHtml(f.place)}${f.placeFrom === 'dateline' ? ' (dateline)' : ''}</div>` : '';
  const inferred =
    f.conceptFrom === 'context' ? `<div class="note">counts ${escapeHtml(f.concept ?? '')}, from the claim before it</div>` : '';
  const read = link ? `<a href="${escapeHtml(link)}">read ›</a>` : '';
  return `<tr><td class="fig">${escapeHtml(figureValue(f))}</td><td>${who}${where}</td><td class="date">${escapeHtml(f.date ?? '—')}</td><td class="quote">${quote(f)}${inferred}<div class="doc">${escapeHtml(f.document)}</div></td><td class="read">${read}</td></tr>`;
}

function groupSection(g: ComparedGroup, i: number, report: CompareReport): string {
  const badge = BADGES[verdictWord(g)];
  const more =
    g.figureCount > g.figures.length ? `<p class="note">${plural(g.figureCount - g.figures.length, 'more figure')} not listed.</p>` : '';
  return `<section class="group${g.conflicting ? ' conflicting' : ''}" id="g${i + 1}" aria-labelledby="g${i + 1}-title">
${badge}<h2 id="g${i + 1}-title">${escapeHtml(g.label)}</h2>
<p class="facts"><strong>${escapeHtml(spreadText(g))}</strong> · <span class="verdict">${escapeHtml(verdictText(g))}</span> · ${escapeHtml(countsText(g))}</p>
${plotGroup(g)}
<table><thead><tr><th>Figure</th><th>Who says so</th><th>Date</th><th>As written</th><th><span class="note">Document</span></th></tr></thead><tbody>
${g.figures.map((f) => figureRow(f, report.link(f))).join('\n')}
</tbody></table>${more}
</section>`;
}

export function writeHtml(report: CompareReport): string {
  const { groups, stats } = report;
  const conflicts = groups.filter((g) => g.conflicting).length;
  const lede = groups.length
    ? `${plural(groups.length, 'group')} of figures from ${plural(stats.documents, 'document')}; ${conflicts ? `${plural(conflicts, 'group')} conflict${conflicts === 1 ? 's' : ''}` : 'none conflict'}.`
    : `No figures to compare in ${plural(stats.documents, 'document')}.`;
  const summary = groups.length
    ? `<nav class="summary" aria-label="Groups"><h2>Most disputed first</h2><ol>${groups
        .map(
          (g, i) =>
            `<li><a href="#g${i + 1}">${BADGES[verdictWord(g)]}<span class="label">${escapeHtml(g.label)}</span><span class="n">${escapeHtml(spreadText(g))}</span></a></li>`,
        )
        .join('')}</ol></nav>`
    : '<p class="empty">No group has figures from enough sources. Try <code>--min-sources 1</code> or fewer <code>--by</code> keys.</p>';
  const links = groups.some((g) => g.figures.some((f) => report.link(f)));
  const failed = report.failures.map((f) => `<li class="failed">${escapeHtml(f.file)}: ${escapeHtml(f.message)}</li>`).join('');
  return `${documentHead('Disputed figures', CSP, COMPARE_STYLE)}<body>
<main>
<header><p class="eyebrow">extract compare</p><h1>Disputed figures</h1><p class="lede">${escapeHtml(lede)}</p>
<p class="meta">Grouped by ${escapeHtml(report.by.join(', '))} · groups with figures from at least ${plural(report.minSources, 'source')} · ${plural(stats.unnamed, 'figure')} left out because the text does not say what they count. A shaded band marks the values every figure allows; a conflict has none.</p></header>
${summary}
${groups.map((g, i) => groupSection(g, i, report)).join('\n')}
<footer><p>Made by extract ${escapeHtml(packageVersion())}. Figures are read generously: a round number allows its rounding, “about” 15% either way.${links ? '' : ' Write the report with <code>--out DIR</code> to get each document’s reading view, linked from every figure.'}</p>${failed ? `<ul>${failed}</ul>` : ''}</footer>
</main>
</body>
</html>
`;
}
