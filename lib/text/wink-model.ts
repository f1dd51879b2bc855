/**
 * wink-eng-lite-web-model's data, read faster and only for the annotations this project runs (sentences and
 * part-of-speech tags). The package's own loader (dist/read-core-model.js) takes about twice as long to start: it
 * deep-copies its 3 MB JSON with JSON.parse(JSON.stringify()), decodes the base64 tables byte by byte with atob,
 * and always reads the named-entity and sentiment models, which wink-nlp compiles even when no pipe uses them.
 * Here the JSON is parsed once per load (a fresh object, as the copy was), base64 is decoded natively, and the
 * unused models are empty machines. What wink-nlp receives is otherwise the package's model, field by field; the
 * spec checks that tokens, tags and sentences come out the same as with the package's loader.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/* eslint-disable @typescript-eslint/no-require-imports */
const PACKAGE = 'wink-eng-lite-web-model';
const packageDir = () => dirname(require.resolve(PACKAGE));

interface Feature {
  list: string[];
  hash?: Record<string, number>;
  intrinsicSize?: number;
  index?: number;
  maxIndex?: number;
}

/** [field, bits, shift, "is a hashed list" (0), "is an extra feature" (1)], as the package packs its lexicon. */
type Layout = Record<string, [string, number, number, number, number]>;

interface CoreModel {
  packing: { layout: Layout; efList?: string[] };
  features: Record<string, Feature>;
  pos: { hash: Record<string, number> };
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
}

/** A base64 string as 32-bit words, in an ArrayBuffer of its own (a pooled Buffer's offset may be unaligned). */
function words(base64: string): Uint32Array {
  const bytes = Buffer.from(base64, 'base64');
  const buffer = new ArrayBuffer(bytes.length);
  new Uint8Array(buffer).set(bytes);
  return new Uint32Array(buffer);
}

/** The package's read-core-model.js and load-core-model.js, step by step. */
function loadCore(): CoreModel {
  const file = join(packageDir(), 'languages', 'cur', 'models', 'eng-core-web-model.json');
  const model = JSON.parse(readFileSync(file, 'utf8')) as CoreModel;
  const { packing, features, pos } = model;
  model.lexicon = words(model.lexicon as string);
  model.xpansions = words(model.xpansions as string);
  const hashOf = (list: string[]) => {
    const hash: Record<string, number> = Object.create(null);
    for (let k = 0; k < list.length; k++) hash[list[k]] = k;
    return hash;
  };
  for (const f in packing.layout) if (packing.layout[f][3] === 0) features[f].hash = hashOf(features[f].list);
  features.lexeme.hash = hashOf(features.lexeme.list);
  const clusters = features.posClusters.list as unknown as Set<number>[];
  for (let k = 0; k < clusters.length; k++)
    clusters[k] = new Set((clusters[k] as unknown as string).split('_').map((e) => pos.hash[e] || 0));
  packing.efList = [];
  for (const f in packing.layout) {
    const [, bits, shift, hashed, extra] = packing.layout[f];
    if (hashed === 0) {
      features[f].intrinsicSize = features[f].list.length;
      features[f].index = features[f].list.length;
      features[f].maxIndex = bits >>> shift;
    }
    if (extra === 1) packing.efList.push(f);
  }
  features.lexeme.intrinsicSize = features.lexeme.list.length;
  features.lexeme.index = features.lexeme.list.length;
  return model;
}

/** A machine that recognises nothing, in wink's automaton JSON: for the pipes this project never runs. */
const EMPTY_MACHINE = JSON.stringify([100, 0, { 0: {} }, {}, {}, {}]);

/** The model object wink-nlp expects, for the pipes `sbd` and `pos` only. */
export function winkModel(): unknown {
  const lib = `${PACKAGE}/dist/`;
  const model = Object.create(null);
  model.core = loadCore;
  model.sbd = require(`${lib}load-sbd-model.js`);
  model.pos = require(`${lib}load-pos-model.js`);
  model.ner = () => ({ machines: [EMPTY_MACHINE], transformers: [null] });
  model.negation = () => ({ machines: [EMPTY_MACHINE], setter: null });
  model.sa = () => ({ machines: [EMPTY_MACHINE], setter: null });
  model.metaCER = require(`${lib}load-cer-meta-model.js`);
  model.featureFn = require(`${lib}feature.js`);
  // Read only by its.stem, its.lemma and readability statistics, which this project never asks for: loaded on use.
  model.addons = Object.create(null);
  const addon = (name: string, file: string) =>
    Object.defineProperty(model.addons, name, { enumerable: true, get: () => require(`${lib}${file}`) });
  addon('stem', 'porter-stemmer.js');
  addon('lemmatize', 'lemmatize.js');
  addon('readabilityStats', 'readability-stats.js');
  model.addons.wordVectors = undefined;
  return model;
}
