/**
 * `csv`: one row per figure, its group's key, spread and verdict repeated on each row, for a spreadsheet's filters.
 * Text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab or CR first) is prefixed with `'`.
 */
import { stringify } from 'csv-stringify/sync';
import { figureValue } from './describe';
import type { CompareReport } from './index';

const COLUMNS = [
  'group',
  'conflicting',
  'spread_low',
  'spread_high',
  'ratio',
  'figure',
  'value',
  'low',
  'high',
  'bound',
  'modifier',
  'unit',
  'source',
  'attribution',
  'document_source',
  'document',
  'date',
  'place',
  'concept',
  'predicate',
  'text',
  'start',
  'end',
] as const;

const FORMULA_START = /^[=+\-@\t\r]/;
const safe = (v: string | number | boolean | null) => (typeof v === 'string' && FORMULA_START.test(v) ? `'${v}` : v);

export function writeCsv(report: CompareReport): string {
  const rows = report.groups.flatMap((g) =>
    g.figures.map((f) =>
      [
        g.label,
        String(g.conflicting),
        g.spread.low,
        g.spread.high,
        g.spread.ratio === null ? null : +g.spread.ratio.toFixed(3),
        figureValue(f),
        f.value,
        f.low,
        f.high,
        f.bound,
        f.modifier,
        f.unit,
        f.source,
        f.attribution,
        f.documentSource,
        f.document,
        f.date,
        f.place,
        f.concept,
        f.predicate,
        f.text.replace(/\s+/g, ' '),
        f.start,
        f.end,
      ].map(safe),
    ),
  );
  return stringify([[...COLUMNS], ...rows]);
}
