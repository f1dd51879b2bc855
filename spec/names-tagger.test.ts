/** The committed tagger weights load, and tag sentences written for this test (not from any corpus). */
import { C, CLASSES, decodeModel, emissions, encodeModel, LABELS, viterbi, allowed, type Model } from '../lib/ner/model';
import { FEATURES_PER_TOKEN, NO_FEATURE } from '../lib/ner/features';
import { namesModel, tagNames } from '../lib/ner/tagger';
import { prepare } from '../lib/text/prepare';
import { analyseNames, recognizeEntities } from '../lib/recognizers/entities';
import { ruleHints } from '../lib/recognizers/names/rule-hints';

function tagged(text: string): [string, string][] {
  const prep = prepare(text);
  return tagNames(prep, ruleHints(prep, analyseNames(prep))).spans.map((s) => [
    text.slice(prep.tokens[s.first].start, prep.tokens[s.end - 1].end),
    s.type,
  ]);
}

describe('name tagger', () => {
  it('loads the committed weights', () => {
    const m = namesModel();
    expect(m.codes?.length).toBe((1 << m.bits) * LABELS.length);
    expect(m.temperature).toBeGreaterThan(0);
    expect(m.codes?.some((w) => w !== 0)).toBe(true);
  });

  it('tags people, organizations and places in sentences it never saw', () => {
    const spans = tagged(
      'Marta Okonkwo, a spokeswoman for the Lagos State Ministry of Health, said on Monday that clinics in Ibadan had reopened.',
    );
    expect(spans).toContainEqual(['Marta Okonkwo', 'PER']);
    expect(spans).toContainEqual(['Ibadan', 'LOC']);
    expect(spans.some(([t, y]) => y === 'ORG' && t.includes('Ministry of Health'))).toBe(true);
  });

  it('tells a company from a person and a country from a city', () => {
    const spans = tagged(
      'Shares of Volkswagen fell after the carmaker said it would cut 2,000 jobs in Germany, where Olaf Brandt runs its plant in Wolfsburg.',
    );
    expect(spans).toContainEqual(['Volkswagen', 'ORG']);
    expect(spans).toContainEqual(['Germany', 'LOC']);
    expect(spans).toContainEqual(['Olaf Brandt', 'PER']);
    expect(spans).toContainEqual(['Wolfsburg', 'LOC']);
  });

  it('tags nothing in a sentence without names', () => {
    expect(tagged('the committee said prices would rise again next year, and most people agreed.')).toEqual([]);
  });

  it('decodes only valid BIO sequences (no I- without its B-)', () => {
    const m = namesModel();
    const n = 6;
    // Emission scores that favour I-PER everywhere: the decoder must still start the run with B-PER.
    const em = new Float32Array(n * LABELS.length);
    for (let i = 0; i < n; i++) em[i * LABELS.length + LABELS.indexOf('I-PER')] = 50;
    const labels = viterbi(m, em, n);
    for (let i = 0; i < n; i++) expect(allowed(i ? labels[i - 1] : -1, labels[i])).toBe(true);
  });

  it('scores a run-time model with the same bits as the plain sum of its weights', () => {
    const m = namesModel();
    const L = LABELS.length;
    const n = 5;
    const size = 1 << m.bits;
    // Tokens with 0, 1, some and all feature slots used, feature ids spread over the table.
    const features = new Uint32Array(n * FEATURES_PER_TOKEN).fill(NO_FEATURE);
    const used = [0, 1, 7, FEATURES_PER_TOKEN, 30];
    for (let i = 0; i < n; i++) for (let k = 0; k < used[i]; k++) features[i * FEATURES_PER_TOKEN + k] = (i * 7919 + k * 104729) % size;
    const plain = new Float32Array(n * L);
    for (let i = 0; i < n; i++)
      for (let k = 0; k < used[i]; k++)
        for (let y = 0; y < L; y++)
          plain[i * L + y] += m.levels?.[(m.codes?.[features[i * FEATURES_PER_TOKEN + k] * L + y] ?? 0) + 128] ?? 0;
    expect(Array.from(emissions(m, features, n))).toEqual(Array.from(plain));
  });

  it('round-trips a model through its file format', () => {
    const bits = 4;
    const size = (1 << bits) * LABELS.length;
    const m: Model = {
      bits,
      weights: Float32Array.from({ length: size }, (_, i) => Math.sin(i) * 3),
      transitions: Float32Array.from({ length: LABELS.length * (LABELS.length + 1) }, (_, i) => Math.cos(i)),
      temperature: 0.25,
    };
    const back = decodeModel(encodeModel(m));
    expect(back.bits).toBe(bits);
    expect(back.temperature).toBeCloseTo(0.25);
    for (let i = 0; i < size; i++) {
      const w = back.levels?.[(back.codes?.[i] ?? 0) + 128] ?? Number.NaN;
      expect(Math.abs(w - m.weights[i])).toBeLessThan(0.25);
    }
    expect(back.usesHints).toBe(true);
    expect(decodeModel(encodeModel({ ...m, usesHints: false })).usesHints).toBe(false);
    expect(() => decodeModel(Buffer.from('not a model at all, not at all'))).toThrow();
  });

  it('gives every token a distribution over O and the four types', () => {
    const text = 'Rain fell on Tuesday. Ingrid Solberg flew from Oslo to meet the board of Nordvik Shipping.';
    const prep = prepare(text);
    const { probs } = tagNames(prep, ruleHints(prep, analyseNames(prep)));
    expect(probs.length).toBe(prep.tokens.length * C);
    for (let t = 0; t < prep.tokens.length; t++) {
      let sum = 0;
      for (let c = 0; c < C; c++) sum += probs[t * C + c];
      expect(sum).toBeCloseTo(1, 4);
    }
    const at = (word: string) => prep.tokens.findIndex((t) => t.text === word);
    // Oslo is more likely a place than anything else, and `fell` is no name.
    const oslo = at('Oslo') * C;
    expect(probs[oslo + CLASSES.indexOf('LOC')]).toBeGreaterThan(0.5);
    expect(probs[at('fell') * C]).toBeGreaterThan(0.9);
  });

  it('records say which path decided and keep exact spans', () => {
    const text = 'Officials at Northwind Logistics told Priya Raman that the warehouse in Leeds would close.';
    const drafts = recognizeEntities(prepare(text), { referenceDate: null });
    expect(drafts.length).toBeGreaterThan(0);
    for (const d of drafts) {
      expect(text.slice(d.start, d.end)).toBe(d.text);
      expect(d.source).toMatch(/^(?:person|organization|place)\//);
      expect(d.confidence).toBeGreaterThan(0);
      expect(d.confidence).toBeLessThanOrEqual(1);
    }
  });
});
