/**
 * Why a number is not a quantity claim: a part of a time (`6PM`, `4:39`), an ordinal (`71st`), a year used as a
 * date, a number inside a name or code (`MI-6`, `F-16`, `Boeing 747`, `S&P 500`, `COVID-19`), an address,
 * a phone number, a list marker, a page or section number, or "one" used as a pronoun. Numbers inside full
 * dates are dropped later by the overlap refiner, which lets dates win.
 */
import type { NumberSpan } from './number';
import { NUMBERED_THINGS, SENTENCE_WORDS, STREET_WORDS } from '../../lexicon/quantity-words';

/** What is attached to the number: a unit, a currency or a hedge makes a year-like number a quantity. */
export interface Attachments {
  unit: boolean;
  modifier: boolean;
}

const ORDINAL_AFTER = /^(?:st|nd|rd|th)\b/i;
const TIME_AFTER = /^(?:\s?(?:[ap]\.?m\b\.?|GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|ET|CT|PT)\b|[:.]\d\d\s?[ap]\.?m\b|:\d\d)/i;
const TIME_BEFORE = /\d[:]$/;
// The second half of a year span ("2013-14"), an exponent ("km^2"), a tolerance ("±0.01", "+/- 1e-5").
const PART_BEFORE = /(?:\b(?:1[89]|20)\d\d[-–/]|\^|±\s?|\+\s?\/?\s?-\s?)$/;
const CODE_BEFORE = /(?:[\p{Lu}][\p{L}&]*\s?[-‐–]|[#№])$/u;
// "covid-19", "pre-2008": a lower-case word joined to a bare number.
const WORD_HYPHEN_BEFORE = /[\p{L}][-‐]$/u;
const CODE_AFTER = /^(?:[-‐][\p{Lu}]|[A-Z]{1,3}\d|[GDX](?![\p{L}]))/u;
const DECADE_AFTER = /^[’']?s\b/;
// An abbreviated year: "December '16", "the class of ’98".
const SHORT_YEAR_BEFORE = /(?:^|\s)['’]$/;
const STREET_AFTER = new RegExp(`^\\s(?:[\\p{Lu}\\d][\\p{L}\\d.'’]*\\s){0,3}(?:${STREET_WORDS.join('|')})\\b`, 'u');
const NUMBERED_BEFORE = new RegExp(`\\b(?:${NUMBERED_THINGS.join('|')})\\.?\\s?$`, 'i');
const PHONE = /^(?:\d{3}[-. ]\d{3,4}(?:[-. ]\d{4})?|\d{4}[ ]\d{3}[ ]\d{3,4})(?!\d)/;
const PHONE_BEFORE = /(?:\(\d{2,5}\)\s?|\+\d{1,3}[\s-]?)$/;
// The later groups of a phone number: "555-0123" after its area code, "(212)" before its number.
const PHONE_TAIL = { before: /\b\d{3}[-.]$/, written: /^\d{4}$/, after: /^\)\s?\d{3}[-. ]\d{4}/ };
const LIST_MARKER = { before: /(?:^|\n)[ \t]*\(?$/, after: /^[.)](?:\s|$)/ };
// A capitalised word right before a bare number names the thing: "Boeing 747", "iPhone 11", "Game 7", "S&P 500".
const NAME_BEFORE = /(?:^|[^\p{L}])([\p{L}&]*[\p{Lu}][\p{L}&]*)\s$/u;
const PLURAL_AFTER =
  /^\s+(?:(?!(?:has|was|is|does|goes|says|gets|makes|takes|comes|seems|looks|remains|becomes|this|thus|its|his|as|us|less|unless|across|plus|minus|versus|whereas|news|series)\b)[\p{Ll}][\p{L}-]*(?:[^s\W]s|ies)|people|men|women|children|police|staff|personnel|cattle)(?![\p{L}])/u;
const YEAR_PREPOSITION =
  /\b(?:in|since|by|until|till|from|to|of|between|during|before|after|and|or|early|late|mid|year|season|the|circa|through|fiscal|FY)[\s-]$/i;
const ONE_AS_PRONOUN_BEFORE = /\b(?:the|each|every|no|this|that|which|any|only|a|such|another|last|next)\s$/i;
// "in which one worker was killed": after a relative pronoun, "one" with a noun and a verb counts.
const RELATIVE_BEFORE = /\b(?:which|that)\s$/i;
const ONE_COUNTED_AFTER = /^\s+[\p{Ll}][\p{Ll}-]+\s+(?:was|were|is|has|had|died|remains)\b/u;
const ONE_OF_SUPERLATIVE =
  /^\s+(?:another\b|of\s+(?:the|its|their|his|her|our|my|your|these|those|Britain's|America's)\s+(?:most|least|best|worst|first|last|only|\w+est)\b|of\s+(?:us|them|those|these)\b(?!\s+\w+ed\b))/i;
const HALF_AS_PERIOD = /\b(?:first|second|this|last|next|the|a|an|other|better|later)\s$/i;
const RANK_BEFORE = /\bnumber\s$/i;
const HYPHEN_WORD_AFTER = /^[-‐][\p{L}]/u;

export function isExcluded(text: string, n: NumberSpan, attached: Attachments): boolean {
  const written = text.slice(n.start, n.end);
  // Look before the digits, not before a sign: "COVID -19" is a code, not minus nineteen.
  const digitsStart = n.words ? n.start : n.start + Math.max(0, written.search(/[\d.]/));
  const before = text.slice(Math.max(0, digitsStart - 24), digitsStart);
  const after = text.slice(n.end, n.end + 60);
  if (ORDINAL_AFTER.test(after) || TIME_AFTER.test(after) || TIME_BEFORE.test(before) || PART_BEFORE.test(before)) return true;
  if (n.plain && /^\d\d$/.test(written) && SHORT_YEAR_BEFORE.test(before)) return true;
  if (!n.words && (CODE_BEFORE.test(before) || (n.plain && (CODE_AFTER.test(after) || DECADE_AFTER.test(after))))) return true;
  if (PHONE.test(text.slice(n.start, n.start + 16)) || PHONE_BEFORE.test(before)) return true;
  if ((PHONE_TAIL.before.test(before) && PHONE_TAIL.written.test(written)) || PHONE_TAIL.after.test(after)) return true;
  if (LIST_MARKER.before.test(before) && LIST_MARKER.after.test(after)) return true;
  const bare = !attached.unit && !attached.modifier;
  if (bare && !n.words && WORD_HYPHEN_BEFORE.test(before)) return true;
  if (bare && !n.words && n.plain && STREET_AFTER.test(after)) return true;
  if (bare && !n.words && !n.grouped && NUMBERED_BEFORE.test(before)) return true;
  if (bare && !n.words && !n.grouped && n.scale === 1 && !PLURAL_AFTER.test(after)) {
    const name = NAME_BEFORE.exec(before);
    if (name && !SENTENCE_WORDS.has(name[1].toLowerCase())) return true;
  }
  // A year used as a date: "in 2014", "2019 review". "2018 sales" and "about 2000 people" stay quantities.
  if (bare && n.plain && /^\d{4}$/.test(written) && +written >= 1800 && +written <= 2199) {
    if (YEAR_PREPOSITION.test(before) || !PLURAL_AFTER.test(after)) return true;
  }
  if (n.words && !attached.unit) {
    const w = written.toLowerCase();
    // "fly-half", "all-four": a number word at the end of a hyphenated word.
    if (WORD_HYPHEN_BEFORE.test(before)) return true;
    // "number one", "No. 2": a rank, not an amount.
    if (RANK_BEFORE.test(before)) return true;
    // "one-time", "a third-party", "half-brother": a number word inside a compound adjective.
    if (HYPHEN_WORD_AFTER.test(after)) return true;
    if (w === 'one' && ONE_AS_PRONOUN_BEFORE.test(before) && !(RELATIVE_BEFORE.test(before) && ONE_COUNTED_AFTER.test(after))) return true;
    if (w === 'one' && ONE_OF_SUPERLATIVE.test(after)) return true;
    if (w === 'half' && HALF_AS_PERIOD.test(before) && !/^\s+(?:of|an?)\b/i.test(after)) return true;
  }
  return false;
}
