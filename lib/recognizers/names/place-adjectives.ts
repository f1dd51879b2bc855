/**
 * Words for the people or things of a place are no names of ours (`European`, `Asians`, `South Africans`), nor is an
 * adjective made from a place name before the noun it qualifies (`Victorian leader`, `Cochabamban forces`). The
 * gazetteer knows the countries' demonyms; compromise knows those of continents and regions; the rest are read off
 * the place name they are made from.
 */
import type { PreparedText } from '../../text/prepare';
import { demonymCountry, lookupPlace } from '../../lexicon/gazetteer';
import { lexiconTags } from './compromise-evidence';
import type { Mention } from './mention';

/** Endings that make an adjective of a place name, and what to put back to find the place. */
const ADJECTIVE_ENDINGS: [RegExp, string[]][] = [
  [/ian$/, ['', 'ia', 'a']], // Paris-ian, Bolivia-n, Victoria-n
  [/ean$/, ['es', 'ea', 'e', 'a']], // Andes, Korea, Chile
  [/an$/, ['a', 'as', '']], // Cochabamba-n, Kansas
];

/** A place that an adjective is likely made from: a country, a region, or a city of 100,000 people or more. */
const prominent = (name: string) => lookupPlace(name).some((e) => e.kind !== 'city' || (e.population ?? 0) >= 100_000);

/** Is the word an adjective made from a place name (`Victorian` from `Victoria`)? */
function isPlaceAdjective(word: string): boolean {
  for (const [ending, restore] of ADJECTIVE_ENDINGS) {
    if (!ending.test(word)) continue;
    const stem = word.replace(ending, '');
    if (stem.length >= 3 && restore.some((tail) => prominent(stem + tail))) return true;
  }
  return false;
}

/** A demonym of a country (the gazetteer) or of a continent or region (compromise): `Iraqi`, `European`. */
export const isDemonym = (text: string) => demonymCountry(text) !== undefined || lexiconTags(text).includes('Demonym');

/** Marks a demonym, or a place's adjective before a lower-case noun, as no name. */
export function dropPlaceAdjective(prep: PreparedText, m: Mention): void {
  if (m.words.length === 0 || m.words.length > 2 || m.tokens.length !== m.words.length) return;
  const last = m.words[m.words.length - 1];
  // `South Africans`: a direction and a demonym.
  if (isDemonym(m.text) || (m.words.length === 2 && isDemonym(last) && /^(?:North|South|East|West)$/.test(m.words[0]))) {
    if (!lookupPlace(m.text).length) m.dropped = true;
    return;
  }
  if (m.words.length !== 1) return;
  const next = prep.tokens[m.first + 1];
  const qualifies = next && next.sentence === m.sentence && next.kind === 'word' && /^\p{Ll}/u.test(next.text) && next.pos === 'NOUN';
  if (qualifies && !lookupPlace(last).length && isPlaceAdjective(last)) m.dropped = true;
}
