/**
 * Evidence from the gazetteers: countries, cities and regions make a name a place and give its normalised fields;
 * a demonym alone (`Syrian`) is not a name, but tells which countries the document is about.
 */
import { DIRECTION_PREFIXES } from '../../lexicon/entity-words';
import { demonymCountry, lookupPlace, lookupPlaceLoosely, type PlaceEntry } from '../../lexicon/gazetteer';
import { vote, type Mention } from './mention';
import { isAcronym } from './candidates';
import { isCommonWord } from './compromise-evidence';

/** Countries named in the document, by code: they settle which of several same-named cities is meant. */
export function documentCountries(mentions: Mention[]): Set<string> {
  const codes = new Set<string>();
  for (const m of mentions) {
    const demonym = m.words.length === 1 ? demonymCountry(m.text) : undefined;
    if (demonym) codes.add(demonym);
    for (const e of lookupPlace(m.text)) if (e.kind === 'country' && e.countryCode) codes.add(e.countryCode);
  }
  return codes;
}

/** The one country that a name's readings as a region or country lie in (`Ontario`: the province, not the city). */
function regionCountry(name: string): string | undefined {
  const entries = lookupPlace(name).filter((e) => e.kind === 'region' || e.kind === 'country');
  if (!entries.length || !entries.every((e) => e.countryCode)) return undefined;
  const code = entries[0].countryCode;
  return entries.every((e) => e.countryCode === code) ? code : undefined;
}

/** Only a comma between two names: `Paris, Texas`. */
const COMMA_BETWEEN = /^,[ \t]*$/;

/** What a comma's context says of a place's reading: the country it lies in, and whether it is the region itself. */
export interface PlaceQualifier {
  countryCode: string;
  region: boolean;
}

/**
 * `Paris, Texas`, `London, Ontario`: a place followed, after a comma, by a region or country it lies in. The place
 * gets that country, which settles its reading however big a same-named city is elsewhere; the second name is read
 * as the region (`Ontario` the province, not the Californian city).
 */
export function placeQualifiers(mentions: Mention[], text: string): Map<Mention, PlaceQualifier> {
  const out = new Map<Mention, PlaceQualifier>();
  for (let i = 0; i + 1 < mentions.length; i++) {
    const [m, next] = [mentions[i], mentions[i + 1]];
    if (!COMMA_BETWEEN.test(text.slice(m.end, next.start))) continue;
    const countryCode = regionCountry(next.text);
    if (!countryCode) continue;
    out.set(m, { countryCode, region: false });
    out.set(next, { countryCode, region: true });
  }
  return out;
}

/** A country, a broad region or a big city: a name safe to accept even in a headline. */
export function isWellKnownPlace(name: string): boolean {
  return lookupPlace(name).some(
    (e) => e.kind === 'country' || e.kind === 'continent' || (e.kind === 'region' && !e.countryCode) || (e.population ?? 0) >= 1e6,
  );
}

const RANK: Record<string, number> = { country: 10, continent: 9, region: 1, city: 2, place: 0 };
// Broad regions (no country code: `Middle East`, `Atlantic`) rank with continents.
const rank = (e: PlaceEntry) => (e.kind === 'region' && !e.countryCode ? 9 : RANK[e.kind]);

/** The entry a name most likely means: a country or broad region first, then the biggest city, preferring known countries. */
function choose(entries: readonly PlaceEntry[], countries: Set<string>): { entry: PlaceEntry; sure: boolean } | null {
  if (!entries.length) return null;
  const score = (e: PlaceEntry) => {
    let s = rank(e) * 1e9 + (e.population ?? 0);
    if (e.kind === 'city' && e.countryCode && countries.has(e.countryCode)) s += 3e9;
    if (e.kind === 'region' && e.countryCode && countries.has(e.countryCode)) s += 2.5e9;
    if (e.kind === 'city' && (e.population ?? 0) >= 500000) s += 1.5e9;
    // `Bohemia`, `the Potomac`: a well-known region or river before a small town named after it.
    if (e.feature) s += 5e9;
    return s;
  };
  const ranked = [...entries].sort((a, b) => score(b) - score(a));
  const [best, second] = ranked;
  const sure = !second || score(best) >= 3e9 + score(second) || (best.population ?? 0) >= 10 * (second.population ?? 0);
  return { entry: best, sure };
}

