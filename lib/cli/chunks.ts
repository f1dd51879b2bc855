/**
 * Large inputs are extracted in paragraph chunks so that the NLP working set stays bounded. Records keep offsets
 * into the whole text; the first chunk's reference date (from the caller or its dateline) is passed on to later
 * chunks; cluster ids are joined across chunks by name; sentence numbers continue from one chunk to the next.
 */
import { extract } from '../index';
import type { ExtractOptions, ExtractRecord, ExtractResult, Span } from '../types';
import { paragraphChunks } from '../text/prepare';

/** About this many UTF-16 code units per chunk (cut at a paragraph break, so chunks run a little longer). */
export const CHUNK_CHARS = 100_000;

/** Consecutive paragraphs grouped into chunks of at least `size` characters (the last may be shorter). */
export function groupParagraphs(text: string, size: number): { start: number; end: number }[] {
  const groups: { start: number; end: number }[] = [];
  for (const p of paragraphChunks(text)) {
    const last = groups[groups.length - 1];
    if (last && last.end - last.start < size) last.end = p.end;
    else groups.push({ start: p.start, end: p.end });
  }
  return groups.length ? groups : [{ start: 0, end: text.length }];
}

const shiftSpan = (s: Span, by: number): Span => ({ ...s, start: s.start + by, end: s.end + by });

/** `extract` over the whole text, run chunk by chunk when the text is longer than `size`. */
export function extractInChunks(text: string, options: ExtractOptions, size = CHUNK_CHARS): ExtractResult {
  const parts = extractChunks(text, options, size);
  const first = parts.next().value as ExtractResult;
  const records = first.records.slice();
  for (const part of parts) for (const r of part.records) records.push(r);
  return { ...first, records };
}

/**
 * Each chunk's result in turn, with whole-text offsets and document-wide cluster ids; the first chunk's reference
 * date is every chunk's. A caller that writes each part as it comes never holds a whole large file's records.
 */
export function* extractChunks(text: string, options: ExtractOptions, size = CHUNK_CHARS): Generator<ExtractResult> {
  const chunks = groupParagraphs(text, size);
  if (chunks.length === 1) return yield extract(text, options);
  const clusters = new ClusterJoiner();
  let reference: Pick<ExtractResult, 'referenceDate' | 'referenceDateSource'> | null = null;
  let sentenceBase = 0;
  for (const chunk of chunks) {
    const referenceDate = reference?.referenceDate ?? options.referenceDate;
    const part = extract(text.slice(chunk.start, chunk.end), { ...options, referenceDate: referenceDate ?? undefined });
    reference ??= { referenceDate: part.referenceDate, referenceDateSource: part.referenceDateSource };
    const rename = clusters.join(part.records);
    let lastSentence = -1;
    const records: ExtractRecord[] = [];
    for (const r of part.records) {
      const shifted = { ...r, start: r.start + chunk.start, end: r.end + chunk.start, sentence: r.sentence + sentenceBase } as ExtractRecord;
      if (shifted.type === 'quantity') {
        if (shifted.conceptSpan) shifted.conceptSpan = shiftSpan(shifted.conceptSpan, chunk.start);
        if (shifted.attribution) shifted.attribution = shiftSpan(shifted.attribution, chunk.start);
      }
      if ('cluster' in shifted) shifted.cluster = rename.get(shifted.cluster) ?? shifted.cluster;
      lastSentence = Math.max(lastSentence, r.sentence);
      records.push(shifted);
    }
    // The library does not report a chunk's sentence count; numbering goes on after its last sentence with a record.
    sentenceBase += lastSentence + 1;
    yield { ...reference, records };
  }
}

/** Gives clusters document-wide ids: a chunk's cluster joins an earlier one of the same type and name. */
class ClusterJoiner {
  private byName = new Map<string, string>();
  private counters = new Map<string, number>();

  /** The renaming (chunk cluster id → document cluster id) for one chunk's records. */
  join(records: ExtractRecord[]): Map<string, string> {
    const rename = new Map<string, string>();
    for (const r of records) {
      if (!('cluster' in r) || rename.has(r.cluster)) continue;
      const key = `${r.type}\u0000${r.name.toLowerCase()}`;
      let id = this.byName.get(key);
      if (!id) {
        const n = (this.counters.get(r.type) ?? 0) + 1;
        this.counters.set(r.type, n);
        id = `${r.type}-${n}`;
        this.byName.set(key, id);
      }
      rename.set(r.cluster, id);
    }
    return rename;
  }
}
