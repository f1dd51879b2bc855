/** Words every compare format shares: a figure's value, a group's spread, what the figures agree on. */
import { type ComparedFigure, type ComparedGroup, formatClaimValue } from '../../claims/index';

const number = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: Math.abs(n) >= 100 ? 0 : 2 });
export const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** `≈ 270,000`, `≥ 21,000`, `4,000–5,000`, `USD 1,200,000`. */
export const figureValue = (f: ComparedFigure) => formatClaimValue(f);

/** `20,000 – 270,000 (13.5× apart)`. */
export function spreadText(g: ComparedGroup): string {
  const range = g.spread.low === g.spread.high ? number(g.spread.low) : `${number(g.spread.low)} – ${number(g.spread.high)}`;
  const ratio =
    g.spread.ratio && g.spread.ratio > 1
      ? ` (${g.spread.ratio >= 10 ? Math.round(g.spread.ratio) : g.spread.ratio.toFixed(1)}× apart)`
      : '';
  return range + ratio;
}

/** What every figure allows: `all fit 21,000 – 22,000`, `all fit 20,500 or more`; for a conflict, why not. */
export function verdictText(g: ComparedGroup): string {
  if (!g.agreed) return 'no value fits every figure';
  if (g.figureCount < 2) return 'one figure, nothing to compare it with';
  const { low, high } = g.agreed;
  const fits =
    low !== null && high !== null
      ? low === high
        ? number(low)
        : `${number(low)} – ${number(high)}`
      : low !== null
        ? `${number(low)} or more`
        : high !== null
          ? `${number(high)} or less`
          : 'any value';
  return `all fit ${fits}`;
}

/** `3 figures from 2 sources in 2 documents`. */
export function countsText(g: ComparedGroup): string {
  return `${plural(g.figureCount, 'figure')} from ${plural(g.sources.length, 'source')} in ${plural(g.documents, 'document')}`;
}

/** Who says so, and in whose document when that is someone else: `UN officials (in aleppo-watch.txt)`. */
export function sourceText(f: ComparedFigure): string {
  return f.attribution ? `${f.attribution}${f.documentSource ? `, via ${f.documentSource}` : ''}` : f.source;
}

export const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The group's verdict as a word: `conflict`, `agree`, or `single` for a lone figure. */
export const verdictWord = (g: ComparedGroup) => (g.conflicting ? 'conflict' : g.figureCount < 2 ? 'single' : 'agree');
