/** compareClaims: figures of many documents grouped, their spread and whether they conflict; the samples/compare fixture. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type CompareDocument,
  compareClaims,
  createClaimComparison,
  ExtractError,
  extract,
  type ExtractRecord,
  findByline,
  type PlaceRecord,
  type QuantityRecord,
} from '../lib';
import { dateBucket, predicateClass } from '../lib/claims/keys';
import { buildEquivalenceIndex } from '../lib/claims/equivalents';
import { readFigure, roundingStep } from '../lib/claims/reading';

const SAMPLES = join(__dirname, '..', 'samples', 'compare');

/** A one-sentence document: its quantity (and optionally a place) as the library would give them. */
function doc(id: string, q: Partial<QuantityRecord>, extra: { place?: string; source?: string; date?: string } = {}): CompareDocument {
  const value = q.value ?? null;
  const quantity = {
    type: 'quantity',
    text: q.text ?? String(value),
    start: 0,
    end: (q.text ?? String(value)).length,
    sentence: 0,
    confidence: 0.9,
    source: 'test',
    value,
    low: value,
    high: value,
    bound: 'exact',
    modifier: null,
    kind: 'count',
    unit: null,
    concept: 'civilians',
    per: null,
    change: null,
    predicate: 'killed',
    attribution: null,
    ...q,
  } as QuantityRecord;
  const records: ExtractRecord[] = [quantity];
  if (extra.place)
    records.push({
      type: 'place',
      text: extra.place,
      name: extra.place,
      cluster: 'place-1',
      start: 40,
      end: 40 + extra.place.length,
      sentence: 0,
      confidence: 0.9,
      source: 'test',
      kind: 'city',
    } as PlaceRecord);
  return { id, records, source: extra.source ?? id, date: extra.date ?? null };
}

const only = (docs: CompareDocument[], options = {}) => {
  const groups = compareClaims(docs, options);
  expect(groups).toHaveLength(1);
  return groups[0];
};

describe('reading a figure', () => {
  test.each([
    [20000, 10000],
    [21500, 100],
    [270000, 10000],
    [7, 1],
    [4.25, 0.01],
  ])('%d is written to the nearest %d', (n, step) => expect(roundingStep(n)).toBeCloseTo(step, 10));

  test('a round figure allows its rounding, at most 10% either way; a precise one half a unit', () => {
    expect(readFigure({ value: 20000, low: 20000, high: 20000, bound: 'exact' })).toEqual({ low: 18000, high: 22000 });
    expect(readFigure({ value: 1234, low: 1234, high: 1234, bound: 'exact' })).toEqual({ low: 1233.5, high: 1234.5 });
    expect(readFigure({ value: 500, low: 500, high: 500, bound: 'lower' })).toEqual({ low: 450, high: Number.POSITIVE_INFINITY });
    expect(readFigure({ value: null, low: null, high: null, bound: 'exact' })).toBeNull();
  });
});

describe('conflict and spread', () => {
  test('"at least 21,000" and "20,000" do not conflict; "270,000" and "20,000" do', () => {
    const agree = only([doc('a', { value: 21000, bound: 'lower', modifier: 'at least' }), doc('b', { value: 20000 })]);
    expect(agree.conflicting).toBe(false);
    expect(agree.agreed).toEqual({ low: 20500, high: 22000 });
    expect(agree.spread).toEqual({ low: 20000, high: 21000, ratio: 1.05 });

    const clash = only([doc('a', { value: 270000, bound: 'approx', modifier: 'some' }), doc('b', { value: 20000 })]);
    expect(clash.conflicting).toBe(true);
    expect(clash.agreed).toBeNull();
    expect(clash.spread.ratio).toBe(13.5);
  });

  test('a range conflicts with a figure outside it; an upper bound with a figure above it', () => {
    const range = { value: null, low: 4000, high: 5000, bound: 'range' as const };
    expect(only([doc('a', range), doc('b', { value: 4500 })]).conflicting).toBe(false);
    expect(only([doc('a', range), doc('b', { value: 9000 })]).conflicting).toBe(true);
    expect(only([doc('a', { value: 100, bound: 'upper' }), doc('b', { value: 300 })]).conflicting).toBe(true);
    expect(only([doc('a', { value: 100, bound: 'upper' }), doc('b', { value: 80 })]).conflicting).toBe(false);
  });

  test('"as low as" names the edge of the source’s own estimate: read as about that much, not as a floor', () => {
    const g = only([doc('a', { value: 20000, bound: 'lower', modifier: 'as low as' }), doc('b', { value: 270000, bound: 'approx' })]);
    expect(g.conflicting).toBe(true);
  });

  test('groups are sorted by disagreement: conflicts first, then by ratio', () => {
    const docs = [
      doc('a', { value: 10, concept: 'fighters' }),
      doc('b', { value: 12, concept: 'fighters', bound: 'approx' }),
      doc('c', { value: 100 }),
      doc('d', { value: 150 }),
      doc('e', { value: 5, concept: 'children' }),
      doc('f', { value: 500, concept: 'children' }),
    ];
    expect(compareClaims(docs).map((g) => [g.concept, g.conflicting])).toEqual([
      ['children', true],
      ['civilians', true],
      ['fighters', false],
    ]);
  });
});

