/** groupClaims: quantity records grouped by what they count, the table the HTML view and scripts share. */
import { conceptHead, extract, formatClaimValue, groupClaims, type ExtractRecord, type QuantityRecord } from '../lib';

let at = 0;
/** A quantity record as the library would give it; only the fields grouping reads matter. */
function quantity(fields: Partial<QuantityRecord>): QuantityRecord {
  const text = fields.text ?? String(fields.value ?? '');
  at += 100;
  const start = at;
  return {
    type: 'quantity',
    text,
    start,
    end: start + text.length,
    sentence: 0,
    confidence: 0.9,
    source: 'test',
    value: null,
    low: null,
    high: null,
    bound: 'exact',
    modifier: null,
    kind: 'count',
    unit: null,
    concept: null,
    per: null,
    change: null,
    predicate: null,
    attribution: null,
    ...fields,
  } as QuantityRecord;
}
const count = (value: number, concept: string | null, extra: Partial<QuantityRecord> = {}) =>
  quantity({ value, low: value, high: value, concept, ...extra });

describe('conceptHead', () => {
  test.each([
    ['civilians', 'civilian'],
    ['Syrian army fighters', 'fighter'],
    ['people', 'person'],
    ['children', 'child'],
    ['displaced families', 'family'],
  ])('%s → %s', (concept, head) => expect(conceptHead(concept)).toBe(head));
});

describe('groupClaims', () => {
  test('figures of one concept stand together, whatever the wording, in document order', () => {
    const a = count(37, 'civilians', { bound: 'lower' });
    const b = count(120, 'rebel fighters');
    const c = count(45, 'Syrian civilians', { bound: 'approx' });
    const d = count(12, 'civilian');
    const groups = groupClaims([a, b, c, d]);
    expect(groups.map((g) => g.key)).toEqual(['civilian', 'fighter']);
    expect(groups[0].claims).toEqual([a, c, d]);
    expect(groups[0].label).toBe('civilians');
    expect(groups[0].named).toBe(true);
  });

  test('other record types are left out; unnamed figures are grouped by kind and unit, after the named ones', () => {
    const person = {
      type: 'person',
      text: 'Ann Lee',
      start: 0,
      end: 7,
      name: 'Ann Lee',
      cluster: 'person-1',
      sentence: 0,
      confidence: 1,
      source: 't',
    } as ExtractRecord;
    const pct = quantity({ value: 4, low: 4, high: 4, kind: 'percent', unit: 'percent' });
    const pct2 = quantity({ value: 6, low: 6, high: 6, kind: 'percent', unit: 'percent' });
    const usd = quantity({ value: 95, low: 95, high: 95, kind: 'money', unit: 'USD' });
    const named = count(3, 'camps');
    const groups = groupClaims([person, pct, usd, named, pct2]);
    expect(groups.map((g) => [g.key, g.label, g.named, g.claims.length])).toEqual([
      ['camp', 'camps', true, 1],
      ['~percent:percent', 'percent', false, 2],
      ['~money:USD', 'money (USD)', false, 1],
    ]);
  });

  test('on the library’s own output: two civilian tolls from different sources share a group', () => {
    const text = 'At least 37 civilians were killed, the UN said. A local group said about 45 civilians had died.';
    const groups = groupClaims(extract(text).records);
    const civilians = groups.find((g) => g.key === 'civilian');
    expect(civilians?.claims.map((q) => q.text)).toEqual(['At least 37 civilians', 'about 45 civilians']);
  });
});

describe('formatClaimValue', () => {
  test.each([
    [count(270000, 'civilians', { bound: 'approx' }), '≈ 270,000'],
    [count(20000, null, { bound: 'lower' }), '≥ 20,000'],
    [quantity({ value: null, low: 4000, high: 5000, bound: 'range' }), '4,000–5,000'],
    [quantity({ value: null, low: 3, high: 5, bound: 'range', kind: 'ratio', per: 'fighter' }), '3–5 per fighter'],
    [quantity({ value: 60, low: 60, high: 60, bound: 'upper', kind: 'percent', unit: 'percent' }), '≤ 60%'],
    [quantity({ value: 1200000, low: 1200000, high: 1200000, kind: 'money', unit: 'USD' }), 'USD 1,200,000'],
    [quantity({ value: 5, low: 5, high: 5, kind: 'percent', unit: 'percent', change: 'up' }), '↑ 5%'],
    [quantity({ value: 6, low: 6, high: 6, kind: 'duration', unit: 'week' }), '6 weeks'],
    [quantity({ value: 30, low: 30, high: 30, kind: 'measure', unit: 'km' }), '30 km'],
  ])('%#: %s', (q, expected) => expect(formatClaimValue(q)).toBe(expected));
});
