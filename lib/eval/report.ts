/** Turns a tally into precision, recall and F1 figures, and prints them as a table with the errors. */
import { RECORD_TYPES, type RecordType } from '../types';
import type { Ratio, Tally, TypeTally } from './score';

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

export function prf(matched: number, gold: number, predicted: number): PRF {
  const precision = predicted ? matched / predicted : 0;
  const recall = gold ? matched / gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

export interface TypeSummary {
  gold: number;
  predicted: number;
  strict: PRF;
  relaxed: PRF;
  /** Share of checked values that are right; null when none was checked. */
  value: number | null;
  concept: number | null;
}

export interface Summary {
  docs: number;
  chars: number;
  spanMismatches: number;
  types: Partial<Record<RecordType, TypeSummary>>;
  micro: { strict: PRF; relaxed: PRF };
  valueOnly: { gold: number; predicted: number; value: PRF; valueAndBound: PRF } | null;
  /** Quantity claims, where the gold annotates attribution and predicate; null when none does. */
  claims: { whole: PRF; sourceRight: number | null; sourcesFound: PRF; verbRight: number | null } | null;
}

const share = (r: Ratio) => (r.checked ? r.correct / r.checked : null);

export function summarize(tally: Tally): Summary {
  const types: Summary['types'] = {};
  const all = { gold: 0, predicted: 0, strict: 0, relaxed: 0 };
  for (const type of RECORD_TYPES) {
    const t: TypeTally | undefined = tally.types[type];
    if (!t || (!t.gold && !t.predicted)) continue;
    types[type] = {
      gold: t.gold,
      predicted: t.predicted,
      strict: prf(t.strict, t.gold, t.predicted),
      relaxed: prf(t.relaxed, t.gold, t.predicted),
      value: share(t.values),
      concept: share(t.concepts),
    };
    all.gold += t.gold;
    all.predicted += t.predicted;
    all.strict += t.strict;
    all.relaxed += t.relaxed;
  }
  const v = tally.valueOnly;
  return {
    docs: tally.docs,
    chars: tally.chars,
    spanMismatches: tally.spanMismatches,
    types,
    micro: { strict: prf(all.strict, all.gold, all.predicted), relaxed: prf(all.relaxed, all.gold, all.predicted) },
    valueOnly: v.gold
      ? {
          gold: v.gold,
          predicted: v.predicted,
          value: prf(v.value, v.gold, v.predicted),
          valueAndBound: prf(v.valueAndBound, v.gold, v.predicted),
        }
      : null,
    claims: summarizeClaims(tally),
  };
}

function summarizeClaims({ claims: c }: Tally): Summary['claims'] {
  if (!c.sources.checked) return null;
  return {
    whole: prf(c.whole, c.gold, c.predicted),
    sourceRight: share(c.sources),
    sourcesFound: prf(c.sourcesGoldFound, c.sourcesGold, c.sourcesPredicted),
    verbRight: share(c.verbs),
  };
}

const pct = (x: number | null) => (x == null ? '    -' : (100 * x).toFixed(1).padStart(5));
const prfCells = (s: PRF) => `${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}`;

export function formatSummary(summary: Summary): string {
  const lines = [
    `docs ${summary.docs}, ${summary.chars} chars, ${summary.spanMismatches} span mismatches`,
    'type           gold  pred | strict P     R     F  | relaxed P     R     F  | value concept',
  ];
  for (const [type, s] of Object.entries(summary.types))
    lines.push(
      `${type.padEnd(13)} ${String(s.gold).padStart(5)} ${String(s.predicted).padStart(5)} | ${prfCells(s.strict)} |  ${prfCells(s.relaxed)} | ${pct(s.value)} ${pct(s.concept)}`,
    );
  lines.push(`${'micro'.padEnd(25)} | ${prfCells(summary.micro.strict)} |  ${prfCells(summary.micro.relaxed)} |`);
  const v = summary.valueOnly;
  if (v)
    lines.push(
      `quantities matched on value alone (spans ignored): P ${pct(v.value.precision)} R ${pct(v.value.recall)} F ${pct(v.value.f1)} | value+bound F ${pct(v.valueAndBound.f1)}`,
    );
  const c = summary.claims;
  if (c)
    lines.push(
      `claims: whole (value, bound, concept, source all right) P ${pct(c.whole.precision)} R ${pct(c.whole.recall)} F ${pct(c.whole.f1)} | source right ${pct(c.sourceRight)}, sources found P ${pct(c.sourcesFound.precision)} R ${pct(c.sourcesFound.recall)} | verb right ${pct(c.verbRight)}`,
    );
  return lines.join('\n');
}

/** Up to `perType` errors of each type, one a line. */
export function formatErrors(tally: Tally, perType: number): string {
  const lines: string[] = [];
  for (const type of RECORD_TYPES)
    for (const e of (tally.types[type]?.errors ?? []).slice(0, perType))
      lines.push(`  ${e.kind.padEnd(8)} ${type.padEnd(12)} ${e.doc}  ${JSON.stringify(e.text)}${e.detail ? `  ${e.detail}` : ''}`);
  return lines.join('\n');
}