describe('keys', () => {
  test('equivalent concepts meet (rebels, militants and fighters); civilians and people do not', () => {
    const g = only([
      doc('a', { value: 300, concept: 'rebels' }),
      doc('b', { value: 310, concept: 'militants' }),
      doc('c', { value: 290, concept: 'fighters' }),
    ]);
    expect(g.figures).toHaveLength(3);
    expect(compareClaims([doc('a', { value: 300, concept: 'people' }), doc('b', { value: 300, concept: 'civilians' })])).toEqual([]);
  });

  test('the equivalents option extends the tables', () => {
    const docs = [doc('a', { value: 300, concept: 'people' }), doc('b', { value: 300, concept: 'civilians' })];
    const g = only(docs, { equivalents: { concepts: { person: ['person', 'civilian'] } } });
    expect(g.figures.map((f) => f.document)).toEqual(['a', 'b']);
  });

  test('predicates meet by class: killed, died and "deaths" are deaths; wounded and injured are injuries', () => {
    const index = buildEquivalenceIndex();
    const q = (predicate: string) => ({ predicate }) as QuantityRecord;
    expect(['killed', 'died', 'were killed', 'dead'].map((p) => predicateClass(q(p), index))).toEqual([
      'deaths',
      'deaths',
      'deaths',
      'deaths',
    ]);
    expect(['wounded', 'injured'].map((p) => predicateClass(q(p), index))).toEqual(['injuries', 'injuries']);
    expect(predicateClass(q('fled'), index)).toBe('displacement');
    expect(predicateClass(q('provided'), index)).toBe('provide');
    expect(predicateClass({ predicate: 'said', predicateLemma: 'kill' } as QuantityRecord & { predicateLemma: string }, index)).toBe(
      'deaths',
    );
    const g = only([
      doc('a', { value: 40, concept: 'deaths', predicate: null }),
      doc('b', { value: 41, concept: 'people', predicate: 'killed' }),
    ]);
    expect(g.predicate).toBe('deaths');
  });

  test('by place: the same figure in two places is two groups; figures with no place are one group of their own', () => {
    const docs = [
      doc('a', { value: 10 }, { place: 'Mosul' }),
      doc('b', { value: 11 }, { place: 'Raqqa' }),
      doc('c', { value: 12 }, { place: 'mosul' }),
      doc('d', { value: 13 }),
    ];
    const groups = compareClaims(docs, { minSources: 1 });
    expect(groups.map((g) => [g.place, g.figures.length, g.label])).toEqual([
      ['Mosul', 2, 'civilians · deaths · Mosul'],
      [null, 1, 'civilians · deaths · place not stated'],
      ['Raqqa', 1, 'civilians · deaths · Raqqa'],
    ]);
    expect(compareClaims(docs, { by: ['concept'] })[0].figures).toHaveLength(4);
  });

  test('by date: figures fall in buckets of the chosen size', () => {
    expect(dateBucket('2031-03-14', 'day')).toBe('2031-03-14');
    expect(dateBucket('2031-03-14', 'week')).toBe('2031-W11');
    expect(dateBucket('2031-03-14', 'month')).toBe('2031-03');
    expect(dateBucket('2031-03-14', 'year')).toBe('2031');
    expect(dateBucket('2031', 'day')).toBe('2031');
    expect(dateBucket('PRESENT_REF', 'day')).toBeNull();
    const docs = [doc('a', { value: 10 }, { date: '2031-03-14' }), doc('b', { value: 30 }, { date: '2031-03-20' })];
    expect(compareClaims(docs, { by: ['concept', 'date'], dateGranularity: 'month' })).toHaveLength(1);
    expect(compareClaims(docs, { by: ['concept', 'date'], dateGranularity: 'week', minSources: 1 }).map((g) => g.date)).toEqual([
      '2031-W11',
      '2031-W12',
    ]);
  });

  test('minSources counts who says so: two figures of one source are one source', () => {
    const docs = [doc('a', { value: 10 }, { source: 'Agency' }), doc('b', { value: 90 }, { source: 'agency' })];
    expect(compareClaims(docs)).toEqual([]);
    expect(compareClaims(docs, { minSources: 1 })[0].sources).toEqual(['Agency']);
    const attributed = doc('c', {
      value: 50,
      attribution: { text: 'the ministry said', start: 0, end: 1, name: 'Health Ministry' } as never,
    });
    const g = only([docs[0], attributed]);
    expect(g.figures.map((f) => f.source)).toEqual(['Agency', 'Health Ministry']);
    // Two names of one resolved entity (its attribution cluster) are one source.
    const said = (id: string, name: string, value: number) =>
      doc(id, { value, attribution: { text: name, start: 0, end: 1, name, cluster: 'organization-1' } as never });
    expect(compareClaims([said('x', 'UN', 100), said('y', 'United Nations', 900)])).toEqual([]);
  });
});

