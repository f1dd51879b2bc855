/** Words that type a name, as data. All lower case unless said otherwise. */
import type { PlaceKind } from '../types';

/** A name ending in one of these is an organization ("UN Refugees Agency", "Jabhat al-Nusra Front"). */
export const ORGANIZATION_HEADS = new Set([
  'agency', 'ministry', 'army', 'armies', 'group', 'party', 'front', 'council', 'committee', 'commission', 'organization',
  'organisation', 'institute', 'institution', 'university', 'college', 'bank', 'company', 'corporation', 'corp',
  'inc', 'ltd', 'llc', 'plc', 'co', 'gmbh', 'ag', 'sa', 'research', 'cross', 'crescent', 'forces', 'force', 'union',
  'association', 'news', 'times', 'post', 'press', 'department', 'office', 'authority', 'board', 'court', 'police',
  'navy', 'foundation', 'fund', 'federation', 'league', 'brigade', 'brigades', 'battalion', 'regiment', 'division',
  'corps', 'squadron', 'wing', 'movement', 'alliance', 'coalition', 'network', 'service', 'services', 'center',
  'centre', 'society', 'club', 'team', 'airlines', 'airways', 'holdings', 'industries', 'motors', 'systems',
  'technologies', 'parliament', 'congress', 'senate', 'assembly', 'government', 'observatory', 'tribunal', 'bureau',
  'administration', 'secretariat', 'nations', 'journal', 'magazine', 'herald', 'telegraph', 'guardian', 'tribune',
  'gazette', 'fc', 'hospital', 'school', 'academy', 'church', 'records', 'band', 'orchestra', 'choir', 'ensemble',
  'institute', 'laboratory', 'laboratories', 'labs', 'trust', 'partners', 'group', 'commandos', 'guard', 'guards',
  'militia', 'directorate', 'command', 'unit', 'watch', 'mission', 'programme', 'program', 'initiative', 'cabinet',
  'broadcasting', 'radio', 'television', 'tv', 'channel', 'studios', 'pictures', 'publishing', 'publishers',
  'entertainment', 'media', 'group', 'conference', 'consortium', 'brotherhood',
  'caucus', 'chamber', 'fame', 'exchange', 'enterprises', 'hall', 'hotel', 'casino', 'supermarket', 'supermarked', 'project', 'international', 'worldwide',
]);

/** Words that start an organization name ("Centre for Research on Globalization", "Bank of England"). */
export const ORGANIZATION_STARTS = new Set([
  'centre', 'center', 'bank', 'university', 'institute', 'ministry', 'department', 'office', 'council', 'committee',
  'commission', 'association', 'federation', 'league', 'union', 'party', 'army', 'board', 'church', 'organisation',
  'organization', 'society', 'school', 'college', 'court', 'agency', 'academy', 'museum', 'friends', 'order',
  'house', 'chamber', 'federal', 'national', 'royal', 'free', 'popular', 'democratic', 'islamic', 'united',
]);

/** Arabic words that start the names of armed groups and parties: `Jabhat al-Nusra`, `Jaysh al-Islam`, `Hizb ut-Tahrir`. */
export const ARABIC_ORGANIZATION_STARTS = /^(?:Jabhat|Jebhat|Harakat|Harakat|Jaysh|Jaish|Jeish|Liwa|Kataib|Kata'ib|Ahrar|Hay'at|Hayat|Tahrir|Hizb|Hezb|Ansar|Jund|Saraya|Faylaq|Firqat|Tanzim|Majlis|Hizbullah|Hezbollah|Hizbollah|Hamas|Fatah|Daesh|Daish|Qaeda|Qaida|Peshmerga|Taliban)/;

/** A name ending in one of these is a place ("Torrejon Air Base", "Tahrir Square", "Euphrates River"). */
export const PLACE_HEADS = new Set([
  'river', 'lake', 'sea', 'ocean', 'gulf', 'bay', 'strait', 'island', 'islands', 'mountain', 'mountains', 'mount',
  'hills', 'valley', 'desert', 'peninsula', 'coast', 'plain', 'plains', 'province', 'governorate', 'county', 'city',
  'district', 'region', 'square', 'street', 'avenue', 'road', 'bridge', 'airport', 'base', 'port', 'harbour',
  'harbor', 'park', 'reservoir', 'playfield', 'field', 'railroad', 'railway', 'rail', 'rink', 'stadium', 'arena', 'pass', 'gate', 'springs', 'creek', 'heights', 'village', 'town', 'canal', 'falls', 'forest', 'beach', 'crossing', 'camp', 'oblast',
  'prefecture', 'territory', 'territories', 'republic', 'kingdom', 'emirate', 'strip', 'township', 'borough', 'dock',
  'docks', 'wharf', 'pier', 'quay', 'gym', 'hollow', 'corner', 'circle',
]);

