/**
 * Training of the name tagger: an averaged structured perceptron (Collins 2002) over the features of features.ts,
 * decoded with the same constrained Viterbi as at run time. Used by scripts/train-names.mjs; nothing here runs in
 * extract().
 */
import { prepare, type PreparedText } from '../text/prepare';
import { analyseNames } from '../recognizers/entities';
import { ruleHints } from '../recognizers/names/rule-hints';
import { documentEvidence, FEATURES_PER_TOKEN, NO_FEATURE, sentenceFeatures, taggedRange } from './features';
import { emissions, ENTITY_TYPES, L, spansOf, tagDocument, viterbi, type EntityType, type Model, type TaggedSpan } from './model';

export interface GoldEntity {
  start: number;
  end: number;
  type: string;
  text?: string;
}

export interface TrainingDocument {
  text: string;
  entities: GoldEntity[];
  /** How much each mistake on this document counts (genre weighting). */
  weight: number;
  /** The corpus tags MISC: when false, O is no evidence against MISC. */
  hasMisc: boolean;
}

export interface TrainingSentence {
  features: Uint32Array;
  gold: Uint8Array;
  /** Tokens whose gold label is unknown (any prediction is accepted), e.g. BTC's `#`/`@` entities. */
  free: Uint8Array;
  hasMisc: boolean;
  weight: number;
}

const label = (type: EntityType, inside: boolean) => 1 + 2 * ENTITY_TYPES.indexOf(type) + (inside ? 1 : 0);
const isMisc = (y: number) => y === label('MISC', false) || y === label('MISC', true);

