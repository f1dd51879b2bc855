/** Words of time, as data. The date recognizers in `lib/recognizers/dates/` hold the logic. */

export interface DurationUnit {
  /** TIMEX3 duration letter: P6W, P90D, P10Y, PT24H. */
  letter: string;
  /** How many of `letter` one unit is (a decade is 10 years). */
  factor: number;
  /** Units below a day are written after `T` (PT24H). */
  time?: boolean;
}

/** Duration unit word (singular) → TIMEX3 letter. */
export const DURATION_UNITS: Record<string, DurationUnit> = {
  second: { letter: 'S', factor: 1, time: true },
  minute: { letter: 'M', factor: 1, time: true },
  hour: { letter: 'H', factor: 1, time: true },
  day: { letter: 'D', factor: 1 },
  night: { letter: 'D', factor: 1 },
  week: { letter: 'W', factor: 1 },
  fortnight: { letter: 'W', factor: 2 },
  month: { letter: 'M', factor: 1 },
  quarter: { letter: 'Q', factor: 1 },
  year: { letter: 'Y', factor: 1 },
  decade: { letter: 'DE', factor: 1 },
  century: { letter: 'CE', factor: 1 },
};
/** A unit word, singular or plural, as a regex alternation. */
export const UNIT_WORD_PATTERN = Object.keys(DURATION_UNITS)
  .map((u) => (u === 'century' ? 'century|centuries' : `${u}s?`))
  .join('|');
/** Written as years when the amount is known (`a decade` → P10Y), kept as DE/CE when it is not (`decades` → PXDE). */
export const YEARS_PER_UNIT: Record<string, number> = { decade: 10, century: 100 };

/** Words between a number and its unit that leave the duration intact (`six straight days`, `five trading days`). */
export const DURATION_FILLERS = [
  'straight',
  'consecutive',
  'full',
  'long',
  'more',
  'additional',
  'further',
  'trading',
  'business',
  'working',
  'calendar',
  'short',
];

/** Prepositions TimeML leaves outside a date's span. */
export const LEADING_PREPOSITIONS = [
  'on',
  'in',
  'at',
  'by',
  'from',
  'since',
  'until',
  'till',
  'during',
  'of',
  'for',
  'as of',
  'after',
  'before',
  'through',
  'throughout',
  'within',
];

export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Month words that are also common verbs or modals: kept only with a date cue next to them. */
export const AMBIGUOUS_MONTHS = new Set(['may', 'march', 'mar', 'jan', 'sept', 'sep', 'dec', 'aug']);
/** Weekday abbreviations that are also words (`he sat down`, `the sun`). */
export const AMBIGUOUS_WEEKDAYS = new Set(['sat', 'sun', 'wed', 'thu', 'tue', 'mon', 'fri']);

/** Season word → TIMEX3 season code and the month it starts in (northern hemisphere). */
export const SEASONS: Record<string, { code: string; month: number }> = {
  spring: { code: 'SP', month: 3 },
  summer: { code: 'SU', month: 6 },
  autumn: { code: 'FA', month: 9 },
  fall: { code: 'FA', month: 9 },
  winter: { code: 'WI', month: 12 },
};

/** Ordinals of quarters and halves of a year. */
export const PART_ORDINALS: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
};
/** Ordinal words for centuries (`the twentieth century`). */
export const ORDINAL_WORDS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  'twenty-first': 21,
  'twenty first': 21,
  'twenty-second': 22,
};

/** Parts of a day → TIMEX3 time code (`Sunday night` → 2013-03-24TNI). */
export const PARTS_OF_DAY: Record<string, string> = {
  morning: 'MO',
  afternoon: 'AF',
  evening: 'EV',
  night: 'NI',
  tonight: 'NI',
  overnight: 'NI',
  midday: 'MI',
  noon: 'MI',
};

/**
 * Adverbs and phrases that point at the present, past or future (TIMEX3 PRESENT_REF, PAST_REF, FUTURE_REF).
 * `now` is read on its own (a preposition before it stays out of the span: `until [now]`).
 */
export const REFERENCE_PHRASES: Record<string, 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF'> = {
  currently: 'PRESENT_REF',
  presently: 'PRESENT_REF',
  nowadays: 'PRESENT_REF',
  'at present': 'PRESENT_REF',
  'at the moment': 'PRESENT_REF',
  'these days': 'PRESENT_REF',
  'right now': 'PRESENT_REF',
  'just now': 'PRESENT_REF',
  'from now on': 'FUTURE_REF',
  recently: 'PAST_REF',
  'more recently': 'PAST_REF',
  'most recently': 'PAST_REF',
  lately: 'PAST_REF',
  // The preposition stays out of the span (`in [the past]`), as TimeML draws it.
  'the past': 'PAST_REF',
  'the future': 'FUTURE_REF',
  'the near future': 'FUTURE_REF',
  'the distant future': 'FUTURE_REF',
  'the long term': 'FUTURE_REF',
  'the short term': 'FUTURE_REF',
  'the near term': 'FUTURE_REF',
  'a later date': 'FUTURE_REF',
  'the coming years': 'FUTURE_REF',
  'the coming months': 'FUTURE_REF',
  'coming years': 'FUTURE_REF',
  'coming months': 'FUTURE_REF',
  'coming quarters': 'FUTURE_REF',
  // "in past years", as "in coming years" (chrono would read last year).
  'past years': 'PAST_REF',
  'past decades': 'PAST_REF',
};

