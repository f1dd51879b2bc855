import { extract } from '../lib';
import type { QuantityRecord } from '../lib/types';

const quantities = (text: string) =>
  extract(text, { referenceDate: '2020-03-01' }).records.filter((r): r is QuantityRecord => r.type === 'quantity');
const one = (text: string, surface?: string): QuantityRecord => {
  const qs = quantities(text);
  const q = surface ? qs.find((r) => r.text.includes(surface)) : qs[0];
  if (!q) throw new Error(`no quantity ${surface ?? ''} in ${JSON.stringify(text)}: ${JSON.stringify(qs.map((r) => r.text))}`);
  return q;
};
const values = (text: string) => quantities(text).map((q) => q.value ?? [q.low, q.high]);

describe('numbers in every written form', () => {
  test.each([
    ['Officials counted 21,000 ballots.', 21000],
    ['The rate was 1.5 points.', 1.5],
    ['She adopted seven cats.', 7],
    ['They hired twenty-five engineers.', 25],
    ['He bought a dozen eggs.', 12],
    ['The city has 1.2 million residents.', 1.2e6],
    ['The firm raised $5bn last spring.', 5e9],
    ['The fund holds 4 hundred million shares.', 4e8],
    ['A third of voters stayed home.', 1 / 3],
    ['Two-thirds of the members agreed.', 2 / 3],
    ['Half a million tourists came.', 5e5],
    ['The company sold three hundred and twelve bikes.', 312],
    ['The cup held 1/16 of a pint.', 1 / 16],
    ['The door is 2 1/2 inches thick.', 2.5],
    ['Temperatures fell to minus 12 degrees.', -12],
    ['He quoted five point five as the figure.', 5.5],
  ])('%s', (text, value) => {
    expect(one(text).value).toBeCloseTo(value as number, 9);
  });

  test('vague plurals are an order of magnitude', () => {
    const q = one('Dozens of families fled the flood.');
    expect([q.value, q.low, q.high, q.bound]).toEqual([null, 12, 120, 'range']);
    const big = one('Hundreds of thousands of people marched.');
    expect([big.low, big.high]).toEqual([1e5, 1e6]);
    expect(one('The plan would move hundred-thousands civilians.').low).toBe(1e5);
  });

  test('percentages in both spellings', () => {
    expect(one('Turnout reached 60% in the north.')).toMatchObject({ value: 60, unit: 'percent', kind: 'percent' });
    expect(one('Prices were 19 per cent higher.')).toMatchObject({ value: 19, unit: 'percent', text: '19 per cent' });
  });

  test('"a" and "an" alone are articles, and a lone scale word is not a number', () => {
    expect(values('A man saw an owl near a barn.')).toEqual([]);
    expect(values('Several hundred came to watch.')).toEqual([]);
  });
});

describe('ranges', () => {
  test('a shared scale: 4-5,000 is 4,000 to 5,000', () => {
    expect(one('The army sent 4-5,000 soldiers.')).toMatchObject({
      value: null,
      low: 4000,
      high: 5000,
      bound: 'range',
      concept: 'soldiers',
    });
  });
  test('plain and worded ranges', () => {
    expect(one('Each family has 3-5 goats.')).toMatchObject({ low: 3, high: 5, bound: 'range' });
    expect(one('Between 10 and 20 boats sank.')).toMatchObject({ low: 10, high: 20, bound: 'range' });
    expect(one('The trip takes 10 to 20 minutes by bus.')).toMatchObject({ low: 10, high: 20, unit: 'minute' });
    expect(one('There were 1 to 2 thousand guests.')).toMatchObject({ low: 1000, high: 2000 });
  });
  test('units and currencies repeated on both ends', () => {
    expect(one('Fares went for $200,000 to $4 million apiece.')).toMatchObject({ low: 200000, high: 4e6, unit: 'USD', kind: 'money' });
    expect(one('Rates ranged from 1 per cent to 1.5 per cent.')).toMatchObject({ low: 1, high: 1.5, unit: 'percent' });
    expect(one('Bread may cost between 5% and 6% more.')).toMatchObject({ low: 5, high: 6 });
  });
  test('years and scores are not ranges', () => {
    expect(quantities('The survey ran from 2014-2017 in three towns.').some((q) => q.bound === 'range')).toBe(false);
  });
});

