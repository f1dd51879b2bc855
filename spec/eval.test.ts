import { parseGold, toRecordType, type GoldDocument } from '../lib/eval/gold';
import { matchOneToOne } from '../lib/eval/match';
import { conceptHead, normalizeTimex, sameQuantityValue } from '../lib/eval/values';
import { score, type Prediction } from '../lib/eval/score';
import { prf, summarize } from '../lib/eval/report';
import { parseArgs } from '../lib/eval/cli';

const text = 'Ms Okoro met 40 farmers in Tamale on Monday.';
const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
const doc = (mentions: GoldDocument['mentions']): GoldDocument => ({ id: 'd1', text, referenceDate: '2021-03-03', mentions });
const fixed = (preds: Prediction[]) => () => preds;

describe('matching', () => {
  it('pairs the longest overlaps first and uses each side once', () => {
    const golds = [
      { start: 0, end: 10 },
      { start: 12, end: 20 },
    ];
    const preds = [
      { start: 5, end: 14 },
      { start: 0, end: 8 },
    ];
    const pairs = matchOneToOne(golds, preds, 'relaxed');
    expect(pairs).toEqual([
      [golds[0], preds[1]],
      [golds[1], preds[0]],
    ]);
  });

  it('strict needs the same start and end', () => {
    expect(matchOneToOne([{ start: 0, end: 4 }], [{ start: 0, end: 5 }], 'strict')).toHaveLength(0);
    expect(matchOneToOne([{ start: 0, end: 4 }], [{ start: 0, end: 4 }], 'strict')).toHaveLength(1);
  });

  it('never matches a gold without offsets', () => {
    expect(matchOneToOne([{ start: null, end: null }], [{ start: 0, end: 4 }], 'relaxed')).toHaveLength(0);
  });
});

describe('scoring', () => {
  it('counts strict and relaxed matches, misses and spurious predictions per type', () => {
    const gold = doc([
      { type: 'person', ...at('Okoro') },
      { type: 'place', ...at('Tamale') },
      { type: 'quantity', ...at('40 farmers'), value: 40, concept: 'farmers' },
    ]);
    const tally = score(
      [gold],
      fixed([
        { type: 'person', ...at('Ms Okoro') },
        { type: 'quantity', ...at('40'), value: 40, concept: 'farmer' },
        { type: 'place', ...at('Monday') },
      ]),
    );
    const s = summarize(tally);
    expect(s.types.person).toMatchObject({ gold: 1, predicted: 1, strict: { f1: 0 }, relaxed: { f1: 1 } });
    expect(s.types.place).toMatchObject({ gold: 1, predicted: 1, relaxed: { precision: 0, recall: 0 } });
    expect(s.types.quantity).toMatchObject({ value: 1, concept: 1 });
    expect(s.types.date).toBeUndefined();
    const kinds = tally.types.place!.errors.map((e) => `${e.kind} ${e.text}`);
    expect(kinds).toEqual(['missed Tamale', 'spurious Monday']);
  });

  it('neither requires nor penalises optional golds', () => {
    const gold = doc([
      { type: 'place', ...at('Tamale') },
      { type: 'organization', ...at('Monday'), optional: true },
    ]);
    const s = summarize(
      score(
        [gold],
        fixed([
          { type: 'place', ...at('Tamale') },
          { type: 'place', ...at('Monday') },
        ]),
      ),
    );
    expect(s.types.place).toMatchObject({ gold: 1, predicted: 1, relaxed: { f1: 1 } });
    expect(s.types.organization).toBeUndefined();
  });

  it('checks date values, accepting alternatives, and flags span mismatches', () => {
    const gold = doc([{ type: 'date', ...at('Monday'), value: '2021-03-01', alt: ['2021-03-08'] }]);
    const right = summarize(score([gold], fixed([{ type: 'date', ...at('Monday'), value: '2021-03-08' }])));
    expect(right.types.date!.value).toBe(1);
    const wrong = score([gold], fixed([{ type: 'date', ...at('Monday'), text: 'monday', value: '2021-03-02' }]));
    expect(summarize(wrong).types.date!.value).toBe(0);
    expect(wrong.spanMismatches).toBe(1);
  });

  it('scores quantities on value alone, spans ignored, and on value plus bound', () => {
    const gold = doc([{ type: 'quantity', start: null, end: null, text: null, value: 40, bound: 'approx' }]);
    const s = summarize(score([gold], fixed([{ type: 'quantity', ...at('Monday'), value: 40, bound: 'exact' }])));
    expect(s.valueOnly!.value.f1).toBe(1);
    expect(s.valueOnly!.valueAndBound.f1).toBe(0);
  });

  it('scores only the requested types when told', () => {
    const gold = doc([{ type: 'person', ...at('Okoro') }]);
    const s = summarize(score([gold], fixed([{ type: 'date', ...at('Monday'), value: null }]), { types: ['date'] }));
    expect(Object.keys(s.types)).toEqual(['date']);
    expect(s.types.date).toMatchObject({ gold: 0, predicted: 1 });
  });
});

describe('values', () => {
  it('drops seconds and zones from TIMEX values', () => {
    expect(normalizeTimex('2016-12-04T18:00:30.5Z')).toBe('2016-12-04T18:00');
    expect(normalizeTimex('2016-12-04T18:00+01:00')).toBe('2016-12-04T18:00');
  });
  it('compares a single value with a degenerate range, and ranges end to end', () => {
    expect(sameQuantityValue({ value: 5 }, { value: null, low: 5, high: 5 })).toBe(true);
    expect(sameQuantityValue({ low: 4000, high: 5000 }, { value: null, low: 4000, high: 5000 })).toBe(true);
    expect(sameQuantityValue({ low: 4000, high: 5000 }, { value: 5000, low: 5000, high: 5000 })).toBe(false);
  });
  it('compares concepts on their head word', () => {
    expect(conceptHead('Syrian army fighters')).toBe('fighter');
    expect(conceptHead('"pick-up trucks"')).toBe('truck');
    expect(conceptHead('used F-16s')).toBe('f-16');
  });
  it('computes F1 from counts', () => {
    expect(prf(3, 4, 6)).toEqual({ precision: 0.5, recall: 0.75, f1: 0.6 });
    expect(prf(0, 0, 0).f1).toBe(0);
  });
});

describe('gold files', () => {
  it('reads JSONL with quantities and timexes lists, and maps labels to the five types', () => {
    const line = JSON.stringify({
      id: 'x',
      text: 'abc',
      dct: '2020-01-01',
      quantities: [{ start: 0, end: 1, value: 1 }],
      timexes: [{ start: 1, end: 2, type: 'DURATION' }],
      entities: [{ start: 2, end: 3, type: 'GPE' }],
    });
    const [d] = parseGold(`${line}\n`, 'set.jsonl');
    expect(d.referenceDate).toBe('2020-01-01');
    expect(d.mentions.map((m) => m.type)).toEqual(['place', 'quantity', 'date']);
    expect(toRecordType('MISC')).toBe('other');
  });
});

describe('command line', () => {
  it('reads gold files, types and an error count', () => {
    const o = parseArgs(['--gold', 'a.json', '--gold', 'b.jsonl', '--types', 'date,quantity', '--errors', '5']);
    expect(o).toMatchObject({ gold: ['a.json', 'b.jsonl'], types: ['date', 'quantity'], errors: 5 });
  });
  it('defaults to samples/annotated and rejects unknown types', () => {
    expect(parseArgs([]).gold[0]).toMatch(/samples[/\\]annotated$/);
    expect(() => parseArgs(['--types', 'people'])).toThrow(/unknown type/);
  });
});
