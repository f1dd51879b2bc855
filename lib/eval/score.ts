/**
 * Scores predictions against gold documents, per record type: strict and relaxed matches, date value
 * accuracy, quantity value and concept accuracy, a value-only quantity score (spans ignored, as the CQE
 * paper scores NewsQuant) and the errors behind the numbers.
 */
import { RECORD_TYPES, type RecordType } from '../types';
import type { GoldDocument, GoldMention } from './gold';
import { matchOneToOne, overlap } from './match';
import { boundKind, conceptHead, hasQuantityValue, sameDateValue, sameQuantityValue, spansOverlap, verbStem } from './values';

/** The fields of an extracted record the scorer reads. */
export interface Prediction {
  type: string;
  start: number;
  end: number;
  text: string;
  value?: string | number | null;
  low?: number | null;
  high?: number | null;
  bound?: string | null;
  concept?: string | null;
  predicate?: string | null;
  attribution?: { start: number; end: number; text: string } | null;
}

export type Extractor = (text: string, referenceDate?: string) => Prediction[];

export type ErrorKind = 'missed' | 'spurious' | 'boundary' | 'value' | 'concept' | 'span' | 'source' | 'verb';

export interface ScoreError {
  kind: ErrorKind;
  type: RecordType;
  doc: string;
  text: string;
  detail?: string;
}

export interface Ratio {
  checked: number;
  correct: number;
}

export interface TypeTally {
  gold: number;
  predicted: number;
  strict: number;
  relaxed: number;
  /** Dates: TIMEX values; quantities: numbers. Over relaxed matches whose gold has a value. */
  values: Ratio;
  /** Quantities only: same concept head word, over relaxed matches whose gold names a concept. */
  concepts: Ratio;
  errors: ScoreError[];
}

/** Quantities matched on value alone within each document, then also on the kind of bound. */
export interface ValueOnlyTally {
  gold: number;
  predicted: number;
  value: number;
  valueAndBound: number;
}

/**
 * Quantity claims, in documents whose gold gives attribution and predicate (as the shared scorer counts them):
 * whole claims (value, bound, concept head and source all right), the source right over relaxed matches (both
 * null is right), precision and recall of non-null sources, and the verb right (same stem; both null is right).
 */
export interface ClaimsTally {
  gold: number;
  predicted: number;
  whole: number;
  sources: Ratio;
  sourcesGold: number;
  sourcesGoldFound: number;
  sourcesPredicted: number;
  sourcesPredictedRight: number;
  verbs: Ratio;
}

export interface Tally {
  docs: number;
  chars: number;
  /** Predictions whose text is not the input's slice at their offsets. */
  spanMismatches: number;
  types: Partial<Record<RecordType, TypeTally>>;
  valueOnly: ValueOnlyTally;
  claims: ClaimsTally;
}

export interface ScoreOptions {
  /** Types to score in every document; by default each document is scored on the types its gold has. */
  types?: RecordType[];
}

const emptyTypeTally = (): TypeTally => ({
  gold: 0,
  predicted: 0,
  strict: 0,
  relaxed: 0,
  values: { checked: 0, correct: 0 },
  concepts: { checked: 0, correct: 0 },
  errors: [],
});

const quote = (s: string | null) => JSON.stringify(s ?? '');
const showValue = (m: { value?: unknown; low?: unknown; high?: unknown }) => (m.value != null ? String(m.value) : `${m.low}-${m.high}`);

export function score(docs: GoldDocument[], extractor: Extractor, options: ScoreOptions = {}): Tally {
  const tally: Tally = {
    docs: 0,
    chars: 0,
    spanMismatches: 0,
    types: {},
    valueOnly: { gold: 0, predicted: 0, value: 0, valueAndBound: 0 },
    claims: {
      gold: 0,
      predicted: 0,
      whole: 0,
      sources: { checked: 0, correct: 0 },
      sourcesGold: 0,
      sourcesGoldFound: 0,
      sourcesPredicted: 0,
      sourcesPredictedRight: 0,
      verbs: { checked: 0, correct: 0 },
    },
  };
  for (const doc of docs) scoreDocument(doc, extractor(doc.text, doc.referenceDate), tally, options);
  return tally;
}

function scoreDocument(doc: GoldDocument, allPredictions: Prediction[], tally: Tally, options: ScoreOptions): void {
  tally.docs++;
  tally.chars += doc.text.length;
  const predictions = allPredictions.filter((p) => (RECORD_TYPES as readonly string[]).includes(p.type));
  const typeTally = (t: RecordType) => (tally.types[t] ??= emptyTypeTally());
  for (const p of predictions)
    if (doc.text.slice(p.start, p.end) !== p.text) {
      tally.spanMismatches++;
      typeTally(p.type as RecordType).errors.push({
        kind: 'span',
        type: p.type as RecordType,
        doc: doc.id,
        text: p.text,
        detail: `text at ${p.start}-${p.end} differs`,
      });
    }
  const types = options.types ?? RECORD_TYPES.filter((t) => doc.mentions.some((m) => m.type === t));
  // An ambiguous mention may be read as another type too, so optional golds of any type excuse a prediction.
  const optional = doc.mentions.filter((m) => m.optional);
  for (const type of types) {
    const required = doc.mentions.filter((m) => m.type === type && !m.optional);
    const ofType = predictions.filter((p) => p.type === type);
    if (type === 'quantity') scoreValuesOnly(required.filter(hasQuantityValue), ofType, tally.valueOnly);
    scoreType(doc.id, type, required, optional, ofType, typeTally(type), tally.claims);
  }
}