describe('bounds and hedges', () => {
  test.each([
    ['About 500 miners were trapped.', 'approx', 'About'],
    ['Some 40 trucks crossed.', 'approx', 'Some'],
    ['Around 30 boats left.', 'approx', 'Around'],
    ['Roughly 70 homes burned.', 'approx', 'Roughly'],
    ['Nearly 90 pupils fell ill.', 'approx', 'Nearly'],
    ['Almost 12 towns flooded.', 'approx', 'Almost'],
    ['More than 300 shops closed.', 'lower', 'More than'],
    ['Over 800 flights were cancelled.', 'lower', 'Over'],
    ['At least 14 miners died.', 'lower', 'At least'],
    ['Up to 10 buses run daily.', 'upper', 'Up to'],
    ['Fewer than 20 voters came.', 'upper', 'Fewer than'],
    ['No more than 6 guests may enter.', 'upper', 'No more than'],
    ['As many as 50 birds died.', 'upper', 'As many as'],
    ['The toll could be as low as 400 deaths.', 'lower', 'as low as'],
  ])('%s', (text, bound, modifier) => {
    const q = one(text);
    expect([q.bound, q.modifier]).toEqual([bound, modifier]);
    expect(q.text.startsWith(modifier)).toBe(true);
  });
  test('a trailing plus is a lower bound', () => {
    expect(one('Since the siege began 21,000+ people left.', '21,000')).toMatchObject({
      value: 21000,
      bound: 'lower',
      modifier: '+',
      concept: 'people',
    });
  });
  test('a hedge on another line does not belong to the number', () => {
    expect(one('They counted some\n\n300 tents.').modifier).toBeNull();
  });
  test('"or more" after the number', () => {
    expect(one('Groups of 6 or more are banned.')).toMatchObject({ bound: 'lower', modifier: 'or more' });
  });
});

describe('units', () => {
  test.each([
    ['The rebels seized €3 million in cash.', 'EUR', 'money', 3e6],
    ['A loaf costs £2 now.', 'GBP', 'money', 2],
    ['The deal is worth US$ 40 million.', 'USD', 'money', 4e7],
    ['Each share paid 50 euros.', 'EUR', 'money', 50],
    ['Stock rose to RM23.50 on Monday.', 'MYR', 'money', 23.5],
    ['The wall is 12 km long.', 'km', 'measure', 12],
    ['The farm covers 300 hectares.', 'ha', 'measure', 300],
    ['The bag weighs 20kg.', 'kg', 'measure', 20],
    ['The tank holds 40 litres.', 'l', 'measure', 40],
    ['Winds reached 155mph.', 'mph', 'measure', 155],
    ['It was 30C at noon.', '°C', 'measure', 30],
  ])('%s', (text, unit, kind, value) => {
    expect(one(text)).toMatchObject({ unit, kind, value });
  });
  test('major and minor units of money, lakhs and crores', () => {
    expect(one('A ticket is 3 dollars 50 cents.')).toMatchObject({ value: 3.5, unit: 'USD', text: '3 dollars 50 cents' });
    expect(one('The fee was 17 USD 25, paid in cash.').value).toBeCloseTo(17.25, 9);
    expect(values('He paid 5 dollars and two bags of rice.')).toEqual([5, 2]);
    expect(one('The farm sold for 35 lakh rupees.')).toMatchObject({ value: 3.5e6, unit: 'INR' });
  });
  test('ages', () => {
    expect(one('A 36-year-old nurse spoke.')).toMatchObject({ value: 36, kind: 'age', unit: 'year', text: '36-year-old' });
    expect(one('The girl, a seven year old pupil, wrote it.')).toMatchObject({ value: 7, kind: 'age' });
    expect(one('Maria Lopez, 41, said she left.')).toMatchObject({ value: 41, kind: 'age' });
  });
  test('"pounds" is money after a large amount and weight after a small one', () => {
    expect(one('The club paid 20 million pounds for him.').unit).toBe('GBP');
    expect(one('He lost 12 pounds in a month.').unit).toBe('lb');
  });
});

