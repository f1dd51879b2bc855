import { extract } from '../lib';
import type { QuantityRecord } from '../lib/types';

const quantities = (text: string) =>
  extract(text, { referenceDate: '2020-03-01', types: ['quantity'] }).records.filter((r): r is QuantityRecord => r.type === 'quantity');
const conceptOf = (text: string, surface: string) => {
  const q = quantities(text).find((r) => r.text.includes(surface));
  if (!q) throw new Error(`no quantity ${surface} in ${JSON.stringify(text)}`);
  return q.concept;
};

describe('what a percentage, an amount, a measure or a duration measures', () => {
  test.each([
    // the subject of a level or change verb, through a verb chain
    ['Joblessness in the valley fell to 6.1% in May.', '6.1%', 'Joblessness in the valley'],
    ['Retail sales were expected to rise by 2.5 pct this year.', '2.5 pct', 'Retail sales'],
    ['The backlog of repairs amounted to 40 months.', '40 months', 'backlog of repairs'],
    ['Heating bills remain painful, currently near 12%.', '12%', 'Heating bills'],
    ['The death toll rose to 45 on Friday.', '45', 'death toll'],
    // a participle after the subject's noun; a counted set after "of" is not what is measured
    ['The average price of the vans sold rose to £9,500.', '£9,500', 'average price of the vans'],
    ['The total bill for the 30 bridges inspected is set to reach £2bn.', '£2bn', 'bill'],
    // a plural wink reads as a verb, and a conversion in brackets after it
    ['The insurer plans to buy back shares worth 3bn euros ($3.3bn).', '3bn euros', 'shares'],
    ['The insurer plans to buy back shares worth 3bn euros ($3.3bn).', '$3.3bn', 'shares'],
    // a relative clause's antecedent, and a change noun after the figure
    ["The bakery's turnover, which showed a 4% rise, pleased its owners.", '4%', "bakery's turnover"],
    ['The chain reported a 7% increase in its grocery sales.', '7%', 'grocery sales'],
    // the object a change verb moves
    ['The council will raise its parking charges by 3% next year.', '3%', 'parking charges'],
    ['A cold snap pushed heating oil prices above $90 a barrel.', '$90', 'heating oil prices'],
    // the noun the figure modifies, and X of/at Y
    ['Ministers unveiled a £2bn budget for roads.', '£2bn', 'budget'],
    ['He is serving a 12-year sentence.', '12-year', 'sentence'],
    ['The club reported profits of $3m.', '$3m', 'profits'],
    ['Against a deadline of 18 months, the works lag.', '18 months', 'deadline'],
    // money spent or lost as something
    ['The flood caused 40 mln dlrs in damage to farms.', '40 mln dlrs', 'damage'],
    ['The mill will lose 9 mln dlrs in unpaid export orders.', '9 mln dlrs', 'unpaid export orders'],
    // what a sum is worth, a growth measured by itself, an acronym and a code as subjects
    ['The club will sell land worth £3m to the town.', '£3m', 'land'],
    ['The union won a pay rise of 4.5% for porters.', '4.5%', 'pay rise'],
    ['The plan raises bus and tram fares by 6%.', '6%', 'bus and tram fares'],
    ['The fund cut its forecast for farm output in 2024 to 1.2% from 1.5%.', '1.2%', 'farm output'],
    ['Mayors unveiled a €3 billion package on Friday.', '€3 billion', 'package'],
    ['The club budget is about 40 million Danish kroner.', '40 million Danish kroner', 'club budget'],
    ['Wages rose to 3.1% year-on-year in May.', '3.1%', 'Wages'],
    ['The budget trims duties, offering fuel tax cuts worth £2bn.', '£2bn', 'fuel tax cuts'],
    ['Output grew after 3 pct growth last year.', '3 pct', 'growth'],
    ['Gross Farm Income (GFI) is expected to rise by 2 pct.', '2 pct', 'Gross Farm Income'],
    ['Last week M-4 grew 200 mln dlrs.', '200 mln dlrs', 'M-4'],
    ['The share of homes online rose by 8%.', '8%', 'share of homes online'],
  ])('%s', (text, surface, concept) => {
    expect(conceptOf(text, surface)).toBe(concept);
  });

  test('an action verb says nothing about what a bare figure counts', () => {
    expect(conceptOf('Police arrested 20 after the match.', '20')).toBeNull();
    expect(conceptOf('Police said 12% of the town was flooded.', '12%')).toBe('town');
  });

  test('a conversion, an "or" and a from-to pair restate the figure before them', () => {
    const text = 'Group profits rose 4% to 20bn euros ($25bn; £13bn). The waiting list shrank from 900 to 700, or 22%.';
    expect(conceptOf(text, '$25bn')).toBe('Group profits');
    expect(conceptOf(text, '£13bn')).toBe('Group profits');
    expect(conceptOf(text, '22%')).toBe('waiting list');
    const level = 'Jobless claims were seen to fall to 6,100 this month from 6,400 last month.';
    expect(conceptOf(level, '6,400')).toBe('Jobless claims');
    const conversion = quantities(text).find((q) => q.text === '$25bn');
    expect(conversion?.predicate).toBe('rose');
  });

  test("a poll's shares count the respondents the first one named", () => {
    const text =
      'In the survey, 61% of those asked said they liked the plan, while 20% disagreed. A tenth, 10%, said nothing. ' +
      'A majority of parents (58%) believe it works.';
    expect(conceptOf(text, '61%')).toBe('those asked');
    expect(conceptOf(text, '20%')).toBe('those asked');
    expect(conceptOf(text, '10%')).toBe('those asked');
    expect(conceptOf(text, '58%')).toBe('parents');
    const verbs = 'Of the 900 cyclists, 52% of commuters use just one bike, 30% use two.';
    expect(conceptOf(verbs, '52%')).toBe('commuters');
    expect(conceptOf(verbs, '30%')).toBe('commuters');
  });

  test('a share that does not open a clause inherits no respondents', () => {
    const text = '61% of those asked said yes. Prices then rose 3% in the spring.';
    expect(conceptOf(text, '3%')).toBe('Prices');
    expect(conceptOf('70% of those asked said yes. The levy is 3% here.', '3%')).toBe('levy');
  });
});

