/**
 * Gold documents: reads the JSON (one document) and JSONL (one document a line) forms that the shared
 * scorer reads, and maps every label onto the five record types (or `other`).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RECORD_TYPES, type RecordType } from '../types';

export type GoldType = RecordType | 'other';

/** One gold mention. `start`/`end` may be null for a quantity the source could not place in the text. */
export interface GoldMention {
  type: GoldType;
  start: number | null;
  end: number | null;
  text: string | null;
  value?: string | number | null;
  /** Other accepted date values (`today` written late at night may mean either day). */
  alt?: string[];
  low?: number | null;
  high?: number | null;
  bound?: string | null;
  unit?: string | null;
  concept?: string | null;
  /** Ambiguous: not required, and a prediction overlapping it is not counted as spurious. */
  optional?: boolean;
  /** Quantities: who says so (null for the writer's own claim); present only where claims are annotated. */
  attribution?: GoldSpan | null;
  /** The named antecedent(s) of a pronoun or descriptive source, also accepted. */
  attributionAlt?: GoldSpan[];
  /** Quantities: the verb as written, or null. */
  predicate?: string | null;
}

export interface GoldSpan {
  start: number;
  end: number;
  text?: string;
}

export interface GoldDocument {
  id: string;
  text: string;
  referenceDate?: string;
  mentions: GoldMention[];
}

/** Dataset labels (CoNLL, ACE, TimeML, OntoNotes styles) and the record type each one counts as. */
const TYPE_ALIASES: Record<string, RecordType> = {
  per: 'person',
  org: 'organization',
  organisation: 'organization',
  loc: 'place',
  location: 'place',
  gpe: 'place',
  geo: 'place',
  time: 'date',
  temporal: 'date',
  timex: 'date',
  duration: 'date',
  set: 'date',
  cardinal: 'quantity',
  percent: 'quantity',
  money: 'quantity',
};

export function toRecordType(label: unknown): GoldType {
  const key = String(label ?? '').toLowerCase();
  if ((RECORD_TYPES as readonly string[]).includes(key)) return key as RecordType;
  return TYPE_ALIASES[key] ?? 'other';
}

interface RawDocument {
  id?: string;
  text: string;
  referenceDate?: string;
  dct?: string;
  entities?: RawMention[];
  quantities?: RawMention[];
  timexes?: RawMention[];
}
type RawMention = Omit<GoldMention, 'type'> & { type?: string; coarse?: string };

/** A raw mention's type: an explicit coarse type wins, then the list it came from, then its label. */
function mention(raw: RawMention, listType?: RecordType): GoldMention {
  const { coarse, type, ...rest } = raw;
  return { ...rest, type: coarse ? toRecordType(coarse) : (listType ?? toRecordType(type)) };
}

export function toGoldDocument(raw: RawDocument, fallbackId: string): GoldDocument {
  const mentions = [
    ...(raw.entities ?? []).map((m) => mention(m)),
    ...(raw.quantities ?? []).map((m) => mention(m, 'quantity')),
    ...(raw.timexes ?? []).map((m) => mention(m, 'date')),
  ];
  return { id: raw.id ?? fallbackId, text: raw.text, referenceDate: raw.referenceDate ?? raw.dct, mentions };
}

/** Parses one file's content: JSONL when the name ends in `.jsonl`, else a single JSON document. */
export function parseGold(content: string, fileName: string): GoldDocument[] {
  const base = path.basename(fileName).replace(/\.(gold\.)?jsonl?$/, '');
  if (fileName.endsWith('.jsonl'))
    return content
      .split('\n')
      .filter((line) => line.trim())
      .map((line, i) => toGoldDocument(JSON.parse(line), `${base}-${i}`));
  return [toGoldDocument(JSON.parse(content), base)];
}

/** Gold files under a folder (`*.gold.json`, `*.jsonl`), sorted by name. */
export function goldFilesIn(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json') || f.endsWith('.jsonl'))
    .sort()
    .map((f) => path.join(dir, f));
}

/** Loads files and folders of gold documents, in the order given. */
export function loadGold(paths: string[]): GoldDocument[] {
  const files = paths.flatMap((p) => (fs.statSync(p).isDirectory() ? goldFilesIn(p) : [p]));
  return files.flatMap((f) => parseGold(fs.readFileSync(f, 'utf8'), f));
}
