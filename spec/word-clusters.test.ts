/** The committed word-cluster table loads, is sorted, and groups words used alike (the name tagger's features). */
import { wordCluster } from '../lib/lexicon/word-clusters';
import { WORDS, IDS } from '../lib/lexicon/data/word-clusters';

describe('word clusters', () => {
  const words = WORDS.split('\n');

  it('holds one 16-bit cluster number per word, words sorted and unique', () => {
    expect(words.length).toBeGreaterThan(50_000);
    expect(Buffer.from(IDS, 'base64').length).toBe(2 * words.length);
    const unsorted = words.findIndex((w, i) => i > 0 && !(words[i - 1] < w));
    expect(unsorted).toBe(-1);
  });

  it('finds every word of the table, and no word outside it', () => {
    for (const w of [words[0], words[1], words[words.length - 1], ...words.filter((_, i) => i % 997 === 0)])
      expect(wordCluster(w)).toBeDefined();
    expect(wordCluster('')).toBeUndefined();
    expect(wordCluster('qqqzzxv')).toBeUndefined();
    expect(wordCluster('London')).toBeUndefined(); // the table is lower case; callers fold first
  });

  it('nests its levels: a fine cluster lies inside its middle and coarse clusters', () => {
    const c = wordCluster('river');
    expect(c).toBeDefined();
    if (!c) return;
    expect(c.middle).toBe(c.fine >> 3);
    expect(c.coarse).toBe(c.fine >> 7);
    expect(c.fine).toBeLessThan(4096);
  });

  it('puts surnames with surnames and weekdays with weekdays, apart from each other', () => {
    const middle = (w: string) => wordCluster(w)?.middle;
    expect(middle('johnson')).toBe(middle('williams'));
    expect(middle('wednesday')).toBe(middle('thursday'));
    expect(middle('johnson')).not.toBe(middle('wednesday'));
  });
});
