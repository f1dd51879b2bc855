import { headWordType, lastWord } from '../lib/recognizers/names/head-word';

describe('head words', () => {
  it('the last word of a name of two or more words gives its type', () => {
    expect(headWordType(['Greta', 'Lund', 'Logistics'])).toBe('organization');
    expect(headWordType(['Harlow', 'Park'])).toBe('place');
    expect(headWordType(['Oslo', 'Olympics'])).toBe('none');
    expect(headWordType(['Greta', 'Lund'])).toBeUndefined();
  });

  it('one word has no head word, and a trailing number does not hide it', () => {
    expect(headWordType(['Park'])).toBeUndefined();
    expect(lastWord(['Fourth', 'Army', 'II'])).toBe('army');
    expect(headWordType(['Fourth', 'Army', 'II'])).toBe('organization');
  });
});
