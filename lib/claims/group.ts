/**
 * The claims table: quantity records grouped by what they count, so that every "civilians" figure in a text
 * stands side by side with its bound and its attribution. The CLI's HTML and text views show exactly this.
 */
import type { ExtractRecord, QuantityRecord } from '../types';
import { wordLemma } from './lemma';

export interface ClaimGroup {
  /**
   * What the figures count, normalised: the singular head noun of the concept, lower case (`civilian` for
   * "civilians" and "Syrian civilians"). Figures whose text names nothing get `~kind` or `~kind:unit`
   * (`~percent`, `~money:USD`), so that they are still grouped with their like.
   */
  key: string;
  /** A label for readers: the head as written most often (`civilians`); for unnamed figures `percent`, `money (USD)`. */
  label: string;
  /** Whether the text names what the figures count. */
  named: boolean;
  /** The figures, in document order. */
  claims: QuantityRecord[];
}

/** The normalised head of a concept: its last word, singular, lower case (`Syrian army fighters` → `fighter`). */
export function conceptHead(concept: string): string {
  return wordLemma(lastWord(concept).toLowerCase(), 'Noun');
}

const lastWord = (phrase: string) =>
  phrase
    .trim()
    .split(/\s+/)
    .pop()!
    .replace(/[^\p{L}\p{N}'-]+/gu, '');

const isQuantity = (r: ExtractRecord): r is QuantityRecord => r.type === 'quantity';

function groupKey(q: QuantityRecord): string {
  if (q.concept && lastWord(q.concept)) return conceptHead(q.concept);
  return q.unit ? `~${q.kind}:${q.unit}` : `~${q.kind}`;
}

function unnamedLabel(q: QuantityRecord): string {
  return q.unit && q.unit !== 'percent' ? `${q.kind} (${q.unit})` : q.kind;
}

/**
 * Groups the quantity records of `records` by what they count. Groups that name their concept come first,
 * larger groups before smaller, then in order of first appearance; figures keep document order.
 */
export function groupClaims(records: readonly ExtractRecord[]): ClaimGroup[] {
  const groups = new Map<string, { group: ClaimGroup; first: number; heads: Map<string, number> }>();
  const quantities = records.filter(isQuantity).sort((a, b) => a.start - b.start || b.end - a.end);
  for (const q of quantities) {
    const key = groupKey(q);
    let entry = groups.get(key);
    if (!entry) {
      entry = { group: { key, label: '', named: !key.startsWith('~'), claims: [] }, first: q.start, heads: new Map() };
      groups.set(key, entry);
    }
    entry.group.claims.push(q);
    const written = q.concept ? lastWord(q.concept).toLowerCase() : unnamedLabel(q);
    entry.heads.set(written, (entry.heads.get(written) ?? 0) + 1);
  }
  for (const { group, heads } of groups.values()) group.label = [...heads].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
  return [...groups.values()]
    .sort((a, b) => Number(b.group.named) - Number(a.group.named) || b.group.claims.length - a.group.claims.length || a.first - b.first)
    .map((e) => e.group);
}

const TIME_UNITS = new Set(['year', 'month', 'week', 'day', 'hour', 'minute', 'second']);
const SIGNS: Record<string, string> = { approx: '≈ ', lower: '≥ ', upper: '≤ ', exact: '', range: '' };

const number = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 6 });

/** The fields a figure is written from. */
export type FigureValue = Pick<QuantityRecord, 'value' | 'low' | 'high' | 'bound' | 'unit'> &
  Partial<Pick<QuantityRecord, 'change' | 'per'>>;

function withUnit(text: string, q: FigureValue, n: number | null): string {
  if (!q.unit) return text;
  if (q.unit === 'percent') return `${text}%`;
  if (/^[A-Z]{3}$/.test(q.unit)) return `${q.unit} ${text}`;
  const plural = TIME_UNITS.has(q.unit) && n !== 1 ? 's' : '';
  return `${text} ${q.unit}${plural}`;
}

/**
 * A figure written the same way whatever the wording: `≈ 270,000`, `≥ 60%`, `4,000–5,000`, `USD 1,200,000`,
 * `3–5 per fighter`, `↑ 5%`.
 */
export function formatClaimValue(q: FigureValue): string {
  let text: string;
  if (q.bound === 'range' || q.value === null) {
    const low = q.low === null ? '?' : number(q.low);
    const high = q.high === null ? '?' : number(q.high);
    text = withUnit(`${low}–${high}`, q, q.high);
  } else text = SIGNS[q.bound] + withUnit(number(q.value), q, q.value);
  if (q.change) text = `${q.change === 'up' ? '↑' : '↓'} ${text}`;
  if (q.per) text += ` per ${q.per}`;
  return text;
}
