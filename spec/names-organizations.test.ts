import { extract } from '../lib';
import { prepare } from '../lib/text/prepare';
import { findCandidates } from '../lib/recognizers/names/candidates';
import type { ExtractRecord } from '../lib/types';
import { analyseNames } from '../lib/recognizers/entities';

const names = (text: string) => extract(text, { types: ['person', 'organization', 'place'] }).records;
const texts = (records: ExtractRecord[], type: string) => records.filter((r) => r.type === type).map((r) => r.text);

describe('acronyms that name things, not bodies', () => {
  it('units, currencies, diseases and weapons from the lexicon are no organization', () => {
    const r = names('The 450 MW plant cost NOK 900 million. Doctors treated HIV patients after an IED blast near the WHO office.');
    expect(texts(r, 'organization')).toEqual(['WHO']);
  });

  it('an indefinite article or a count before an acronym that heads its phrase makes it a thing, everywhere in the text', () => {
    const r = names('Pitcher Omar Delgado posted a 3.41 WHIP in ten starts. His WHIP rose later. A UN official and 27 EU states agreed.');
    const orgs = texts(r, 'organization');
    expect(orgs).not.toContain('WHIP');
    expect(orgs).toEqual(expect.arrayContaining(['UN', 'EU']));
  });

  it('a catalogue number or a hull number makes a code, not a body', () => {
    const r = names('Astronomers studied KELT-4471 with the ship (LSD 41) nearby, funded by NASA.');
    expect(texts(r, 'organization')).toEqual(['NASA']);
  });

  it('an acronym the text defines as a name stays one', () => {
    const r = names('The Energy Regulatory Authority (ERA) fined the firm. The ERA said a 2 MW plant was at fault.');
    expect(texts(r, 'organization')).toEqual(['Energy Regulatory Authority', 'ERA', 'ERA']);
  });
});

describe('bodies named with `of`', () => {
  const candidates = (text: string) => findCandidates(prepare(text)).map((c) => text.slice(c.start, c.end));

  it('a body of ordinary words is named by the place after `of`; one with a name of its own is complete before it', () => {
    const found = candidates('Data from the Meteorological Institute of Chile reached the Helena Rowing Club of Montreal.');
    expect(found).toEqual(expect.arrayContaining(['Meteorological Institute of Chile', 'Helena Rowing Club', 'Montreal']));
  });

  it('one ordinary word after `of` is part of the name, unless it is a prominent place', () => {
    expect(candidates('She spoke to the Leeds Chamber of Commerce.')).toContain('Leeds Chamber of Commerce');
  });

  it('a demonym before a body whose head word comes before `of` is part of its name', () => {
    expect(candidates('A report by the Estonian Academy of Sciences was cited.')).toContain('Estonian Academy of Sciences');
  });
});

describe('demonyms and place adjectives', () => {
  it('a demonym is no name, though the document names a body after the same place', () => {
    const r = names('The European Commission fined Brenner Logistics. European firms and South Africans complained; Asians did not.');
    expect(r.map((x) => x.text)).toEqual(['European Commission', 'Brenner Logistics']);
  });

  it('an adjective made from a place name, before its noun, is no name', () => {
    const r = names('The Bolivian leader met Parisian bankers and Cochabamban farmers in La Paz.');
    expect(r.map((x) => x.text)).toEqual(['La Paz']);
  });
});