/** Gold labels for a prepared text: each entity's first overlapping token is B-, the others I-. */
export function goldLabels(prep: PreparedText, entities: GoldEntity[]): { gold: Uint8Array; free: Uint8Array } {
  const gold = new Uint8Array(prep.tokens.length);
  const free = new Uint8Array(prep.tokens.length);
  let t = 0;
  for (const e of [...entities].sort((a, b) => a.start - b.start)) {
    if (!(ENTITY_TYPES as readonly string[]).includes(e.type)) continue;
    while (t < prep.tokens.length && prep.tokens[t].end <= e.start) t++;
    const sigil = /^[#@]/.test(prep.text.slice(e.start, e.end));
    for (let k = t, first = true; k < prep.tokens.length && prep.tokens[k].start < e.end; k++, first = false) {
      if (sigil) free[k] = 1;
      else gold[k] = label(e.type as EntityType, !first);
    }
  }
  return { gold, free };
}

export function toSentences(doc: TrainingDocument, withHints = true): TrainingSentence[] {
  const prep = prepare(doc.text);
  const evidence = documentEvidence(prep);
  const { gold, free } = goldLabels(prep, doc.entities);
  const hints = withHints ? ruleHints(prep, analyseNames(prep)) : null;
  return prep.sentences.map((s) => {
    const [from, to] = taggedRange(prep, s);
    return {
      features: sentenceFeatures(prep, from, to, evidence, 0xffffffff, hints),
      gold: gold.slice(from, to),
      free: free.slice(from, to),
      hasMisc: doc.hasMisc,
      weight: doc.weight,
    };
  });
}

export class Perceptron {
  readonly bits: number;
  readonly mask: number;
  private w: Float32Array;
  private acc: Float64Array;
  private tw = new Float64Array(L * (L + 1));
  private tacc = new Float64Array(L * (L + 1));
  private c = 1;

  readonly usesHints: boolean;

  constructor(bits: number, usesHints = true) {
    this.bits = bits;
    this.usesHints = usesHints;
    this.mask = (1 << bits) - 1;
    this.w = new Float32Array((1 << bits) * L);
    this.acc = new Float64Array((1 << bits) * L);
  }

  /** The current (not averaged) model, for decoding during training. */
  private current(): Model {
    return { bits: this.bits, weights: this.w, transitions: Float32Array.from(this.tw), temperature: 1 };
  }

  private masked(features: Uint32Array): Uint32Array {
    const out = new Uint32Array(features.length);
    for (let i = 0; i < features.length; i++) out[i] = features[i] === NO_FEATURE ? NO_FEATURE : features[i] & this.mask;
    return out;
  }

  private bump(i: number, d: number) {
    this.w[i] += d;
    this.acc[i] += this.c * d;
  }

  private bumpTransition(prev: number, y: number, d: number) {
    const i = (prev + 1) * L + y;
    this.tw[i] += d;
    this.tacc[i] += this.c * d;
  }

  /** One pass over the sentences in a seeded random order. */
  epoch(sentences: TrainingSentence[], rand: () => number): number {
    const order = sentences.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let mistakes = 0;
    for (const k of order) {
      const s = sentences[k];
      const n = s.gold.length;
      if (!n) continue;
      const features = this.masked(s.features);
      const model = this.current();
      const pred = viterbi(model, emissions(model, features, n), n);
      const gold = Uint8Array.from(s.gold);
      for (let i = 0; i < n; i++) if (s.free[i] || (!s.hasMisc && gold[i] === 0 && isMisc(pred[i]))) gold[i] = pred[i];
      for (let i = 0; i < n; i++) {
        if (gold[i] !== pred[i]) {
          mistakes++;
          for (let f = 0; f < FEATURES_PER_TOKEN; f++) {
            const id = features[i * FEATURES_PER_TOKEN + f];
            if (id === NO_FEATURE) break;
            this.bump(id * L + gold[i], s.weight);
            this.bump(id * L + pred[i], -s.weight);
          }
        }
        const gp = i ? gold[i - 1] : -1;
        const pp = i ? pred[i - 1] : -1;
        if (gp !== pp || gold[i] !== pred[i]) {
          this.bumpTransition(gp, gold[i], s.weight);
          this.bumpTransition(pp, pred[i], -s.weight);
        }
      }
      this.c++;
    }
    return mistakes;
  }

  /** The averaged weights. */
  averaged(temperature = 1): Model {
    const weights = new Float32Array(this.w.length);
    for (let i = 0; i < weights.length; i++) weights[i] = this.w[i] - this.acc[i] / this.c;
    const transitions = new Float32Array(this.tw.length);
    for (let i = 0; i < transitions.length; i++) transitions[i] = this.tw[i] - this.tacc[i] / this.c;
    return { bits: this.bits, weights, transitions, temperature, usesHints: this.usesHints };
  }
}

const COARSE: Record<string, EntityType> = { person: 'PER', organization: 'ORG', place: 'LOC' };

export interface DevDocument {
  prep: PreparedText;
  hints: Uint32Array | null;
  gold: { start: number; end: number; type: EntityType }[];
}

/** Dev documents from the scorer's format (`coarse` person / organization / place). */
export function toDevDocument(
  row: { text: string; entities: { start: number; end: number; coarse?: string }[] },
  withHints = true,
): DevDocument {
  const gold = row.entities.flatMap((e) => (e.coarse && COARSE[e.coarse] ? [{ start: e.start, end: e.end, type: COARSE[e.coarse] }] : []));
  const prep = prepare(row.text);
  return { prep, hints: withHints ? ruleHints(prep, analyseNames(prep)) : null, gold };
}

export interface DevScore {
  strict: number;
  relaxed: number;
  /** (probability, correct) of every predicted PER/ORG/LOC span, for calibration */
  scored: [number, boolean][];
}

/** Exact-span and overlap F1 over PER, ORG and LOC (MISC predictions are not names of ours). */
export function scoreDev(model: Model, docs: DevDocument[]): DevScore {
  let tp = 0;
  let rtp = 0;
  let pred = 0;
  let gold = 0;
  const scored: [number, boolean][] = [];
  for (const d of docs) {
    const spans = tagDocument(model, d.prep, d.hints).filter((s) => s.type !== 'MISC');
    const at = (s: TaggedSpan) => ({ start: d.prep.tokens[s.first].start, end: d.prep.tokens[s.end - 1].end });
    pred += spans.length;
    gold += d.gold.length;
    const used = new Set<number>();
    for (const s of spans) {
      const { start, end } = at(s);
      const exact = d.gold.findIndex((g) => g.start === start && g.end === end && g.type === s.type);
      if (exact >= 0) tp++;
      const overlap = d.gold.findIndex((g, i) => !used.has(i) && g.type === s.type && g.start < end && start < g.end);
      if (overlap >= 0) {
        used.add(overlap);
        rtp++;
      }
      scored.push([s.probability, overlap >= 0]);
    }
  }
  const f = (t: number) => (t ? (200 * t) / (pred + gold) : 0);
  return { strict: f(tp), relaxed: f(rtp), scored };
}

export { spansOf };
