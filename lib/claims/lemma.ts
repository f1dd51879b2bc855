/** One word's lemma by compromise, read as a noun (`people` → `person`) or a verb (`fled` → `flee`); cached. */
import { compromise } from '../text/compromise';

const cache = { Noun: new Map<string, string>(), Verb: new Map<string, string>() };

export function wordLemma(word: string, as: 'Noun' | 'Verb'): string {
  let lemma = cache[as].get(word);
  if (lemma === undefined) {
    // Tagged first: alone, compromise may take "camps" for a verb or "injured" for an adjective.
    const doc = compromise()(word);
    doc.tag(as);
    const read = as === 'Noun' ? doc.nouns().toSingular() : doc.verbs().toInfinitive();
    lemma = read.text().trim().toLowerCase() || word;
    cache[as].set(word, lemma);
  }
  return lemma;
}