describe('company names by their trade', () => {
  it('a name ending in a trade word is a company, though it starts like a personal name', () => {
    const r = names('Shares in Martin Kessler Logistics rose after Helen Marsh Therapeutics agreed to buy Conrad Aviation.');
    expect(texts(r, 'organization')).toEqual(['Martin Kessler Logistics', 'Helen Marsh Therapeutics', 'Conrad Aviation']);
    expect(texts(r, 'person')).toEqual([]);
  });

  it("a body's head word inside a name marks a body; a first name still marks a person", () => {
    const r = names('Players of Coastal League Baseball met Mary Church Terrell in Halden.');
    expect(texts(r, 'organization')).toEqual(['Coastal League Baseball']);
    expect(texts(r, 'person')).toEqual(['Mary Church Terrell']);
  });

  it("a town and a club's suffix name a club, not a place", () => {
    const r = names('Derby Rovers drew with Carlisle United at home in York.');
    expect(texts(r, 'organization')).toEqual(['Derby Rovers', 'Carlisle United']);
    expect(texts(r, 'place')).toEqual(['York']);
  });

  it('a shopping mall, like a hotel, is a business, though its name starts with a first name', () => {
    expect(texts(names('Crowds filled Dean Meadow Mall on Saturday.'), 'organization')).toEqual(['Dean Meadow Mall']);
  });

  it("a name that keeps its possessive before `said`, a preposition or a comma is a shop's or a firm's", () => {
    const r = names("Sales fell at Brannigan's, and Hallorann's said profits doubled. The idea was Tilson's, and Tilson's brother agreed.");
    expect(texts(r, 'organization')).toEqual(["Brannigan's", "Hallorann's"]);
    // A person's possessive before what it owns, or after a copula, stays a person's.
    expect(r.find((x) => x.text.startsWith('Tilson') && x.type === 'organization')).toBeUndefined();
  });

  it('a plural any dictionary knows ends a team name, though compromise lists only the words it cannot infer', () => {
    const r = names('He pitched for the Tacoma Bay Otters and later the Dayton Gophers.');
    expect(texts(r, 'organization')).toEqual(['Tacoma Bay Otters', 'Dayton Gophers']);
  });

  it('a team named by its town and a plural is complete before `of` and its league', () => {
    const r = names('He pitched for the Tacoma Otters of the Pacific Coast League and later for the Dayton Gophers.');
    expect(texts(r, 'organization')).toEqual(['Tacoma Otters', 'Pacific Coast League', 'Dayton Gophers']);
  });

  it('forums and surveys are bodies', () => {
    const r = names('Delegates of the Baltic Shipping Forum read data from the Norwegian Seabed Survey on Monday.');
    expect(texts(r, 'organization')).toEqual(['Baltic Shipping Forum', 'Norwegian Seabed Survey']);
  });
});

describe('national bodies named by a demonym', () => {
  it('a demonym and an institution noun name a body; the demonym alone, or with bare `forces`, does not', () => {
    const r = names('The Moldovan government thanked Kenyan police and Ukrainian security forces, while Austrian forces stayed home.');
    expect(texts(r, 'organization')).toEqual(['Moldovan government', 'Kenyan police', 'Ukrainian security forces']);
  });

  it('the noun must end its phrase: officials of a government are people', () => {
    expect(texts(names('Moldovan government officials met on Friday.'), 'organization')).toEqual([]);
  });
});

describe("a name's own `The`", () => {
  it('a capital `The` after a lower-case word or a comma belongs to the name; at a sentence start it does not', () => {
    const r = names('She writes for The Kestrel Gazette. The Harbour Trust met in The Hague, said a clerk at The Harbour Trust.');
    expect(r.map((x) => x.text)).toEqual(['The Kestrel Gazette', 'Harbour Trust', 'The Hague', 'The Harbour Trust']);
    // One body, however it is written.
    expect(new Set(r.filter((x) => /Harbour/.test(x.text)).map((x) => x.cluster)).size).toBe(1);
  });
});

describe('context that tells a body from a person', () => {
  it("people's employer after `at` or `with` is a body", () => {
    expect(names('Analysts at Brannock said the rate would hold.').map((x) => `${x.type}:${x.text}`)).toEqual(['organization:Brannock']);
  });

  it('a name followed by `, which` is no person', () => {
    expect(names('Velmora, which makes sensors, grew fast.').filter((x) => x.type === 'person')).toEqual([]);
  });

  it('a trade word alone is no head word of a body, as `the Ministry` is', () => {
    const groups = analyseNames(prepare('The fleet is run by Shipping, the Ministry said.'));
    const votes = (name: string) => groups.flatMap((g) => g.members).find((m) => m.text === name)?.votes.organization;
    expect(votes('Shipping')).toBe(0);
    expect(votes('Ministry')).toBeGreaterThanOrEqual(2);
  });
});

