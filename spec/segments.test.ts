/** Long texts are extracted segment by segment (whole paragraphs); records keep whole-text offsets. */
import { extract, extractSegments } from '../lib';
import { resolveOptions, runPipeline, runSegments } from '../lib/pipeline';
import { groupParagraphs } from '../lib/text/prepare';

const PARAGRAPHS = [
  'OSLO, April 3, 2022 - Rescuers found 12 hikers on Monday, said Kari Nordmann of the Red Cross.',
  'The group had left Bergen two days earlier. About 40 volunteers joined the search.',
  'Kari Nordmann said on Tuesday that 3 of the hikers were treated for cold.',
  'The Red Cross thanked more than 200 local residents who helped.',
];
const TEXT = `${PARAGRAPHS.join('\n\n')}\n`;

test('paragraphs are grouped into chunks of about the asked size, covering the text', () => {
  const chunks = groupParagraphs(TEXT, 100);
  expect(chunks.length).toBeGreaterThan(1);
  expect(chunks[0].start).toBe(0);
  expect(chunks[chunks.length - 1].end).toBe(TEXT.length);
  for (const [i, c] of chunks.slice(1).entries()) expect(c.start).toBe(chunks[i].end);
  expect(groupParagraphs(TEXT, 1e6)).toEqual([{ start: 0, end: TEXT.length }]);
});

describe('in segments', () => {
  const whole = extract(TEXT);
  // Segments of about 60 characters: one paragraph each.
  const chunked = runPipeline(TEXT, resolveOptions({}), 60);

  test('offsets (record, concept, attribution) are those of the whole text', () => {
    expect(chunked.records.length).toBeGreaterThan(8);
    for (const r of chunked.records) {
      expect(TEXT.slice(r.start, r.end)).toBe(r.text);
      if (r.type === 'quantity') {
        if (r.conceptSpan) expect(TEXT.slice(r.conceptSpan.start, r.conceptSpan.end)).toBe(r.conceptSpan.text);
        if (r.attribution) expect(TEXT.slice(r.attribution.start, r.attribution.end)).toBe(r.attribution.text);
      }
    }
  });

  test('the first chunk’s dateline dates the later chunks', () => {
    expect(chunked.referenceDate).toBe('2022-04-03');
    expect(chunked.referenceDateSource).toBe('dateline');
    const tuesday = (records: typeof whole.records) =>
      records.find((r) => r.type === 'date' && r.text === 'Tuesday') as { value: string | null };
    // Alone, the third paragraph has no date to resolve "Tuesday" against; in chunks it gets the dateline's.
    expect(tuesday(extract(PARAGRAPHS[2]).records).value).toBeNull();
    expect(tuesday(chunked.records).value).toMatch(/^2022-0[34]-\d\d$/);
    expect(tuesday(chunked.records).value).toBe(tuesday(whole.records).value);
  });

  test('the same spans as extracting the whole text at once', () => {
    const key = (r: { type: string; start: number; end: number }) => `${r.type}:${r.start}-${r.end}`;
    expect(chunked.records.map(key)).toEqual(whole.records.map(key));
  });

  test('clusters join across chunks; sentence numbers keep increasing', () => {
    const kari = chunked.records.filter((r) => r.text === 'Kari Nordmann');
    expect(kari).toHaveLength(2);
    expect(new Set(kari.map((r) => ('cluster' in r ? r.cluster : '')))).toEqual(new Set([(kari[0] as { cluster: string }).cluster]));
    const sentences = chunked.records.map((r) => r.sentence);
    expect(sentences).toEqual([...sentences].sort((a, b) => a - b));
    // Each segment reports its sentence count, so indexes are those of the whole text.
    expect(chunked.records.map((r) => `${r.text}@${r.sentence}`)).toEqual(whole.records.map((r) => `${r.text}@${r.sentence}`));
  });

  test('the generator yields one result per segment, which together are the whole result', () => {
    const parts = [...runSegments(TEXT, resolveOptions({}), 60)];
    expect(parts).toHaveLength(groupParagraphs(TEXT, 60).length);
    expect(parts.flatMap((p) => p.records)).toEqual(chunked.records);
    // The public generator uses the default segment size: this short text is one segment.
    expect([...extractSegments(TEXT)]).toEqual([whole]);
  });
});

describe('seams', () => {
  const opts = resolveOptions({});
  const key = (r: { type: string; start: number; end: number }) => `${r.type}:${r.start}-${r.end}`;

  test('a seam inside a run without spaces neither creates nor drops a record', () => {
    // Small segments put seams inside the run; one segment sees it whole.
    for (const run of ['1,'.repeat(20_000), '7'.repeat(30_000), '1, '.repeat(3_000)]) {
      const whole = runPipeline(run, opts, Number.POSITIVE_INFINITY).records.map(key);
      expect(whole.length).toBeGreaterThan(0);
      expect(runPipeline(run, opts, 4_000).records.map(key)).toEqual(whole);
    }
  });

  test('400 KB of `1,1,1,…` and 5 MB of `7`: one record each, at the start, as in a short run', () => {
    expect(extract('1,'.repeat(200_000)).records.map(key)).toEqual(extract('1,'.repeat(100)).records.map(key));
    expect(extract('1,'.repeat(200_000)).records.map(key)).toEqual(['quantity:0-1']);
    expect(extract('7'.repeat(5_000_000)).records.map(key)).toEqual(extract('7'.repeat(100)).records.map(key));
  });

  test('records near a seam keep their fields; sentences are numbered as in the whole text', () => {
    const text = PARAGRAPHS.join(' ').repeat(3);
    const whole = runPipeline(text, opts, Number.POSITIVE_INFINITY);
    for (const size of [50, 77, 130]) {
      const chunked = runPipeline(text, opts, size);
      const strip = ({ cluster: _, ...r }: Record<string, unknown>) => r;
      expect(chunked.records.map((r) => strip(r as unknown as Record<string, unknown>))).toEqual(
        whole.records.map((r) => strip(r as unknown as Record<string, unknown>)),
      );
    }
  });
});
