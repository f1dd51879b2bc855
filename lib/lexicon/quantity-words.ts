/** Hedges, bounds and units for quantities, as data. */
import type { Bound, QuantityKind } from '../types';

/** Words before a number that say how sure the source is. Longest first, so "no more than" wins over "more than". */
export const PRE_MODIFIERS: [string, Bound][] = ([
  ['no more than', 'upper'], ['not more than', 'upper'], ['no fewer than', 'lower'], ['no less than', 'lower'],
  ['more than', 'lower'], ['greater than', 'lower'], ['over', 'lower'], ['at least', 'lower'], ['upwards of', 'lower'],
  ['in excess of', 'lower'], ['as many as', 'upper'], ['as much as', 'upper'], ['as high as', 'upper'],
  ['as low as', 'lower'], ['as few as', 'lower'], ['up to', 'upper'], ['at most', 'upper'], ['fewer than', 'upper'],
  ['less than', 'upper'], ['under', 'upper'], ['below', 'upper'], ['just over', 'lower'], ['just under', 'upper'],
  ['about', 'approx'], ['around', 'approx'], ['some', 'approx'], ['roughly', 'approx'], ['approximately', 'approx'],
  ['nearly', 'approx'], ['almost', 'approx'], ['close to', 'approx'], ['an estimated', 'approx'], ['estimated', 'approx'],
  ['approx.', 'approx'], ['circa', 'approx'], ['c.', 'approx'], ['~', 'approx'], ['an approximate', 'approx'],
  ['more or less', 'approx'], ['nigh on', 'approx'], ['about a', 'approx'],
] as [string, Bound][]).sort((a, b) => b[0].length - a[0].length);

export const POST_MODIFIERS: [string, Bound][] = [
  ['or more', 'lower'], ['or so', 'approx'], ['or less', 'upper'], ['or fewer', 'upper'], ['and up', 'lower'], ['plus', 'lower'],
];

export const CURRENCY_SYMBOLS: Record<string, string> = {
  $: 'USD', 'US$': 'USD', 'A$': 'AUD', 'C$': 'CAD', 'HK$': 'HKD', 'NZ$': 'NZD', '£': 'GBP', '€': 'EUR', '¥': 'JPY', '₹': 'INR', '₽': 'RUB', '₩': 'KRW', '₺': 'TRY',
};

export const CURRENCY_WORDS: Record<string, string> = {
  dollar: 'USD', dollars: 'USD', usd: 'USD', euro: 'EUR', euros: 'EUR', eur: 'EUR', pound: 'GBP', pounds: 'GBP',
  sterling: 'GBP', gbp: 'GBP', yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', rupee: 'INR', rupees: 'INR', rouble: 'RUB',
  roubles: 'RUB', ruble: 'RUB', rubles: 'RUB', franc: 'CHF', francs: 'CHF', lira: 'TRY', won: 'KRW', peso: 'MXN',
  pesos: 'MXN', cent: 'USD-cent', cents: 'USD-cent', pence: 'GBP-pence', p: 'GBP-pence',
};

/** Unit word (lower case) → normalised unit and kind. */
export const UNIT_WORDS: Record<string, { unit: string; kind: QuantityKind }> = {};
function units(kind: QuantityKind, unit: string, ...words: string[]) {
  for (const w of words) UNIT_WORDS[w] = { unit, kind };
}
units('percent', 'percent', '%', 'percent', 'per cent', 'pct', 'percentage points', 'percentage point');
units('measure', 'km', 'km', 'kilometre', 'kilometres', 'kilometer', 'kilometers');
units('measure', 'm', 'metre', 'metres', 'meter', 'meters');
units('measure', 'cm', 'cm', 'centimetre', 'centimetres', 'centimeter', 'centimeters');
units('measure', 'mm', 'mm', 'millimetre', 'millimetres', 'millimeter', 'millimeters');
units('measure', 'mi', 'mile', 'miles', 'mi');
units('measure', 'ft', 'ft', 'foot', 'feet');
units('measure', 'in', 'inch', 'inches');
units('measure', 'yd', 'yard', 'yards');
units('measure', 'km2', 'km2', 'km²', 'sq km', 'square kilometres', 'square kilometers', 'square kilometre', 'square kilometer');
units('measure', 'mi2', 'square miles', 'square mile', 'sq mi');
units('measure', 'ha', 'hectare', 'hectares', 'ha');
units('measure', 'acre', 'acre', 'acres');
units('measure', 'kg', 'kg', 'kilogram', 'kilograms', 'kilogramme', 'kilogrammes', 'kilo', 'kilos');
units('measure', 'g', 'gram', 'grams', 'gramme', 'grammes');
units('measure', 't', 'tonne', 'tonnes', 'ton', 'tons', 'metric tons');
units('measure', 'lb', 'lb', 'lbs', 'pound weight');
units('measure', 'oz', 'ounce', 'ounces', 'oz');
units('measure', 'l', 'litre', 'litres', 'liter', 'liters');
units('measure', 'ml', 'ml', 'millilitre', 'millilitres', 'milliliter', 'milliliters');
units('measure', 'gal', 'gallon', 'gallons');
units('measure', 'bbl', 'barrel', 'barrels');
units('measure', 'km/h', 'km/h', 'kph', 'kmh', 'kilometres per hour', 'kilometers per hour');
units('measure', 'mph', 'mph', 'miles per hour');
units('measure', '°C', '°c', 'degrees celsius', 'degrees centigrade', 'celsius', 'c');
units('measure', '°F', '°f', 'degrees fahrenheit', 'fahrenheit', 'f');
units('measure', 'degree', 'degrees', 'degree');
units('measure', 'MW', 'mw', 'megawatt', 'megawatts');
units('measure', 'GW', 'gw', 'gigawatt', 'gigawatts');
units('measure', 'kWh', 'kwh', 'kilowatt-hours', 'kilowatt hours');
units('duration', 'second', 'second', 'seconds');
units('duration', 'minute', 'minute', 'minutes');
units('duration', 'hour', 'hour', 'hours');
units('duration', 'day', 'day', 'days');
units('duration', 'week', 'week', 'weeks');
units('duration', 'month', 'month', 'months');
units('duration', 'year', 'year', 'years');
units('duration', 'decade', 'decade', 'decades');
