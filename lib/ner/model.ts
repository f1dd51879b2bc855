/**
 * The name tagger's model: a linear scorer over hashed features (features.ts) with BIO labels for PER, ORG, LOC and
 * MISC, label-to-label transition weights, constrained Viterbi decoding (an I- label only after its own B- or I-),
 * and forward-backward marginals that give each span a probability.
 */
import type { PreparedText } from '../text/prepare';
import {
  documentEvidence,
  FEATURES_PER_TOKEN,
  hashString,
  NO_FEATURE,
  sentenceFeatures,
  taggedRange,
  type DocumentEvidence,
  type WordMemo,
} from './features';

export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];
/** Label 0 is O; then B- and I- of each type: label 1 + 2k is B-type k, 2 + 2k is I-type k. */
export const LABELS = ['O', ...ENTITY_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];
export const L = LABELS.length;

export const isInside = (label: number) => label > 0 && label % 2 === 0;
export const typeOf = (label: number): EntityType => ENTITY_TYPES[(label - 1) >> 1];

/** May `label` follow `prev` (-1 for the sentence start)? */
export function allowed(prev: number, label: number): boolean {
  if (!isInside(label)) return true;
  return prev === label || prev === label - 1;
}

/** ALLOWED[(prev + 1) * L + label]: the BIO constraint as a table. */
const ALLOWED = new Uint8Array((L + 1) * L);
for (let p = -1; p < L; p++) for (let y = 0; y < L; y++) ALLOWED[(p + 1) * L + y] = allowed(p, y) ? 1 : 0;
/** PREVIOUS[y]: the labels (not the start) that `y` may follow, in ascending order (an I- label has two). */
const PREVIOUS = Array.from({ length: L }, (_, y) => Int8Array.from({ length: L }, (_, p) => p).filter((p) => allowed(p, y)));

export interface Model {
  /** log2 of the feature table's size */
  bits: number;
  /** weights[feature * L + label], while training */
  weights: Float32Array;
  /** At run time the weights stay one byte each (a quarter of the memory, and fewer cache misses): codes[i] is
   * the weight's level, levels[code + 128] its value. */
  codes?: Int8Array;
  levels?: Float32Array;
  /** transitions[(prev + 1) * L + label], prev -1 being the sentence start */
  transitions: Float32Array;
  /** Scale applied to scores before the softmax of forward-backward (calibrated on dev). */
  temperature: number;
  /** Trained with the rules' conclusions among its features (rule-hints.ts); else it reads the text alone. */
  usesHints?: boolean;
}

/** Emission scores, n × L. `words` (each token's WordMemo, from sentenceFeatures) lets a run-time model keep each
 * word's sums over its leading context-free features. */
export function emissions(model: Model, features: Uint32Array, n: number, words: WordMemo[] | null = null): Float32Array {
  const { codes, levels } = model;
  if (codes && levels && L === 9) return emissionsOfCodes(codes, levels, features, n, model.bits < 32 ? words : null);
  const out = new Float32Array(n * L);
  const w = model.weights;
  for (let i = 0; i < n; i++) {
    const o = i * L;
    for (let k = 0; k < FEATURES_PER_TOKEN; k++) {
      const f = features[i * FEATURES_PER_TOKEN + k];
      if (f === NO_FEATURE) break;
      const base = f * L;
      if (codes && levels) for (let y = 0; y < L; y++) out[o + y] += levels[codes[base + y] + 128];
      else for (let y = 0; y < L; y++) out[o + y] += w[base + y];
    }
  }
  return out;
}

/**
 * `emissions` of a run-time model, its nine labels' sums kept in locals instead of read and written back to the
 * output array for every feature: half the time. Each sum is rounded to float32 after every addition, as a store
 * into a Float32Array rounds it, so the scores are the same bits.
 *
 * With `words`, a token's sums start from its word's sums over its leading context-free features (WordMemo), taken
 * from the first token of the word with the same additions in the same order, so they are the same bits too. (Masked
 * ids never equal NO_FEATURE, so none of the leading features ends the list.)
 */
