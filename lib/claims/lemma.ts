/** One word's lemma by compromise, read as a noun (`people` → `person`) or a verb (`fled` → `flee`); cached. */
import { remoteWordLemma } from '../text/compromise';

const cache = { Noun: new Map<string, string>(), Verb: new Map<string, string>() };

export function wordLemma(word: string, as: 'Noun' | 'Verb'): string {
  let lemma = cache[as].get(word);
  if (lemma === undefined) {
    lemma = remoteWordLemma(word, as);
    cache[as].set(word, lemma);
  }
  return lemma;
}
