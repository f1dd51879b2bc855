import { extract } from '../lib';
import { lookupPlace } from '../lib/lexicon/gazetteer';
import { prepare } from '../lib/text/prepare';
import { analyseNames } from '../lib/recognizers/entities';

const names = (text: string) => extract(text, { types: ['person', 'organization', 'place'] }).records;
const typeOf = (text: string, name: string) => names(text).find((r) => r.text === name)?.type;

describe('natural features and historical regions', () => {
  it('the gazetteer knows rivers, seas, islands and regions written without a head word', () => {
    expect(lookupPlace('Danube')[0]).toMatchObject({ kind: 'place' });
    expect(lookupPlace('the Aegean')[0]).toMatchObject({ kind: 'region' });
    expect(lookupPlace('Gascony')[0]).toMatchObject({ kind: 'region', countryCode: 'FR' });
    // News's `the Gulf` is the Persian Gulf, not the province of Papua New Guinea that shares the word.
    expect(names('Tankers waited in the Gulf for days.').map((r) => [r.text, (r as { countryCode?: string }).countryCode])).toEqual([
      ['Gulf', undefined],
    ]);
    expect(lookupPlace('Rhone')).toHaveLength(1);
    // A river that shares its bare name with people is known only with its head word.
    expect(lookupPlace('River Shannon')[0]).toMatchObject({ kind: 'place' });
    expect(lookupPlace('Shannon').some((e) => e.kind === 'place')).toBe(false);
  });

  it('such names are places in running text', () => {
    const text = 'The division crossed the Elbe in April, reached the Oder a week later, and sailed for Mindanao in June.';
    expect(['Elbe', 'Oder', 'Mindanao'].map((n) => typeOf(text, n))).toEqual(['place', 'place', 'place']);
  });
});

describe('persons from context', () => {
  it("a ruler's name before `regime` or `administration` is a person, though `the` stands before it", () => {
    expect(typeOf('Monitors blamed the Valdran regime for the shelling of the market.', 'Valdran')).toBe('person');
    expect(typeOf('Critics of the Morrisey administration said the budget was late.', 'Morrisey')).toBe('person');
  });

  it("`Country's X state` names a part of the country, not its leader", () => {
    expect(typeOf("Thousands fled Sudan's Umbarra state after the rains.", 'Umbarra')).not.toBe('person');
  });
});

describe('words with letters outside wink’s alphabet', () => {
  it('are one token, and a name stays whole', () => {
    const text = 'Striker Dragan Petrović and the manager Kemal Yılmazoğlu met in Łowicz.';
    const words = prepare(text).tokens.map((t) => t.text);
    expect(words).toEqual(expect.arrayContaining(['Petrović', 'Yılmazoğlu', 'Łowicz']));
    const r = names(text);
    expect(r.find((x) => x.text === 'Dragan Petrović')?.type).toBe('person');
    expect(r.find((x) => x.text === 'Kemal Yılmazoğlu')?.type).toBe('person');
    for (const x of r) expect(text.slice(x.start, x.end)).toBe(x.text);
  });
});

describe('places from context', () => {
  // A place preposition counts at the start of a sentence too; a name, then a country or region that closes the
  // phrase, is a town there; a person's first name still wins; a natural feature's noun describes a place, and a
  // dam or barrage is one.
  const listed = 'The unit served at Kelmarsh, England, 4 June 1943; Trosley, England, 17 June 1943.';
  it.each([
    ['Near Tell Bardoun, two strikes destroyed a bridge.', 'Tell Bardoun', 'place'],
    [listed, 'Kelmarsh', 'place'],
    [listed, 'Trosley', 'place'],
    ['The award went to Martin Hollis, Scotland, who won by a length.', 'Martin Hollis', 'person'],
    ['The army arrived in the prairie of Vantolca, which was surrounded by hills.', 'Vantolca', 'place'],
    ['Engineers warned that the Kessar Barrage could fail after the floods.', 'Kessar Barrage', 'place'],
    // A list member next to a name that one place preposition types leans to place too.
    ['Shelling in Ardavan, Belcrest and Oskarro killed nine.', 'Belcrest', 'place'],
    ['Troops entered rebel-held Durmavi and government-controlled Kefra.', 'Durmavi', 'place'],
    ['Troops entered rebel-held Durmavi and government-controlled Kefra.', 'Kefra', 'place'],
  ])('%s: %s is a %s', (text, name, type) => expect(typeOf(text, name)).toBe(type));
});

