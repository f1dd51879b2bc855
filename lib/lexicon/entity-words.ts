/** Words that type a name, as data. */

/** A name ending in one of these is an organization ("UN Refugees Agency", "Jabhat al-Nusra Front"). */
export const ORGANIZATION_HEADS = new Set([
  'agency', 'ministry', 'army', 'group', 'party', 'front', 'council', 'committee', 'commission', 'organization',
  'organisation', 'institute', 'institution', 'university', 'college', 'bank', 'company', 'corporation', 'corp',
  'inc', 'ltd', 'llc', 'plc', 'co', 'research', 'cross', 'crescent', 'forces', 'union', 'association', 'news',
  'times', 'post', 'press', 'department', 'office', 'authority', 'board', 'court', 'police', 'navy', 'foundation',
  'fund', 'federation', 'league', 'brigade', 'brigades', 'movement', 'alliance', 'coalition', 'network',
  'service', 'services', 'center', 'centre', 'society', 'club', 'team', 'airlines', 'airways', 'group', 'holdings',
  'industries', 'motors', 'systems', 'technologies', 'parliament', 'congress', 'senate', 'assembly', 'government',
  'observatory', 'tribunal', 'bureau', 'administration', 'secretariat', 'nations', 'journal', 'magazine', 'herald',
  'telegraph', 'guardian', 'tribune', 'gazette', 'reuters', 'fc', 'hospital', 'school', 'academy', 'church',
]);

/** Words that start an organization name ("Centre for Research on Globalization", "Bank of England"). */
export const ORGANIZATION_STARTS = new Set([
  'centre', 'center', 'bank', 'university', 'institute', 'ministry', 'department', 'office', 'council', 'committee',
  'commission', 'association', 'federation', 'league', 'union', 'party', 'army', 'board', 'house', 'church',
  'organisation', 'organization', 'society', 'school', 'college', 'court', 'agency',
]);

/** Titles and roles written before a name; kept as the person's `title`, not part of the name. */
export const PERSON_TITLES = [
  'Secretary of State', 'Secretary-General', 'Secretary General', 'Foreign Minister', 'Foreign Secretary',
  'Prime Minister', 'Vice President', 'Defence Secretary', 'Defense Secretary', 'Defence Minister', 'Defense Minister',
  'President', 'Minister', 'Secretary', 'Chancellor', 'Senator', 'Sen.', 'Rep.', 'Representative', 'Governor', 'Gov.',
  'Mayor', 'General', 'Gen.', 'Colonel', 'Col.', 'Major', 'Maj.', 'Captain', 'Capt.', 'Lieutenant', 'Lt.',
  'Sergeant', 'Sgt.', 'Admiral', 'Adm.', 'King', 'Queen', 'Prince', 'Princess', 'Sheikh', 'Emir', 'Ayatollah',
  'Pope', 'Bishop', 'Archbishop', 'Rabbi', 'Imam', 'Judge', 'Justice', 'Ambassador', 'Commissioner', 'Chairman',
  'Chairwoman', 'Director', 'Spokesman', 'Spokeswoman', 'Professor', 'Prof.', 'Dr.', 'Dr', 'Mr.', 'Mr', 'Mrs.', 'Mrs',
  'Ms.', 'Ms', 'Miss', 'Sir', 'Dame', 'Lord', 'Lady', 'Chief', 'Commander', 'Officer', 'Detective', 'Inspector',
];

/** Lower-case words that may sit inside a name between capitalised words. */
export const NAME_CONNECTORS = new Set(['of', 'for', 'on', 'de', 'del', 'della', 'der', 'den', 'van', 'von', 'la', 'le', 'du', 'da', 'dos', 'bin', 'ibn', 'al', 'el', 'the', 'and', '&']);