/** A name ending in one of these names an event, a prize or an era, not a person, body or place (`Stanley Cup`). */
export const OTHER_HEADS = new Set([
  'cup', 'cups', 'award', 'awards', 'prize', 'prizes', 'championship', 'championships', 'games', 'olympics', 'war',
  'revolution', 'festival', 'album', 'tour', 'trophy', 'series', 'bowl', 'medal', 'act', 'treaty', 'day', 'week',
  'ages', 'era', 'accords', 'agreement', 'protocol', 'doctrine', 'plan', 'crisis', 'uprising', 'offensive',
  'operation', 'summit', 'talks', 'convention', 'declaration', 'resolution', 'bill', 'law', 'code', 'prize',
  'tournament', 'open', 'marathon', 'derby', 'classic', 'show',
]);

/** Lower-case words after a name that make it a place: `Idlib province`, `the Aleppo countryside`. */
export const PLACE_FOLLOWERS = new Set([
  'province', 'governorate', 'city', 'region', 'district', 'village', 'town', 'countryside', 'suburb', 'suburbs',
  'neighbourhood', 'neighborhood', 'area', 'border', 'airport', 'county', 'state', 'valley', 'river', 'coast', 'capital',
  'outskirts', 'municipality', 'residents', 'countryside',
]);

/** Lower-case words after a name that make it an organization: `Ahrar al-Sham fighters`, `Nusra militants`. */
export const ORGANIZATION_FOLLOWERS = new Set([
  'fighters', 'militants', 'militia', 'militias', 'rebels', 'jihadists', 'members', 'spokesman', 'spokeswoman',
  'spokesperson', 'leader', 'leaders', 'commander', 'commanders', 'officials', 'official', 'troops', 'forces',
  'insurgents', 'chief', 'headquarters', 'statement', 'spokesmen', 'report', 'shares', 'stock', 'ceo', 'chairman',
]);

/** Titles and roles written before a name; kept as the person's `title`, not part of the name. Longest first. */
export const PERSON_TITLES = [
  'Secretary of State', 'Secretary-General', 'Governor General', 'Governor-General', 'Lieutenant Governor', 'Secretary General', 'Foreign Minister', 'Foreign Secretary',
  'Prime Minister', 'Vice President', 'Vice-President', 'Defence Secretary', 'Defense Secretary', 'Defence Minister',
  'Defense Minister', 'Interior Minister', 'Home Secretary', 'Chief Executive', 'Supreme Leader', 'Crown Prince',
  'Deputy Prime Minister', 'Deputy Foreign Minister', 'Lieutenant General', 'Major General', 'Brigadier General',
  'Lt. Gen.', 'Maj. Gen.', 'Brig. Gen.', 'Lt. Col.', 'Rear Admiral', 'Vice Admiral', 'Special Envoy', 'Envoy',
  'President', 'President-elect', 'Minister', 'Secretary', 'Chancellor', 'Senator', 'Sen.', 'Rep.', 'Representative',
  'Congressman', 'Congresswoman', 'Governor', 'Gov.', 'Mayor', 'General', 'Gen.', 'Colonel', 'Col.', 'Major', 'Maj.',
  'Commodore', 'Captain', 'Capt.', 'Special Advisor', 'Special Adviser', 'Special Representative', 'Lieutenant', 'Lt.', 'Sergeant', 'Sgt.', 'Corporal', 'Cpl.', 'Private', 'Pvt.', 'Admiral', 'Adm.',
  'Brigadier', 'Marshal', 'Field Marshal', 'King', 'Queen', 'Prince', 'Princess', 'Sheikh', 'Sheik', 'Emir', 'Sultan',
  'Ayatollah', 'Grand Ayatollah', 'Pope', 'Cardinal', 'Bishop', 'Archbishop', 'Rabbi', 'Imam', 'Mullah', 'Reverend',
  'Rev.', 'Father', 'Sister', 'Brother', 'Judge', 'Justice', 'Ambassador', 'Commissioner',
  'Chairman', 'Chairwoman', 'Director', 'Spokesman', 'Spokeswoman', 'Professor', 'Prof.', 'Dr.', 'Dr', 'Mr.', 'Mr',
  'Mrs.', 'Mrs', 'Ms.', 'Ms', 'Miss', 'Sir', 'Dame', 'Lord', 'Lady', 'Baron', 'Baroness', 'Count', 'Countess',
  'Duke', 'Duchess', 'Chief', 'Commander', 'Officer', 'Detective', 'Inspector', 'Sheriff', 'Premier', 'Deputy',
  'Speaker', 'Coach', 'Chef', 'Agent', 'Emperor', 'Empress', 'Tsar', 'Czar', 'Shah', 'Caliph', 'Pharaoh', 'Saint',
];

