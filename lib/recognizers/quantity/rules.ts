/**
 * The patterns the quantity recognizer (index.ts) applies around a number, as a table in compromise's style:
 * each rule has a name, an example it matches, one it must not match (spec/quantity-rules.test.ts checks both),
 * and the `source` tag a record shaped by it carries. Patterns are tested on the text just before (`before`) or
 * just after (`after`) the number; `^`/`$` anchor them there.
 */
import { escapeRegExp } from '../../text/regexp';
import { CURRENCY_WORDS, POST_MODIFIERS, PRE_MODIFIERS } from '../../lexicon/quantity-words';

export interface QuantityRule {
  name: string;
  /** Where the pattern is tested: the text before the number, after it, or between two figures. */
  where: 'before' | 'after' | 'between';
  pattern: RegExp;
  /** A text (before or after the number, as `where` says) that the pattern matches. */
  matches: string;
  /** A text it must not match. */
  rejects: string;
  /** The record's `source` when the rule shapes it. */
  source: string;
  why: string;
}

const rule = (r: QuantityRule) => r;

export const PRE_MODIFIER = rule({
  name: 'pre-modifier',
  where: 'before',
  // A hedge stands in the paragraph of its number ("[some](#)\n\n21,000" is two paragraphs); a hard-wrapped
  // line may break it or stand between it and the number ("more\nthan 1.7 mln").
  pattern: new RegExp(
    `(?:^|[^\\p{L}])(${PRE_MODIFIERS.map(([w]) => escapeRegExp(w).replace(/ /g, '(?:[ \\t]+|[ \\t]*\\n[ \\t]*)')).join('|')})(?:[ \\t]{0,3}|[ \\t]*\\n[ \\t]*)$`,
    'iu',
  ),
  matches: 'killing more than ',
  rejects: 'killing some\n\n',
  source: 'quantity/number',
  why: 'a hedge or bound before the number: about, more than, up to',
});

export const POST_MODIFIER = rule({
  name: 'post-modifier',
  where: 'after',
  pattern: new RegExp(`^[ \\t]+(${POST_MODIFIERS.map(([w]) => escapeRegExp(w)).join('|')})(?![\\p{L}\\d])`, 'iu'),
  matches: ' or more people',
  rejects: ' orchards',
  source: 'quantity/number',
  why: 'a bound after the number: or more, or so, plus',
});

export const AGE_AFTER = rule({
  name: 'age-after',
  where: 'after',
  pattern: /^[-\s](year|month|week|day)s?[-\s]olds?(?![\p{L}])/iu,
  matches: '-year-old herder',
  rejects: ' years of drought',
  source: 'quantity/age',
  why: 'an age written as a compound: 36-year-old, 3 months old',
});

