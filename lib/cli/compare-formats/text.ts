/** `text`: the disputed figures for a terminal: each group's verdict, spread and sources, then one line per figure. */
import { createColors } from 'picocolors';
import { countsText, figureValue, oneLine, plural, sourceText, spreadText, verdictText, verdictWord } from './describe';
import type { CompareReport } from './index';

const VALUE_WIDTH = 16;
const SOURCE_WIDTH = 30;
const DOCUMENT_WIDTH = 28;
const MAX_QUOTE = 48;

const clip = (s: string, width: number) => (s.length > width ? `${s.slice(0, width - 1)}…` : s.padEnd(width));

export function writeText(report: CompareReport, options: { colors: boolean }): string {
  const c = createColors(options.colors);
  const { groups, stats } = report;
  const conflicts = groups.filter((g) => g.conflicting).length;
  const lines = [
    c.bold(`Disputed figures: ${plural(groups.length, 'group')}, ${conflicts} conflicting, from ${plural(stats.documents, 'document')}`),
    c.dim(
      `grouped by ${report.by.join(', ')} · groups with figures from at least ${plural(report.minSources, 'source')} · ` +
        `${plural(stats.unnamed, 'figure')} left out: the text does not say what they count`,
    ),
  ];
  if (!groups.length)
    lines.push('', 'No figures to compare: no group has figures from enough sources (try --min-sources 1 or fewer --by keys).');
  for (const g of groups) {
    const word = verdictWord(g);
    const verdict = word === 'conflict' ? c.red(c.bold('CONFLICT ')) : word === 'agree' ? c.green('agree    ') : c.dim('single   ');
    lines.push('', `${verdict} ${c.bold(g.label)}`, `          ${spreadText(g)} · ${verdictText(g)} · ${c.dim(countsText(g))}`);
    for (const f of g.figures) {
      const quote = oneLine(f.text);
      lines.push(
        `            ${c.bold(clip(figureValue(f), VALUE_WIDTH))} ${clip(sourceText(f), SOURCE_WIDTH)} ${c.dim(clip(f.date ?? '—', 10))}  ` +
          `${c.dim(clip(f.document, DOCUMENT_WIDTH))} ${c.dim(`“${quote.length > MAX_QUOTE ? `${quote.slice(0, MAX_QUOTE - 1)}…` : quote}”`)}`,
      );
    }
    if (g.figureCount > g.figures.length) lines.push(c.dim(`            … ${plural(g.figureCount - g.figures.length, 'more figure')}`));
  }
  for (const f of report.failures) lines.push(c.yellow(`failed: ${f.file}: ${f.message}`));
  return `${lines.join('\n')}\n`;
}
