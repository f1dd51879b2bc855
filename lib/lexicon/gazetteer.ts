/**
 * Gazetteers for names: countries (with alternative names and demonyms), GeoNames cities and first-level regions,
 * broad geographic regions, and English first names. The tables are generated files (see scripts/build-gazetteers.mjs)
 * parsed on first use, so importing this module costs nothing. Cities (50,000 rows) are found through sorted key
 * indexes (key-index.ts) that `npm run build` writes to dist beside this module; without that file they are built
 * here on first use.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PlaceKind } from '../types';
import { GEO_REGIONS } from './entity-words';
import { buildKeyIndex, decodeKeyIndexes, encodeKeyIndexes, type KeyIndex, rowsOf } from './key-index';

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
  /** A natural feature or historical region (data/geo-features.ts): better known than a town of its name. */
  feature?: boolean;
}

/** Remembers a pure string function's answers (names repeat in a text); forgets all past `limit` entries. */
function memo<T>(f: (s: string) => T, limit = 10_000): (s: string) => T {
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
  /** City rows, parsed on demand: row i is CITY_ROWS from rowStarts[i] to the next newline. */
  cityRows: CityRows;
  /** City row numbers by folded name. */
  cities: KeyIndex;
  demonyms: Map<string, string>;
  countries: Map<string, PlaceEntry>;
  firstNames: Set<string>;
}

interface CityRows {
  text: string;
  rowStarts: Uint32Array;
}

interface LooseTables {
  skeletons: KeyIndex;
  consonants: KeyIndex;
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

function rowAt(rows: CityRows, i: number): string {
  const start = rows.rowStarts[i];
  const end = i + 1 < rows.rowStarts.length ? rows.rowStarts[i + 1] - 1 : rows.text.length;
  return rows.text.slice(start, end);
}

function cityRows(text: string): CityRows {
  const starts = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return { text, rowStarts: Uint32Array.from(starts) };
}

/** The generated city table (a 2 MB module: compiling it costs a tenth of a second, so the prebuilt file is preferred). */
function cityTable(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('./data/cities') as { CITY_ROWS: string }).CITY_ROWS;
}

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

// Table rows are folded once each: straight through, not through the memo meant for a text's repeated names.
function* cityKeys(rows: CityRows): Generator<[string, number]> {
  for (let i = 0; i < rows.rowStarts.length; i++) yield [foldNameOnce(cityName(rowAt(rows, i))), i];
}

/** Loose keys only for towns big enough to be written about in many spellings (rows are most populous first). */
function looseKeys(rows: CityRows): { skeletons: [string, number][]; consonants: [string, number][] } {
  const skeletons: [string, number][] = [];
  const consonants: [string, number][] = [];
  for (let i = 0; i < rows.rowStarts.length; i++) {
    const row = rowAt(rows, i);
    const population = +row.split('|', 5)[4];
    if (population < 20000) break;
    const skeleton = skeletonOnce(cityName(row));
    skeletons.push([skeleton, i]);
    const c = population >= 100000 ? consonantsOf(skeleton) : '';
    if (c) consonants.push([c, i]);
  }
  return { skeletons, consonants };
}

/**
 * The prebuilt file: a header, the city table as UTF-8, then the three key indexes. `npm run build` writes it from
 * the generated table, and spec/gazetteer-index.test.ts checks it against the table.
 */
export const CITY_INDEX_FILE = join(__dirname, 'data', 'gazetteer-index.bin');
const INDEX_MAGIC = 0x3158_5a47; // "GZX1"

/** The city table and its indexes as bytes, for `npm run build` to write beside this module (scripts/build-data.js). */
export function encodeCityIndexes(): Buffer {
  const rows = cityRows(cityTable());
  const { skeletons, consonants } = looseKeys(rows);
  const text = Buffer.from(rows.text, 'utf8');
  const head = Buffer.alloc(8);
  head.writeUInt32LE(INDEX_MAGIC, 0);
  head.writeUInt32LE(text.length, 4);
  const pad = Buffer.alloc((4 - (text.length % 4)) % 4);
  const body = encodeKeyIndexes([buildKeyIndex(cityKeys(rows)), buildKeyIndex(skeletons), buildKeyIndex(consonants)]);
  return Buffer.concat([head, text, pad, body]);
}

