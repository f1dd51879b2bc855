import { extract } from '../lib';
import { prepare } from '../lib/text/prepare';

const texts = (s: string) => prepare(s).tokens.map((t) => t.text);

describe('prepare: the same text gives the same tokens, whatever was read before', () => {
  // wink's lexicon learns each unknown word it keeps whole (`Orlund's` before a full stop) and then keeps that word
  // whole before a word as well, where a fresh wink cuts its `'s` off.
  it("cuts `'s` off a word always, and a sentence still starts at the word", () => {
    const text = "Rain fell.\n\nOrlund's Market Co. said sales rose.";
    const before = prepare(text);
    texts("Shoppers went to Orlund's.");
    const after = prepare(text);
    expect(after.tokens.map((t) => t.text)).toEqual(before.tokens.map((t) => t.text));
    expect(after.tokens.map((t) => t.text)).toEqual(expect.arrayContaining(['Orlund', "'s"]));
    const starts = after.sentences.map((s) => after.tokens[s.firstToken].text).filter((w) => /\S/.test(w));
    expect(starts).toEqual(['Rain', 'Orlund']);
    for (const t of after.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('extract() gives the same records on a second call', () => {
    // The first call meets `Varro's` whole (before the full stop) only after it has cut it before `Market`.
    const text = "Rain fell.\n\nVarro's Market Co. said sales rose.\n\nShoppers went to Varro's.";
    const first = JSON.stringify(extract(text).records);
    expect(JSON.stringify(extract(text).records)).toBe(first);
  });
});
