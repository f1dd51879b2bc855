/** Hedges, bounds and units for quantities, as data. */
import type { Bound, QuantityKind } from '../types';

/** Words before a number that say how sure the source is. Longest first, so "no more than" wins over "more than". */
export const PRE_MODIFIERS: [string, Bound][] = (
  [
    ['no more than', 'upper'],
    ['not more than', 'upper'],
    ['no fewer than', 'lower'],
    ['no less than', 'lower'],
    ['more than', 'lower'],
    ['greater than', 'lower'],
    ['over', 'lower'],
    ['at least', 'lower'],
    ['upwards of', 'lower'],
    ['in excess of', 'lower'],
    ['as many as', 'upper'],
    ['as much as', 'upper'],
    ['as high as', 'upper'],
    ['as low as', 'lower'],
    ['as few as', 'lower'],
    ['up to', 'upper'],
    ['at most', 'upper'],
    ['fewer than', 'upper'],
    ['less than', 'upper'],
    ['under', 'upper'],
    ['below', 'upper'],
    ['just over', 'lower'],
    ['just under', 'upper'],
    ['about', 'approx'],
    ['around', 'approx'],
    ['some', 'approx'],
    ['roughly', 'approx'],
    ['approximately', 'approx'],
    ['nearly', 'approx'],
    ['almost', 'approx'],
    ['close to', 'approx'],
    ['an estimated', 'approx'],
    ['estimated', 'approx'],
    ['approx.', 'approx'],
    ['circa', 'approx'],
    ['c.', 'approx'],
    ['~', 'approx'],
    ['an approximate', 'approx'],
    ['more or less', 'approx'],
    ['nigh on', 'approx'],
    ['about a', 'approx'],
  ] as [string, Bound][]
).sort((a, b) => b[0].length - a[0].length);

export const POST_MODIFIERS: [string, Bound][] = [
  ['or more', 'lower'],
  ['or so', 'approx'],
  ['or less', 'upper'],
  ['or fewer', 'upper'],
  ['and up', 'lower'],
  ['plus', 'lower'],
];

/** Currency signs written before the amount (`$5`, `US$ 3`, `$A82`, `RM23.50`) → ISO 4217 code. */
export const CURRENCY_SYMBOLS: Record<string, string> = {
  $: 'USD',
  US$: 'USD',
  'US $': 'USD',
  $US: 'USD',
  USD: 'USD',
  A$: 'AUD',
  $A: 'AUD',
  AU$: 'AUD',
  AUD: 'AUD',
  C$: 'CAD',
  CA$: 'CAD',
  CAD: 'CAD',
  HK$: 'HKD',
  HKD: 'HKD',
  NZ$: 'NZD',
  NZD: 'NZD',
  S$: 'SGD',
  SGD: 'SGD',
  R$: 'BRL',
  BRL: 'BRL',
  '£': 'GBP',
  GBP: 'GBP',
  '€': 'EUR',
  EUR: 'EUR',
  '¥': 'JPY',
  JPY: 'JPY',
  CNY: 'CNY',
  RMB: 'CNY',
  '₹': 'INR',
  Rs: 'INR',
  'Rs.': 'INR',
  INR: 'INR',
  '₽': 'RUB',
  RUB: 'RUB',
  '₩': 'KRW',
  KRW: 'KRW',
  '₺': 'TRY',
  TRY: 'TRY',
  '₪': 'ILS',
  NIS: 'ILS',
  ILS: 'ILS',
  RM: 'MYR',
  MYR: 'MYR',
  CHF: 'CHF',
  SEK: 'SEK',
  NOK: 'NOK',
  DKK: 'DKK',
  ZAR: 'ZAR',
  MXN: 'MXN',
  // "£" turned into "PS" by ASCII transliteration of news feeds ("PS2.7m"); only read written against digits.
  PS: 'GBP',
};