function cityWeight(e: PlaceEntry): number {
  const pop = e.population ?? 0;
  if (e.seat === 'C' || pop >= 1e6) return 3;
  if (pop >= 1e5 || e.seat === 'A') return 2.5;
  if (pop >= 2e4) return 1.8;
  return 1.2;
}

export function gazetteerEvidence(m: Mention, countries: Set<string>, qualifier?: PlaceQualifier): void {
  // `Syrian`, `Italian-American`: demonyms only.
  const demonyms =
    m.words.length <= 2 && m.words.every((w) => demonymCountry(w)) && (m.words.length === 1 || /^[-‐]$/.test(m.tokens[1]?.text ?? ''));
  if (demonyms && !lookupPlace(m.text).length) {
    m.dropped = true;
    return;
  }
  // Short aliases (`US`, `UK`) only in capitals: `Us` starting a sentence is a pronoun.
  const short = m.text.length <= 3 && m.text !== m.text.toUpperCase();
  let entries = short ? [] : lookupPlace(m.text);
  let how = 'gazetteer';
  let factor = 1;
  let part = false;
  const first = m.tokens[0].text.toLowerCase();
  if (!entries.length && m.tokens.length >= 2 && DIRECTION_PREFIXES.has(first)) {
    // `east-Aleppo`, `West Germany`: a part of a known place.
    entries = lookupPlace(
      m.tokens
        .slice(m.tokens[1].text === '-' ? 2 : 1)
        .map((t) => t.text)
        .join(' '),
    );
    part = true;
  }
  if (!entries.length && !short && m.words.length <= 3 && !/^[\p{Lu}.]+$/u.test(m.text)) {
    entries = lookupPlaceLoosely(m.text);
    how = 'gazetteer-variant';
    factor = 0.7;
  }
  // The region or country after a comma narrows the readings to those that lie in it.
  const within = qualifier
    ? entries.filter((e) => e.countryCode === qualifier.countryCode && (!qualifier.region || e.kind === 'region' || e.kind === 'country'))
    : [];
  if (within.length) entries = within;
  const chosen = choose(entries, within.length && qualifier ? new Set([qualifier.countryCode]) : countries);
  if (!chosen) return;
  const { entry, sure } = chosen;
  let weight = entry.kind === 'city' ? cityWeight(entry) : entry.kind === 'region' && entry.countryCode ? 2 : 4;
  // `SANA`, `UN`, `Retreat`: an acronym or an ordinary word that is also the name of some town.
  const ordinary = isAcronym(m.text) || (m.words.length === 1 && isCommonWord(m.text));
  if (ordinary && entry.countryCode && entry.kind !== 'country' && (entry.population ?? 0) < 1e6) weight *= 0.3;
  // A small town abroad, named by a word the document gives no other reason to read as a place.
  else if (entry.kind === 'city' && (entry.population ?? 0) < 1e5 && !(entry.countryCode && countries.has(entry.countryCode)))
    weight *= 0.6;
  vote(m, 'place', weight * factor + (entry.countryCode && countries.has(entry.countryCode) ? 0.5 : 0), `place/${how}`);
  if (part) {
    m.place = { kind: 'place', name: m.text, ...(entry.countryCode ? { countryCode: entry.countryCode } : {}) };
    return;
  }
  if (sure) {
    m.place = entry;
    return;
  }
  // Unsure which of several places is meant (`Geneva`: a Swiss canton or a town in Illinois): only what they share.
  const { kind, name, countryCode } = entry;
  const oneCountry = countryCode !== undefined && entries.every((e) => e.countryCode === countryCode);
  m.place = { kind, name, ...(oneCountry ? { countryCode } : {}) };
}
