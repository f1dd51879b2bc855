/**
 * The name tagger's features are those its committed weights were trained on: a checksum of every feature id of
 * sentences written for this test (with and without the rules' hints, masked and not), pinned from the code before
 * the per-word feature memo (features.ts, TokenHashes.mixed). Run twice, so a warm cache gives the same ids as a cold one.
 * The emissions' per-word memo and the decoder's allowed-label loop give the same bits as the direct computations.
 */
import { documentEvidence, sentenceFeatures, taggedRange, type WordMemo } from '../lib/ner/features';
import { allowed, emissions, LABELS, viterbi } from '../lib/ner/model';
import { namesModel } from '../lib/ner/tagger';
import { prepare } from '../lib/text/prepare';
import { analyseNames } from '../lib/recognizers/entities';
import { ruleHints } from '../lib/recognizers/names/rule-hints';

const TEXTS = [
  'Dr. Ilse Vantongeren of the Riverside Orchard Growers\' Union told reporters in Port Elizabeth on Tuesday that the harvest had failed.\n\nThe union\'s chairman, Mr Vantongeren, said: "We will ask the Ministry of Agriculture for help." Vantongeren said the Orchard Growers would meet again in São Paulo.',
  "Apple shares rose 3% in New York after apple growers in Kent said the apple crop was poor. The Kent Apple Board, a trade body, disagreed.\nMonday's talks in Buenos Aires ended early; Secretary-General Amaka Obi-Ndu flew home to Abuja.",
  'Members of the Halverstad Rowing Club, who won the regional cup last year, toured Norway and played a concert with the band Blue Lantern before troops arrived near the border of East Timor and Papua New Guinea.',
  "UNESCO and the W.H.O. met at 10 a.m. in Geneva. The meeting, led by Karim al-Masri, a Syrian diplomat who represented Damascus, discussed the Gulf of Aden, 12,000 refugees and the U.S. State Department's report.",
];

/** FNV-1a over the feature ids of every sentence of TEXTS, and their number. */
function checksum(): [number, number] {
  let h = 0x811c9dc5;
  let count = 0;
  for (const text of TEXTS) {
    const prep = prepare(text);
    const hints = ruleHints(prep, analyseNames(prep));
    const doc = documentEvidence(prep);
    for (const s of prep.sentences) {
      const [from, to] = taggedRange(prep, s);
      if (to <= from) continue;
      for (const [mask, withHints] of [
        [0xffffffff, hints],
        [(1 << 18) - 1, null],
      ] as const)
        for (const f of sentenceFeatures(prep, from, to, doc, mask, withHints)) {
          h = Math.imul(h ^ f, 0x01000193) >>> 0;
          count++;
        }
    }
  }
  return [count, h];
}

describe('name tagger features', () => {
  it('are the ids the committed model was trained on, cold and warm', () => {
    expect(checksum()).toEqual([27792, 3308824497]);
    expect(checksum()).toEqual([27792, 3308824497]);
  });

  it('give the same emission bits with the per-word memo, cold and warm, as without it', () => {
    const m = namesModel();
    const mask = (1 << m.bits) - 1;
    let tokens = 0;
    for (let pass = 0; pass < 2; pass++)
      for (const text of TEXTS) {
        const prep = prepare(text);
        const doc = documentEvidence(prep);
        for (const s of prep.sentences) {
          const [from, to] = taggedRange(prep, s);
          if (to <= from) continue;
          const words: WordMemo[] = [];
          const features = sentenceFeatures(prep, from, to, doc, mask, null, words);
          const memo = emissions(m, features, to - from, words);
          const direct = emissions(m, features, to - from);
          expect(Buffer.from(memo.buffer).equals(Buffer.from(direct.buffer))).toBe(true);
          tokens += to - from;
        }
      }
    expect(tokens).toBeGreaterThan(100);
  });

  it('decode the best allowed sequence (checked against every sequence of four labels)', () => {
    const m = namesModel();
    const L = LABELS.length;
    const n = 4;
    const tr = m.transitions;
    let seed = 12345;
    const random = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    for (let round = 0; round < 20; round++) {
      const em = Float32Array.from({ length: n * L }, () => (random() - 0.5) * 8);
      let best = -Infinity;
      let bestLabels: number[] = [];
      for (let code = 0; code < L ** n; code++) {
        const ys = Array.from({ length: n }, (_, i) => Math.floor(code / L ** i) % L);
        if (ys.some((y, i) => !allowed(i ? ys[i - 1] : -1, y))) continue;
        const score = ys.reduce((sum, y, i) => sum + em[i * L + y] + tr[(i ? ys[i - 1] + 1 : 0) * L + y], 0);
        if (score > best) {
          best = score;
          bestLabels = ys;
        }
      }
      expect(Array.from(viterbi(m, em, n))).toEqual(bestLabels);
    }
  });
});
