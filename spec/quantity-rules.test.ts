import { QUANTITY_RULES } from '../lib/recognizers/quantity/rules';

describe('quantity rule table', () => {
  test.each(QUANTITY_RULES.map((r) => [r.name, r] as const))('%s matches its example and rejects its counter-example', (_, r) => {
    expect(r.pattern.test(r.matches)).toBe(true);
    expect(r.pattern.test(r.rejects)).toBe(false);
    expect(r.source).toMatch(/^quantity\//);
  });
  test('names are unique', () => {
    const names = QUANTITY_RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
  });
});