interface Prebuilt {
  rows: CityRows;
  cities: KeyIndex;
  loose: LooseTables;
}

/** The prebuilt table and indexes, or null when the file is missing or unreadable (then they are built here). */
function prebuilt(): Prebuilt | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(CITY_INDEX_FILE);
  } catch {
    return null;
  }
  try {
    if (bytes.readUInt32LE(0) !== INDEX_MAGIC) return null;
    const textBytes = bytes.readUInt32LE(4);
    const rows = cityRows(bytes.toString('utf8', 8, 8 + textBytes));
    const [cities, skeletons, consonants] = decodeKeyIndexes(bytes.subarray(8 + textBytes + ((4 - (textBytes % 4)) % 4)));
    return consonants ? { rows, cities, loose: { skeletons, consonants } } : null;
  } catch {
    return null;
  }
}

function load(): Tables {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { COUNTRY_ROWS } = require('./data/countries') as { COUNTRY_ROWS: string };
  const { REGION_ROWS } = require('./data/regions') as { REGION_ROWS: string };
  const { FIRST_NAME_ROWS } = require('./data/first-names') as { FIRST_NAME_ROWS: string };
  const { GEO_FEATURE_ROWS } = require('./data/geo-features') as { GEO_FEATURE_ROWS: string };
  /* eslint-enable @typescript-eslint/no-require-imports */
  const built = prebuilt();
  if (built) looseTables = built.loose;
  const rows = built ? built.rows : cityRows(cityTable());
  const t: Tables = {
    places: new Map(),
    cityRows: rows,
    cities: built ? built.cities : buildKeyIndex(cityKeys(rows)),
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
  for (const row of GEO_FEATURE_ROWS.split('\n')) {
    if (!row) continue;
    const [kind, cc, names] = row.split('|');
    // Spellings that fold alike (`Rhône`, `Rhone`) are one entry.
    const keys = new Map(names.split(';').map((name) => [foldName(name), name]));
    for (const [key, name] of keys)
      add(t.places, key, { kind: kind as PlaceKind, name, ...(cc ? { countryCode: cc } : {}), feature: true });
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

/** The loose keys: prebuilt, or built on first loose lookup. */
function loose(): LooseTables {
  const t = get();
  if (!looseTables) {
    const { skeletons, consonants } = looseKeys(t.cityRows);
    looseTables = { skeletons: buildKeyIndex(skeletons), consonants: buildKeyIndex(consonants) };
  }
  return looseTables;
}

const citiesAt = (t: Tables, rows: Uint32Array) => Array.from(rows, (i) => parseCity(rowAt(t.cityRows, i)));

const NO_ENTRIES: readonly PlaceEntry[] = Object.freeze([]);

/** Every gazetteer entry written exactly (up to case and accents) as `name`; countries and regions first. */
export function lookupPlace(name: string): readonly PlaceEntry[] {
  return placesByKey(foldName(name));
}

/** Answers by folded name, remembered: a text asks about the same names again and again. Never mutate them. */
const placesByKey = memo((key: string): readonly PlaceEntry[] => {
  const t = get();
  const places = t.places.get(key);
  const cities = rowsOf(t.cities, key);
  return cities.length ? [...(places ?? []), ...citiesAt(t, cities)] : (places ?? NO_ENTRIES);
});

/** Cities whose transliteration skeleton equals that of `name`. */
export function lookupPlaceLoosely(name: string): PlaceEntry[] {
  const t = get();
  const l = loose();
  const key = skeletonName(name);
  const close = rowsOf(l.skeletons, key);
  if (close.length) return citiesAt(t, close);
  // Vowels may differ in one place only (`Idleb` ~ `Idlib`, not `Karbouly` ~ `Karbala`).
  return citiesAt(t, rowsOf(l.consonants, consonantsOf(key))).filter((e) => {
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
