#!/usr/bin/env node
/**
 * Trains the name tagger and writes its weights to lib/lexicon/data/names-model.ts.
 *
 *   npm run train:names -- --data ../shared/data/ner-train [--epochs 8] [--bits 18] [--seed 13]
 *                          [--dev ../shared/data/wikigold/dev.jsonl,../shared/data/re3d/dev.jsonl] [--out FILE]
 *                          [--cache FILE] [--weight-btc 0.5] [--weight-news 1.5] [--weight-ewt 1] [--hints]
 *                          [--hold-out K/N --hold-out-file FILE]
 *
 * --data holds one folder per corpus with a train.jsonl (`{text, genre, entities: [{start, end, type}]}`), as in
 * the ner-train README. The dev sets only pick the epoch and calibrate confidence; they are never trained on.
 * --hints adds the rules' conclusions (lib/recognizers/names/rule-hints.ts) to the features; by default the tagger
 * reads the text alone, so that it is evidence independent of the rules when names/decide.ts combines the two.
 * --hold-out K/N leaves out every Nth news-like GUM document (news, interviews, biographies), starting at the Kth,
 * and writes them to --hold-out-file in the scorer's format: news the rules were never tuned on, to choose how the
 * rules and the tagger combine (names/decide.ts) with a tagger that has not seen them (README, "Held-out news").
 * Needs `npm run build` first (it uses dist/). Deterministic for a given seed.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { option } from './option.mjs';
import { createRequire } from 'node:module';
import v8 from 'node:v8';
import { gunzipSync, gzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);
const root = resolve(import.meta.dirname, '..');
const { Perceptron, scoreDev, toDevDocument, toSentences } = require(join(root, 'dist/ner/train.js'));
const { random } = require(join(root, 'dist/text/random.js'));
const { encodeModel } = require(join(root, 'dist/ner/model.js'));

const data = option('data');
if (!data || !existsSync(data)) {
  console.error('usage: npm run train:names -- --data DIR (a folder of corpora, each with a train.jsonl)');
  process.exit(2);
}
const epochs = +option('epochs', '8');
const bits = +option('bits', '18');
const seed = +option('seed', '13');
/** The rules' conclusions as features (stacking) only on request: the committed model reads the text alone. */
const withHints = process.argv.includes('--hints');
const out = option('out', join(root, 'lib/lexicon/data/names-model.ts'));
const devFiles = option('dev', `${join(root, '../shared/data/wikigold/dev.jsonl')},${join(root, '../shared/data/re3d/dev.jsonl')}`)
  .split(',')
  .filter((f) => f && existsSync(f));

/** How much a mistake counts, by corpus and genre: news-like text up, tweets down. */
const WEIGHTS = { btc: +option('weight-btc', '0.5'), news: +option('weight-news', '1.5'), gum: 1, 'uner-ewt': +option('weight-ewt', '1') };
function weightOf(corpus, genre) {
  if (corpus === 'btc') return genre === 'section-g' ? Math.max(WEIGHTS.btc, 0.8) : WEIGHTS.btc;
  if (corpus === 'gum') return /news|interview|bio/.test(genre) ? WEIGHTS.news : WEIGHTS.gum;
  return WEIGHTS[corpus] ?? 1;
}

/** The news-like GUM documents that --hold-out K/N leaves out. */
const holdOut = option('hold-out')?.split('/').map(Number);
const NEWS_LIKE = /news|interview|bio/;
const heldOutIds = new Set();
if (holdOut) {
  const rows = readJsonl(join(data, 'gum', 'train.jsonl')).filter((r) => NEWS_LIKE.test(r.genre ?? ''));
  const held = rows.filter((_, i) => i % holdOut[1] === holdOut[0]);
  for (const r of held) heldOutIds.add(r.id);
  const coarse = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'other' };
  const file = option('hold-out-file', '/tmp/names-hold-out.jsonl');
  const lines = held.map((r) =>
    JSON.stringify({ id: r.id, text: r.text, entities: r.entities.map((e) => ({ ...e, coarse: coarse[e.type] })) }),
  );
  writeFileSync(file, `${lines.join('\n')}\n`);
  console.log(`held out ${held.length} GUM documents, written to ${file}`);
}