/** Currency names written after the amount (`50 euros`, `3 million US dollars`) → ISO code. */
export const CURRENCY_WORDS: Record<string, string> = {
  dollar: 'USD',
  dollars: 'USD',
  'us dollars': 'USD',
  'u.s. dollars': 'USD',
  'american dollars': 'USD',
  'australian dollars': 'AUD',
  'canadian dollars': 'CAD',
  'hong kong dollars': 'HKD',
  'singapore dollars': 'SGD',
  'new zealand dollars': 'NZD',
  usd: 'USD',
  euro: 'EUR',
  euros: 'EUR',
  eur: 'EUR',
  sterling: 'GBP',
  'pounds sterling': 'GBP',
  gbp: 'GBP',
  yen: 'JPY',
  jpy: 'JPY',
  yuan: 'CNY',
  renminbi: 'CNY',
  rupee: 'INR',
  rupees: 'INR',
  rouble: 'RUB',
  roubles: 'RUB',
  ruble: 'RUB',
  rubles: 'RUB',
  'swiss francs': 'CHF',
  francs: 'CHF',
  lira: 'TRY',
  won: 'KRW',
  pesos: 'MXN',
  shekel: 'ILS',
  shekels: 'ILS',
  ringgit: 'MYR',
  rand: 'ZAR',
  real: 'BRL',
  reais: 'BRL',
  cent: 'USD-cent',
  cents: 'USD-cent',
  pence: 'GBP-pence',
  sen: 'MYR-sen',
};

