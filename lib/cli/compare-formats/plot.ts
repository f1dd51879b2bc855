/**
 * A group's figures on one axis, as inline SVG: one lane per figure, a dot at each number it states, a pale band
 * for the values it allows (arrows where it is open-ended), and the values all figures allow shaded. A log axis when
 * the figures are more than 8× apart. Presentation attributes only (no style attributes: the page's CSP forbids them).
 */
import type { ComparedFigure, ComparedGroup } from '../../claims/index';
import { escapeHtml } from '../html/escape';
import { figureValue, sourceText } from './describe';

const WIDTH = 760;
const LABEL = 250;
const RIGHT = 24;
const LANE = 26;
const TOP = 10;
const AXIS = 30;
const LOG_RATIO = 8;

interface Scale {
  x: (v: number) => number;
  ticks: number[];
}

const compact = (n: number) =>
  Math.abs(n) >= 1e9
    ? `${+(n / 1e9).toFixed(1)}B`
    : Math.abs(n) >= 1e6
      ? `${+(n / 1e6).toFixed(1)}M`
      : Math.abs(n) >= 1e4
        ? `${+(n / 1e3).toFixed(0)}k`
        : n.toLocaleString('en-US', { maximumFractionDigits: 2 });

function niceStep(span: number): number {
  const raw = span / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw;
}

function scale(lo: number, hi: number, log: boolean): Scale {
  const left = LABEL;
  const right = WIDTH - RIGHT;
  if (log) {
    const [a, b] = [Math.log10(lo), Math.log10(hi)];
    const ticks: number[] = [];
    for (let p = Math.floor(a); p <= Math.ceil(b); p++)
      for (const m of [1, 2, 5]) {
        const t = m * 10 ** p;
        if (t >= lo && t <= hi) ticks.push(t);
      }
    return { x: (v) => left + ((Math.log10(Math.max(v, lo)) - a) / (b - a || 1)) * (right - left), ticks };
  }
  const step = niceStep(hi - lo || Math.abs(hi) || 1);
  const ticks: number[] = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi + step * 1e-9; t += step) ticks.push(+t.toPrecision(12));
  return { x: (v) => left + ((v - lo) / (hi - lo || 1)) * (right - left), ticks };
}

/** The axis's ends: every stated number and every closed end of a reading, with a margin. */
function domain(g: ComparedGroup, log: boolean): [number, number] {
  const values = g.figures.flatMap((f) => [f.low, f.high, f.value, f.reading.low, f.reading.high]).filter((v): v is number => v !== null);
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (log) return [Math.max(lo / 1.6, Number.MIN_VALUE), hi * 1.6];
  if (lo === hi) [lo, hi] = [lo - Math.abs(lo) * 0.5 || -1, hi + Math.abs(hi) * 0.5 || 1];
  const pad = (hi - lo) * 0.08;
  // Counts far apart start at zero, so that the eye reads lengths as sizes.
  if (lo >= 0 && lo < hi / 2) return [0, hi + pad];
  return [lo >= 0 ? Math.max(0, lo - pad) : lo - pad, hi + pad];
}

function lane(f: ComparedFigure, i: number, s: Scale, bounds: [number, number]): string {
  const y = TOP + i * LANE + LANE / 2;
  const clamp = (v: number) => Math.min(Math.max(v, bounds[0]), bounds[1]);
  const x0 = s.x(clamp(f.reading.low ?? bounds[0]));
  const x1 = s.x(clamp(f.reading.high ?? bounds[1]));
  const parts = [`<line x1="${LABEL}" x2="${WIDTH - RIGHT}" y1="${y}" y2="${y}" class="lane"/>`];
  parts.push(`<line x1="${x0.toFixed(1)}" x2="${x1.toFixed(1)}" y1="${y}" y2="${y}" class="allows"/>`);
  if (f.reading.high === null) parts.push(`<path d="M${(x1 - 7).toFixed(1)} ${y - 5}l7 5-7 5" class="open"/>`);
  if (f.reading.low === null) parts.push(`<path d="M${(x0 + 7).toFixed(1)} ${y - 5}l-7 5 7 5" class="open"/>`);
  const stated = [...new Set([f.low, f.high, f.value].filter((v): v is number => v !== null))];
  if (stated.length === 2)
    parts.push(`<line x1="${s.x(stated[0]).toFixed(1)}" x2="${s.x(stated[1]).toFixed(1)}" y1="${y}" y2="${y}" class="range"/>`);
  for (const v of stated) parts.push(`<circle cx="${s.x(v).toFixed(1)}" cy="${y}" r="5" class="dot"/>`);
  const label = sourceText(f);
  const short = label.length > 34 ? `${label.slice(0, 33)}…` : label;
  parts.push(`<text x="${LABEL - 10}" y="${y + 4}" class="who" text-anchor="end">${escapeHtml(short)}</text>`);
  return `<g><title>${escapeHtml(`${figureValue(f)} — ${label}`)}</title>${parts.join('')}</g>`;
}

export function plotGroup(g: ComparedGroup): string {
  const positive = g.figures.every((f) => [f.low, f.high, f.value].every((v) => v === null || v > 0));
  const log = positive && g.spread.ratio !== null && g.spread.ratio > LOG_RATIO;
  const bounds = domain(g, log);
  const s = scale(bounds[0], bounds[1], log);
  const height = TOP + g.figures.length * LANE + AXIS;
  const base = TOP + g.figures.length * LANE;
  const shade =
    g.agreed !== null
      ? (() => {
          const a = s.x(Math.max(g.agreed.low ?? bounds[0], bounds[0]));
          const b = s.x(Math.min(g.agreed.high ?? bounds[1], bounds[1]));
          return `<rect x="${a.toFixed(1)}" y="${TOP - 4}" width="${Math.max(b - a, 2).toFixed(1)}" height="${base - TOP + 8}" class="agreed"/>`;
        })()
      : '';
  const ticks = s.ticks
    .map((t) => {
      const x = s.x(t).toFixed(1);
      return `<line x1="${x}" x2="${x}" y1="${TOP - 4}" y2="${base + 4}" class="grid"/><text x="${x}" y="${base + 20}" class="tick" text-anchor="middle">${compact(t)}</text>`;
    })
    .join('');
  const description = `${g.figures.length} figures from ${g.spread.low} to ${g.spread.high}${log ? ', on a logarithmic axis' : ''}`;
  return `<svg class="plot" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-label="${escapeHtml(description)}">${shade}${ticks}${g.figures
    .map((f, i) => lane(f, i, s, bounds))
    .join(
      '',
    )}<line x1="${LABEL}" x2="${WIDTH - RIGHT}" y1="${base + 4}" y2="${base + 4}" class="axis"/>${log ? `<text x="${WIDTH - RIGHT}" y="${height - 1}" class="scale" text-anchor="end">log scale</text>` : ''}</svg>`;
}
