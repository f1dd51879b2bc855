import { PatternSet } from '../lib/text/regexp';

const brief = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => [m.index, m[0], m[1]]);

describe('PatternSet', () => {
  // Overlapping patterns: two match at one position, one inside another's match, one case-sensitive.
  const patterns = {
    unitRef: /\b(?:the\s+)?(last|next|this)\s+(week|year)\b/gi,
    theWeek: /\bthe\s+(week)\b/gi,
    weekWord: /\bweek(?:end)?\b/gi,
    capital: /\b(Last)\b/g,
    yearEnd: /\byear(?:-end|['’]s\s+end)\b/gi,
  };
  const set = new PatternSet(patterns);

  test.each([
    'Last week, and the last week of this year; the week before this year’s end, the weekend.',
    'THE WEEK, the  week, next   year-end',
    '',
    'no time words here at all',
  ])('gives each pattern the matches of its own global scan: %s', (text) => {
    const found = set.scan(text);
    for (const [name, re] of Object.entries(patterns))
      expect(brief(found[name as keyof typeof patterns])).toEqual(brief(text.matchAll(re)));
  });

  test('a pattern does not match inside its own previous match, as in a global scan', () => {
    const found = new PatternSet({ word: /\b\w+ \w+/g }).scan('one two three four');
    expect(found.word.map((m) => m[0])).toEqual(['one two', 'three four']);
  });

  test('refuses back references, which would shift in the combined pattern', () => {
    expect(() => new PatternSet({ twice: /(\w)\1/g })).toThrow(/back reference/);
  });
});