describe('the counted concept', () => {
  test('the noun phrase after the number, inside the span', () => {
    const q = one('Officials said 25,000 Syrian army fighters took part.');
    expect(q).toMatchObject({ concept: 'Syrian army fighters', text: '25,000 Syrian army fighters' });
    expect(q.conceptSpan?.text).toBe('Syrian army fighters');
  });
  test('partitives', () => {
    expect(one('More than 60% of the villages lost power.')).toMatchObject({ concept: 'villages', text: 'More than 60%' });
    expect(one('Of the 900 recruits, 480 of them quit.', '480')).toMatchObject({ concept: null, text: '480 of them' });
    expect(one('Millions of Americans watched.').concept).toBe('Americans');
  });
  test('a concept carried over in coordination', () => {
    const qs = quantities('Officials said 8 people were killed and 25 wounded on Monday.');
    expect(qs.map((q) => [q.value, q.concept])).toEqual([
      [8, 'people'],
      [25, 'people'],
    ]);
    expect(qs.map((q) => q.predicate)).toEqual(['killed', 'wounded']);
    // The participle stands in for the noun: it belongs to the claim's span.
    expect(qs.map((q) => q.text)).toEqual(['8 people', '25 wounded']);
  });
  test('a time word is not a concept', () => {
    expect(one('Rescuers found 12 survivors today.').concept).toBe('survivors');
    expect(one('We saw 40 yesterday.').concept).toBeNull();
  });
});

describe('rates and changes', () => {
  test('per', () => {
    expect(one('Rebels kept 3-5 civilians per fighter.')).toMatchObject({
      per: 'fighter',
      kind: 'ratio',
      text: '3-5 civilians per fighter',
    });
    expect(one('Oil sold at $58 a barrel.')).toMatchObject({ per: 'barrel', kind: 'money', value: 58 });
    expect(one('Revenue rose from $6 billion a year earlier.').per).toBeNull();
  });
  test('up and down', () => {
    expect(one('Exports rose 5% in March.').change).toBe('up');
    expect(one('The index fell by 2 points.').change).toBe('down');
    expect(one('Shares closed 3% lower.').change).toBe('down');
    expect(one('The budget is 3 million dollars.').change).toBeNull();
  });
  test('from A to B after a change verb', () => {
    expect(one('Unemployment fell from 4.8 to 4.7 percent.')).toMatchObject({ low: 4.7, high: 4.8, change: 'down', unit: 'percent' });
    expect(one('Fees ranged from 10 to 40 dollars.').change).toBeNull();
  });
  test('shares are fractions', () => {
    expect(one('One out of three tenants pays late.')).toMatchObject({ kind: 'ratio', concept: 'tenants' });
    expect(one('Nearly 1 in 4 adults smoke.').value).toBeCloseTo(0.25, 9);
  });
  test('a negative amount of money', () => {
    expect(one('The balance was $-50.8bn in the report.')).toMatchObject({ value: -50.8e9, unit: 'USD' });
  });
  test('an amount of change is not the low end of a range', () => {
    expect(values('The deficit increased by $43 billion to $419 billion.')).toEqual([43e9, 419e9]);
  });
});