describe('the noun phrase a count counts', () => {
  test.each([
    ['The depot sent about 30 pick-up trucks.', 'pick-up trucks'],
    ['Clinics got 120 solar-powered freezers.', 'solar-powered freezers'],
    ['Doctors logged 950 mumps and flu cases.', 'mumps and flu cases'],
    ['Surgeons cancelled 400 planned operations.', 'planned operations'],
    ['The yard needs 2,000 more skilled welders.', 'skilled welders'],
    ['Rangers formed six "river patrols" last year.', '"river patrols"'],
    ['The navy bought two Mi-17 helicopters.', 'Mi-17 helicopters'],
    ['A crowd of 12,400 watched the final.', 'crowd'],
    ['The storm left at least 12 dead.', 'dead'],
  ])('%s', (text, concept) => {
    expect(quantities(text)[0]?.concept).toBe(concept);
  });

  test('a model number after a unit-like word is no unit', () => {
    const [q] = quantities('The navy bought two Mi-17 helicopters.');
    expect(q.kind).toBe('count');
    expect(q.text).toBe('two Mi-17 helicopters');
  });
});

describe('hard-wrapped wire copy', () => {
  test('a line wrap inside a phrase reads as a space', () => {
    const text = 'The ministry said the 12\nregional water boards would grow their budgets by six\npct next year.';
    expect(conceptOf(text, '12')).toBe('regional water boards');
    const share = quantities(text).find((q) => q.text.startsWith('six'));
    expect(share?.kind).toBe('percent');
    expect(share?.concept).toBe('budgets');
  });

  test('an indented line after an abbreviation starts a new sentence with its own source', () => {
    const text = '    "Demand is soft," said Ann Cole of Harbor Partners Inc.\n    Farm exports fell to 40 mln dlrs in the week.\n';
    const q = quantities(text).find((r) => r.text.startsWith('40'));
    expect(q?.attribution).toBeNull();
    expect(q?.concept).toBe('Farm exports');
  });

  test('a new line before a capitalised word is no unit', () => {
    const [q] = quantities('The fleet has 40\nBoats of every kind are welcome.');
    expect(q.unit).toBeNull();
  });
});

