import { extract } from '../lib';
import type { PersonRecord, QuantityRecord } from '../lib/types';

const quantities = (text: string): QuantityRecord[] =>
  extract(text, { referenceDate: '2025-05-01' }).records.filter((r): r is QuantityRecord => r.type === 'quantity');
const claim = (text: string, surface: string): QuantityRecord => {
  const q = quantities(text).find((r) => r.text.includes(surface));
  if (!q) throw new Error(`no quantity ${surface} in ${text}`);
  return q;
};
const source = (text: string, surface: string) => claim(text, surface).attribution?.text ?? null;

describe('attribution by clause', () => {
  test('competing sources in one sentence keep their own clause', () => {
    const text = 'The ministry said 410 homes were flooded; the charity said nearly 900.';
    expect(source(text, '410')).toBe('The ministry');
    expect(source(text, '900')).toBe('the charity');
  });
  test('a source after the figure, and "according to"', () => {
    expect(source('Nine fishermen were rescued, coastguards said.', 'Nine')).toBe('coastguards');
    expect(source('Turnout reached 61%, according to the electoral board.', '61%')).toBe('the electoral board');
  });
  test('an estimate put at a figure, and a second source whose verb is left out', () => {
    const text = 'Organisers put the march at 20,000 and police at 6,500.';
    expect(source(text, '20,000')).toBe('Organisers');
    expect(source(text, '6,500')).toBe('police');
  });
  test("the writer's own claim has no source; an actor is not a source", () => {
    expect(source('The bridge carries 40,000 cars a day.', '40,000')).toBeNull();
    expect(source('Rebels seized 14 villages overnight.', '14')).toBeNull();
  });
  test('answers of respondents are not a source', () => {
    expect(source('In the poll, 58% said the mayor should resign.', '58%')).toBeNull();
  });
  test('a quote over several sentences keeps the speaker who closed it', () => {
    const text = 'Ana Ruiz runs the shelter. "We took in 35 families," she said. "Another 12 arrived at dawn."';
    const later = claim(text, '12');
    expect(later.attribution?.text).toBe('she');
    expect(later.attribution?.name).toBe('Ana Ruiz');
  });
  test('attribution never crosses a round-up separator', () => {
    const text = 'Port workers ended their strike, the union said.\n\n- - - -\n\nA storm felled 300 trees in the valley.';
    expect(source(text, '300')).toBeNull();
  });
  test('a pronoun source resolves to the nearest organization', () => {
    const q = claim('Oxfam runs the camp. It said 2,400 people were fed on Monday.', '2,400');
    expect(q.attribution).toMatchObject({ text: 'It', name: 'Oxfam' });
    expect(q.attribution?.cluster).toMatch(/^organization-/);
  });
});

describe('predicate and lemma', () => {
  test('passive and active voice', () => {
    expect(claim('Eleven miners were trapped underground.', 'Eleven')).toMatchObject({ predicate: 'trapped', predicateLemma: 'trap' });
    expect(claim('Floods have displaced 3 million people.', '3 million')).toMatchObject({
      predicate: 'displaced',
      predicateLemma: 'displace',
    });
  });
  test('a level after a change verb, and a change noun', () => {
    expect(claim('Unemployment fell to 4.1% in March.', '4.1%')).toMatchObject({ predicate: 'fell', predicateLemma: 'fall' });
    expect(claim('Shares posted a rise of 8% on Friday.', '8%').predicate).toBe('rise');
  });
  test('a reporting verb is not what happened to what is counted', () => {
    expect(claim('Officials said 16 people were arrested.', '16').predicate).toBe('arrested');
  });
});

describe('what percentages and money measure', () => {
  test('the subject of the governing verb', () => {
    const q = claim('Inflation rose to 3.2% last month.', '3.2%');
    expect(q.concept).toBe('Inflation');
    expect(q.conceptSpan).toMatchObject({ text: 'Inflation' });
  });
  test('the noun after the amount, or before "of"', () => {
    expect(claim('The council approved a £2.1bn budget for schools.', '£2.1bn').concept).toBe('budget');
    expect(claim('The firm reported profits of $40m on Tuesday.', '$40m').concept).toBe('profits');
  });
});

describe('numbers that are not claims, and scale letters', () => {
  test('sports results are not quantities; other statistics are', () => {
    const texts = ['Halep won 6-3 7-6 (7-4) in the final.', 'Cardiff 24-17 Leeds', 'They suffered a 21-19 defeat.'];
    for (const t of texts) expect(quantities(t)).toEqual([]);
    expect(claim('The keeper made 11 saves before a crowd of 41,000.', '41,000').value).toBe(41000);
  });
  test('ordinals and ranks are not fractions', () => {
    expect(quantities('It was a ninth defeat for the fly-half, still number one in the squad.')).toEqual([]);
  });
  test('British scale letters before a noun', () => {
    expect(claim('Some 4.5m viewers watched.', '4.5m')).toMatchObject({ value: 4.5e6, kind: 'count' });
    expect(claim('The deal is worth 820m euros.', '820m')).toMatchObject({ value: 8.2e8, unit: 'EUR' });
    expect(claim('Output hit two mln barrels.', 'two mln')).toMatchObject({ value: 2e6 });
    expect(claim('The 400m hurdles final starts soon.', '400m')).toMatchObject({ value: 400, unit: 'm' });
  });
  test('durations are quantities beside their date record', () => {
    const records = extract('He spent 11 years in exile.').records;
    expect(records.find((r) => r.type === 'date')).toMatchObject({ text: '11 years', timexType: 'DURATION' });
    expect(records.find((r) => r.type === 'quantity')).toMatchObject({ text: '11 years', kind: 'duration', unit: 'year', value: 11 });
    expect(extract('He spent 11 years in exile.', { types: ['quantity'] }).records).toHaveLength(1);
  });
  test('an age beside a name is the person’s age', () => {
    const person = extract('Tomas Berg, 52, chairs the board.').records.find((r): r is PersonRecord => r.type === 'person');
    expect(person?.age).toBe(52);
    expect(claim('A 7-1/2-year-old boy was found.', '7-1/2').value).toBe(7.5);
  });
});