function scoreType(
  docId: string,
  type: RecordType,
  required: GoldMention[],
  optional: GoldMention[],
  preds: Prediction[],
  t: TypeTally,
  claims: ClaimsTally,
): void {
  const strict = matchOneToOne(required, preds, 'strict');
  const relaxed = matchOneToOne(required, preds, 'relaxed');
  const matchedGolds = new Set(relaxed.map(([g]) => g));
  const matchedPreds = new Set(relaxed.map(([, p]) => p));
  const counted = preds.filter((p) => matchedPreds.has(p) || !optional.some((g) => overlap(g, p) > 0));
  t.gold += required.length;
  t.predicted += counted.length;
  t.strict += strict.length;
  t.relaxed += relaxed.length;
  const withClaims = type === 'quantity' && required.some((g) => 'attribution' in g);
  if (withClaims) {
    claims.gold += required.length;
    claims.predicted += counted.length;
  }
  const error = (kind: ErrorKind, text: string | null, detail?: string) =>
    t.errors.push({ kind, type, doc: docId, text: text ?? '', detail });
  const strictGolds = new Set(strict.map(([g]) => g));
  for (const [g, p] of relaxed) {
    if (!strictGolds.has(g)) error('boundary', g.text, `got ${quote(p.text)}`);
    if (type === 'date' && g.value != null) {
      t.values.checked++;
      if (sameDateValue(g, p.value)) t.values.correct++;
      else error('value', g.text, `gold=${g.value} got=${p.value}`);
    }
    if (type !== 'quantity') continue;
    const valueRight = !hasQuantityValue(g) || sameQuantityValue(g, p);
    if (hasQuantityValue(g)) {
      t.values.checked++;
      if (valueRight) t.values.correct++;
      else error('value', g.text, `gold=${showValue(g)} got=${showValue(p)}`);
    }
    if (withClaims && 'attribution' in g) scoreClaim(g, p, valueRight, claims, error);
    if (g.concept) {
      t.concepts.checked++;
      if (conceptHead(p.concept) === conceptHead(g.concept)) t.concepts.correct++;
      else error('concept', g.text, `gold=${g.concept} got=${p.concept}`);
    }
  }
  for (const g of required) if (!matchedGolds.has(g)) error('missed', g.text);
  for (const p of counted) if (!matchedPreds.has(p)) error('spurious', p.text);
}

function scoreValuesOnly(golds: GoldMention[], preds: Prediction[], t: ValueOnlyTally): void {
  t.gold += golds.length;
  t.predicted += preds.length;
  const used = new Set<Prediction>();
  for (const g of golds) {
    const p = preds.find((x) => !used.has(x) && sameQuantityValue(g, x));
    if (!p) continue;
    used.add(p);
    t.value++;
    if (boundKind(p.bound) === boundKind(g.bound)) t.valueAndBound++;
  }
}

function scoreClaim(
  g: GoldMention,
  p: Prediction,
  valueRight: boolean,
  c: ClaimsTally,
  error: (kind: ErrorKind, text: string | null, detail?: string) => void,
): void {
  const gold = g.attribution ?? null;
  const got = p.attribution ?? null;
  const sourceRight = gold === null ? got === null : [gold, ...(g.attributionAlt ?? [])].some((x) => spansOverlap(got, x));
  c.sources.checked++;
  if (sourceRight) c.sources.correct++;
  else error('source', g.text, `gold=${gold?.text ?? null} got=${got?.text ?? null}`);
  if (gold) {
    c.sourcesGold++;
    if (sourceRight) c.sourcesGoldFound++;
  }
  if (got) {
    c.sourcesPredicted++;
    if (sourceRight && gold) c.sourcesPredictedRight++;
  }
  if ('predicate' in g) {
    c.verbs.checked++;
    const verbRight = g.predicate == null ? p.predicate == null : verbStem(p.predicate) === verbStem(g.predicate);
    if (verbRight) c.verbs.correct++;
    else error('verb', g.text, `gold=${g.predicate} got=${p.predicate ?? null}`);
  }
  const boundRight = (g.bound ?? 'exact') === (p.bound ?? 'exact');
  const conceptRight = !g.concept || conceptHead(p.concept) === conceptHead(g.concept);
  if (valueRight && boundRight && conceptRight && sourceRight) c.whole++;
}