describe('what a clause or an apposition after a name says', () => {
  it('`, which` is no person', () => {
    expect(typeOf('Orders went to Vantrel Kormax, which builds the engines at a plant in Ohio.', 'Vantrel Kormax')).not.toBe('person');
    expect(typeOf('Police said Drovnik, which first appeared last year, had claimed the attack.', 'Drovnik')).not.toBe('person');
    expect(typeOf('Police said Drovnik, who first appeared last year, had claimed the attack.', 'Drovnik')).toBe('person');
  });

  it('`, the governor of` types the name as a definition does, by its last descriptor', () => {
    expect(typeOf('Forty died, according to Tebbi-Kassou, the governor of the province.', 'Tebbi-Kassou')).toBe('person');
    expect(typeOf('Work stopped at Dunmore Quarrying, a private company that cuts granite.', 'Dunmore Quarrying')).toBe('organization');
  });

  it('`, a private company` types the name as a definition does', () => {
    expect(typeOf('The breach hit Corvane Analytics, a private company that handles payroll for councils.', 'Corvane Analytics')).toBe(
      'organization',
    );
  });
});

describe('the shape of a personal name', () => {
  const reasons = (text: string, name: string) =>
    analyseNames(prepare(text))
      .flatMap((g) => g.members)
      .filter((m) => m.text === name)
      .flatMap((m) => Object.values(m.reasons).map((r) => r?.why));
  it('two capitalised words that no dictionary holds look like a person; a dictionary word breaks the shape', () => {
    expect(reasons('The report was written by Corvin Daltrey last year.', 'Corvin Daltrey')).toContain('person/name-shape');
    expect(reasons('The raid was part of the larger Operation Talvesh last year.', 'Operation Talvesh')).not.toContain('person/name-shape');
    expect(reasons('The wells tap the thin Dalsgaard Formation under the plain.', 'Dalsgaard Formation')).not.toContain(
      'person/name-shape',
    );
  });
});

describe('names in capitals', () => {
  it('a first name in capitals still makes a person of a speaker’s label', () => {
    expect(typeOf('SPOKESPERSON MIRELLA OKONJO-DAVIES: Good afternoon. I have a few items.', 'MIRELLA OKONJO-DAVIES')).toBe('person');
  });
});

describe('a feature before a town of its name', () => {
  it('reads a well-known region or river, with its country, before a small town named after it', () => {
    const places = names('He grew up in Bohemia and later farmed at the edge of the Black Forest.').filter((r) => r.type === 'place');
    expect(places.map((r) => [r.text, (r as { countryCode?: string }).countryCode])).toEqual([
      ['Bohemia', 'CZ'],
      ['Black Forest', 'DE'],
    ]);
  });
});

describe('titles side by side', () => {
  it('are one title, even after one that is also an ordinary word', () => {
    const found = names('Tomorrow the Deputy Secretary-General will open the session.').filter((r) => r.type === 'person');
    expect(found.map((r) => r.text)).toEqual(['Deputy Secretary-General']);
  });
});

describe('a nationality noun before a name', () => {
  it('is no part of it (`the Dane X`, `the Briton X`)', () => {
    const text = "The visitors' coach, the Dane Henrik Salvesen-Moor, made two changes, and the Briton Callum Rudd-Ashby scored.";
    expect(typeOf(text, 'Henrik Salvesen-Moor')).toBe('person');
    expect(typeOf(text, 'Callum Rudd-Ashby')).toBe('person');
  });
});

describe('a region or country after a comma', () => {
  const countries = (text: string) =>
    names(text)
      .filter((r) => r.type === 'place')
      .map((r) => [r.text, (r as { countryCode?: string }).countryCode, (r as { kind?: string }).kind]);

  it('settles which of several same-named towns is meant, and reads the second name as the region', () => {
    expect(countries('Storms hit Paris, Texas, and London, Ontario, overnight.')).toEqual([
      ['Paris', 'US', 'city'],
      ['Texas', 'US', 'region'],
      ['London', 'CA', 'city'],
      ['Ontario', 'CA', 'region'],
    ]);
  });

  it('leaves the usual reading when nothing follows, and no country when the region is ambiguous', () => {
    expect(countries('Storms hit Paris overnight.')).toEqual([['Paris', 'FR', 'city']]);
    const athens = countries('Storms hit Athens, Georgia, overnight.')[0];
    expect(athens.slice(0, 2)).toEqual(['Athens', undefined]);
  });
});