/** Titles that are also ordinary words: `Major League`, `General Assembly`, `Chief Justice` are no title and name. */
export const AMBIGUOUS_TITLES = new Set([
  'Major', 'General', 'Private', 'Chief', 'Count', 'Justice', 'Father', 'Sister', 'Brother', 'Officer', 'Agent', 'Coach',
  'Chef', 'Speaker', 'Premier', 'Deputy', 'Director', 'Commander', 'Saint', 'Judge', 'Marshal', 'Captain', 'Envoy',
]);

/** Lower-case particles that sit inside names: `Jabhat al-Nusra`, `Osama bin Laden`, `Ludwig van Beethoven`. */
export const NAME_PARTICLES = new Set([
  'al', 'el', 'ar', 'as', 'ad', 'an', 'at', 'az', 'ash', 'bin', 'ibn', 'bint', 'abu', 'van', 'von', 'der', 'den',
  'de', 'del', 'della', 'di', 'da', 'du', 'dos', 'das', 'le', 'la', 'ter', 'ten', 'zu', 'y',
]);

/** Lower-case words that may join two capitalised parts of one name: `Bank of England`, `Centre for Research on X`. */
export const NAME_LINKS = new Set(['of', 'for', 'on', 'the', 'de', 'du', 'des']);

/** Lower-case prefixes joined by a hyphen that stay part of a place: `east-Aleppo`, `north-west Syria`. */
export const DIRECTION_PREFIXES = new Set(['east', 'west', 'north', 'south', 'northern', 'southern', 'eastern', 'western', 'central', 'greater', 'upper', 'lower', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west', 'south-east', 'south-west']);

/** Words spoken after a person's name: `Kerry said`, `Rwein told`. */
export const SPEECH_VERBS = new Set([
  'said', 'says', 'told', 'added', 'explained', 'wrote', 'argued', 'insisted', 'stated', 'claimed', 'noted',
  'warned', 'asked', 'replied', 'tweeted', 'recalled', 'continued', 'admitted', 'believes', 'thinks', 'thought',
  'announced', 'declared', 'stressed', 'urged', 'acknowledged', 'denied', 'suggested', 'described', 'recounted',
]);

/** Capitalised words that are never names by themselves. */
export const NOT_NAMES = new Set([
  'I', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March',
  'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Jan', 'Feb', 'Mar',
  'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun',
  'God', 'OK', 'TV', 'AM', 'PM', 'ET', 'GMT', 'UTC', 'BST', 'EST', 'PST', 'CET', 'AD', 'BC', 'CE', 'BCE', 'PS',
  'Internet', 'Web', 'Mr', 'Mrs', 'Ms', 'Dr', 'UPDATE', 'Update', 'Copyright', 'Disclaimer', 'Note', 'Editor',
  'Photo', 'Image', 'Video', 'Source', 'Sources', 'Read', 'More', 'Related', 'Click', 'Here', 'Share', 'Tweet',
  'Yesterday', 'Today', 'Tomorrow', 'Christmas', 'Easter', 'Ramadan', 'Eid', 'Muslim', 'Muslims', 'Christian',
  'Christians', 'Jewish', 'Jews', 'Sunni', 'Sunnis', 'Shia', 'Shiite', 'Shiites', 'Islamist', 'Islamists', 'Islamic',
  'Arab', 'Arabs', 'Kurdish', 'Kurds', 'English', 'Arabic', 'French', 'German', 'Western', 'Eastern', 'Northern',
  'Southern', 'Jihadi', 'Jihadis', 'Jihadist', 'Jihadists', 'Takfiri', 'Takfiris', 'West', 'East', 'North', 'South',
  'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Prof.', 'Sr.', 'Jr.', 'No', 'Yes', 'A', 'The', 'An', 'Of', 'In', 'On', 'At', 'Map',
  'Region', 'Theme', 'Comment', 'Comments', 'Reply', 'Posted', 'Tags', 'Menu', 'Home', 'Page', 'Notes', 'Section',
  'Chapter', 'Part', 'Figure', 'Table', 'Article', 'Articles', 'Report', 'Reports', 'Statement', 'Press', 'Release',
]);

/** Lower-case function words: a line whose other words are all capitalised is a headline. */
export const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'as',
  'into', 'onto', 'over', 'via', 'vs', 'v', 'per', 'is', 'are', 'be', 'its', 'up', 'off', 'out', 'than', 'after', 'amid',
]);

