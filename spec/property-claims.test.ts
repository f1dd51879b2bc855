/**
 * Property tests for the parts of a claim beyond its span (attribution, concept span, predicate), for the
 * cross-source comparison, and for the line protocol, over generated messy documents (fixed seed; `npm run fuzz`
 * runs them with FUZZ_RUNS and a random seed too).
 */
import fc from 'fast-check';
import { compareClaims, extract, extractLines, type ExtractRecord, type QuantityRecord } from '../lib';
import { messyDocument } from './support/documents';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : process.env.FUZZ_RUNS ? Date.now() : 20161205;
const params = (runs: number) => ({ numRuns: runs, seed: SEED, endOnFailure: true });
const REF = '2019-03-04';

const isQuantity = (r: ExtractRecord): r is QuantityRecord => r.type === 'quantity';

/** A span inside a record must be a piece of the input, like the record itself. */
function checkInnerSpan(
  input: string,
  owner: ExtractRecord,
  what: string,
  span: { text: string; start: number; end: number } | null | undefined,
) {
  if (!span) return;
  if (!(span.start >= 0 && span.end <= input.length && span.start < span.end))
    throw new Error(`${what} outside the input: ${JSON.stringify(owner)}`);
  if (input.slice(span.start, span.end) !== span.text) throw new Error(`${what} span mismatch: ${JSON.stringify(owner)}`);
}

describe('properties of whole claims on messy input', () => {
  it(`attribution and concept spans are exact, resolved sources name a record of theirs, predicates have lemmas (${RUNS} documents)`, () => {
    fc.assert(
      fc.property(messyDocument, (doc) => {
        const { records } = extract(doc, { referenceDate: REF });
        const clusters = new Set(records.flatMap((r) => ('cluster' in r ? [r.cluster] : [])));
        for (const q of records.filter(isQuantity)) {
          checkInnerSpan(doc, q, 'attribution', q.attribution);
          checkInnerSpan(doc, q, 'conceptSpan', q.conceptSpan);
          if (q.attribution?.cluster && !clusters.has(q.attribution.cluster))
            throw new Error(`attribution cluster names no record: ${JSON.stringify(q)}`);
          if ((q.predicate === null) !== (q.predicateLemma === null))
            throw new Error(`predicate without lemma or the reverse: ${JSON.stringify(q)}`);
        }
      }),
      params(Math.max(200, Math.round(RUNS / 4))),
    );
  });

  it('compareClaims: every figure is one of the documents’ claims, spreads are ordered, conflict matches the agreed interval, deterministic', () => {
    fc.assert(
      fc.property(fc.array(messyDocument, { minLength: 1, maxLength: 4 }), (texts) => {
        const docs = texts.map((text, i) => ({ id: `doc-${i}`, text, ...extract(text, { referenceDate: REF }) }));
        const spans = new Set(docs.flatMap((d) => d.records.filter(isQuantity).map((q) => `${d.id}:${q.start}-${q.end}`)));
        const groups = compareClaims(docs, { minSources: 1 });
        for (const g of groups) {
          expect(g.figures.length).toBeGreaterThan(0);
          expect(g.figureCount).toBeGreaterThanOrEqual(g.figures.length);
          expect(g.spread.low).toBeLessThanOrEqual(g.spread.high);
          expect(g.conflicting).toBe(g.agreed === null);
          for (const f of g.figures) expect(spans.has(`${f.document}:${f.start}-${f.end}`)).toBe(true);
        }
        expect(compareClaims(docs, { minSources: 1 })).toEqual(groups);
      }),
      params(Math.max(100, Math.round(RUNS / 10))),
    );
  });
});

describe('properties of the line protocol', () => {
  // Lines: good documents, broken JSON, wrong types, blank lines.
  const line = fc.oneof(
    messyDocument.map((text) => JSON.stringify({ id: text.length, text })),
    fc.string({ maxLength: 30 }).map((s) => `{${s}`),
    fc.constantFrom(
      '',
      '[]',
      '{"id": 1}',
      '{"text": 5}',
      '{"text": "x", "referenceDate": "2016-02-30"}',
      '{"text": "x", "types": ["nope"]}',
    ),
  );

  it('one result per input line, in order, each either records or an error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 6 }), async (lines) => {
        const results = [];
        for await (const r of extractLines([`${lines.join('\n')}\n`], { referenceDate: REF })) results.push(r);
        expect(results).toHaveLength(lines.length);
        for (const [i, r] of results.entries()) {
          if ('error' in r) expect(r.error.line).toBe(i + 1);
          else expect(JSON.parse(lines[i]).text).toBeDefined();
        }
      }),
      params(Math.max(100, Math.round(RUNS / 10))),
    );
  });
});