describe('who says so, and what happened', () => {
  test('according to', () => {
    const text = 'According to SANA, 8 people were killed.';
    const q = one(text);
    expect(q.attribution?.text).toBe('SANA');
    expect(text.slice(q.attribution!.start, q.attribution!.end)).toBe('SANA');
    expect(q.predicate).toBe('killed');
  });
  test('said after a quote', () => {
    const q = one('"We lost 40 sheep," said Amina Rwein.');
    expect(q.attribution?.text).toBe('Amina Rwein');
  });
  test('a subject that reports', () => {
    expect(one('The ministry said 300 families fled.')).toMatchObject({ predicate: 'fled', attribution: { text: 'The ministry' } });
    expect(one('Reuters reported 300 arrests.').attribution?.text).toBe('Reuters');
  });
  test('a weekday is not a source; the subject of the reporting verb is', () => {
    expect(one('Witnesses saw 12 cars burn, it said Tuesday.').attribution?.text).toBe('it');
    expect(one('Witnesses saw 12 cars burn, said Tuesday.').attribution).toBeNull();
  });
});

describe('what is not a quantity claim', () => {
  test('dates and times and their parts', () => {
    expect(values('The talks ended on December 06, 2016 at 6PM.')).toEqual([]);
    expect(values('The bus left at 4:39 and again at 10.45pm.')).toEqual([]);
  });
  test('a date-heavy paragraph yields no quantities', () => {
    const text =
      'Talks began on Monday, March 3, 2014, at 9:30 a.m. and resumed on 12/05/2015, on the 4th of July 2016 and at 6PM on ' +
      'Dec. 6. The 1990s were calmer; by mid-2018 costs rose. Results for Q3 2020 came on 2020-11-03 at 14:00 GMT. The vote of ' +
      "21 June moved to June 28th, 2017, and the city fell in December '16. Sessions run 9am-5pm from 1 January to 31 March.";
    expect(quantities(text).map((q) => q.text)).toEqual([]);
  });
  test('years used as dates', () => {
    expect(values('In 2014 the mine closed, and by 2019 it had reopened.')).toEqual([]);
    expect(values('The 2019 review praised the school.')).toEqual([]);
    expect(values('We produced little in 2013-14.')).toEqual([]);
  });
  test('ordinals', () => {
    expect(values('She finished 3rd, and he was 21st.')).toEqual([]);
  });
  test('numbers inside names and codes', () => {
    expect(values('Agents of MI-6 flew an F-16 to the G20 summit.')).toEqual([]);
    expect(values('The S&P 500 dipped as a Boeing 747 landed.')).toEqual([]);
    expect(values('Cases of COVID-19 fell as the iPhone 11 launched.')).toEqual([]);
  });
  test('phone numbers', () => {
    expect(values('Call 555-0123 or (212) 555-7788 for tickets.')).toEqual([]);
  });
  test('URLs', () => {
    expect(values('See https://example.org/report/2019/42 for details.')).toEqual([]);
  });
  test('list markers', () => {
    expect(values('Steps:\n1. Open the box\n2) Remove the lid')).toEqual([]);
  });
  test('page, section and other labels', () => {
    expect(values('See page 12, section 4 and Article 5 of the treaty.')).toEqual([]);
    expect(values('It was Game 7 of the series, a category 4 storm.')).toEqual([]);
  });
  test('addresses', () => {
    expect(values('The office at 575 Mill Road is closed.')).toEqual([]);
  });
  test('"one" as a pronoun, and number words inside compounds', () => {
    expect(values('It is one of the oldest bridges, and each one is unique.')).toEqual([]);
    expect(values('A third-party audit found a one-time fee.')).toEqual([]);
  });
});

describe('robustness', () => {
  test('spans always slice the original input', () => {
    const text = 'Since May [some](#)\n\n[21,000+](#) civilians left, and **about 500** fighters stayed.';
    for (const q of quantities(text)) expect(text.slice(q.start, q.end)).toBe(q.text);
  });
  test('long runs of digits and separators finish', () => {
    const digits = '7'.repeat(200000);
    expect(quantities(`The code was ${digits} long.`).length).toBeLessThan(20000);
    const commas = Array(50000).fill('1').join(',');
    expect(Array.isArray(quantities(commas))).toBe(true);
  });
});