/** Unit word (lower case) → normalised unit and kind. */
export const UNIT_WORDS: Record<string, { unit: string; kind: QuantityKind }> = {};
function units(kind: QuantityKind, unit: string, ...words: string[]) {
  for (const w of words) UNIT_WORDS[w] = { unit, kind };
}
units('percent', 'percent', '%', 'percent', 'per cent', 'pct', 'pc', 'per-cent');
units('percent', 'percentage point', 'percentage points', 'percentage point', 'percentage-point', 'ppt', 'pp');
units('percent', 'basis point', 'basis points', 'basis point', 'basis-point', 'bps', 'bp');
units('measure', 'point', 'points', 'point', 'pts');
units('measure', 'km', 'km', 'kilometre', 'kilometres', 'kilometer', 'kilometers', 'kms');
units('measure', 'm', 'm', 'metre', 'metres', 'meter', 'meters');
units('measure', 'cm', 'cm', 'centimetre', 'centimetres', 'centimeter', 'centimeters');
units('measure', 'mm', 'mm', 'millimetre', 'millimetres', 'millimeter', 'millimeters');
units('measure', 'µm', 'µm', 'micrometre', 'micrometres', 'micrometer', 'micrometers', 'micron', 'microns');
units('measure', 'nm', 'nanometre', 'nanometres', 'nanometer', 'nanometers', 'nm');
units('measure', 'mi', 'mile', 'miles', 'mi');
units('measure', 'nmi', 'nautical mile', 'nautical miles');
units('measure', 'ft', 'ft', 'foot', 'feet');
units('measure', 'in', 'inch', 'inches', 'in.', '"');
units('measure', 'yd', 'yard', 'yards', 'yd', 'yds');
units('measure', 'km2', 'km2', 'km²', 'sq km', 'square kilometres', 'square kilometers', 'square kilometre', 'square kilometer', 'sq. km');
units('measure', 'm2', 'm2', 'm²', 'sq m', 'sqm', 'square metres', 'square meters', 'square metre', 'square meter', 'sq metres', 'sq. m');
units('measure', 'ft2', 'sq ft', 'sq. ft', 'sq. ft.', 'sqft', 'square feet', 'square foot');
units('measure', 'mi2', 'square miles', 'square mile', 'sq mi', 'sq miles');
units('measure', 'ha', 'hectare', 'hectares', 'ha');
units('measure', 'acre', 'acre', 'acres');
units('measure', 'kg', 'kg', 'kgs', 'kilogram', 'kilograms', 'kilogramme', 'kilogrammes', 'kilo', 'kilos');
units('measure', 'g', 'g', 'gram', 'grams', 'gramme', 'grammes');
units('measure', 'mg', 'mg', 'milligram', 'milligrams');
units('measure', 't', 'tonne', 'tonnes', 'ton', 'tons', 'metric tons', 'metric tonnes');
units('measure', 'lb', 'lb', 'lbs', 'pound', 'pounds');
units('measure', 'oz', 'ounce', 'ounces', 'oz', 'fluid ounces', 'fluid ounce');
units('measure', 'l', 'l', 'litre', 'litres', 'liter', 'liters');
units('measure', 'ml', 'ml', 'millilitre', 'millilitres', 'milliliter', 'milliliters');
units('measure', 'gal', 'gallon', 'gallons', 'gal');
units('measure', 'pt', 'pint', 'pints');
units('measure', 'qt', 'quart', 'quarts');
units('measure', 'bbl', 'barrel', 'barrels', 'bbl');
units(
  'measure',
  'km/h',
  'km/h',
  'kph',
  'kmh',
  'kmph',
  'kilometres per hour',
  'kilometers per hour',
  'kilometres an hour',
  'kilometers an hour',
);
units('measure', 'mph', 'mph', 'miles per hour', 'miles an hour');
units('measure', 'm/s', 'm/s', 'metres per second', 'meters per second');
units('measure', 'kn', 'knots', 'knot');
units('measure', 'mpg', 'mpg', 'miles per gallon');
units('measure', '°C', '°c', '° c', 'ºc', 'degrees celsius', 'degree celsius', 'degrees centigrade', 'celsius', 'centigrade', 'c');
units('measure', '°F', '°f', '° f', 'ºf', 'degrees fahrenheit', 'degree fahrenheit', 'fahrenheit', 'f');
units('measure', 'degree', 'degrees', 'degree', '°');
units('measure', 'W', 'watt', 'watts', 'w');
units('measure', 'kW', 'kw', 'kilowatt', 'kilowatts');
units('measure', 'MW', 'mw', 'megawatt', 'megawatts');
units('measure', 'GW', 'gw', 'gigawatt', 'gigawatts');
units('measure', 'kWh', 'kwh', 'kilowatt-hours', 'kilowatt hours', 'kilowatt-hour', 'kilowatt hour');
units('measure', 'MWh', 'mwh', 'megawatt-hours', 'megawatt hours');
units('measure', 'GWh', 'gwh', 'gigawatt-hours', 'gigawatt hours');
units('measure', 'hp', 'hp', 'horsepower', 'bhp');
units('measure', 'mAh', 'mah', 'milliampere-hours');
units('measure', 'V', 'volts', 'volt');
units('measure', 'Hz', 'hz', 'hertz');
units('measure', 'kHz', 'khz', 'kilohertz');
units('measure', 'MHz', 'mhz', 'megahertz');
units('measure', 'GHz', 'ghz', 'gigahertz');
units('measure', 'KB', 'kb', 'kilobytes', 'kilobyte');
units('measure', 'MB', 'mb', 'megabytes', 'megabyte');
units('measure', 'GB', 'gb', 'gigabytes', 'gigabyte');
units('measure', 'TB', 'tb', 'terabytes', 'terabyte');
units('measure', 'Mbps', 'mbps', 'mbit/s', 'megabits per second');
units('measure', 'Gbps', 'gbps', 'gigabits per second');
units('measure', 'ppm', 'ppm', 'parts per million');
units('measure', 'ppb', 'ppb', 'parts per billion');
units('measure', 'GPa', 'gpa', 'gigapascals', 'gigapascal');
units('measure', 'kPa', 'kpa', 'kilopascals');
units('measure', 'rpm', 'rpm', 'revolutions per minute');
units('measure', 'Nm', 'nm·', 'newton-metres', 'newton metres', 'pound-feet', 'lb-ft');
units('measure', 'cal', 'calories', 'calorie', 'kcal');
units('measure', 'magnitude', 'magnitude');
units('duration', 'millisecond', 'milliseconds', 'millisecond', 'ms');
units('duration', 'second', 'second', 'seconds', 'sec', 'secs', 's');
units('duration', 'minute', 'minute', 'minutes', 'min', 'mins');
units('duration', 'hour', 'hour', 'hours', 'hr', 'hrs', 'h');
units('duration', 'day', 'day', 'days');
units('duration', 'week', 'week', 'weeks', 'wk', 'wks');
units('duration', 'month', 'month', 'months');
units('duration', 'year', 'year', 'years', 'yr', 'yrs');
units('duration', 'decade', 'decade', 'decades');
units('duration', 'century', 'century', 'centuries');

