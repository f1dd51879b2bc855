/** The wink-nlp instance, loaded once per process on first use (the model takes ~130 ms to load; lib/text/wink-model.ts). */
import type { WinkMethods } from 'wink-nlp';
import { winkModel } from './wink-model';

let instance: WinkMethods | undefined;

export function wink(): WinkMethods {
  if (!instance) {
    // Loaded lazily so that importing the package costs nothing until the first extract().
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const winkNLP = require('wink-nlp') as (model: unknown, pipe?: string[]) => WinkMethods;
    instance = winkNLP(winkModel(), ['sbd', 'pos']);
  }
  return instance;
}
