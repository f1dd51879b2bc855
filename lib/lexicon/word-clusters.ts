/**
 * The cluster of a word in the table that scripts/build-word-clusters.mjs writes (GloVe vectors, nested k-means):
 * words used alike share a cluster, so the name tagger can treat a surname or a town it never saw in training like
 * the ones it did. Loaded on first use and kept as one string with word offsets (splitting it into 100,000 strings
 * took longer than the rest of the load); a lookup is a binary search.
 */

/** The three nested levels of a cluster number (see the builder): 32, 512 and 4,096 clusters. */
export interface WordCluster {
  coarse: number;
  middle: number;
  fine: number;
}

interface Table {
  /** The words, sorted by UTF-16 code units, each followed by a newline. */
  words: string;
  /** starts[i] is where word i starts; starts[n] is the end. */
  starts: Uint32Array;
  ids: Uint16Array;
}

let table: Table | undefined;

function load(): Table {
  if (!table) {
    const { WORDS, IDS } = require('./data/word-clusters') as { WORDS: string; IDS: string };
    const bytes = Buffer.from(IDS, 'base64');
    const ids = new Uint16Array(bytes.length >> 1);
    for (let i = 0; i < ids.length; i++) ids[i] = bytes[2 * i] | (bytes[2 * i + 1] << 8);
    const words = `${WORDS}\n`;
    const starts = new Uint32Array(ids.length + 1);
    for (let i = 1, at = -1; i <= ids.length; i++) {
      at = words.indexOf('\n', at + 1);
      starts[i] = at + 1;
    }
    table = { words, starts, ids };
  }
  return table;
}

/** Compares `s` with the word at [from, to) of `words`, by UTF-16 code units. */
function compareAt(s: string, words: string, from: number, to: number): number {
  const n = Math.min(s.length, to - from);
  for (let k = 0; k < n; k++) {
    const d = s.charCodeAt(k) - words.charCodeAt(from + k);
    if (d) return d;
  }
  return s.length - (to - from);
}

/** The cluster of a lower-case word, or undefined when the table does not hold it. */
export function wordCluster(lower: string): WordCluster | undefined {
  const { words, starts, ids } = load();
  let lo = 0;
  let hi = ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = compareAt(lower, words, starts[mid], starts[mid + 1] - 1);
    if (c === 0) {
      const id = ids[mid];
      return { coarse: id >> 7, middle: id >> 3, fine: id };
    }
    if (c > 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}