/** Units of one letter or an ambiguous short form: read only when written right against the number ("5m", "30C"). */
export const ATTACHED_ONLY_UNITS = new Set(['m', 'c', 'f', 'w', 'g', 'l', 's', 'h', 'in.', '"', 'pc', 'bp', 'pp', 'ms', 'nm', '°']);

/** Change verbs and adverbs before a number (`rose 5%`, `fell by 2 points`, `up 3%`). */
export const CHANGE_UP = [
  'rose',
  'rise',
  'rises',
  'rising',
  'risen',
  'up',
  'increase',
  'increased',
  'increases',
  'increasing',
  'grew',
  'grow',
  'grows',
  'growing',
  'grown',
  'gained',
  'gain',
  'gains',
  'jumped',
  'jump',
  'jumps',
  'climbed',
  'climb',
  'climbs',
  'surged',
  'surge',
  'surges',
  'soared',
  'soar',
  'soars',
  'advanced',
  'added',
  'boosted',
  'raised',
  'raise',
  'rallied',
  'spiked',
  'increase of',
  'rise of',
  'gain of',
  'jump of',
  'growth of',
  'higher',
  'hike of',
  'rebound of',
];
export const CHANGE_DOWN = [
  'fell',
  'fall',
  'falls',
  'falling',
  'fallen',
  'down',
  'dropped',
  'drop',
  'drops',
  'declined',
  'decline',
  'declines',
  'decreased',
  'decrease',
  'decreases',
  'lost',
  'lose',
  'loses',
  'slid',
  'slide',
  'slides',
  'slipped',
  'slip',
  'shrank',
  'shrink',
  'shrunk',
  'plunged',
  'plunge',
  'plunges',
  'tumbled',
  'tumble',
  'sank',
  'sink',
  'cut',
  'cuts',
  'reduced',
  'eased',
  'dipped',
  'dip',
  'slumped',
  'slump',
  'plummeted',
  'lower',
  'decline of',
  'drop of',
  'fall of',
  'loss of',
  'cut of',
  'reduction of',
];

/** Street words after a house number: "575 Wilbraham Road" is an address, not 575 of anything. */
export const STREET_WORDS = [
  'Road',
  'Rd',
  'Street',
  'St',
  'Avenue',
  'Ave',
  'Boulevard',
  'Blvd',
  'Lane',
  'Ln',
  'Drive',
  'Dr',
  'Way',
  'Place',
  'Pl',
  'Court',
  'Ct',
  'Square',
  'Sq',
  'Terrace',
  'Highway',
  'Hwy',
  'Parkway',
  'Pkwy',
  'Crescent',
  'Close',
  'Plaza',
  'Circle',
  'Row',
  'Walk',
  'ZIP',
  'Zip',
];

