/**
 * `text`: a compact summary per file for people at a terminal: the names found (mentions counted per entity),
 * the dates with their values, and the claims grouped by what they count. Coloured when `colors` is on.
 */
import { createColors } from 'picocolors';
import { formatClaimValue, groupClaims } from '../../claims';
import { RECORD_TYPES, type ExtractRecord, type QuantityRecord, type RecordType } from '../../types';
import type { FileResult } from '../job';
import type { FormatContext, Formatter } from './index';
import { groupBy } from '../../text/group-by';

const MAX_ITEMS = 8;
const MAX_GROUPS = 8;
const LABEL_WIDTH = 15;
const PLURALS: Record<RecordType, string> = {
  person: 'people',
  organization: 'organizations',
  place: 'places',
  date: 'dates',
  quantity: 'quantities',
};

type Colors = ReturnType<typeof createColors>;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function typeColor(c: Colors, type: RecordType): (s: string) => string {
  return { person: c.blue, organization: c.magenta, place: c.green, date: c.yellow, quantity: c.red }[type];
}

/** At most MAX_ITEMS items, then how many more. */
function list(c: Colors, items: string[], separator = ', '): string {
  const more = items.length > MAX_ITEMS ? c.dim(` … +${items.length - MAX_ITEMS}`) : '';
  return items.slice(0, MAX_ITEMS).join(separator) + more;
}

/** Entities by cluster, most mentioned first: `Amina Rwein ×2`. */
function names(c: Colors, records: ExtractRecord[]): string[] {
  const counts = new Map<string, { name: string; n: number; first: number }>();
  for (const r of records) {
    if (!('cluster' in r)) continue;
    const entry = counts.get(r.cluster) ?? { name: r.name, n: 0, first: r.start };
    entry.n++;
    counts.set(r.cluster, entry);
  }
  return [...counts.values()]
    .sort((a, b) => b.n - a.n || a.first - b.first)
    .map((e) => (e.n > 1 ? `${e.name} ${c.dim(`×${e.n}`)}` : e.name));
}

function claim(c: Colors, q: QuantityRecord): string {
  const said = q.attribution ? c.dim(` (${q.attribution.text.replace(/\s+/g, ' ')})`) : '';
  return c.bold(formatClaimValue(q)) + (q.predicate ? ` ${q.predicate}` : '') + said;
}

function summary(c: Colors, result: FileResult): string {
  const records = [...result.records];
  const byType = groupBy<ExtractRecord, RecordType>(records, (r) => r.type);
  const counts = RECORD_TYPES.filter((t) => byType.has(t)).map((t) => typeColor(c, t)(plural(byType.get(t)!.length, t, PLURALS[t])));
  const date = result.referenceDate ? `${result.referenceDate} (${result.referenceDateSource})` : 'no reference date';
  const lines = [
    c.bold(c.underline(result.file)),
    c.dim(`  ${date} · ${plural(records.length, 'record')}`) + (counts.length ? c.dim(': ') + counts.join(c.dim(', ')) : ''),
  ];
  const row = (type: RecordType, body: string) => lines.push(`  ${typeColor(c, type)(PLURALS[type].padEnd(LABEL_WIDTH))}${body}`);
  for (const type of ['person', 'organization', 'place'] as const) if (byType.has(type)) row(type, list(c, names(c, byType.get(type)!)));
  if (byType.has('date'))
    row(
      'date',
      list(
        c,
        byType.get('date')!.map((d) => (d.type === 'date' && d.value ? `${d.text.replace(/\s+/g, ' ')} ${c.dim(`= ${d.value}`)}` : d.text)),
      ),
    );
  const groups = groupClaims(records);
  if (groups.length) {
    row('quantity', c.dim(`${plural(byType.get('quantity')!.length, 'figure')} in ${plural(groups.length, 'group')}`));
    for (const g of groups.slice(0, MAX_GROUPS)) {
      const label = g.label.length > LABEL_WIDTH - 3 ? `${g.label.slice(0, LABEL_WIDTH - 4)}…` : g.label;
      const padded = label.padEnd(LABEL_WIDTH - 2);
      lines.push(
        `    ${g.named ? padded : c.dim(padded)} ${list(
          c,
          g.claims.map((q) => claim(c, q)),
          c.dim(' · '),
        )}`,
      );
    }
    if (groups.length > MAX_GROUPS) lines.push(c.dim(`    … ${groups.length - MAX_GROUPS} more groups`));
  }
  return `${lines.join('\n')}\n`;
}

export function createText(ctx: FormatContext): Formatter {
  const colored = createColors(ctx.colors);
  return {
    extension: 'summary.txt',
    head: () => '',
    file: (result, position) => (position ? '\n' : '') + summary(colored, result),
    tail: () => '',
    document: (result) => summary(createColors(false), result),
  };
}
