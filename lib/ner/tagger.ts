/** The committed name tagger, decoded once on first use from lib/lexicon/data/names-model.ts. */
import type { PreparedText } from '../text/prepare';
import { decodeModel, tagText, type Model, type Tagging } from './model';

let model: Model | null = null;

export function namesModel(): Model {
  if (!model) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { NAMES_MODEL } = require('../lexicon/data/names-model') as { NAMES_MODEL: string };
    model = decodeModel(Buffer.from(NAMES_MODEL.replace(/\s+/g, ''), 'base64'));
  }
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
