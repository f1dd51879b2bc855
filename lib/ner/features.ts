/**
 * Features of the name tagger, one list of hashed feature ids per token. Training (scripts/train-names.mjs) and
 * run time compute them with this same code over the same wink tokens, so they match exactly.
 *
 * Each token's strings (word, lower case, shape, affixes, part of speech, gazetteer and lexicon classes) are hashed
 * once; a feature id is a template number mixed with one or two of those hashes, masked to the model's table size.
 */
import type { PreparedText, Sentence, Token } from '../text/prepare';
import { demonymCountry, isFirstName, lookupPlace } from '../lexicon/gazetteer';
import { ORGANIZATION_HEADS, ORGANIZATION_STARTS, PERSON_TITLES, PLACE_HEADS } from '../lexicon/entity-words';
import { lexiconTags } from '../recognizers/names/compromise-evidence';
import { wordCluster } from '../lexicon/word-clusters';

/** FNV-1a over a string's UTF-16 units. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Mixes a template number with one or two value hashes (murmur3's finaliser). */
function mix(template: number, a: number, b = 0): number {
  let h = Math.imul(template + 0x9e3779b9, 0x85ebca6b) ^ a;
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) ^ Math.imul(b, 0x297a2d39);
  h = Math.imul(h ^ (h >>> 12), 0x297a2d39);
  return (h ^ (h >>> 15)) >>> 0;
}

/** `Xx`, `X.X.`, `dd`: capitals, small letters, digits and other characters, each run written once. */
export function wordShape(w: string): string {
  let out = '';
  let last = '';
  for (const ch of w) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    if (c !== last) out += c;
    last = c;
  }
  return out.length > 6 ? out.slice(0, 6) : out;
}

const TITLE_WORDS = new Set(PERSON_TITLES.flatMap((t) => t.split(/\s+/)).map((w) => w.toLowerCase()));

/** The gazetteer's class of a single word: `country`, `city-big`, `region`, `first`, `demonym`, `org-head`, ... */
function gazetteerClasses(w: string, lower: string): string[] {
  const out: string[] = [];
  const upper = /^\p{Lu}/u.test(w);
  if (upper) {
    for (const e of lookupPlace(w)) {
      const c = e.kind === 'city' ? ((e.population ?? 0) >= 1e5 ? 'city-big' : 'city') : e.kind;
      if (!out.includes(c)) out.push(c);
      if (out.length >= 2) break;
    }
    if (isFirstName(w)) out.push('first');
    if (demonymCountry(w)) out.push('demonym');
  }
  if (ORGANIZATION_HEADS.has(lower)) out.push('org-head');
  if (ORGANIZATION_STARTS.has(lower)) out.push('org-start');
  if (PLACE_HEADS.has(lower)) out.push('place-head');
  if (TITLE_WORDS.has(lower)) out.push('title');
  return out;
}

/** Per-token hashes, computed once and shared by the templates. */
interface TokenHashes {
  word: number;
  lower: number;
  shape: number;
  pos: number;
  kind: number;
  /** gazetteer classes and compromise lexicon tags, hashed */
  classes: number[];
  /** prefix and suffix features, already mixed with their templates */
  affixes: number[];
  /** The word's cluster at three levels (coarse, middle, fine; lexicon/word-clusters.ts), or NONE each. */
  clusters: [number, number, number];
  /** The middle cluster, for a content word (TOPIC_POS), else NONE. */
  topic: number;
  capitalised: boolean;
  lowerText: string;
}

const NONE = hashString('<none>');
const PAD: TokenHashes = {
  word: hashString('<pad>'),
  lower: hashString('<pad>'),
  shape: hashString('<pad>'),
  pos: NONE,
  kind: NONE,
  classes: [],
  affixes: [],
  clusters: [NONE, NONE, NONE],
  topic: NONE,
  capitalised: false,
  lowerText: '',
};

// Template numbers: one per feature kind (values are arbitrary but fixed; changing one needs retraining).
const T = {
  bias: 1,
  word: 2,
  lower: 3,
  shape: 4,
  prefix: 5,
  suffix: 6,
  pos: 7,
  start: 8,
  kind: 9,
  class: 10,
  lowerAt: 20, // +offset (-2..2)
  shapeAt: 30,
  posAt: 40,
  classAt: 50,
  bigramLeft: 60,
  bigramRight: 61,
  shapeLeft: 62,
  shapeRight: 63,
  posPair: 64,
  span: 70,
  midCapital: 80,
  seenLower: 81,
  startShape: 82,
  docContext: 83,
  rule: 90, // +0..5
  cluster: 110, // +level (0..2)
  clusterAt: 115, // +offset (-2..2), middle level
  clusterShape: 120,
  clusterBag: 121, // +0 left, +1 right
} as const;