function readJsonl(file) {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
}
const t0 = Date.now();
/** Features take minutes (the rules run on every document); --cache FILE keeps them between runs with the same code. */
const cache = option('cache');
let sentences = [];
if (cache && existsSync(cache)) {
  sentences = v8.deserialize(gunzipSync(readFileSync(cache)));
  console.log(`features from ${cache}`);
} else {
  for (const corpus of readdirSync(data).sort()) {
    const file = join(data, corpus, 'train.jsonl');
    if (!existsSync(file)) continue;
    const rows = readJsonl(file);
    const hasMisc = rows.some((r) => r.entities.some((e) => e.type === 'MISC'));
    for (const r of rows)
      for (const s of toSentences({ text: r.text, entities: r.entities, weight: 1, hasMisc }, withHints))
        sentences.push({ ...s, corpus, genre: r.genre ?? '', doc: r.id });
    console.log(`${corpus}: ${rows.length} documents${hasMisc ? ', with MISC' : ', no MISC'}`);
  }
  if (cache) writeFileSync(cache, gzipSync(v8.serialize(sentences)));
}
if (heldOutIds.size) sentences = sentences.filter((s) => !heldOutIds.has(s.doc));
for (const s of sentences) s.weight = weightOf(s.corpus, s.genre);
const tokens = sentences.reduce((n, s) => n + s.gold.length, 0);
console.log(`${sentences.length} sentences, ${tokens} tokens, features in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

const dev = devFiles.map((f) => ({ name: f.split('/').slice(-2, -1)[0], docs: readJsonl(f).map((row) => toDevDocument(row, withHints)) }));

const perceptron = new Perceptron(bits, withHints);
const rand = random(seed);
let best = null;
for (let e = 1; e <= epochs; e++) {
  const mistakes = perceptron.epoch(sentences, rand);
  const model = perceptron.averaged();
  const scores = dev.map((d) => ({ name: d.name, ...scoreDev(model, d.docs) }));
  const mean = scores.length ? scores.reduce((a, s) => a + s.strict + s.relaxed, 0) / (2 * scores.length) : e;
  console.log(
    `epoch ${e}: ${mistakes} token mistakes; ${scores.map((s) => `${s.name} strict ${s.strict.toFixed(1)} relaxed ${s.relaxed.toFixed(1)}`).join('; ')}`,
  );
  if (!best || mean > best.mean) best = { epoch: e, mean, model };
}
console.log(`best epoch ${best.epoch}`);

// Temperature: the scale of the scores whose span probabilities best match how often spans are right on dev (Brier).
let temperature = 1;
if (dev.length) {
  let bestBrier = Infinity;
  for (const t of [0.05, 0.1, 0.2, 0.3, 0.5, 0.75, 1, 1.5, 2]) {
    const model = { ...best.model, temperature: t };
    const scored = dev.flatMap((d) => scoreDev(model, d.docs).scored);
    const brier = scored.reduce((a, [p, ok]) => a + (p - (ok ? 1 : 0)) ** 2, 0) / scored.length;
    if (brier < bestBrier) {
      bestBrier = brier;
      temperature = t;
    }
  }
  console.log(`temperature ${temperature} (Brier ${bestBrier.toFixed(4)})`);
}

const bytes = encodeModel({ ...best.model, temperature });
const base64 = bytes.toString('base64');
const lines = base64.match(/.{1,120}/g).join('\n');
writeFileSync(
  out,
  `/**\n * Weights of the name tagger (lib/ner), written by scripts/train-names.mjs: do not edit. Learned from GUM,\n * UNER English-EWT and the Broad Twitter Corpus (see NOTICE); ${bits}-bit feature hashing, epoch ${best.epoch}, seed ${seed}.\n */\nexport const NAMES_MODEL = \`\n${lines}\n\`;\n`,
);
console.log(`wrote ${out}: ${(base64.length / 1e6).toFixed(2)} MB`);

// Re-check the file as run time will read it.
const { decodeModel } = require(join(root, 'dist/ner/model.js'));
const decoded = decodeModel(Buffer.from(base64, 'base64'));
for (const d of dev) {
  const s = scoreDev(decoded, d.docs);
  console.log(`as stored: ${d.name} strict ${s.strict.toFixed(1)} relaxed ${s.relaxed.toFixed(1)}`);
}
