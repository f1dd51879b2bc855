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

/**
 * What the model's emissions (model.ts) may keep per distinct word: the sums of its leading context-free
 * features' weights, which are the same for every token of the word. A token's first `ownEnd` features are its own;
 * after a sentence's first word come `restEnd - startEnd` more (its classes and clusters) before any that read
 * another token.
 */
export interface WordMemo {
  ownEnd: number;
  startEnd: number;
  restEnd: number;
  /** The nine labels' sums over the leading features, for a token after the sentence's first, and for its first. */
  sums: Float32Array | null;
  startSums: Float32Array | null;
  /** The weights the sums were taken with. */
  sumsOf: Int8Array | null;
}

/** Per-token hashes, computed once and shared by the templates. */
interface TokenHashes extends WordMemo {
  word: number;
  lower: number;
  shape: number;
  pos: number;
  kind: number;
  /** gazetteer classes and compromise lexicon tags, hashed */
  classes: number[];
  /** The middle cluster, for a content word (TOPIC_POS), else NONE. */
  topic: number;
  capitalised: boolean;
  lowerText: string;
  /**
   * The token's features that depend on no other token, already mixed (unmasked), in the order sentenceFeatures
   * writes them: `own` (bias, word, lower case, shape, affixes, part of speech, kind) at [0, ownEnd), `start`
   * (start, start shape: a sentence's first word only) at [ownEnd, startEnd), `rest` (classes, clusters) at
   * [startEnd, restEnd), then what it gives a word at offset -2, -1, 1, 2 from it (lower case, part of speech,
   * and at ±1 shape and its first two classes) from `near`, and its topic for the bag, left then right.
   * Mixed once per distinct word, not once per token and neighbour.
   */
  mixed: Uint32Array;
  /** Where the features it gives a word at offset d start, for d = -2, -1, 1, 2 (and one past the last). */
  near: [number, number, number, number, number];
  /** The cache's key beside the word: the token's tag and kind, and the entry of the same word with another. */
  posTag: string;
  kindTag: string;
  next: TokenHashes | null;
}

const NONE = hashString('<none>');

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

/** Offsets of a word's neighbours whose features it reads one by one. */
const NEAR = [-2, -1, 1, 2] as const;

/** The mixed features of a token's hashes (see TokenHashes.mixed). */
function withMixed(
  h: Omit<TokenHashes, keyof WordMemo | 'mixed' | 'near' | 'posTag' | 'kindTag' | 'next'>,
  affixes: number[],
  clusters: number[],
  t: Pick<Token, 'pos' | 'kind'>,
): TokenHashes {
  const f: number[] = [mix(T.bias, 0), mix(T.word, h.word), mix(T.lower, h.lower), mix(T.shape, h.shape), ...affixes];
  f.push(mix(T.pos, h.pos), mix(T.kind, h.kind));
  const ownEnd = f.length;
  f.push(mix(T.start, 1), mix(T.startShape, h.shape));
  const startEnd = f.length;
  for (const c of h.classes) f.push(mix(T.class, c));
  for (let l = 0; l < 3; l++) f.push(mix(T.cluster + l, clusters[l]));
  const restEnd = f.length;
  const near: number[] = [];
  for (const d of NEAR) {
    near.push(f.length);
    f.push(mix(T.lowerAt + d, h.lower), mix(T.posAt + d, h.pos));
    if (d === -1 || d === 1) {
      f.push(mix(T.shapeAt + d, h.shape));
      if (h.classes.length) f.push(mix(T.classAt + d, h.classes[0]));
      if (h.classes.length > 1) f.push(mix(T.classAt + d, h.classes[1]));
    }
  }
  near.push(f.length);
  // The bag's features, left then right (read only when topic is not NONE).
  f.push(mix(T.clusterBag, h.topic), mix(T.clusterBag + 1, h.topic));
  const mixed = new Uint32Array(f.length);
  for (let j = 0; j < f.length; j++) mixed[j] = f[j];
  // One literal, so that every entry (and PAD) has the same hidden class.
  return {
    word: h.word,
    lower: h.lower,
    shape: h.shape,
    pos: h.pos,
    kind: h.kind,
    classes: h.classes,
    topic: h.topic,
    capitalised: h.capitalised,
    lowerText: h.lowerText,
    mixed,
    ownEnd,
    startEnd,
    restEnd,
    near: near as TokenHashes['near'],
    posTag: t.pos,
    kindTag: t.kind,
    next: null,
    sums: null,
    startSums: null,
    sumsOf: null,
  };
}

const PAD: TokenHashes = withMixed(
  {
    word: hashString('<pad>'),
    lower: hashString('<pad>'),
    shape: hashString('<pad>'),
    pos: NONE,
    kind: NONE,
    classes: [],
    topic: NONE,
    capitalised: false,
    lowerText: '',
  },
  [],
  [NONE, NONE, NONE],
  { pos: '', kind: '' },
);