describe('news agencies', () => {
  it('state news agencies are organizations, and a listed name with `of` in it is found whole', () => {
    const r = names('The launch was confirmed by KCNA, and SANA and Press Trust of India reported it.');
    expect(r.map((x) => `${x.type}:${x.text}`)).toEqual(['organization:KCNA', 'organization:SANA', 'organization:Press Trust of India']);
  });

  it('agencies cited as sources are organizations, not people or places', () => {
    const r = names('The strike ended on Tuesday, Xinhua said, and traders polled by Reuters agreed with Gallup.');
    expect(r.map((x) => `${x.type}:${x.text}`)).toEqual(['organization:Xinhua', 'organization:Reuters', 'organization:Gallup']);
  });
});

describe('bodies named for two fields', () => {
  const candidates = (text: string) => findCandidates(prepare(text)).map((c) => text.slice(c.start, c.end));

  it('an ordinary word on each side of `and` after a head word and `of` stays in the name', () => {
    const found = candidates('The Ministry of Fisheries and Forestry met the Society of Painters and Sculptors.');
    expect(found).toEqual(['Ministry of Fisheries and Forestry', 'Society of Painters and Sculptors']);
  });

  it('a place, another body or a longer name after `and` stays apart', () => {
    expect(candidates('The Bank of Portugal and the Treasury met.')).toEqual(['Bank of Portugal', 'Treasury']);
    expect(candidates('The Ministry of Health and Foreign Office met.')).toEqual(['Ministry of Health', 'Foreign Office']);
  });
});

describe('numbered units', () => {
  it('a numeral ordinal before a unit is part of its name; before other names it is not', () => {
    const r = names('Troops of the 47th Mountain Brigade joined the 2nd Fleet, the 9th Signal Regiment and Delmar Holdings.');
    expect(texts(r, 'organization')).toEqual(['47th Mountain Brigade', '2nd Fleet', '9th Signal Regiment', 'Delmar Holdings']);
    expect(texts(names('Fans at the 12th Lantern Festival cheered.'), 'organization')).toEqual([]);
  });

  it('a bare number numbers a unit only where the unit ends its phrase and no count word stands before it', () => {
    const r = names('The base hosted 6 Tactical Wing in 1971. About 200 Air Force cadets and some 8 Signal Corps came.');
    expect(texts(r, 'organization')).toEqual(['6 Tactical Wing', 'Air Force', 'Signal Corps']);
  });

  it('a spelled ordinal starting a line keeps its place in a unit name', () => {
    const r = names('Units\nNinth Air Force, moved in 1950.\nTwelfth Army Group, formed later.');
    expect(texts(r, 'organization')).toEqual(['Ninth Air Force', 'Twelfth Army Group']);
  });
});

describe('bodies named by their head word', () => {
  it('an armed group written with or without its transliteration apostrophe is an organization', () => {
    const r = names('Fighters loyal to Da’esh held the bridge while Kata’ib Hezbollah shelled the road.');
    expect(texts(r, 'organization')).toEqual(['Da’esh', 'Kata’ib Hezbollah']);
  });

  it('`Government of` a country names that government, not the country', () => {
    const r = names('Aid workers praised the Government of Peru for reopening the clinics near Cusco.');
    expect(texts(r, 'organization')).toEqual(['Government of Peru']);
    expect(texts(r, 'place')).toEqual(['Cusco']);
  });

  it('a name before `tribe` or `clan` names a kin group, not a person', () => {
    const r = names('Elders of the Bani Tamim clan met envoys of the Al Harbi tribe in Basra.');
    expect(texts(r, 'organization')).toEqual(['Bani Tamim clan', 'Al Harbi tribe']);
    expect(texts(r, 'person')).toEqual([]);
  });

  it('a coalition a country leads is a body, not the country', () => {
    const r = names('A Saudi-led coalition struck the port, and the US-led alliance sent ships.');
    expect(texts(r, 'organization')).toEqual(['Saudi-led coalition', 'US-led alliance']);
    expect(texts(r, 'place')).toEqual([]);
  });
});
