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

/** Case, accents, hyphens, apostrophes and a leading "the" do not distinguish names. */
export function foldName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
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
export function skeletonName(s: string): string {
  return foldName(s)
    .replace(/\b(?:al|el|ar|as|ad|an|at|az|ash|ath|adh)\s(?=\S)/g, '')
    .replace(/\./g, '')
    .replace(/(\w)h\b/g, '$1')
    .replace(/(\w)\1+/g, '$1')
    .replace(/ /g, '');
}

/** Looser still, for big cities only: vowels after the first letter dropped too (`Idleb` ~ `Idlib`). */
export function consonantName(s: string): string {
  const k = skeletonName(s);
  return k.length >= 5 ? k[0] + k.slice(1).replace(/[aeiouy]/g, '') : '';
}

interface Tables {
  places: Map<string, PlaceEntry[]>;
  skeletons: Map<string, PlaceEntry[]>;
  consonants: Map<string, PlaceEntry[]>;
  demonyms: Map<string, string>;
  countries: Map<string, PlaceEntry>;
  firstNames: Set<string>;
}

let tables: Tables | null = null;

const add = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

// Region names often carry their division word ("Damascus Governorate", "Maidan Wardak Province").
const DIVISION_WORD = / (?:governorate|province|region|state|district|oblast|prefecture|department|county|municipality|territory|emirate|muhafazah)$/;

function load(): Tables {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { COUNTRY_ROWS } = require('./data/countries') as { COUNTRY_ROWS: string };
  const { CITY_ROWS } = require('./data/cities') as { CITY_ROWS: string };
  const { REGION_ROWS } = require('./data/regions') as { REGION_ROWS: string };
  const { FIRST_NAME_ROWS } = require('./data/first-names') as { FIRST_NAME_ROWS: string };
  /* eslint-enable @typescript-eslint/no-require-imports */
  const t: Tables = { places: new Map(), skeletons: new Map(), consonants: new Map(), demonyms: new Map(), countries: new Map(), firstNames: new Set(FIRST_NAME_ROWS.split('\n')) };
  for (const row of COUNTRY_ROWS.split('\n')) {
    const [cc, lat, lon, names, demonyms] = row.split('|');
    const list = names.split(';');
    const entry: PlaceEntry = { kind: 'country', name: list[0], countryCode: cc, latitude: +lat, longitude: +lon };
    t.countries.set(cc, entry);
    for (const n of list) add(t.places, foldName(n), entry);
    for (const d of demonyms.split(';')) if (d) t.demonyms.set(d, cc);
  }
  for (const [name, kind] of GEO_REGIONS) add(t.places, foldName(name), { kind, name });
  for (const row of CITY_ROWS.split('\n')) {
    const [id, name, cc, seat, pop, lat, lon] = row.split('|');
    const entry: PlaceEntry = { kind: 'city', name, countryCode: cc, geonameId: +id, population: +pop, latitude: +lat, longitude: +lon, ...(seat ? { seat } : {}) };
    add(t.places, foldName(name), entry);
    // Loose spellings only for towns big enough to be written about in many spellings.
    if (entry.population! >= 20000) add(t.skeletons, skeletonName(name), entry);
    const consonants = entry.population! >= 100000 ? consonantName(name) : '';
    if (consonants) add(t.consonants, consonants, entry);
  }
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

/** Every gazetteer entry written exactly (up to case and accents) as `name`; countries and regions first. */
export function lookupPlace(name: string): PlaceEntry[] {
  return get().places.get(foldName(name)) ?? [];
}

/** Cities whose transliteration skeleton equals that of `name`. */
export function lookupPlaceLoosely(name: string): PlaceEntry[] {
  const t = get();
  const key = skeletonName(name);
  const close = t.skeletons.get(key);
  if (close) return close;
  // Vowels may differ in one place only (`Idleb` ~ `Idlib`, not `Karbouly` ~ `Karbala`).
  return (t.consonants.get(consonantName(name)) ?? []).filter((e) => {
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
