/** The fields of each record type, in the order every format shows them (CSV columns, HTML tooltips). */
import { RECORD_TYPES, type ExtractRecord, type RecordType } from '../types';

export const COMMON_FIELDS = ['file', 'type', 'text', 'start', 'end', 'sentence', 'confidence', 'source'] as const;

export const TYPE_FIELDS: Record<RecordType, readonly string[]> = {
  person: ['name', 'cluster', 'title', 'age'],
  organization: ['name', 'cluster', 'acronym'],
  place: ['name', 'cluster', 'kind', 'countryCode', 'latitude', 'longitude', 'geonameId'],
  date: ['value', 'timexType', 'from', 'to'],
  quantity: [
    'value',
    'low',
    'high',
    'bound',
    'modifier',
    'kind',
    'unit',
    'concept',
    'per',
    'change',
    'predicate',
    'predicateLemma',
    'attribution',
    'attributionName',
    'attributionCluster',
  ],
};

/** The type-specific fields of the given types, each once, in a stable order. */
export function typeFields(types: readonly RecordType[] = RECORD_TYPES): string[] {
  return [...new Set(RECORD_TYPES.filter((t) => types.includes(t)).flatMap((t) => TYPE_FIELDS[t]))];
}

export type FieldValue = string | number | null;

// Columns read from inside the attribution: `attributionName` is `attribution.name`.
const ATTRIBUTION_PARTS: Record<string, 'name' | 'cluster'> = { attributionName: 'name', attributionCluster: 'cluster' };

/** A field as a flat value: spans (attribution) as their text; missing fields as null. */
export function fieldValue(record: ExtractRecord & { file?: string }, field: string): FieldValue {
  const part = ATTRIBUTION_PARTS[field];
  if (part) return record.type === 'quantity' ? (record.attribution?.[part] ?? null) : null;
  const v = (record as unknown as Record<string, unknown>)[field];
  if (v === undefined || v === null) return null;
  if (typeof v === 'object' && 'text' in v) return (v as { text: string }).text;
  return v as string | number;
}

/** The record's own type-specific fields that have a value, as [name, value] pairs. */
export function presentFields(record: ExtractRecord): [string, string | number][] {
  return TYPE_FIELDS[record.type]
    .map((f) => [f, fieldValue(record, f)] as [string, FieldValue])
    .filter((p): p is [string, string | number] => p[1] !== null);
}
