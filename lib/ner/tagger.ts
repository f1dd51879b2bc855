/**
 * The committed name tagger, decoded once on first use. Its weights are lib/lexicon/data/names-model.ts (base64);
 * `npm run build` also writes them as raw bytes beside the compiled module (scripts/build-data.js), which loads
 * in milliseconds where compiling the 3 MB module takes a tenth of a second.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PreparedText } from '../text/prepare';
import { decodeModel, tagText, type Model, type Tagging } from './model';

let model: Model | null = null;

export const NAMES_MODEL_FILE = join(__dirname, '..', 'lexicon', 'data', 'names-model.bin');

/** The model's bytes from the committed module (Buffer's base64 decoder skips the line breaks). */
export function committedModelBytes(): Buffer {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { NAMES_MODEL } = require('../lexicon/data/names-model') as { NAMES_MODEL: string };
  return Buffer.from(NAMES_MODEL, 'base64');
}

function modelBytes(): Buffer {
  try {
    return readFileSync(NAMES_MODEL_FILE);
  } catch {
    return committedModelBytes();
  }
}

export function namesModel(): Model {
  if (!model) model = decodeModel(modelBytes());
  return model;
}

/** Replaces the committed model (to compare models on dev sets; tests). */
export function useNamesModel(m: Model): void {
  model = m;
}

/** The names the tagger finds in a prepared text, with types and probabilities; `hints` are the rules' conclusions. */
export function tagNames(prep: PreparedText, hints: Uint32Array | null): Tagging {
  return tagText(namesModel(), prep, hints);
}
