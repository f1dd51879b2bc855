/**
 * Words that end the names of companies, by trade (`Veridian Diagnostics`, `Dassault Aviation`, `Hutchison Ports`):
 * a name ending in one is an organization. Lower case; entity-words.ts adds them to ORGANIZATION_HEADS. Alone, one
 * names a trade, not a body (`Shipping` is no `the Ministry`).
 */
export const COMPANY_HEADS = [
  'aerospace',
  'aviation',
  'airline',
  'diagnostics',
  'pharmaceutical',
  'pharmaceuticals',
  'pharma',
  'therapeutics',
  'biotech',
  'biosciences',
  'healthcare',
  'logistics',
  'shipping',
  'ports',
  'freight',
  'networks',
  'communications',
  'telecom',
  'telecoms',
  'telecommunications',
  'electronics',
  'semiconductor',
  'semiconductors',
  'software',
  'solutions',
  'computing',
  'energy',
  'petroleum',
  'mining',
  'minerals',
  'metals',
  'steel',
  'chemicals',
  'foods',
  'beverages',
  'brewery',
  'breweries',
  'textiles',
  'insurance',
  'assurance',
  'securities',
  'investments',
  'ventures',
  'bancorp',
  'properties',
  'realty',
  'construction',
  'engineering',
  'automotive',
  'robotics',
  'analytics',
  'consulting',
  'consultants',
  'associates',
  'brands',
  'utilities',
];

/** Words that end the names of other bodies (`Pacific Islands Forum`, `U.S. Geological Survey`); also ORGANIZATION_HEADS. */
export const BODY_HEADS = [
  'forum',
  'survey',
  'confederation',
  'syndicate',
  'guild',
  'fellowship',
  'collective',
  'inspectorate',
  'registry',
];

export const COMPANY_HEAD_SET = new Set(COMPANY_HEADS);

/** Words that end a sports club's name after its town (`Leeds United`, `Bristol Rovers`, `Brighton & Hove Albion`):
 * after a place, never a place themselves. Lower case. */
export const CLUB_SUFFIXES = new Set([
  'united',
  'rovers',
  'wanderers',
  'athletic',
  'albion',
  'hotspur',
  'argyle',
  'thistle',
  'academicals',
]);

/**
 * News agencies, broadcasters and pollsters that compromise's lexicon does not know as organizations, by the names
 * they are cited under (`according to Reuters`, `Xinhua reported`): a general list, not drawn from any text scored.
 */
export const NEWS_ORGANIZATIONS = new Set([
  'Reuters',
  'Thomson Reuters',
  'Bloomberg',
  'Bloomberg News',
  'Agence France-Presse',
  'AFP',
  'Xinhua',
  'TASS',
  'ITAR-TASS',
  'RIA Novosti',
  'Interfax',
  'Kyodo',
  'Kyodo News',
  'Yonhap',
  'Anadolu',
  'Anadolu Agency',
  'ANSA',
  'EFE',
  'DPA',
  'Deutsche Presse-Agentur',
  'Deutsche Welle',
  'Bernama',
  'Antara',
  'IRNA',
  'WAFA',
  'Sky News',
  'Euronews',
  'France 24',
  'Gallup',
  'Ipsos',
  'Nielsen',
]);

/**
 * Words that end the names of military and similar units, which are numbered (`82nd Airborne Division`, `Fifth
 * Fleet`): an ordinal before such a name is part of it. Lower case; all are also organization heads.
 */
export const UNIT_HEADS = new Set([
  'army',
  'brigade',
  'battalion',
  'command',
  'corps',
  'division',
  'fleet',
  'flotilla',
  'force',
  'group',
  'regiment',
  'squadron',
  'wing',
]);
