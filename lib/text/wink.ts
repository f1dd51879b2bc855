/** The wink-nlp instance, loaded once per process on first use (the model takes ~100 ms to load). */
import type { WinkMethods } from 'wink-nlp';

let instance: WinkMethods | undefined;

export function wink(): WinkMethods {
  if (!instance) {
    // Loaded lazily so that importing the package costs nothing until the first extract().
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const winkNLP = require('wink-nlp') as (model: unknown, pipe?: string[]) => WinkMethods;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    instance = winkNLP(require('wink-eng-lite-web-model'), ['sbd', 'pos']);
  }
  return instance;
}