export const APPOSITIVE_AGE_BEFORE = rule({
  name: 'appositive-age',
  where: 'before',
  pattern: /[\p{Lu}][\p{Ll}]+\s[\p{Lu}][\p{L}'’-]+,\s$/u,
  matches: 'said Jamie Armstrong, ',
  rejects: 'in the village, ',
  source: 'quantity/age',
  why: 'an age between commas after a full name: Jamie Armstrong, 25, said (a comma must follow the number)',
});

export const AGE_BEFORE = rule({
  name: 'aged',
  where: 'before',
  pattern: /\b(?:aged|age)\s$/i,
  matches: 'a man aged ',
  rejects: 'a package ',
  source: 'quantity/age',
  why: 'aged 41, age 7',
});

export const CURRENCY_OF = rule({
  name: 'currency-of',
  where: 'after',
  pattern: new RegExp(
    `^\\s+of\\s+(${Object.keys(CURRENCY_WORDS)
      .filter((w) => /s$/.test(w))
      .join('|')})\\b`,
    'i',
  ),
  matches: ' of dollars',
  rejects: ' of people',
  source: 'quantity/number',
  why: 'a vague amount of money: millions of dollars',
});

export const PER = rule({
  name: 'rate',
  where: 'after',
  // Not "a year earlier" or "a day ago", which are dates.
  pattern:
    /^(?:\s{1,2}(per|a|an|each|every)\s+|\s?\/\s?)([\p{L}]{1,20}(?:\s(?:foot|feet|metre|meter|mile|km))?)(?![\p{L}])(?!\s+(?:earlier|ago|before|later|after|previously|prior)\b)/iu,
  matches: ' a barrel',
  rejects: ' a year earlier',
  source: 'quantity/rate',
  why: 'the denominator of a rate: $58 a barrel, 3 per fighter, 5 km/h',
});

export const NOT_PER = rule({
  name: 'not-a-denominator',
  where: 'after',
  pattern:
    /^(?:few|lot|number|result|bit|couple|total|while|little|further|more|record|new|year-on-year|half|third|quarter|share of|piece)$/i,
  matches: 'lot',
  rejects: 'barrel',
  source: 'quantity/number',
  why: 'words after "a" that start a phrase, not a rate: 5 a few, 10 a lot',
});

export const CARRY_OVER = rule({
  name: 'carried-participle',
  where: 'after',
  pattern: /^\s+(?:were\s+|more\s+|others?\s+)?([a-z]+ed)\b/,
  matches: ' wounded in the attack',
  rejects: ' soldiers',
  source: 'quantity/coordination',
  why: 'a participle standing for the counted noun in a coordination: 8 killed and 25 wounded',
});

export const COORDINATION = rule({
  name: 'coordination',
  where: 'between',
  pattern: /(?:\band|,|;)\s+$/,
  matches: ' people were killed and ',
  rejects: ' people were killed in ',
  source: 'quantity/coordination',
  why: 'what joins two figures that share a concept',
});

export const RESTATED = rule({
  name: 'restated-figure',
  where: 'between',
  // A conversion in brackets or after a semicolon, an "or" that restates the change, a from–to pair.
  // A time may stand between the two ("675,000 this year from 710,000 last year").
  pattern:
    /^(?:\s*[(;]\s*|,?\s+or\s+(?:about\s+|some\s+)?|(?:\s+(?:(?:this|last|next)\s+(?:year|month|week|quarter)|in\s+\d{4}))?,?\s+(?:(?:rise|increase|fall|drop|decline|gain|jump)\s+)?(?:to|from|up\s+from|down\s+from|compared\s+(?:with|to)|against)\s+(?:an?\s+)?(?:estimated\s+|about\s+)?)$/i,
  matches: ' this year compared with ',
  rejects: ' and officials put it at ',
  source: 'quantity/coordination',
  why: 'a figure that restates the one before it (a conversion, "or 12%", "to £5bn from £4bn") measures the same thing',
});

export const RESTATED_LATER = rule({
  name: 'restated-after-clause',
  where: 'between',
  // After the words that end the first figure's clause, a comma and "down from", "compared with".
  pattern: /,\s+(?:(?:up|down)\s+from|compared\s+(?:with|to))\s+(?:an?\s+)?(?:estimated\s+|about\s+)?$/i,
  matches: ' on the list in May, down from ',
  rejects: ' on the list in May, and from ',
  source: 'quantity/coordination',
  why: 'a figure set against the one before it after a comma ("100 people waited in May, down from 120") counts the same thing',
});

export const BARE_COORDINATE = rule({
  name: 'bare-coordinate',
  where: 'after',
  // Nothing that could name a counted thing of its own: an end, a time or a place after the number.
  pattern:
    /^(?:\s*[.,;:)]|\s*$|\s+(?:afterwards|later|earlier|before|after|respectively|apiece|each|in|on|at|during|last|this|next|a\s+(?:year|month|week|decade)\s+(?:ago|earlier|before))\b)/i,
  matches: ' in the spring',
  rejects: ' soldiers',
  source: 'quantity/coordination',
  why: 'a bare number joined to a counted one counts the same: 40 people before the vote and 60 afterwards',
});

export const PARTITIVE_PRONOUN = rule({
  name: 'partitive-pronoun',
  where: 'after',
  pattern: /^\s+of\s+(?:them|those|these|us|whom)\b/,
  matches: ' of them were children',
  rejects: ' of the dead',
  source: 'quantity/number',
  why: '480 of them: the pronoun is part of the claim though it names nothing',
});

export const MINOR_AFTER = rule({
  name: 'minor-units',
  where: 'after',
  pattern:
    /^\s{1,2}(?:and\s{1,2})?(\d{1,2}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]{3,5})?|[a-z]{3,9}teen|ten|eleven|twelve|one|two|three|four|five|six|seven|eight|nine)(?:\s{1,2}(?:cents?|pence|p))?(?![\p{L}\d])/iu,
  matches: ' and forty-five cents',
  rejects: ' million',
  source: 'quantity/number',
  why: 'the cents after the major unit: 3 dollars 50 cents, 17 USD 25',
});

/** Every rule, for the table test and for readers. */
export const QUANTITY_RULES: QuantityRule[] = [
  PRE_MODIFIER,
  POST_MODIFIER,
  AGE_AFTER,
  APPOSITIVE_AGE_BEFORE,
  AGE_BEFORE,
  CURRENCY_OF,
  PER,
  NOT_PER,
  CARRY_OVER,
  COORDINATION,
  RESTATED,
  RESTATED_LATER,
  BARE_COORDINATE,
  PARTITIVE_PRONOUN,
  MINOR_AFTER,
];
