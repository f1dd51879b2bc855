import fs from 'node:fs';
import path from 'node:path';
import { extract, createExtractor, ExtractError, type ExtractRecord } from '../lib';

const find = (records: ExtractRecord[], type: string, text: string) => records.find((r) => r.type === type && r.text === text);

function expectExactSpans(input: string, records: ExtractRecord[]) {
  for (const r of records) {
    expect(input.slice(r.start, r.end)).toBe(r.text);
    expect(r.text).toBe(r.text.trim());
  }
  for (let i = 1; i < records.length; i++) expect(records[i].start).toBeGreaterThanOrEqual(records[i - 1].start);
}

describe('extract: one record of each type', () => {
  const text =
    'GENEVA, March 3, 2021 - The World Health Organization said on Tuesday that about 4,500 patients were treated in Mosul. ' +
    'Dr. Helen Marsh, who leads the team, said the clinic in Kirkuk would reopen.';
  const { records, referenceDate, referenceDateSource } = extract(text, { referenceDate: '2021-03-03' });

  it('uses the reference date it was given', () => {
    expect(referenceDate).toBe('2021-03-03');
    expect(referenceDateSource).toBe('option');
  });
  it('finds a person without her title', () => {
    const p = find(records, 'person', 'Helen Marsh');
    expect(p).toBeDefined();
  });
  it('finds an organization', () => expect(find(records, 'organization', 'World Health Organization')).toBeDefined());
  it('finds places', () => {
    expect(find(records, 'place', 'Mosul')).toBeDefined();
    expect(find(records, 'place', 'Kirkuk')).toBeDefined();
  });
  it('finds dates with TIMEX3 values', () => {
    const d = find(records, 'date', 'March 3, 2021');
    expect(d && d.type === 'date' && d.value).toBe('2021-03-03');
    const tuesday = find(records, 'date', 'Tuesday');
    expect(tuesday && tuesday.type === 'date' && tuesday.value).toBe('2021-03-02');
  });
  it('finds a hedged quantity with its concept', () => {
    const q = records.find((r) => r.type === 'quantity');
    expect(q).toBeDefined();
    if (q?.type !== 'quantity') return;
    expect(q.value).toBe(4500);
    expect(q.bound).toBe('approx');
    expect(q.concept).toBe('patients');
  });
  it('gives exact, trimmed, sorted spans with a sentence index', () => {
    expectExactSpans(text, records);
    expect(find(records, 'place', 'Kirkuk')!.sentence).toBe(1);
  });
});

describe('extract: markup remnants', () => {
  const text =
    'Since the start of the siege [some](#)\n\n[21,000+](#) civilians have left [Aleppo](https://example.org/a) for <b>Idlib</b>.';
  const { records } = extract(text, { referenceDate: '2016-12-05' });
  it('recognises through markup without breaking offsets', () => {
    expectExactSpans(text, records);
    const q = records.find((r) => r.type === 'quantity');
    expect(q?.type === 'quantity' && q.value).toBe(21000);
    expect(q?.type === 'quantity' && q.bound).toBe('lower');
    expect(records.some((r) => r.type === 'place' && r.text === 'Aleppo')).toBe(true);
  });
  it('never starts or ends a record with markup, nor reports a URL', () => {
    // Markup may stand inside a span ("21,000+](#) civilians"), never at its edges.
    for (const r of records) expect(r.text).not.toMatch(/^[[<(]|[\])>]$|example\.org/);
  });
});

describe('extract: options', () => {
  const text = 'On 5 December 2016 about 500 fighters left Aleppo.';
  it('keeps only the requested types', () => {
    const { records } = extract(text, { types: ['quantity'] });
    expect(records.length).toBeGreaterThan(0);
    expect(records.every((r) => r.type === 'quantity')).toBe(true);
  });
  it('takes the reference date from the dateline when none is given', () => {
    const r = extract('Global Research, December 06, 2016\n\nYesterday the army advanced.');
    expect(r.referenceDate).toBe('2016-12-06');
    expect(r.referenceDateSource).toBe('dateline');
    const y = r.records.find((x) => x.type === 'date' && x.text === 'Yesterday');
    expect(y?.type === 'date' && y.value).toBe('2016-12-05');
  });
  it('gives relative dates no value when there is no reference date', () => {
    const r = extract('The army advanced yesterday.');
    expect(r.referenceDateSource).toBe('none');
    const y = r.records.find((x) => x.type === 'date');
    expect(y?.type === 'date' && y.value).toBeNull();
  });
  it('accepts a Date as the reference date', () => {
    expect(extract('Nothing here.', { referenceDate: new Date(Date.UTC(2020, 1, 29)) }).referenceDate).toBe('2020-02-29');
  });
  it('rejects invalid input with a typed error', () => {
    expect(() => extract(42 as unknown as string)).toThrow(ExtractError);
    expect(() => extract('x', { referenceDate: 'not a date' })).toThrow(/referenceDate/);
    expect(() => extract('x', { types: ['animal' as never] })).toThrow(/unknown record type/);
  });
  it('returns no records for empty or blank text', () => {
    expect(extract('').records).toEqual([]);
    expect(extract('   \n\n ').records).toEqual([]);
  });
  it('createExtractor fixes options once', () => {
    const run = createExtractor({ types: ['place'], referenceDate: '2016-12-05' });
    const { records, referenceDate } = run(text);
    expect(referenceDate).toBe('2016-12-05');
    expect(records.every((r) => r.type === 'place')).toBe(true);
  });
});

describe('span invariant on every sample text', () => {
  const dir = path.join(__dirname, '..', 'samples');
  const files: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(txt|md)$/.test(e.name) && e.name !== 'README.md') files.push(p);
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  it('has samples to check', () => expect(files.length).toBeGreaterThan(0));
  it.each(files.map((f) => [path.relative(dir, f), f]))('%s', (_name, file) => {
    const text = fs.readFileSync(file, 'utf8');
    const { records } = extract(text);
    expect(records.length).toBeGreaterThan(0);
    expectExactSpans(text, records);
  });
});
