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
    // a reporting verb whose object is the figure; speech verbs never are
    ['The airline added more than two million passengers last year.', 'two million passengers', 'added'],
    ['Engineers estimated the cost of rebuilding the old bridge at $40m.', '$40m', 'estimated'],
    // the noun before "of" is the object of the verb
    ['The pollster sampled a random panel of 1,200 adults.', '1,200 adults', 'sampled'],
    ['The mine reached annual output of 3 mln tonnes.', '3 mln tonnes', 'reached'],
    ['The economy has expanded by an average of 2.1% a year.', '2.1%', 'expanded'],
    // "to be" passes the figure to the verb before it; an amount adjective after the article is skipped
    ['Inflation was projected to be 2.4 pct next year.', '2.4 pct', 'projected'],
    ['Deposits grew a mere 300 mln dlrs in the week.', '300 mln dlrs', 'grew'],
    // a plural read as a verb is the object; the particle stays with its verb
    ['The group intends to buy back shares worth 2bn euros.', '2bn euros', 'buy back'],
    ['About 12 million homes are hooked up to cable.', '12 million homes', 'hooked up'],
    ['Up to 40 miners were feared dead after the blast.', '40 miners', 'feared dead'],
    // a participle after an article is an adjective; a verb read as a noun between figures
    ['The other 20% said they had no view.', '20%', 'said'],
    ['Some 30% own one car, 25% own two and 5% more.', '25%', 'own'],
    // a parenthesised share and a line break before the verb
    ['Most residents (71%) oppose the new road.', '71%', 'oppose'],
    ['In the blast one guard was\ninjured.', 'one guard', 'injured'],
  ])('%s', (text, surface, verb) => {
    expect(predicateOf(text, surface)).toBe(verb);
  });

  test('growth after a figure is what is measured, not what happened', () => {
    expect(predicateOf('Exports grew after 3 pct growth in 2019.', '3 pct')).not.toBe('growth');
  });

  test('a figure in an "including" phrase takes no verb of the sentence', () => {
    expect(predicateOf('The rest of the plant, including the 9,000 bpd unit, was unharmed.', '9,000 bpd')).toBeNull();
  });

  test('a conversion in brackets keeps the verb of the figure it restates', () => {
    const text = 'The brewer will buy back shares worth 2bn euros ($2.2bn; £1.7bn).';
    expect(predicateOf(text, '$2.2bn')).toBe('buy back');
    expect(predicateOf(text, '£1.7bn')).toBe('buy back');
  });

  test('a figure in a phrase after a noun leaves the verb after to that noun', () => {
    expect(predicateOf('A study on the 40 largest lakes warns of drought.', '40 largest lakes')).toBeNull();
  });

  test('a bound after a particle is no particle', () => {
    expect(predicateOf('A new lens will cost up to £900.', '£900')).toBe('cost');
  });

  test('a preposition-like verb governs nothing', () => {
    expect(predicateOf('Sales rose 3% this year, compared with 5% last year.', '5%')).toBeNull();
  });
});
