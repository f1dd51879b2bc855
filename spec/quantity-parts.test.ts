import { extract } from '../lib';
import { findNumbers, numberAt } from '../lib/recognizers/quantity/number';
import { currencyBefore, unitAfter } from '../lib/recognizers/quantity/unit';

describe('number grammar', () => {
  const read = (text: string) =>
    findNumbers(text, (pos) => currencyBefore(text, pos) !== null).map((n) => [text.slice(n.start, n.end), n.value ?? [n.low, n.high]]);

  test('scale suffixes need money for a lower-case m', () => {
    expect(read('a 5m wall and a $5m grant')).toEqual([
      ['5', 5],
      ['5m', 5e6],
    ]);
    expect(read('sales of 4.3M units, 50k fans')).toEqual([
      ['4.3M', 4.3e6],
      ['50k', 5e4],
    ]);
  });
  test('negatives and exponents', () => {
    expect(read('it was -1.3 and minus-130, then 1.99×10−3')).toEqual([
      ['-1.3', -1.3],
      ['minus-130', -130],
      ['1.99×10−3', 1.99e-3],
    ]);
    expect(read('the ratio 3 -5 stays')).toEqual([
      ['3', 3],
      ['5', 5],
    ]);
  });
  test('written numbers stop where the number ends', () => {
    expect(read('twenty-eight thousand six hundred forty-two')).toEqual([['twenty-eight thousand six hundred forty-two', 28642]]);
    expect(read('one two')).toEqual([
      ['one', 1],
      ['two', 2],
    ]);
    expect(read('a hundred and ten men and two women')).toEqual([
      ['a hundred and ten', 110],
      ['two', 2],
    ]);
  });
  test('currency codes may touch the digits', () => {
    expect(read('worth $US55,931,000 or RM2.70 or PS8.1bn')).toEqual([
      ['55,931,000', 55931000],
      ['2.70', 2.7],
      ['8.1bn', 8.1e9],
    ]);
  });
  test('numberAt reads at an exact position only', () => {
    expect(numberAt('x 12 y', 2)?.value).toBe(12);
    expect(numberAt('x 12 y', 0)).toBeNull();
  });
});

describe('units', () => {
  test('durations are normalised to a singular unit', () => {
    expect(unitAfter('5 hrs', 1)).toMatchObject({ unit: 'hour', kind: 'duration' });
    expect(unitAfter('a five-year plan', 6)).toMatchObject({ unit: 'year', kind: 'duration' });
    expect(unitAfter('3min', 1)).toMatchObject({ unit: 'minute', kind: 'duration' });
  });
  test('one-letter units must touch the number', () => {
    expect(unitAfter('30C', 2)).toMatchObject({ unit: '°C' });
    expect(unitAfter('30 C', 2)).toBeNull();
  });
  test('currencies before the number', () => {
    expect(currencyBefore('US$ 3', 4)).toMatchObject({ unit: 'USD', start: 0 });
    expect(currencyBefore('HK$3', 3)).toMatchObject({ unit: 'HKD', start: 0 });
    expect(currencyBefore('PS 3', 3)).toBeNull();
  });
});

describe('frequencies and repeated durations beside their SET dates', () => {
  const records = (text: string) => extract(text, { referenceDate: '2020-03-01' }).records;
  test('"N times per week" is a rate of times and a SET; "every 3 years" keeps its duration', () => {
    const a = records('The ferry sails five times per week.');
    expect(a.find((r) => r.type === 'quantity')).toMatchObject({ value: 5, kind: 'ratio', unit: 'times', per: 'week' });
    const b = records('The survey is repeated every 4 years.');
    expect(b.find((r) => r.type === 'date')).toMatchObject({ timexType: 'SET' });
    expect(b.find((r) => r.type === 'quantity')).toMatchObject({ value: 4, kind: 'duration' });
  });

  test('a bare multiple stays a plain number', () => {
    const [q] = records('Fares rose three times in May.').filter((r) => r.type === 'quantity');
    expect(q).toMatchObject({ text: 'three', kind: 'count' });
  });
});

describe('a range of change after "by"', () => {
  const quantities = (text: string) => extract(text, { types: ['quantity'] }).records.filter((r) => r.type === 'quantity');
  test('a bare low end with the unit on the high end is one range; two amounts with units are change and level', () => {
    expect(quantities('Seas may rise by 2 to 3.5 metres.')[0]).toMatchObject({ low: 2, high: 3.5, bound: 'range' });
    expect(quantities('Imports grew by $4.1 billion to $52.3 billion.').map((q) => q.text)).toEqual(['$4.1 billion', '$52.3 billion']);
  });
});

describe('a duration read as a clock time', () => {
  test('"for 3min" and "45 mins" are durations, not times of day', () => {
    for (const text of ['Bake the loaf for 3min.', 'She swam for 45 mins.']) {
      const records = extract(text, { referenceDate: '2020-03-01' }).records;
      expect(records.filter((r) => r.type === 'date')).toEqual([]);
      expect(records.find((r) => r.type === 'quantity')).toMatchObject({ kind: 'duration' });
    }
  });
});

describe('sports results', () => {
  const quantities = (text: string) => extract(text, { types: ['quantity'] }).records.filter((r) => r.type === 'quantity');
  test('a level score a few words after "tied" or "tie" is no quantity; a range of shares stays one', () => {
    expect(quantities('A late free throw tied Game 5 at 98-98.')).toEqual([]);
    expect(quantities('His double helped tie the game at 3-3.')).toEqual([]);
    expect(quantities('Rents were 10-15% higher.')[0]).toMatchObject({ low: 10, high: 15 });
  });
});
