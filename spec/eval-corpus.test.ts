/** Checks the annotated corpus itself: offsets, values, coverage, and that every gold file is up to date. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { RECORD_TYPES } from '../lib/types';
import { goldFilesIn } from '../lib/eval/gold';

const DIR = path.join(__dirname, '..', 'samples', 'annotated');
const files = goldFilesIn(DIR);
const docs = files.map((f) => ({ file: path.basename(f), ...JSON.parse(fs.readFileSync(f, 'utf8')) }));
const TIMEX =
  /^(\d{4}(-\d\d(-\d\d(T\d\d:\d\d|T(MO|AF|EV|NI))?)?|-W\d\d|-Q[1-4]|-H[12]|-(SP|SU|FA|WI))?|\d{2,3}|P(\d+[YMWD])+|PT\d+[HMS]|PRESENT_REF|PAST_REF|FUTURE_REF)$/;
const BOUNDS = ['exact', 'approx', 'lower', 'upper', 'range'];
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

describe('samples/annotated', () => {
  it('holds at least 12 documents of 300 to 1,500 words, each beside its text file', () => {
    expect(docs.length).toBeGreaterThanOrEqual(12);
    for (const d of docs) {
      expect(words(d.text)).toBeGreaterThanOrEqual(300);
      expect(words(d.text)).toBeLessThanOrEqual(1500);
      expect(fs.readFileSync(path.join(DIR, d.file.replace('.gold.json', '.txt')), 'utf8')).toBe(d.text);
      expect(d.referenceDate).toMatch(/^\d{4}-\d\d-\d\d$/);
    }
  });

  it('has at least 600 mentions, every type well represented', () => {
    const all = docs.flatMap((d) => d.entities);
    expect(all.length).toBeGreaterThanOrEqual(600);
    for (const type of RECORD_TYPES) expect(all.filter((e) => e.type === type && !e.optional).length).toBeGreaterThanOrEqual(60);
  });

  it.each(docs.map((d) => [d.file, d]))('%s: every span is exact and every value well formed', (_, d) => {
    for (const e of d.entities) {
      const where = `${d.file} ${JSON.stringify(e.text)} at ${e.start}`;
      expect([where, d.text.slice(e.start, e.end)]).toEqual([where, e.text]);
      expect(RECORD_TYPES).toContain(e.type);
      expect(e.text).toBe(e.text.trim());
      if (e.type === 'date' && e.value != null) expect([where, e.value]).toEqual([where, expect.stringMatching(TIMEX)]);
      if (e.type !== 'quantity') continue;
      if (e.bound != null) expect(BOUNDS).toContain(e.bound);
      if (e.low != null) expect([where, e.low < e.high, e.bound]).toEqual([where, true, 'range']);
      if (e.value != null) expect(typeof e.value).toBe('number');
    }
  });

  it.each(docs.map((d) => [d.file, d]))('%s: no two mentions of one type overlap', (_, d) => {
    const sorted = [...d.entities].sort((a, b) => a.start - b.start);
    for (let i = 0; i < sorted.length; i++)
      for (let j = i + 1; j < sorted.length && sorted[j].start < sorted[i].end; j++)
        expect([sorted[i].text, sorted[j].text, sorted[i].type === sorted[j].type]).toEqual([sorted[i].text, sorted[j].text, false]);
  });

  it('gold files are what the annotation lists produce', () => {
    const script = path.join(__dirname, '..', 'scripts', 'annotate.mjs');
    expect(() => execFileSync(process.execPath, [script, '--check'], { stdio: 'pipe' })).not.toThrow();
  });
});