function emissionsOfCodes(
  codes: Int8Array,
  levels: Float32Array,
  features: Uint32Array,
  n: number,
  words: WordMemo[] | null,
): Float32Array {
  const out = new Float32Array(n * 9);
  const r = Math.fround;
  for (let i = 0; i < n; i++) {
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let s4 = 0;
    let s5 = 0;
    let s6 = 0;
    let s7 = 0;
    let s8 = 0;
    let k = i * FEATURES_PER_TOKEN;
    const end = k + FEATURES_PER_TOKEN;
    if (words) {
      const w = words[i];
      if (w.sumsOf !== codes) {
        w.sums = null;
        w.startSums = null;
        w.sumsOf = codes;
      }
      let m = i ? w.sums : w.startSums;
      const lead = i ? w.ownEnd + w.restEnd - w.startEnd : w.ownEnd;
      if (!m) {
        m = new Float32Array(9);
        for (let j = k; j < k + lead; j++) {
          const b = features[j] * 9;
          for (let y = 0; y < 9; y++) m[y] = m[y] + levels[codes[b + y] + 128];
        }
        if (i) w.sums = m;
        else w.startSums = m;
      }
      s0 = m[0];
      s1 = m[1];
      s2 = m[2];
      s3 = m[3];
      s4 = m[4];
      s5 = m[5];
      s6 = m[6];
      s7 = m[7];
      s8 = m[8];
      k += lead;
    }
    for (; k < end; k++) {
      const f = features[k];
      if (f === NO_FEATURE) break;
      const b = f * 9;
      s0 = r(s0 + levels[codes[b] + 128]);
      s1 = r(s1 + levels[codes[b + 1] + 128]);
      s2 = r(s2 + levels[codes[b + 2] + 128]);
      s3 = r(s3 + levels[codes[b + 3] + 128]);
      s4 = r(s4 + levels[codes[b + 4] + 128]);
      s5 = r(s5 + levels[codes[b + 5] + 128]);
      s6 = r(s6 + levels[codes[b + 6] + 128]);
      s7 = r(s7 + levels[codes[b + 7] + 128]);
      s8 = r(s8 + levels[codes[b + 8] + 128]);
    }
    const o = i * 9;
    out[o] = s0;
    out[o + 1] = s1;
    out[o + 2] = s2;
    out[o + 3] = s3;
    out[o + 4] = s4;
    out[o + 5] = s5;
    out[o + 6] = s6;
    out[o + 7] = s7;
    out[o + 8] = s8;
  }
  return out;
}

/** The best label sequence under the BIO constraint. */
export function viterbi(model: Model, em: Float32Array, n: number): Uint8Array {
  const tr = model.transitions;
  const score = new Float64Array(n * L);
  const back = new Int8Array(n * L);
  for (let y = 0; y < L; y++) score[y] = ALLOWED[y] ? em[y] + tr[y] : -Infinity;
  for (let i = 1; i < n; i++)
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      let arg = 0;
      // Only the labels y may follow, in the same ascending order as the full loop: the same best and arg.
      const prevs = PREVIOUS[y];
      for (let q = 0; q < prevs.length; q++) {
        const p = prevs[q];
        const s = score[(i - 1) * L + p] + tr[(p + 1) * L + y];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * L + y] = best + em[i * L + y];
      back[i * L + y] = arg;
    }
  const out = new Uint8Array(n);
  let best = -Infinity;
  for (let y = 0; y < L; y++)
    if (score[(n - 1) * L + y] > best) {
      best = score[(n - 1) * L + y];
      out[n - 1] = y;
    }
  for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * L + out[i]];
  return out;
}

/**
 * Per-token label probabilities (n × L): a softmax of each token's scaled scores plus the transition from the
 * decoded previous label. Cheaper than forward-backward and, once the temperature is calibrated, as useful here.
 */
export function marginals(model: Model, em: Float32Array, labels: Uint8Array, n: number): Float64Array {
  const t = model.temperature;
  const tr = model.transitions;
  const out = new Float64Array(n * L);
  for (let i = 0; i < n; i++) {
    const prev = i ? labels[i - 1] : -1;
    let max = -Infinity;
    for (let y = 0; y < L; y++) {
      const v = ALLOWED[(prev + 1) * L + y] ? t * (em[i * L + y] + tr[(prev + 1) * L + y]) : -Infinity;
      out[i * L + y] = v;
      if (v > max) max = v;
    }
    let z = 0;
    for (let y = 0; y < L; y++) {
      out[i * L + y] = Math.exp(out[i * L + y] - max);
      z += out[i * L + y];
    }
    for (let y = 0; y < L; y++) out[i * L + y] /= z;
  }
  return out;
}

export interface TaggedSpan {
  /** Token indexes into `prep.tokens`: first, and one past the last. */
  first: number;
  end: number;
  type: EntityType;
  /** Mean probability of the span's labels (see `marginals`). */
  probability: number;
}

/** The spans the model finds in a sentence, given its decoded labels and marginals. */
export function spansOf(labels: Uint8Array, probs: Float64Array | null, offset: number): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  const n = labels.length;
  for (let i = 0; i < n; ) {
    const y = labels[i];
    if (y === 0) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && isInside(labels[j]) && labels[j] === y + 1) j++;
    let p = 0;
    if (probs) for (let k = i; k < j; k++) p += probs[k * L + labels[k]];
    out.push({ first: offset + i, end: offset + j, type: typeOf(y), probability: probs ? p / (j - i) : 1 });
    i = j;
  }
  return out;
}

const NO_RULE = hashString('rule:none');

/**
 * A sentence with no capitalised word after its first and no name the rules saw: nothing to tag (the tagger
 * finds almost no names there, and skipping it saves most of its time on such text).
 */
function mayHoldNames(prep: PreparedText, from: number, to: number, hints: Uint32Array | null): boolean {
  const none = NO_RULE;
  for (let i = from; i < to; i++) {
    if (hints && hints[i * 3] !== none) return true;
    const c = prep.tokens[i].text.charCodeAt(0);
    if (i > from && ((c >= 65 && c <= 90) || (c > 127 && /^\p{Lu}/u.test(prep.tokens[i].text)))) return true;
  }
  return false;
}

