import { extract } from '../lib';
import type { QuantityRecord } from '../lib/types';

const sourceOf = (text: string, surface: string) => {
  const q = extract(text, { types: ['quantity'] }).records.find(
    (r): r is QuantityRecord => r.type === 'quantity' && r.text.includes(surface),
  );
  if (!q) throw new Error(`no quantity ${surface} in ${JSON.stringify(text)}`);
  return q.attribution?.text ?? null;
};

describe('who says so', () => {
  test('a source named after the figure by "according to", a verb read as a noun before it', () => {
    expect(sourceOf('About 9 million homes are online, according to market analysts WebCount.', '9 million')).toBe(
      'market analysts WebCount',
    );
    expect(sourceOf('Trade analysts Nordmark/Ellison said 12% of shops had shut.', '12%')).toBe('Trade analysts Nordmark/Ellison');
  });

  test('a source phrase with a preposition, a number or a time inside it', () => {
    expect(sourceOf('A Harbour Board report on the 12 largest ports says fees rose by £40m.', '£40m')).toBe(
      'A Harbour Board report on the 12 largest ports',
    );
    expect(sourceOf("The union's annual review this week said 4,000 jobs were lost.", '4,000')).toBe("The union's annual review");
    expect(sourceOf('The study by the Lund institute found that rents had risen by 30%.', '30%')).toBe('The study by the Lund institute');
  });

  test('a participle reporting clause and a parenthetical before the verb', () => {
    const text = 'The bureau, forecasting a 3 pct rise in wages, said prices would climb by 2 pct.';
    expect(sourceOf(text, '3 pct')).toBe('The bureau');
    expect(sourceOf(text, '2 pct')).toBe('The bureau');
    expect(sourceOf('The mill, publishing its annual accounts, said output grew by 7 pct.', '7 pct')).toBe('The mill');
  });

  test('a reporting verb tagged as a noun still reports', () => {
    expect(sourceOf('Looking ahead, the brewer forecast sales growth of 4% next year.', '4%')).toBe('the brewer');
  });

  test('what is no report', () => {
    // adding a figure is an action
    expect(sourceOf('The network added 2 million subscribers in May.', '2 million')).toBeNull();
    // a pronoun's report inside a relative clause
    expect(sourceOf('He backed the bridge he says will cost less, but 40% of residents opposed it.', '40%')).toBeNull();
    // respondents named by a preposition's object
    expect(sourceOf('A third (33%) of those polled for the Daily Courier said no.', '33%')).toBeNull();
  });

  test('a reporting verb read as a noun before a phrase or at the end of the sentence', () => {
    expect(sourceOf('The reserve fund would shrink to 4 billion crowns, the institute forecast.', '4 billion')).toBe('the institute');
    expect(sourceOf('Looking ahead, the chain forecast like-for-like growth of 2% next year.', '2%')).toBe('the chain');
  });

  test('a share of all respondents who say something is no source', () => {
    expect(sourceOf('Only 12% of all tenants say they read the contract.', '12%')).toBeNull();
  });

  test('a figureless report after "and" that goes on with its own clause credits no earlier figure', () => {
    const text = 'The blast, in which two workers were hurt, hit the 9,000 unit and the manager said today the plant would shut for weeks.';
    expect(sourceOf(text, 'two workers')).toBeNull();
    expect(sourceOf('Two men died in the crash, police said on Monday.', 'Two men')).toBe('police');
  });
});
