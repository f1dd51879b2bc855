/**
 * The name tagger's features are those its committed weights were trained on: a checksum of every feature id of
 * sentences written for this test (with and without the rules' hints, masked and not), pinned from the code before
 * the per-word feature memo (features.ts, TokenHashes.mixed). Run twice, so a warm cache gives the same ids as a cold one.
 */
import { documentEvidence, sentenceFeatures, taggedRange } from '../lib/ner/features';
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
});