/** Words naming a numbered thing: the number after them is a label ("page 5", "Game 7", "Category 4"), not a count. */
export const NUMBERED_THINGS = [
  'No',
  'Nos',
  'number',
  'page',
  'pages',
  'p',
  'pp',
  'section',
  'sections',
  'chapter',
  'article',
  'clause',
  'paragraph',
  'para',
  'rule',
  'resolution',
  'room',
  'flight',
  'route',
  'interstate',
  'channel',
  'platform',
  'gate',
  'stage',
  'phase',
  'season',
  'episode',
  'game',
  'round',
  'division',
  'category',
  'grade',
  'class',
  'type',
  'level',
  'act',
  'item',
  'table',
  'figure',
  'fig',
  'exhibit',
  'volume',
  'vol',
  'issue',
  'version',
  'v',
  'series',
  'model',
  'mark',
  'mk',
  'unit',
  'apartment',
  'apt',
  'suite',
  'floor',
  'lot',
  'box',
  'bus',
  'line',
  'track',
  'jersey',
  'district',
  'ward',
  'zone',
  'precinct',
  'terminal',
  'pier',
  'bay',
  'block',
  'sector',
  'tier',
  'week',
  'day',
  'matchday',
  'hole',
  'lane',
  'row',
  'seat',
  'verse',
  'psalm',
  'amendment',
  'title',
  'part',
  'step',
  'ZIP',
  'postcode',
  'code',
  'Gen',
  'generation',
];

/** Capitalised words that start sentences or hedge a number; after them a number is still a count ("About 500", "Only 3"). */
export const SENTENCE_WORDS = new Set([
  'about',
  'some',
  'over',
  'nearly',
  'almost',
  'around',
  'only',
  'just',
  'roughly',
  'approximately',
  'more',
  'less',
  'fewer',
  'up',
  'at',
  'by',
  'to',
  'from',
  'with',
  'of',
  'in',
  'for',
  'and',
  'but',
  'the',
  'a',
  'all',
  'another',
  'each',
  'every',
  'these',
  'those',
  'its',
  'their',
  'his',
  'her',
  'our',
  'my',
  'your',
  'since',
  'until',
  'after',
  'before',
  'between',
  'among',
  'than',
  'on',
  'under',
  'below',
  'above',
  'nearly',
  'estimated',
  'then',
  'while',
  'when',
  'as',
  'if',
  'so',
  'yet',
  'or',
  'nor',
  'also',
  'still',
  'even',
  'least',
  'most',
  'once',
  'another',
  'these',
  'there',
  'here',
  'where',
  'now',
  'today',
  'yesterday',
  'however',
  'meanwhile',
  'further',
  'additionally',
  'plus',
  'another',
  'including',
  'excluding',
  'killing',
  'injuring',
  'leaving',
  'some',
  'what',
  'why',
  'how',
  'that',
  'this',
  'we',
  'they',
  'he',
  'she',
  'it',
  'i',
  'you',
]);

/** Words before a sports result (`won 3-1`, `beat Leeds 2-0`, `drew 1-1`): the result is not a quantity. */
export const RESULT_WORDS_BEFORE = [
  'won',
  'win',
  'wins',
  'winning',
  'beat',
  'beats',
  'beaten',
  'beating',
  'lost',
  'lose',
  'loses',
  'losing',
  'drew',
  'draw',
  'drawn',
  'defeated',
  'defeat',
  'thrashed',
  'edged',
  'trounced',
  'crushed',
  'led',
  'lead',
  'leading',
  'trailed',
  'trailing',
  'trail',
  'score',
  'scored',
  'scoreline',
  'result',
  'tied',
  'level at',
];

/** Words after a sports result (`a 21-19 defeat`, `a 2-0 half-time lead`). */
export const RESULT_WORDS_AFTER = [
  'win',
  'wins',
  'victory',
  'victories',
  'defeat',
  'defeats',
  'loss',
  'losses',
  'lead',
  'draw',
  'scoreline',
  'success',
  'triumph',
  'thrashing',
  'aggregate',
  'home win',
  'away win',
  'half-time',
  'halftime',
  'win over',
  'in the final',
  'on aggregate',
];