/**
 * Adverbs of frequency → the value of a SET (`weekly` → P1W). `annually` is `XXXX`, every year, as TimeBank and
 * TempEval-3 both write it (`every year` stays `P1Y`).
 */
export const SET_ADVERBS: Record<string, string> = {
  annually: 'XXXX',
  yearly: 'XXXX',
  monthly: 'P1M',
  weekly: 'P1W',
  daily: 'P1D',
  nightly: 'P1D',
  hourly: 'PT1H',
  quarterly: 'P3M',
  biannually: 'P6M',
  biweekly: 'P2W',
};

/** Words that say a clause is about the future (`will`, `due to`, `next`). */
export const FUTURE_CUES = new Set([
  'will',
  "'ll",
  'shall',
  'would',
  'wo',
  'due',
  'expected',
  'scheduled',
  'plans',
  'planned',
  'planning',
  'expect',
  'expects',
  'intend',
  'intends',
  'upcoming',
  'next',
  'coming',
  'until',
  'till',
  'hopes',
  'aims',
  'forecast',
  // nouns of a prospect: "a 70% chance of rain in May"
  'chance',
  'outlook',
  'likelihood',
  'probability',
]);
/** Words that, right before a date, make it a date still to come (`payable Dec. 7`, `effective Feb. 1`). */
export const GOVERNING_FUTURE_WORDS = [
  'payable',
  'effective',
  'due',
  'expires?',
  'expiring',
  'scheduled\\s+for',
  'of\\s+record',
  'slated\\s+for',
  'set\\s+for',
];
/**
 * Words that put the infinitive after them in the future (`agreed to acquire`, `a plan to sell`, `expects to
 * release`): a date next to that infinitive is still to come. Matched as word beginnings.
 */
export const FUTURE_GOVERNORS = [
  'expect',
  'plan',
  'intend',
  'hope',
  'aim',
  'want',
  'need',
  'seek',
  'sought',
  'agree',
  'decid',
  'promis',
  'vow',
  'threaten',
  'propos',
  'schedul',
  'prepar',
  'offer',
  'bid',
  'deal',
  'pledg',
  'commit',
  'program',
  'effort',
  'move',
  'likely',
  'due',
  'set',
  'poised',
  'supposed',
  'going',
  'about',
  'ready',
  'order',
  'ask',
  'urg',
  'call',
];
/** Modals before a bare verb that put it in the future (`could close in March`). */
export const FUTURE_MODALS = new Set(['could', 'may', 'might', 'should', 'must', 'can', 'would', 'will', "'ll", 'shall']);
/** Past participles and past forms ending in -eed (most -eed words are not past: succeed, need, proceed). */
export const PAST_EED = new Set(['agreed', 'disagreed', 'freed', 'decreed', 'guaranteed', 'refereed', 'foresaw']);

/** Words that say a clause is about the past, beyond past-tense verbs. */
export const PAST_CUES = new Set(['ago', 'earlier', 'previous', 'previously', 'since', 'last']);

/** US and common time zones → offset in minutes from UTC (standard time, and daylight time when it has one). */
export const TIME_ZONES: Record<string, { standard: number; daylight?: number; usDst?: boolean }> = {
  UTC: { standard: 0 },
  GMT: { standard: 0 },
  Z: { standard: 0 },
  ET: { standard: -300, daylight: -240, usDst: true },
  EST: { standard: -300 },
  EDT: { standard: -240 },
  CT: { standard: -360, daylight: -300, usDst: true },
  CST: { standard: -360 },
  CDT: { standard: -300 },
  MT: { standard: -420, daylight: -360, usDst: true },
  MST: { standard: -420 },
  MDT: { standard: -360 },
  PT: { standard: -480, daylight: -420, usDst: true },
  PST: { standard: -480 },
  PDT: { standard: -420 },
  BST: { standard: 60 },
  CET: { standard: 60 },
  CEST: { standard: 120 },
  EET: { standard: 120 },
  MSK: { standard: 180 },
};

/** Common irregular past-tense verb forms (regular ones end in -ed). */
export const IRREGULAR_PAST = new Set(
  (
    'was were had did said told made took went came saw got gave left found met began won lost fell rose held kept sent spent ' +
    'built bought brought thought felt ran became wrote spoke broke chose drove flew grew knew led paid sold stood struck ' +
    'taught understood wore sat fought caught sought slid hid shot fled fed drew threw swore tore froze ate rode rang sang ' +
    'sank swam forgot arose bore dealt dug heard laid lent lit meant overtook oversaw undertook upheld withdrew wound ' +
    'stole shook woke beat bit blew sprang spun stuck stung swept swung wept'
  ).split(' '),
);