/** Classes of the per-token probabilities: O, then the entity types. */
export const CLASSES = ['O', ...ENTITY_TYPES] as const;
export const C = CLASSES.length;

export interface Tagging {
  spans: TaggedSpan[];
  /** probs[token * C + c]: the probability of class c (O, PER, ORG, LOC, MISC) for every token of the text;
   * tokens of sentences the tagger skipped are O with probability 1. */
  probs: Float32Array;
}

/** Tags every sentence of a prepared text that may hold names: spans, and per-token class probabilities. */
export function tagText(
  model: Model,
  prep: PreparedText,
  hints: Uint32Array | null,
  doc: DocumentEvidence = documentEvidence(prep),
): Tagging {
  const spans: TaggedSpan[] = [];
  const probs = new Float32Array(prep.tokens.length * C);
  for (let t = 0; t < prep.tokens.length; t++) probs[t * C] = 1;
  const mask = (1 << model.bits) - 1;
  const featureHints = model.usesHints === false ? null : hints;
  const words: WordMemo[] = [];
  for (const sentence of prep.sentences) {
    const [from, to] = taggedRange(prep, sentence);
    const n = to - from;
    if (n <= 0 || !mayHoldNames(prep, from, to, hints)) continue;
    const features = sentenceFeatures(prep, from, to, doc, mask, featureHints, words);
    const em = emissions(model, features, n, words);
    const labels = viterbi(model, em, n);
    const m = marginals(model, em, labels, n);
    for (let i = 0; i < n; i++) {
      const o = (from + i) * C;
      probs[o] = m[i * L];
      for (let y = 1; y < L; y++) probs[o + 1 + ((y - 1) >> 1)] += m[i * L + y];
    }
    if (labels.some((y) => y !== 0)) for (const span of spansOf(labels, m, from)) spans.push(span);
  }
  return { spans, probs };
}

/** The spans of `tagText`. */
export function tagDocument(
  model: Model,
  prep: PreparedText,
  hints: Uint32Array | null,
  doc: DocumentEvidence = documentEvidence(prep),
): TaggedSpan[] {
  return tagText(model, prep, hints, doc).spans;
}

/**
 * The weights file format (base64 text): a header of 4 little-endian 32-bit words (magic `NFT1`, bits, number of
 * labels, temperature × 1000), the float32 scale, L × (L + 1) float32 transitions, then one signed byte per weight,
 * companded: w = sign(q) · (q / 127)² · scale.
 */
const MAGIC = 0x3154464e;
/** Flag in the header's `bits` word: the model was trained without the rules' hints. */
const NO_HINTS = 0x100;

export function encodeModel(m: Model): Buffer {
  const size = (1 << m.bits) * L;
  let max = 0;
  for (let i = 0; i < size; i++) max = Math.max(max, Math.abs(m.weights[i]));
  const head = Buffer.alloc(20 + 4 * m.transitions.length);
  head.writeUInt32LE(MAGIC, 0);
  head.writeUInt32LE(m.bits | (m.usesHints === false ? NO_HINTS : 0), 4);
  head.writeUInt32LE(L, 8);
  head.writeUInt32LE(Math.round(m.temperature * 1000), 12);
  head.writeFloatLE(max, 16);
  for (let i = 0; i < m.transitions.length; i++) head.writeFloatLE(m.transitions[i], 20 + 4 * i);
  const body = Buffer.alloc(size);
  for (let i = 0; i < size; i++) {
    const w = m.weights[i];
    const q = max ? Math.round(127 * Math.sqrt(Math.abs(w) / max)) : 0;
    body.writeInt8(w < 0 ? -q : q, i);
  }
  return Buffer.concat([head, body]);
}

export function decodeModel(bytes: Buffer): Model {
  if (bytes.readUInt32LE(0) !== MAGIC) throw new Error('names model: bad header');
  const bits = bytes.readUInt32LE(4) & 0xff;
  const usesHints = !(bytes.readUInt32LE(4) & NO_HINTS);
  if (bytes.readUInt32LE(8) !== L) throw new Error('names model: label set differs from this code');
  const temperature = bytes.readUInt32LE(12) / 1000;
  const max = bytes.readFloatLE(16);
  const transitions = new Float32Array(L * (L + 1));
  for (let i = 0; i < transitions.length; i++) transitions[i] = bytes.readFloatLE(20 + 4 * i);
  const from = 20 + 4 * transitions.length;
  const size = (1 << bits) * L;
  if (bytes.length !== from + size) throw new Error('names model: truncated');
  const levels = new Float32Array(256);
  for (let c = -128; c < 128; c++) {
    const q = c / 127;
    levels[c + 128] = (q < 0 ? -1 : 1) * q * q * max;
  }
  const codes = new Int8Array(bytes.buffer.slice(bytes.byteOffset + from, bytes.byteOffset + from + size));
  return { bits, weights: new Float32Array(0), codes, levels, transitions, temperature, usesHints };
}
