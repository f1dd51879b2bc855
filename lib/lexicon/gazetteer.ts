/**
 * Gazetteers for names: countries (with alternative names and demonyms), GeoNames cities and first-level regions,
 * broad geographic regions, and English first names. The tables are generated files (see scripts/build-gazetteers.mjs)
 * parsed on first use into hash maps keyed by `foldName`, so importing this module costs nothing.
 */
import type { PlaceKind } from '../types';
import { GEO_REGIONS } from './entity-words';

export interface PlaceEntry {
  kind: PlaceKind;
  /** The gazetteer's own spelling. */
  name: string;
  countryCode?: string;
  latitude?: number;
  longitude?: number;
  geonameId?: number;
  population?: number;
  /** C capital, A first-level seat, 2 second-level seat. */
  seat?: string;
}

/** Remembers a pure string function's answers (names repeat in a text); forgets all past `limit` entries. */
function memo<T>(f: (s: string) => T, limit = 50_000): (s: string) => T {
  const cache = new Map<string, T>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined) {
      if (cache.size >= limit) cache.clear();
      v = f(s);
      cache.set(s, v);
    }
    return v;
  };
}

/** Case, accents, hyphens, apostrophes and a leading "the" do not distinguish names. */
export const foldName = memo(foldNameOnce);

/** Letters and single spaces only: the common case, where folding is lower-casing (and no leading "the"). */
const SIMPLE_NAME = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