describe('the fold', () => {
  test('documents can be added one at a time, from any iterable, read once', () => {
    function* stream() {
      for (let i = 0; i < 50; i++) yield doc(`d${i}`, { value: 100 + i }, { source: `s${i % 5}` });
    }
    const comparison = createClaimComparison({ maxFiguresPerGroup: 10 });
    for (const d of stream()) comparison.add(d);
    const [g] = comparison.groups();
    expect(comparison.stats.documents).toBe(50);
    expect(g.figureCount).toBe(50);
    expect(g.sources).toHaveLength(5);
    // The kept figures are capped, but the extremes are always among them and the spread counts every figure.
    expect(g.figures.length).toBeLessThanOrEqual(12);
    expect(g.figures.map((f) => f.value)).toEqual(expect.arrayContaining([100, 149]));
    expect(g.spread).toMatchObject({ low: 100, high: 149 });
  });

  test('bad input is a clear error', () => {
    expect(() => compareClaims([doc('a', { value: 1 }), doc('a', { value: 2 })])).toThrow(/two documents have the id "a"/);
    expect(() => compareClaims([{ id: 'x' } as CompareDocument])).toThrow(ExtractError);
    expect(() => compareClaims([], { by: [] })).toThrow(/at least one/);
    expect(() => compareClaims([], { by: ['who' as never] })).toThrow(/unknown key "who"/);
    expect(() => compareClaims([], { minSources: 0 })).toThrow(/minSources/);
    expect(() => compareClaims([], { dateGranularity: 'hour' as never })).toThrow(/dateGranularity/);
    expect(compareClaims([])).toEqual([]);
    expect(compareClaims([{ id: 'empty', records: [] }])).toEqual([]);
  });
});

describe('on real extraction', () => {
  test('a figure that names nothing takes what the claim before it counts, and that claim’s place', () => {
    const text =
      'There are probably no more than 4,000 fighters and some 3 civilians per fighter in Mosul. The real total could be as low as 15,000. ' +
      'Aid agencies say some 200,000 civilians remain in Mosul.';
    const groups = compareClaims([{ id: 'blog', source: 'The blog', text, ...extract(text) }], { by: ['concept', 'place'], minSources: 1 });
    const civilians = groups.find((g) => g.concept === 'civilians' && g.kind === 'count')!;
    expect(civilians.place).toBe('Mosul');
    expect(civilians.conflicting).toBe(true);
    const total = civilians.figures.find((f) => f.value === 15000)!;
    expect(total).toMatchObject({ conceptFrom: 'context', concept: 'civilians', placeFrom: 'context', source: 'The blog' });
    expect(total.excerpt).toEqual({ text: 'The real total could be as low as 15,000.', start: 24, end: 40 });
  });

  test('the byline names the document’s source; a sentence starting with "By" does not', () => {
    expect(findByline('Floods in the delta\n\nBy Ilinca Dobre, Delta Herald\n\nTULCEA, March 14')).toBe('Ilinca Dobre, Delta Herald');
    expect(findByline('Headline\nBy [The Wire](https://example.org), March 14, 2031\n')).toBe('The Wire');
    expect(findByline('by the time the water fell, the town was empty.')).toBeNull();
  });

  test('samples/compare: every expected group, with its members, spread and conflict flag', () => {
    const expected = JSON.parse(readFileSync(join(SAMPLES, 'expected-groups.json'), 'utf8')) as {
      groups: { label: string; conflicting: boolean; spread: { low: number; high: number }; members: [string, string][] }[];
    };
    const files = readdirSync(SAMPLES).filter((f) => /\.(?:txt|md)$/.test(f));
    const documents = files.map((file) => {
      const text = readFileSync(join(SAMPLES, file), 'utf8');
      return { id: file, text, source: findByline(text), ...extract(text) };
    });
    const groups = compareClaims(documents);
    expect(groups.map((g) => g.label)).toEqual(expected.groups.map((g) => g.label));
    for (const [i, want] of expected.groups.entries()) {
      const got = groups[i];
      expect(got.conflicting).toBe(want.conflicting);
      expect(got.spread).toMatchObject(want.spread);
      expect(got.figures.map((f) => [f.document, f.text])).toEqual(expect.arrayContaining(want.members));
      expect(got.figures).toHaveLength(want.members.length);
      for (const f of got.figures) expect(documents.find((d) => d.id === f.document)!.text.slice(f.start, f.end)).toBe(f.text);
      // Every figure has its source: who the text says gives it, else the byline of its document.
      for (const f of got.figures) expect(f.source).toBe(f.attribution ?? findByline(documents.find((d) => d.id === f.document)!.text));
    }
    const relief = groups[0].figures.find((f) => f.text === 'Some 310 people');
    expect([relief?.attribution, relief?.documentSource]).toEqual(['Mara Lupescu', 'Danube Relief Network']);
  });
});