/** Broad regions and continents that no country or city table lists. */
export const GEO_REGIONS: [string, PlaceKind][] = [
  ['Africa', 'continent'], ['Asia', 'continent'], ['Europe', 'continent'], ['North America', 'continent'],
  ['South America', 'continent'], ['Oceania', 'continent'], ['Antarctica', 'continent'], ['Australasia', 'continent'],
  ['Middle East', 'region'], ['Near East', 'region'], ['Far East', 'region'], ['North Africa', 'region'],
  ['West Africa', 'region'], ['East Africa', 'region'], ['Central Africa', 'region'], ['Southern Africa', 'region'],
  ['Sub-Saharan Africa', 'region'], ['Horn of Africa', 'region'], ['Central Asia', 'region'], ['South Asia', 'region'],
  ['Southeast Asia', 'region'], ['East Asia', 'region'], ['Latin America', 'region'], ['Central America', 'region'],
  ['Caribbean', 'region'], ['Eastern Europe', 'region'], ['Western Europe', 'region'], ['Central Europe', 'region'],
  ['Northern Europe', 'region'], ['Southern Europe', 'region'], ['Balkans', 'region'], ['Caucasus', 'region'],
  ['Levant', 'region'], ['Persian Gulf', 'region'], ['Arabian Peninsula', 'region'], ['Sahel', 'region'],
  ['Sahara', 'region'], ['Scandinavia', 'region'], ['Mediterranean', 'region'], ['Maghreb', 'region'],
  ['Gaza Strip', 'region'], ['Gaza', 'region'], ['West Bank', 'region'], ['Golan Heights', 'region'],
  ['Kurdistan', 'region'], ['Iraqi Kurdistan', 'region'], ['Siberia', 'region'], ['Crimea', 'region'],
  ['Donbas', 'region'], ['Kashmir', 'region'], ['Tibet', 'region'], ['Patagonia', 'region'], ['Arctic', 'region'],
  ['Pacific', 'region'], ['Atlantic', 'region'], ['Indian Ocean', 'region'], ['Black Sea', 'region'],
  ['Red Sea', 'region'], ['Baltic', 'region'], ['Anatolia', 'region'], ['Midwest', 'region'], ['New England', 'region'],
  // Former states, still written about.
  ['Soviet Union', 'country'], ['USSR', 'country'], ['Yugoslavia', 'country'], ['Czechoslovakia', 'country'],
  ['East Germany', 'country'], ['West Germany', 'country'], ['Ottoman Empire', 'country'], ['Russian Empire', 'country'],
  ['Roman Empire', 'country'], ['Byzantine Empire', 'country'], ['Persian Empire', 'country'], ['British Empire', 'country'],
];

