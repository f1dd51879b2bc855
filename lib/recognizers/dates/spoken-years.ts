/**
 * Years written out as spoken, as broadcast transcripts have them: `nineteen ninety-six` (1996), `the year two
 * thousand` (2000), `two thousand and three`, `January nineteen ninety-seven` (1997-01), `the winter of nineteen
 * ninety-four` (1994-WI), `the nineties` (199).
 */
import { MONTHS, SEASONS } from '../../lexicon/time-words';
import { TENS_WORDS, UNITS_WORDS, wordsValue } from '../../lexicon/numbers';
import { tokenAt } from '../../text/prepare';
import { dateDraft, type DateContext, type DateDraft, type DateFamily } from './context';
import { extendLeftWithArticle } from './spans';
import { formatMonth, pad } from './timex';

const TEENS = Object.keys(UNITS_WORDS).filter((w) => UNITS_WORDS[w] >= 10);
const UNITS = Object.keys(UNITS_WORDS).filter((w) => UNITS_WORDS[w] >= 1 && UNITS_WORDS[w] <= 9);
const TENS = Object.keys(TENS_WORDS);
const TWO_DIGITS = `(?:(?:${TENS.join('|')})(?:[\\s-](?:${UNITS.join('|')}))?|${TEENS.join('|')}|oh[\\s-](?:${UNITS.join('|')}))`;
// "nineteen ninety-six", "eighteen twelve", "twenty ten"; "two thousand (and) three".
const CENTURY_FORM = `(seventeen|eighteen|nineteen|twenty)[\\s-](${TWO_DIGITS}|hundred)`;
const THOUSAND_FORM = `(two\\s+thousand(?:\\s+and)?(?:[\\s-](?:${TWO_DIGITS.replace('oh[\\s-]', '')}))?)`;
const SPOKEN_YEAR = new RegExp(`\\b(?:${CENTURY_FORM}|${THOUSAND_FORM})\\b`, 'gi');
// A word every spoken year has: a literal test that lets most texts (one in ten has one) skip the long pattern.
const SPOKEN_YEAR_WORD = /teen|twenty|thousand/i;
// A count, not a year: "two thousand people", "nineteen twenty-dollar bills" (a plural noun after it).
const isCountOf = (ctx: DateContext, end: number): boolean => {
  const next = ctx.prep.tokens[tokenAt(ctx.prep, end)];
  return next != null && next.start - end < 3 && next.pos === 'NOUN' && /[a-z]s$/.test(next.text);
};
// "two thousand" alone is a year only as "the year two thousand" or after a date preposition.
const THOUSAND_CUE = /\b(?:the\s+year|in|since|by|until|till|before|after|of|from|through)\s+$/i;
const MONTH_BEFORE = new RegExp(`\\b(${MONTHS.join('|')})\\s+$`, 'i');
const SEASON_OF_BEFORE = new RegExp(`\\b(${Object.keys(SEASONS).join('|')})\\s+of\\s+$`, 'i');
const THE_YEAR_BEFORE = /\bthe\s+year\s+$/i;
const DECADE_WORDS = /\bthe\s+(?:(?:early|late|mid)[\s-]+)?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/gi;
const DECADE_DIGIT: Record<string, number> = {
  twenties: 2,
  thirties: 3,
  forties: 4,
  fifties: 5,
  sixties: 6,
  seventies: 7,
  eighties: 8,
  nineties: 9,
};

function yearOf(m: RegExpMatchArray): number | null {
  if (m[3]) return wordsValue(m[3].toLowerCase().split(/[\s-]+/));
  const century = UNITS_WORDS[m[1].toLowerCase()];
  if (/^hundred$/i.test(m[2])) return century * 100;
  const rest = wordsValue(
    m[2]
      .toLowerCase()
      .replace(/^oh[\s-]/, '')
      .split(/[\s-]+/),
  );
  return rest == null ? null : century * 100 + rest;
}

export const spokenYearDates: DateFamily = (ctx) => {
  const out: DateDraft[] = [];
  const text = ctx.text;
  for (const m of SPOKEN_YEAR_WORD.test(text) ? text.matchAll(SPOKEN_YEAR) : []) {
    const s = m.index!;
    const e = s + m[0].length;
    const year = yearOf(m);
    const before = text.slice(Math.max(0, s - 24), s);
    if (year == null || (m[3] && isCountOf(ctx, e))) continue;
    if (m[3] && !THOUSAND_CUE.test(before)) continue;
    const month = MONTH_BEFORE.exec(before);
    const season = SEASON_OF_BEFORE.exec(before);
    const theYear = THE_YEAR_BEFORE.exec(before);
    if (month && /^[A-Z]/.test(month[1])) {
      const value = formatMonth(year, MONTHS.indexOf(month[1].toLowerCase()) + 1);
      out.push(dateDraft(ctx, s - month[0].length, e, { value, timexType: 'DATE' }, 'date/spoken-year', 0.8));
    } else if (season) {
      const start = extendLeftWithArticle(text, s - season[0].length).start;
      const value = `${pad(year, 4)}-${SEASONS[season[1].toLowerCase()].code}`;
      out.push(dateDraft(ctx, start, e, { value, timexType: 'DATE' }, 'date/spoken-year', 0.8));
    } else {
      const start = theYear ? s - theYear[0].length : s;
      out.push(dateDraft(ctx, start, e, { value: pad(year, 4), timexType: 'DATE' }, 'date/spoken-year', 0.8));
    }
  }
  for (const m of text.matchAll(DECADE_WORDS)) {
    const value = `19${DECADE_DIGIT[m[1].toLowerCase()]}`;
    out.push(dateDraft(ctx, m.index!, m.index! + m[0].length, { value, timexType: 'DATE' }, 'date/decade', 0.7));
  }
  return out;
};