/** How far the bag of context clusters reaches on each side (beyond the ±2 words seen one by one). */
const BAG_REACH = 10;
/** Parts of speech that carry a topic: only these enter the bag. */
const TOPIC_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ']);

/** Token hashes by word, tag and kind. A text's vocabulary fits far below the limit; past it, the cache starts over
 * (each entry holds two arrays: 100,000 of them cost about 30 MB on a 10 MB file of ever-new names). */
const TOKEN_HASH_CACHE_LIMIT = 20_000;
const tokenHashCache = new Map<string, TokenHashes>();

function hashesOf(t: Token): TokenHashes {
  const key = `${t.text}\u0000${t.pos}\u0000${t.kind}`;
  const cached = tokenHashCache.get(key);
  if (cached) return cached;
  const w = t.text;
  const lower = w.toLowerCase();
  const classes = gazetteerClasses(w, lower).map(hashString);
  const tags = lexiconTags(lower);
  for (const tag of tags.slice(0, 3)) classes.push(hashString(`lex:${tag}`));
  if (/^\p{L}/u.test(w) && !tags.length) classes.push(hashString('lex:unknown'));
  const affixes: number[] = [];
  for (let l = 1; l <= 3; l++) if (lower.length > l) affixes.push(mix(T.prefix + 100 * l, hashString(lower.slice(0, l))));
  for (let l = 2; l <= 4; l++) if (lower.length > l) affixes.push(mix(T.suffix + 100 * l, hashString(lower.slice(-l))));
  const cluster = wordCluster(lower);
  const h: TokenHashes = {
    clusters: cluster ? [cluster.coarse + 1, cluster.middle + 1, cluster.fine + 1] : [NONE, NONE, NONE],
    topic: cluster && TOPIC_POS.has(t.pos) ? cluster.middle + 1 : NONE,
    word: hashString(w),
    lower: hashString(lower),
    shape: hashString(wordShape(w)),
    pos: hashString(t.pos),
    kind: hashString(t.kind),
    classes,
    affixes,
    capitalised: /^\p{Lu}/u.test(w),
    lowerText: lower,
  };
  if (tokenHashCache.size > TOKEN_HASH_CACHE_LIMIT) tokenHashCache.clear();
  tokenHashCache.set(key, h);
  return h;
}

/** Longest place name (2 to 4 capitalised words) starting at each token: its length, or 0. */
function placeSpans(tokens: Token[], from: number, to: number): Uint8Array {
  const out = new Uint8Array(to - from);
  for (let i = from; i < to; i++) {
    if (!/^\p{Lu}/u.test(tokens[i].text) || i + 1 >= to || !/^\p{Lu}/u.test(tokens[i + 1].text)) continue;
    let name = tokens[i].text;
    for (let j = i + 1; j < Math.min(to, i + 4); j++) {
      if (!/^[\p{Lu}]/u.test(tokens[j].text) && tokens[j].text !== 'of') break;
      name += ` ${tokens[j].text}`;
      if (lookupPlace(name).length) out[i - from] = j - i + 1;
    }
  }
  return out;
}

/** What the whole document says about words: written capitalised mid-sentence, or written in lower case, and the
 * contexts a capitalised word stands in anywhere in the document (a bit set, see `contextBits`), so that one telling
 * mention (`Mr Halvorsen`, `Halvorsen Ltd`) informs the others. */
export interface DocumentEvidence {
  midCapital: Set<string>;
  /** Words written in lower case, by paragraph (`paragraph\0word`): common words are everywhere, so only the
   * paragraph's own text says whether a capitalised word is an ordinary word there (and unrelated paragraphs
   * change nothing). */
  lower: Set<string>;
  contexts: Map<string, number>;
  /** Paragraph number of each sentence. */
  paragraphOf: Int32Array;
}

const BLANK_LINE = /\n[^\S\n]*\n/;