function foldNameOnce(s: string): string {
  if (SIMPLE_NAME.test(s)) {
    const lower = s.toLowerCase();
    return lower.startsWith('the ') ? lower.slice(4) : lower;
  }
  // Most names are plain ASCII: no need for Unicode normalisation then.
  const plain = /^[\x20-\x7e]*$/.test(s) ? s : s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return plain
    .toLowerCase()
    .replace(/[ʿʻ'’`]/g, '')
    .replace(/[-‐–\s]+/g, ' ')
    .replace(/^the /, '')
    .trim();
}

/**
 * A looser key for transliterated names: no Arabic article, no final "h", no doubled letters
 * ("Ar Raqqah" ~ "Raqqa", "Ḩamāh" ~ "Hama", "Dārayyā" ~ "Daraya").
 */
export const skeletonName = memo(skeletonOnce);

function skeletonOnce(s: string): string {
  return foldNameOnce(s)
    .replace(/\b(?:al|el|ar|as|ad|an|at|az|ash|ath|adh)\s(?=\S)/g, '')
    .replace(/\./g, '')
    .replace(/(\w)h\b/g, '$1')
    .replace(/(\w)\1+/g, '$1')
    .replace(/ /g, '');
}

/** Looser still, for big cities only: vowels after the first letter dropped too (`Idleb` ~ `Idlib`). */
export function consonantName(s: string): string {
  return consonantsOf(skeletonName(s));
}

const consonantsOf = (skeleton: string) => (skeleton.length >= 5 ? skeleton[0] + skeleton.slice(1).replace(/[aeiouy]/g, '') : '');

interface Tables {
  /** Countries, broad regions and first-level divisions, by folded name. */
  places: Map<string, PlaceEntry[]>;
  /** City rows (parsed on demand), and their indices by folded name. */
  cityRows: string[];
  cities: Map<string, number[]>;
  demonyms: Map<string, string>;
  countries: Map<string, PlaceEntry>;
  firstNames: Set<string>;
}

interface LooseTables {
  skeletons: Map<string, number[]>;
  consonants: Map<string, number[]>;
}

let tables: Tables | null = null;
let looseTables: LooseTables | null = null;

const add = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

// Region names often carry their division word ("Damascus Governorate", "Maidan Wardak Province").
const DIVISION_WORD =
  / (?:governorate|province|region|state|district|oblast|prefecture|department|county|municipality|territory|emirate|muhafazah)$/;

/** The name field of a city row, without splitting the whole row. */
function cityName(row: string): string {
  const a = row.indexOf('|');
  return row.slice(a + 1, row.indexOf('|', a + 1));
}

function parseCity(row: string): PlaceEntry {
  const [id, name, cc, seat, pop, lat, lon] = row.split('|');
  return {
    kind: 'city',
    name,
    countryCode: cc,
    geonameId: +id,
    population: +pop,
    latitude: +lat,
    longitude: +lon,
    ...(seat ? { seat } : {}),
  };
}

function load(): Tables {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { COUNTRY_ROWS } = require('./data/countries') as { COUNTRY_ROWS: string };
  const { CITY_ROWS } = require('./data/cities') as { CITY_ROWS: string };
  const { REGION_ROWS } = require('./data/regions') as { REGION_ROWS: string };
  const { FIRST_NAME_ROWS } = require('./data/first-names') as { FIRST_NAME_ROWS: string };
  /* eslint-enable @typescript-eslint/no-require-imports */
  const t: Tables = {
    places: new Map(),
    cityRows: CITY_ROWS.split('\n'),
    cities: new Map(),
    demonyms: new Map(),
    countries: new Map(),
    firstNames: new Set(FIRST_NAME_ROWS.split('\n')),
  };
  for (const row of COUNTRY_ROWS.split('\n')) {
    const [cc, lat, lon, names, demonyms] = row.split('|');
    const list = names.split(';');
    const entry: PlaceEntry = { kind: 'country', name: list[0], countryCode: cc, latitude: +lat, longitude: +lon };
    t.countries.set(cc, entry);
    for (const n of list) add(t.places, foldName(n), entry);
    for (const d of demonyms.split(';')) if (d) t.demonyms.set(d, cc);
  }
  for (const [name, kind] of GEO_REGIONS) add(t.places, foldName(name), { kind, name });
  // Table rows are folded once each: straight through, not through the memo meant for a text's repeated names.
  t.cityRows.forEach((row, i) => {
    add(t.cities, foldNameOnce(cityName(row)), i);
  });
  for (const row of REGION_ROWS.split('\n')) {
    const [cc, name] = row.split('|');
    const entry: PlaceEntry = { kind: 'region', name, countryCode: cc };
    const key = foldName(name);
    add(t.places, key, entry);
    const bare = key.replace(DIVISION_WORD, '');
    if (bare !== key) add(t.places, bare, entry);
  }
  return t;
}

function get(): Tables {
  if (!tables) tables = load();
  return tables;
}

/** Loose keys only for towns big enough to be written about in many spellings; built on first loose lookup. */
function loose(): LooseTables {
  if (looseTables) return looseTables;
  const t = get();
  looseTables = { skeletons: new Map(), consonants: new Map() };
  // Rows are sorted by population, most populous first.
  for (let i = 0; i < t.cityRows.length; i++) {
    const row = t.cityRows[i];
    const population = +row.split('|', 5)[4];
    if (population < 20000) break;
    const skeleton = skeletonOnce(cityName(row));
    add(looseTables.skeletons, skeleton, i);
    const consonants = population >= 100000 ? consonantsOf(skeleton) : '';
    if (consonants) add(looseTables.consonants, consonants, i);
  }
  return looseTables;
}

const NO_ENTRIES: readonly PlaceEntry[] = Object.freeze([]);

/** Every gazetteer entry written exactly (up to case and accents) as `name`; countries and regions first. */
export function lookupPlace(name: string): readonly PlaceEntry[] {
  return placesByKey(foldName(name));
}

/** Answers by folded name, remembered: a text asks about the same names again and again. Never mutate them. */
const placesByKey = memo((key: string): readonly PlaceEntry[] => {
  const t = get();
  const places = t.places.get(key);
  const cities = t.cities.get(key);
  return cities ? [...(places ?? []), ...cities.map((i) => parseCity(t.cityRows[i]))] : (places ?? NO_ENTRIES);
});

/** Cities whose transliteration skeleton equals that of `name`. */
export function lookupPlaceLoosely(name: string): PlaceEntry[] {
  const t = get();
  const l = loose();
  const key = skeletonName(name);
  const close = l.skeletons.get(key);
  if (close) return close.map((i) => parseCity(t.cityRows[i]));
  // Vowels may differ in one place only (`Idleb` ~ `Idlib`, not `Karbouly` ~ `Karbala`).
  return (l.consonants.get(consonantsOf(key)) ?? [])
    .map((i) => parseCity(t.cityRows[i]))
    .filter((e) => {
      const other = skeletonName(e.name);
      return other.length === key.length && [...key].filter((c, i) => c !== other[i]).length <= 1;
    });
}

/** The ISO code of the country a demonym (`Syrian`, `Russians`) belongs to. */
export function demonymCountry(word: string): string | undefined {
  const d = get().demonyms;
  return d.get(word) ?? (word.endsWith('s') ? d.get(word.slice(0, -1)) : undefined);
}

export function countryByCode(cc: string): PlaceEntry | undefined {
  return get().countries.get(cc);
}

export function isFirstName(word: string): boolean {
  return get().firstNames.has(word);
}