/** Lower-case nouns written just before a name that say what it names: `the striker Nordvik`, `the utility Eskom`. */
export const PERSON_DESCRIPTORS = new Set([
  'striker', 'midfielder', 'defender', 'goalkeeper', 'forward', 'winger', 'coach', 'manager', 'captain', 'substitute',
  'referee', 'player', 'economist', 'analyst', 'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'president',
  'chairman', 'chairwoman', 'director', 'founder', 'co-founder', 'author', 'writer', 'novelist', 'poet', 'journalist',
  'reporter', 'correspondent', 'photographer', 'singer', 'songwriter', 'guitarist', 'drummer', 'bassist', 'vocalist',
  'rapper', 'actor', 'actress', 'artist', 'painter', 'composer', 'musician', 'pianist', 'scientist', 'researcher',
  'professor', 'lecturer', 'doctor', 'surgeon', 'nurse', 'lawyer', 'attorney', 'judge', 'prosecutor', 'senator',
  'congressman', 'congresswoman', 'governor', 'mayor', 'councillor', 'councilman', 'councilwoman', 'envoy',
  'ambassador', 'diplomat', 'colonel', 'sergeant', 'soldier', 'priest', 'bishop', 'cleric', 'imam', 'rabbi', 'pastor',
  'activist', 'campaigner', 'farmer', 'fisherman', 'teacher', 'student', 'engineer', 'architect', 'entrepreneur',
  'businessman', 'businesswoman', 'billionaire', 'tycoon', 'boxer', 'cyclist', 'sprinter', 'swimmer', 'golfer',
  'jockey', 'pitcher', 'quarterback', 'batsman', 'wrestler', 'candidate', 'predecessor', 'successor', 'aide',
  'adviser', 'advisor', 'son', 'daughter', 'father', 'mother', 'brother', 'sister', 'wife', 'husband', 'widow',
  'grandson', 'granddaughter', 'uncle', 'aunt', 'cousin', 'nephew', 'niece', 'colleague', 'teammate', 'chef',
  'comedian', 'presenter', 'historian', 'philosopher', 'physicist', 'chemist', 'biologist', 'astronomer',
  'mathematician', 'sociologist', 'psychologist', 'epidemiologist', 'virologist', 'gunman', 'suspect', 'veteran',
  'midwife', 'pilot', 'explorer', 'inventor', 'playwright', 'filmmaker', 'dancer', 'ballerina', 'skipper',
]);
export const ORGANIZATION_DESCRIPTORS = new Set([
  'company', 'firm', 'utility', 'lender', 'insurer', 'retailer', 'carrier', 'airline', 'manufacturer', 'maker',
  'giant', 'conglomerate', 'operator', 'newspaper', 'tabloid', 'magazine', 'charity', 'club', 'side', 'outlet',
  'startup', 'start-up', 'publisher', 'label', 'band', 'supplier', 'contractor', 'provider', 'chain', 'miner',
  'automaker', 'carmaker', 'cooperative', 'co-operative', 'regulator', 'supermarket', 'subsidiary', 'ngo',
  'consultancy', 'watchdog', 'think-tank', 'outfit', 'franchise', 'distributor', 'shipper', 'refiner', 'broadcaster',
  'agency', 'party', 'militia', 'faction', 'brand', 'group', 'bank', 'website', 'studio', 'developer', 'hacker',
]);
export const PLACE_DESCRIPTORS = new Set([
  'village', 'town', 'city', 'hamlet', 'province', 'district', 'region', 'county', 'island', 'port', 'suburb',
  'neighbourhood', 'neighborhood', 'municipality', 'capital', 'resort', 'enclave', 'township', 'commune', 'oblast',
  'governorate', 'settlement', 'outskirts',
]);

/** Nouns after a possessive that belong to a body, not a person: `Nordvik's players`, `Eskom's shareholders`. */
export const ORGANIZATION_POSSESSIONS = new Set([
  'players', 'fans', 'supporters', 'squad', 'shareholders', 'shares', 'stock', 'employees', 'staff', 'workers', 'board',
  'subsidiary', 'headquarters', 'stadium', 'coach', 'manager', 'captain', 'goalkeeper', 'striker', 'defender',
  'midfielder', 'ceo', 'members', 'membership', 'products', 'customers', 'clients', 'revenue', 'profits', 'profit',
  'sales', 'executives', 'directors', 'branch', 'branches', 'factories', 'factory', 'plant', 'plants', 'operations',
  'systems', 'network', 'website', 'servers', 'data', 'chief', 'founder', 'annual', 'quarterly', 'subscribers',
]);
/** Nouns after a possessive that belong to a person: `Assad's regime`, `Okafor's wife`. */
export const PERSON_POSSESSIONS = new Set([
  'wife', 'husband', 'son', 'sons', 'daughter', 'daughters', 'father', 'mother', 'brother', 'sister', 'family',
  'parents', 'children', 'widow', 'death', 'funeral', 'birthday', 'career', 'regime', 'administration', 'presidency',
  'dictatorship', 'rule', 'cabinet', 'inhumanity', 'brutality', 'mind', 'life', 'memoir', 'biography', 'resignation',
  'predecessor', 'successor', 're-election', 'reelection', 'tenure', 'premiership', 'girlfriend', 'boyfriend',
]);
