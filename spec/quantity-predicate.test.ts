import { extract } from '../lib';
import type { QuantityRecord } from '../lib/types';

const predicateOf = (text: string, surface: string) => {
  const q = extract(text, { types: ['quantity'] }).records.find(
    (r): r is QuantityRecord => r.type === 'quantity' && r.text.includes(surface),
  );
  if (!q) throw new Error(`no quantity ${surface} in ${JSON.stringify(text)}`);
  return q.predicate;
};

describe('the verb that governs a figure', () => {
  test.each([
    // the verb that moves an object
    ['The council will raise its parking fees by 4% in April.', '4%', 'raise'],
    ['Ministers awarded a contract worth £8m to the firm.', '£8m', 'awarded'],
    ['The budget trims duties, offering fuel tax cuts worth £2bn.', '£2bn', 'offering'],
    ['The crash, in which one driver was hurt, closed the road.', 'one driver', 'hurt'],
    ['The strike halted grain shipments for three weeks.', 'three weeks', 'halted'],
    // a change noun the figure modifies
    ['The bakery posted a 6% increase in its sales.', '6%', 'increase'],
    // a level verb that is no copula
    ['Joblessness will remain at 7% this year.', '7%', 'remain'],
    // a phrasal verb keeps its particle
    ['A tonne of copper closed up $40 on Monday.', '$40', 'closed up'],
    // with no verb, "down from"; a month between the change and the figure
    ['There are 900 beds in the county, down from 950 last year.', '950', 'down'],
    ['Records showed a drop since March from 1,410 to 1,380.', '1,410 to 1,380', 'drop'],
    // the verb after the figure, past a comma or a prepositional phrase
    ['A small group, 9%, disagreed with the plan.', '9%', 'disagreed'],
    ['Some 30 people in four villages were evacuated.', '30 people', 'evacuated'],
  ])('%s', (text, surface, verb) => {
    expect(predicateOf(text, surface)).toBe(verb);
  });

  test('growth after a figure is what is measured, not what happened', () => {
    expect(predicateOf('Exports grew after 3 pct growth in 2019.', '3 pct')).not.toBe('growth');
  });

  test('a preposition-like verb governs nothing', () => {
    expect(predicateOf('Sales rose 3% this year, compared with 5% last year.', '5%')).toBeNull();
  });
});