const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'near', 'to', 'across', 'outside']);
const SPEECH_VERBS = new Set(['said', 'says', 'told', 'added', 'wrote']);

/** Number of context bits `contextBits` sets. */
const DOC_CONTEXTS = 9;

/** The document contexts of the capitalised token at i of a sentence [from, to), as a bit set. */
function contextBits(tokens: Token[], i: number, from: number, to: number): number {
  const prev = i > from ? tokens[i - 1].text : '';
  const prevLower = prev.toLowerCase();
  const next = i + 1 < to ? tokens[i + 1].text : '';
  let bits = 0;
  if (TITLE_WORDS.has(prevLower.replace(/\.$/, '')) || (/^\p{Lu}/u.test(prev) && isFirstName(prev))) bits |= 1;
  if (next && ORGANIZATION_HEADS.has(next.toLowerCase())) bits |= 2;
  if (PLACE_PREPOSITIONS.has(prev)) bits |= 4;
  if (SPEECH_VERBS.has(next) || next === "'s") bits |= 8;
  if (prev === 'the' || prev === 'The') bits |= 16;
  if (next && /^\p{Lu}/u.test(next) && isFirstName(tokens[i].text)) bits |= 32;
  // A member of a capitalised run that ends in an organization's head word (`Halvorn Rowing Club`).
  for (let j = i + 1; j < Math.min(to, i + 4) && /^\p{Lu}/u.test(tokens[j].text); j++)
    if (ORGANIZATION_HEADS.has(tokens[j].text.toLowerCase())) bits |= 64;
  if (prevLower === 'of') bits |= 128;
  if ((next === ',' && i + 2 < to && tokens[i + 2].text === 'who') || next === 'who') bits |= 256;
  return bits;
}

export function documentEvidence(prep: PreparedText): DocumentEvidence {
  const midCapital = new Set<string>();
  const lower = new Set<string>();
  const contexts = new Map<string, number>();
  const paragraphOf = new Int32Array(prep.sentences.length);
  let paragraph = 0;
  let lastEnd = -1;
  prep.sentences.forEach((s, k) => {
    const [from, to] = taggedRange(prep, s);
    // A blank line between the last word so far and this sentence's first starts a paragraph.
    if (to > from) {
      if (lastEnd >= 0 && BLANK_LINE.test(prep.text.slice(lastEnd, prep.tokens[from].start))) paragraph++;
      lastEnd = prep.tokens[to - 1].end;
    }
    paragraphOf[k] = paragraph;
    for (let i = s.firstToken; i < s.endToken; i++) {
      const w = prep.tokens[i].text;
      const c = w.charCodeAt(0);
      if (c >= 97 && c <= 122) lower.add(`${paragraph}\u0000${w}`);
      else if (/^\p{Lu}/u.test(w)) {
        if (i > s.firstToken + 1 && /^\p{Lu}\p{Ll}/u.test(w)) midCapital.add(w);
        const bits = contextBits(prep.tokens, i, s.firstToken, s.endToken);
        if (bits) contexts.set(w, (contexts.get(w) ?? 0) | bits);
      }
    }
  });
  return { midCapital, lower, contexts, paragraphOf };
}

/**
 * The tokens of a sentence the tagger reads, [from, to): without the line breaks and spaces wink leaves at its
 * edges, so that what follows a paragraph (or nothing) does not change the features of its last words.
 */
export function taggedRange(prep: PreparedText, s: Sentence): [number, number] {
  let from = s.firstToken;
  let to = s.endToken;
  while (from < to && !prep.tokens[from].text.trim()) from++;
  while (to > from && !prep.tokens[to - 1].text.trim()) to--;
  return [from, to];
}

/** Number of feature ids per token (fixed, so features fit one flat array). */
export const FEATURES_PER_TOKEN = 72;
/** Marks an unused feature slot. */
export const NO_FEATURE = 0xffffffff;

/**
 * Feature ids for tokens [from, to) of one sentence, FEATURES_PER_TOKEN per token (unused slots hold NO_FEATURE),
 * masked with `mask` (table size - 1). `hints` are the rules' conclusions per token (three hashes each).
 */
