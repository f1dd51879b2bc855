/**
 * Data that `npm run build` writes to dist as bytes (scripts/build-data.js): the gazetteer's sorted key indexes agree
 * with a plain Map and round-trip, and the built files are current with their sources.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { buildKeyIndex, decodeKeyIndexes, encodeKeyIndexes, keyCount, rowsOf } from '../lib/lexicon/key-index';
import { encodeCityIndexes, lookupPlace, lookupPlaceLoosely } from '../lib/lexicon/gazetteer';
import { committedModelBytes } from '../lib/ner/tagger';

const built = (...path: string[]) => readFileSync(join(__dirname, '..', 'dist', ...path));

// Keys from a small alphabet collide often (shared prefixes, one key the prefix of another, the empty key).
const key = fc.string({ unit: fc.constantFrom('a', 'b', 'é', 'z', ' ', '\u4e2d'), maxLength: 5 });
const pairs = fc.array(fc.tuple(key, fc.nat(1000)), { maxLength: 60 });

describe('key index', () => {
  it('finds exactly the rows a Map of lists would, in the order they were added', () => {
    fc.assert(
      fc.property(pairs, key, (list, probe) => {
        const expected = new Map<string, number[]>();
        for (const [k, r] of list) expected.set(k, [...(expected.get(k) ?? []), r]);
        const index = buildKeyIndex(list);
        expect(keyCount(index)).toBe(expected.size);
        for (const [k, rows] of expected) expect([...rowsOf(index, k)]).toEqual(rows);
        expect([...rowsOf(index, probe)]).toEqual(expected.get(probe) ?? []);
      }),
      { seed: 20261202, numRuns: 300 },
    );
  });

  it('round-trips through bytes, and refuses bytes cut short', () => {
    fc.assert(
      fc.property(fc.array(pairs, { minLength: 1, maxLength: 3 }), (lists) => {
        const indexes = lists.map(buildKeyIndex);
        const bytes = encodeKeyIndexes(indexes);
        const back = decodeKeyIndexes(bytes);
        expect(back.map((ix) => ix.keys)).toEqual(indexes.map((ix) => ix.keys));
        expect(back.map((ix) => [...ix.rows])).toEqual(indexes.map((ix) => [...ix.rows]));
        expect(() => decodeKeyIndexes(bytes.subarray(0, bytes.length - 4))).toThrow(/key index/);
      }),
      { seed: 20261202, numRuns: 100 },
    );
  });
});

describe('the prebuilt city indexes', () => {
  it('in dist were built from the current city table (npm run build writes them)', () => {
    expect(built('lexicon', 'data', 'gazetteer-index.bin').equals(encodeCityIndexes())).toBe(true);
  });

  it('answer exact and loose lookups', () => {
    const aleppo = lookupPlace('Aleppo').filter((e) => e.kind === 'city');
    expect(aleppo.map((e) => e.countryCode)).toContain('SY');
    expect(lookupPlace('São Paulo').some((e) => e.countryCode === 'BR')).toBe(true);
    expect(lookupPlace('Nowhereville Xq')).toEqual([]);
    expect(lookupPlaceLoosely('Halab').length + lookupPlaceLoosely('Idleb').length).toBeGreaterThan(0);
  });
});

describe('the prebuilt name tagger weights', () => {
  it('in dist are the committed model (npm run build writes them)', () => {
    expect(built('lexicon', 'data', 'names-model.bin').equals(committedModelBytes())).toBe(true);
  });
});
