/**
 * Property-based tests over generated messy documents (fixed seed). `npm run fuzz` runs the same properties
 * with FUZZ_RUNS=100000 and a random seed.
 */
import fc from 'fast-check';
import Ajv from 'ajv';
import schema from '../schema/result.schema.json';
import { extract, type ExtractRecord } from '../lib';
import { resolveOptions, runPipeline } from '../lib/pipeline';
import { messyDocument, neutralParagraph } from './support/documents';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : process.env.FUZZ_RUNS ? Date.now() : 20161205;
const params = (runs: number) => ({ numRuns: runs, seed: SEED, endOnFailure: true });
const validate = new Ajv({ allErrors: true }).compile(schema);

function checkRecords(input: string, records: ExtractRecord[]) {
  for (let i = 0; i < records.length; i++) {
    const r = records[i];
    if (!(r.start >= 0 && r.end <= input.length && r.start < r.end)) throw new Error(`outside the input: ${JSON.stringify(r)}`);
    if (input.slice(r.start, r.end) !== r.text) throw new Error(`span mismatch: ${JSON.stringify(r)}`);
    if (r.text !== r.text.trim()) throw new Error(`untrimmed: ${JSON.stringify(r.text)}`);
    if (i > 0 && records[i - 1].start > r.start) throw new Error('records not sorted by start');
  }
}

describe('properties of extract() on messy input', () => {
  it(`never throws, gives exact trimmed sorted spans, matches the schema, and is deterministic (${RUNS} documents)`, () => {
    fc.assert(
      fc.property(messyDocument, (doc) => {
        const first = extract(doc, { referenceDate: '2019-03-04' });
        checkRecords(doc, first.records);
        if (!validate(first)) throw new Error(`schema: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
        expect(extract(doc, { referenceDate: '2019-03-04' })).toEqual(first);
      }),
      params(RUNS),
    );
  });

  it('gives the same records for a text when unrelated paragraphs stand before and after it', () => {
    // Moves a record and every span inside it (concept, attribution) back by `shift`; sentence indexes differ.
    const shiftSpans = (v: unknown, shift: number): unknown => {
      if (!v || typeof v !== 'object') return v;
      const o: Record<string, unknown> = { ...(v as Record<string, unknown>) };
      for (const [k, x] of Object.entries(o)) if (x && typeof x === 'object') o[k] = shiftSpans(x, shift);
      if (typeof o.start === 'number' && typeof o.end === 'number') Object.assign(o, { start: o.start - shift, end: o.end - shift });
      return o;
    };
    const strip = (r: ExtractRecord, shift: number) => ({ ...(shiftSpans(r, shift) as ExtractRecord), sentence: 0 });
    fc.assert(
      fc.property(messyDocument, neutralParagraph, neutralParagraph, (doc, before, after) => {
        const alone = extract(doc, { referenceDate: '2019-03-04' }).records;
        const prefix = `${before}\n\n`;
        const framed = extract(`${prefix + doc}\n\n${after}`, { referenceDate: '2019-03-04' }).records;
        const inside = framed.filter((r) => r.start >= prefix.length && r.end <= prefix.length + doc.length);
        expect(inside.map((r) => strip(r, prefix.length))).toEqual(alone.map((r) => strip(r, 0)));
        expect(framed.length).toBe(inside.length);
      }),
      {
        ...params(Math.max(200, Math.round(RUNS / 4))),
        // Found by `npm run fuzz` (FUZZ_SEED=20261202, run 3,221): the neutral paragraphs' lower-case "the" changed
        // an organization's confidence (0.86 → 0.85) before lower-case evidence was counted per paragraph.
        examples: [
          [
            '![img](pic.png) “We had no choice,” said Dr. Lena Okafor of Médecins Sans Frontières. Minister Oskar Vell told reporters in Geneva that 4-5,000 troops would stay until 2025.B The Red Lantern Society said on Monday that about 1,200 families had left Port Haldane.\nالقاهرة\r\nThe Red Lantern Society said on Monday that about 1,200 families had left Port Haldane. ',
            'it was cold, and the wind kept blowing through the square.',
            'it was cold, and the wind kept blowing through the square.',
          ],
        ],
      },
    );
  });
});

describe('segment seams', () => {
  // Texts longer than one segment: several messy documents, runs without spaces between them.
  const run = fc.constantFrom('1,1,1,1,1,1,1,1,1,1', '7777777777777777777777', '((((((((', '3-4-5-6-7-8-9');
  const longDocument = fc
    .array(fc.oneof(messyDocument, neutralParagraph, run), { minLength: 2, maxLength: 8 })
    .map((parts) => parts.join('\n\n'));
  const local = resolveOptions({ types: ['quantity', 'date'], referenceDate: '2019-03-04' });
  const every = resolveOptions({ referenceDate: '2019-03-04' });
  const fields = ({ cluster: _, ...r }: ExtractRecord & { cluster?: string }) => r;
  // Each segment re-reads its margins: a small margin keeps many small segments cheap. Records here depend on
  // their sentence only, so 400 characters of context are enough (and without margins the property fails).
  const MARGIN = 400;
  const segmentSize = fc.integer({ min: 60, max: 600 });

  it('a seam never creates, drops or changes a quantity or a date, wherever the segments are cut', () => {
    fc.assert(
      fc.property(longDocument, segmentSize, (doc, size) => {
        const whole = runPipeline(doc, local, Number.POSITIVE_INFINITY).records;
        expect(runPipeline(doc, local, size, MARGIN).records.map(fields)).toEqual(whole.map(fields));
      }),
      params(Math.max(100, Math.round(RUNS / 10))),
    );
  });

  it('every type: exact sorted spans, no record twice, deterministic', () => {
    fc.assert(
      fc.property(longDocument, segmentSize, (doc, size) => {
        const { records } = runPipeline(doc, every, size, MARGIN);
        checkRecords(doc, records);
        expect(new Set(records.map((r) => `${r.type}:${r.start}-${r.end}`)).size).toBe(records.length);
        expect(runPipeline(doc, every, size, MARGIN).records).toEqual(records);
      }),
      params(Math.max(100, Math.round(RUNS / 10))),
    );
  });
});