describe('respondents named without a share of their own', () => {
  test('a share word, a fronted group and a ratio take the respondents the poll named', () => {
    const text =
      'Half of those surveyed said the bridge should close. Later, 27% said it should stay open while 19% ' +
      'backed a toll. One in five said nothing. Of those interviewed, 8% were undecided. Among cyclists, 44% said no.';
    expect(conceptOf(text, '27%')).toBe('those surveyed');
    expect(conceptOf(text, '19%')).toBe('those surveyed');
    expect(conceptOf(text, 'One in five')).toBe('those surveyed');
    expect(conceptOf(text, '8%')).toBe('those interviewed');
    expect(conceptOf(text, '44%')).toBe('cyclists');
  });

  test('a share that opens a clause has the verb after it, and a share of people is no source', () => {
    const text = 'Two-thirds said the mayor was wrong and only 12% voiced support for him.';
    const q = quantities(text).find((r) => r.text.includes('12%'));
    expect(q?.concept).toBeNull();
    expect(q?.predicate).toBe('voiced');
    expect(q?.attribution).toBeNull();
  });
});

describe('figures that share what the one before them counts', () => {
  test('a comparison after the clause, a bare coordinate, a participle clause, a source of the thing measured', () => {
    const text =
      'Some 4,100 patients are on the list this month, down from 4,420 in May. The union polled 300 members ' +
      'before the vote and 500 afterwards. Her subscribers also grew, rising to 2.1 million by June. Loans from ' +
      'the central bank averaged 50 mln dlrs, compared with 61 mln and 70 mln a year ago.';
    expect(conceptOf(text, '4,420')).toBe('patients');
    expect(conceptOf(text, '500')).toBe('members');
    expect(conceptOf(text, '2.1 million')).toBe('subscribers');
    expect(conceptOf(text, '50 mln')).toBe('Loans');
    expect(conceptOf(text, '61 mln')).toBe('Loans');
    expect(conceptOf(text, '70 mln')).toBe('Loans');
  });

  test('a number after a word ending in "aged" is no age', () => {
    const [q] = quantities('Exports averaged 50 mln dlrs.');
    expect(q.kind).toBe('money');
  });

  test('a threshold names nothing; the subject that passes it does, without the place after it', () => {
    const text = 'The number of shops online in Spain has passed the 40,000 mark.';
    expect(conceptOf(text, '40,000')).toBe('number of shops online');
  });
});

describe('bounds', () => {
  test('"above" is a lower bound and leaves the verb and the measured thing', () => {
    const [q] = quantities('A cold spell pushed gas prices above $9 a unit.');
    expect(q.bound).toBe('lower');
    expect(q.concept).toBe('gas prices');
    expect(q.predicate).toBe('pushed');
  });

  test('a hedge broken by a line wrap is still a hedge; one a blank line away is not', () => {
    expect(quantities('Officials said more\nthan 300 homes were hit.')[0].bound).toBe('lower');
    expect(quantities('We saw some\n\n40 boats.')[0].bound).toBe('exact');
  });
});

describe('what is measured, more constructions', () => {
  test.each([
    ['Crossings fell well below the regional average of 6%.', '6%', 'regional average'],
    ['The storm flooded 12 km of a coastal railway.', '12 km', 'coastal railway'],
    ['Engineers put the cost of rebuilding the old bridge at 30 mln dlrs.', '30 mln dlrs', 'cost'],
    ['Output at current prices was expected to be 2.4 pct.', '2.4 pct', 'Output'],
    ['The number of fans online in Brazil has broken the 5 million mark.', '5 million', 'number of fans online'],
    ['The port will lose 9 mln dlrs in lost\ntransit revenues.', '9 mln dlrs', 'lost transit revenues'],
    ['The number queueing over 6 hours fell from 900 to 700.', '900 to 700', 'number queueing'],
    ['The number of patients waiting over a year for surgery has risen by 3%.', '3%', 'number of patients waiting'],
  ])('%s', (text, surface, concept) => {
    expect(conceptOf(text, surface)).toBe(concept);
  });

  test('a new line before a capital ends a counted phrase', () => {
    expect(conceptOf('Five dead\nRescuers searched the hills.', 'Five')).toBe('dead');
  });
});