/** Token hashes by word, tag and kind. A text's vocabulary fits far below the limit; past it, the cache starts over
 * (each entry holds three small arrays: 100,000 of them cost about 30 MB on a 10 MB file of ever-new names; the mixed
 * features add about 1 MB per 15,000 entries, measured on the real-text corpus). */
const TOKEN_HASH_CACHE_LIMIT = 20_000;
const tokenHashCache = new Map<string, TokenHashes>();
let tokenHashCount = 0;

function hashesOf(t: Token): TokenHashes {
  // By word, then along the word's (rarely more than one) tag and kind: no key string to build and hash per token.
  const first = tokenHashCache.get(t.text);
  for (let e: TokenHashes | null | undefined = first; e; e = e.next) if (e.posTag === t.pos && e.kindTag === t.kind) return e;
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
  const h = withMixed(
    {
      topic: cluster && TOPIC_POS.has(t.pos) ? cluster.middle + 1 : NONE,
      word: hashString(w),
      lower: hashString(lower),
      shape: hashString(wordShape(w)),
      pos: hashString(t.pos),
      kind: hashString(t.kind),
      classes,
      capitalised: /^\p{Lu}/u.test(w),
      lowerText: lower,
    },
    affixes,
    cluster ? [cluster.coarse + 1, cluster.middle + 1, cluster.fine + 1] : [NONE, NONE, NONE],
    t,
  );
  if (tokenHashCount > TOKEN_HASH_CACHE_LIMIT) {
    tokenHashCache.clear();
    tokenHashCount = 0;
  } else h.next = first ?? null;
  tokenHashCache.set(w, h);
  tokenHashCount++;
  return h;
}

/** Longest place name (2 to 4 capitalised words) starting at each token: its length, or 0. */
function placeSpans(tokens: Token[], hs: TokenHashes[], from: number, to: number): Uint8Array {
  const out = new Uint8Array(to - from);
  for (let i = from; i < to; i++) {
    if (!hs[i - from].capitalised || i + 1 >= to || !hs[i + 1 - from].capitalised) continue;
    let name = tokens[i].text;
    for (let j = i + 1; j < Math.min(to, i + 4); j++) {
      if (!hs[j - from].capitalised && tokens[j].text !== 'of') break;
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
 * `words`, when given, receives each token's WordMemo (for emissions' memo).
 */
export function sentenceFeatures(
  prep: PreparedText,
  from: number,
  to: number,
  doc: DocumentEvidence,
  mask: number,
  hints: Uint32Array | null = null,
  words: WordMemo[] | null = null,
): Uint32Array {
  const n = to - from;
  const out = new Uint32Array(n * FEATURES_PER_TOKEN);
  const hs = new Array<TokenHashes>(n);
  for (let i = 0; i < n; i++) hs[i] = hashesOf(prep.tokens[from + i]);
  const at = (i: number) => (i >= 0 && i < n ? hs[i] : PAD);
  const spans = placeSpans(prep.tokens, hs, from, to);
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
  /** Copies mixed features [a, b) of a token's hashes. */
  const copy = (m: Uint32Array, a: number, b: number) => {
    for (let j = a; j < b && k < end; j++) out[k++] = m[j] & mask;
  };
  for (let i = 0; i < n; i++) {
    const t = prep.tokens[from + i];
    const h = hs[i];
    const w = t.text;
    k = i * FEATURES_PER_TOKEN;
    end = k + FEATURES_PER_TOKEN;
    const start = i === 0;
    copy(h.mixed, 0, start ? h.startEnd : h.ownEnd);
    copy(h.mixed, h.startEnd, h.restEnd);
    for (let e = 0; e < 4; e++) {
      const o = at(i + NEAR[e]);
      copy(o.mixed, o.near[e], o.near[e + 1]);
    }
    const left = at(i - 1);
    const right = at(i + 1);
    add(mix(T.bigramLeft, left.lower, h.lower));
    add(mix(T.bigramRight, h.lower, right.lower));
    add(mix(T.shapeLeft, left.shape, h.shape));
    add(mix(T.shapeRight, h.shape, right.shape));
    add(mix(T.posPair, left.pos, h.pos));
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
      if (i - d >= 0 && hs[i - d].topic !== NONE) add(hs[i - d].mixed[hs[i - d].near[4]]);
      if (i + d < n && hs[i + d].topic !== NONE) add(hs[i + d].mixed[hs[i + d].near[4] + 1]);
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
  if (words) for (let i = 0; i < n; i++) words[i] = hs[i];
  return out;
}
