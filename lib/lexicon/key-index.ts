/**
 * A sorted multimap from string keys to row numbers, held in one string and three typed arrays instead of a Map
 * of small arrays: a tenth of the memory, and it loads from bytes without rebuilding (see gazetteer.ts).
 */

export interface KeyIndex {
  /** Every key, sorted by UTF-16 code units, concatenated. */
  keys: string;
  /** keyEnds[i] is where key i ends in `keys` (it starts where key i - 1 ends). */
  keyEnds: Uint32Array;
  /** rowEnds[i] is where key i's rows end in `rows`. */
  rowEnds: Uint32Array;
  /** The rows of every key in turn, each key's in the order they were added. */
  rows: Uint32Array;
}

const NO_ROWS = new Uint32Array(0);

/** Builds the index of (key, row) pairs; a key's rows keep their order of arrival. */
export function buildKeyIndex(pairs: Iterable<readonly [string, number]>): KeyIndex {
  const byKey = new Map<string, number[]>();
  for (const [key, row] of pairs) {
    const list = byKey.get(key);
    if (list) list.push(row);
    else byKey.set(key, [row]);
  }
  const sorted = [...byKey.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const keyEnds = new Uint32Array(sorted.length);
  const rowEnds = new Uint32Array(sorted.length);
  const rows: number[] = [];
  let end = 0;
  sorted.forEach((key, i) => {
    end += key.length;
    keyEnds[i] = end;
    for (const r of byKey.get(key) ?? []) rows.push(r);
    rowEnds[i] = rows.length;
  });
  return { keys: sorted.join(''), keyEnds, rowEnds, rows: Uint32Array.from(rows) };
}

/** Compares `key` with the index's key in [start, end) of `keys`, by code units: < 0, 0 or > 0. */
function compareAt(keys: string, start: number, end: number, key: string): number {
  const n = Math.min(end - start, key.length);
  for (let i = 0; i < n; i++) {
    const d = key.charCodeAt(i) - keys.charCodeAt(start + i);
    if (d) return d;
  }
  return key.length - (end - start);
}

/** The rows filed under `key` (a view: do not write to it), or an empty array. */
export function rowsOf(index: KeyIndex, key: string): Uint32Array {
  let lo = 0;
  let hi = index.keyEnds.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const d = compareAt(index.keys, mid ? index.keyEnds[mid - 1] : 0, index.keyEnds[mid], key);
    if (d === 0) return index.rows.subarray(mid ? index.rowEnds[mid - 1] : 0, index.rowEnds[mid]);
    if (d < 0) hi = mid - 1;
    else lo = mid + 1;
  }
  return NO_ROWS;
}

/** The number of distinct keys. */
export const keyCount = (index: KeyIndex) => index.keyEnds.length;

/** Indexes as bytes: for each, three lengths, the keys as UTF-16LE, then the three arrays as 32-bit words. */
export function encodeKeyIndexes(indexes: KeyIndex[]): Buffer {
  const parts: Buffer[] = [];
  const header = Buffer.alloc(4);
  header.writeUInt32LE(indexes.length, 0);
  parts.push(header);
  for (const ix of indexes) {
    const sizes = Buffer.alloc(12);
    sizes.writeUInt32LE(ix.keys.length, 0);
    sizes.writeUInt32LE(ix.keyEnds.length, 4);
    sizes.writeUInt32LE(ix.rows.length, 8);
    // UTF-16 keeps every key's offsets in code units, as the strings are; two bytes each keep the words aligned.
    const keys = Buffer.from(ix.keys, 'utf16le');
    const pad = Buffer.alloc(keys.length % 4);
    parts.push(sizes, keys, pad);
    for (const a of [ix.keyEnds, ix.rowEnds, ix.rows]) parts.push(Buffer.from(a.buffer, a.byteOffset, a.byteLength));
  }
  return Buffer.concat(parts);
}

/** The inverse of encodeKeyIndexes; throws on bytes it did not write. */
export function decodeKeyIndexes(bytes: Buffer): KeyIndex[] {
  // A copy in a fresh buffer: its offset 0 is aligned for the 32-bit views, whatever pool the bytes came from.
  const buf = new Uint8Array(bytes.length);
  buf.set(bytes);
  const view = new DataView(buf.buffer);
  const words = (at: number, n: number) => {
    if (at + 4 * n > buf.length) throw new Error('key index: truncated');
    return new Uint32Array(buf.buffer, at, n);
  };
  const count = view.getUint32(0, true);
  const out: KeyIndex[] = [];
  let at = 4;
  for (let i = 0; i < count; i++) {
    if (at + 12 > buf.length) throw new Error('key index: truncated');
    const keyChars = view.getUint32(at, true);
    const keyCount = view.getUint32(at + 4, true);
    const rowCount = view.getUint32(at + 8, true);
    at += 12;
    if (at + 2 * keyChars > buf.length) throw new Error('key index: truncated');
    const keys = Buffer.from(buf.buffer, at, 2 * keyChars).toString('utf16le');
    at += 2 * keyChars + ((2 * keyChars) % 4);
    const keyEnds = words(at, keyCount);
    at += 4 * keyCount;
    const rowEnds = words(at, keyCount);
    at += 4 * keyCount;
    const rows = words(at, rowCount);
    at += 4 * rowCount;
    if (keyCount && (keyEnds[keyCount - 1] !== keyChars || rowEnds[keyCount - 1] !== rowCount)) throw new Error('key index: inconsistent');
    out.push({ keys, keyEnds, rowEnds, rows });
  }
  if (at !== buf.length) throw new Error('key index: trailing bytes');
  return out;
}