export function sentenceFeatures(
  prep: PreparedText,
  from: number,
  to: number,
  doc: DocumentEvidence,
  mask: number,
  hints: Uint32Array | null = null,
): Uint32Array {
  const n = to - from;
  const out = new Uint32Array(n * FEATURES_PER_TOKEN);
  const hs = new Array<TokenHashes>(n);
  for (let i = 0; i < n; i++) hs[i] = hashesOf(prep.tokens[from + i]);
  const at = (i: number) => (i >= 0 && i < n ? hs[i] : PAD);
  const spans = placeSpans(prep.tokens, from, to);
  // For each token, the span (start offset, length) of a multi-word place covering it.
  const inSpan = new Int8Array(n).fill(-1);
  const spanLen = new Uint8Array(n);
  for (let i = 0; i < n; i++)
    if (spans[i])
      for (let j = i; j < i + spans[i]; j++)
        if (inSpan[j] < 0) {
          inSpan[j] = j - i;
          spanLen[j] = spans[i];
        }
  let k = 0;
  let end = 0;
  const add = (f: number) => {
    if (k < end) out[k++] = f & mask;
  };
  for (let i = 0; i < n; i++) {
    const t = prep.tokens[from + i];
    const h = hs[i];
    const w = t.text;
    k = i * FEATURES_PER_TOKEN;
    end = k + FEATURES_PER_TOKEN;
    add(mix(T.bias, 0));
    add(mix(T.word, h.word));
    add(mix(T.lower, h.lower));
    add(mix(T.shape, h.shape));
    for (const a of h.affixes) add(a);
    add(mix(T.pos, h.pos));
    add(mix(T.kind, h.kind));
    const start = i === 0;
    if (start) {
      add(mix(T.start, 1));
      add(mix(T.startShape, h.shape));
    }
    for (const c of h.classes) add(mix(T.class, c));
    for (let l = 0; l < 3; l++) add(mix(T.cluster + l, h.clusters[l]));
    for (let d = -2; d <= 2; d++) {
      if (d === 0) continue;
      const o = at(i + d);
      add(mix(T.lowerAt + d, o.lower));
      add(mix(T.posAt + d, o.pos));
      if (d === -1 || d === 1) {
        add(mix(T.shapeAt + d, o.shape));
        if (o.classes.length) add(mix(T.classAt + d, o.classes[0]));
        if (o.classes.length > 1) add(mix(T.classAt + d, o.classes[1]));
      }
    }
    add(mix(T.bigramLeft, at(i - 1).lower, h.lower));
    add(mix(T.bigramRight, h.lower, at(i + 1).lower));
    add(mix(T.shapeLeft, at(i - 1).shape, h.shape));
    add(mix(T.shapeRight, h.shape, at(i + 1).shape));
    add(mix(T.posPair, at(i - 1).pos, h.pos));
    if (inSpan[i] >= 0) add(mix(T.span, inSpan[i], inSpan[i] === spanLen[i] - 1 ? 1 : 0));
    if (h.capitalised) {
      add(mix(T.midCapital, doc.midCapital.has(w) ? 1 : 0, start ? 1 : 0));
      const seen = doc.lower.has(`${doc.paragraphOf[t.sentence] ?? 0}\u0000${h.lowerText}`);
      add(mix(T.seenLower, seen ? 1 : 0, start ? 1 : 0));
      const bits = doc.contexts.get(w) ?? 0;
      for (let b = 0; b < DOC_CONTEXTS; b++) if (bits & (1 << b)) add(mix(T.docContext, b));
    }
    // Last, as the slots may run out: topic words further out (`album`, `toured`, `troops`), by their middle-level cluster, left and right.
    for (let d = 3; d <= BAG_REACH; d++) {
      if (i - d >= 0 && hs[i - d].topic !== NONE) add(mix(T.clusterBag, hs[i - d].topic));
      if (i + d < n && hs[i + d].topic !== NONE) add(mix(T.clusterBag + 1, hs[i + d].topic));
    }
    if (hints) {
      // What the rules said (see recognizers/names/rule-hints.ts: 3 hashes per token).
      const r = (from + i) * 3;
      add(mix(T.rule, hints[r]));
      add(mix(T.rule + 1, hints[r + 1]));
      add(mix(T.rule + 2, hints[r + 2]));
      add(mix(T.rule + 3, i > 0 ? hints[r - 3] : NONE));
      add(mix(T.rule + 4, i + 1 < n ? hints[r + 3] : NONE));
      add(mix(T.rule + 5, hints[r], h.shape));
    }
    while (k < end) out[k++] = NO_FEATURE;
  }
  return out;
}
