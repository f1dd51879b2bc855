/**
 * Durations: `six weeks` (P6W), `90 days`, `a decade` (P10Y), `24 hours` (PT24H), `two and a half years`
 * (P2.5Y), `several months` / `recent weeks` (PXM, PXW), `for years` (PXY). A duration inside a relative
 * phrase is drawn alone (`about a month earlier` → `a month`); one anchored in the text (`the last six weeks`)
 * also gets its interval.
 */
import { DURATION_FILLERS, DURATION_UNITS, UNIT_WORD_PATTERN } from '../../lexicon/time-words';
import { PatternSet } from '../../text/regexp';
import { TENS_WORDS, UNITS_WORDS, wordNumber } from '../../lexicon/numbers';
import { dateDraft, type DateContext, type DateDraft, type DateFamily, type DateFields } from './context';
import { directionWord } from './spans';
import { addDays, addMonths, type Day, durationValue, formatDay, formatMonth, pad, type Direction } from './timex';
import { anchorOf, shiftAnchor, type Anchor, type Resolver, type TimeUnit } from './anaphora';

const UNITS_ALT = Object.keys(UNITS_WORDS)
  .filter((w) => w !== 'zero')
  .join('|');
const TENS_ALT = Object.keys(TENS_WORDS).join('|');
/** A written number up to ninety-nine, or a hundred, as a regex alternation. */
export const WORD_NUMBER = `(?:(?:${TENS_ALT})(?:[-\\s](?:${UNITS_ALT}))?|${UNITS_ALT}|a\\s+hundred|one\\s+hundred)`;
const VAGUE = 'several|a\\s+few|few|many|recent|a\\s+number\\s+of';
// "a couple of years", "the next couple of years": two, as TimeML counts it (P2Y).
const COUPLE = '(?:a\\s+)?couple\\s+of';
const VAGUE_AMOUNT = new RegExp(`^(?:${VAGUE})$`, 'i');
// "between 60 and 90 days": a number just before, joined by and/to/or, is a duration of the same unit.
const LEADING_AMOUNT = new RegExp(`\\b(\\d+(?:\\.\\d+)?|${WORD_NUMBER})\\s+(?:and|to|or)\\s+$`, 'i');
const AMOUNT = `(\\d+(?:\\.\\d+)?(?:\\s+1/2)?|${WORD_NUMBER}|half\\s+an?|${COUPLE}|an?|${VAGUE})`;
const UNIT = `(${UNIT_WORD_PATTERN})`;
const DURATION = new RegExp(
  String.raw`\b(?:(the)\s+(?:mere\s+|full\s+|whole\s+)?|(a)\s+(?:mere|full|whole)\s+)?(?:(last|past|next|coming|previous|following|first|latest|final|initial)\s+)?` +
    String.raw`${AMOUNT}(\s+and\s+a\s+half)?(?:[-\s]+(?:${DURATION_FILLERS.join('|')}))?[-\s]+${UNIT}\b(\s+and\s+a\s+half)?(?:(?<=s)['’](?=\s+[a-z]))?`,
  'gi',
);
// "the weeks ahead", "the months to come": a vague stretch still to come.
const UNITS_AHEAD = /\bthe\s+(days|weeks|months|years)\s+(?:ahead|to\s+come)\b/gi;
const BARE_PLURAL =
  /\b(?:for|over|in|within)\s+(years|months|decades|centuries|weeks|days|hours)\b(?!\s+(?:of|ago|earlier|later|before|after)\b)/gi;
// Ages and counts of things that are not spans of time.
const AGE_AFTER = /^(?:[-\s]+old\b|\s+of\s+age\b|\s+and\s+(?:older|younger|up|over|above|under)\b)/i;
const AGE_BEFORE = /\b(?:aged?|ages)\s+(?:of\s+)?$/i;
// "$3,500 a month", "pennies a day", "twice a week": a rate, i.e. a SET, unless it is "a year earlier".
const RATE_BEFORE = /(?:\d|\b(?:thousand|million|billion|trillion|dollars|euros|pounds|pennies|cents|times|once|twice))\)?\s+$/i;
const RELATIVE_AFTER = /^\s+(?:earlier|later|ago|before|after|from)\b/i;
// How sure the amount is ("nearly two years", "more than four hours"): TimeML keeps it in the span (its `mod`).
const APPROX_BEFORE =
  /\b(?:about|around|nearly|almost|roughly|approximately|some|more\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most|up\s+to|no\s+more\s+than|no\s+less\s+than|over|under|barely|just\s+over|just\s+under|well\s+over)\s+$/i;
// "a year earlier" is a point in time (TimeBank and the project's corpus mark it whole); "a month earlier than
// usual" compares, and "three days later", "a day after" keep the duration alone (TE3 and TimeBank).
const EARLIER_AFTER = /^\s+earlier\b(?!\s+than\b)/i;
// "a second" before a noun is an ordinal ("for a second time"), not a second of time ("for a second, or two").
const ORDINAL_AFTER = /^\s+(?!(?:or|and|to|of|before|after|later|earlier|ago|longer|more|in|at|when|while|until)\b)\p{L}/u;
const OF_AFTER = /^\s+of\b/i;
// "could last two weeks", "stocks that normally last six days": the verb, not "the last two weeks".
const LAST_AS_VERB_BEFORE =
  /\b(?:will|would|could|can|may|might|should|must|to|not|n['’]t|does|did|do|normally|usually|typically|often|generally)\s+$/i;
const SECOND_AS_DURATION_BEFORE = /\b(?:for|in|within|about|than|only|just|half|every|per)\s+$/i;

/** The number of units an amount is, or null when vague. */
function amountOf(amount: string, halves: boolean): number | null {
  const a = amount.toLowerCase().replace(/\s+/g, ' ');
  let n: number | null;
  if (/^\d/.test(a)) n = Number(a.replace(/ 1\/2$/, '')) + (a.endsWith(' 1/2') ? 0.5 : 0);
  else if (a === 'a' || a === 'an') n = 1;
  else if (a.startsWith('half')) n = 0.5;
  else if (/couple of$/.test(a)) n = 2;
  else if (a === 'a hundred' || a === 'one hundred') n = 100;
  else n = wordNumber(a);
  return n == null ? null : n + (halves ? 0.5 : 0);
}

/** The interval of a duration anchored at the reference date (`the last six weeks`). */
function interval(ctx: DateContext, dir: Direction, n: number | null, unit: string): Pick<DateFields, 'from' | 'to'> {
  const ref = ctx.ref;
  if (!ref || n == null || !Number.isInteger(n) || (dir !== 'past' && dir !== 'future')) return {};
  const sign = dir === 'past' ? -1 : 1;
  let other: Day;
  if (unit === 'day' || unit === 'week' || unit === 'fortnight')
    other = addDays(ref, sign * n * DURATION_UNITS[unit].factor * (unit === 'day' ? 1 : 7));
  else if (unit === 'month' || unit === 'year' || unit === 'decade') {
    const months = n * (unit === 'month' ? 1 : unit === 'year' ? 12 : 120);
    const m = addMonths(ref.year, ref.month, sign * months);
    other = { year: m.year, month: m.month, day: Math.min(ref.day, 28) };
  } else return {};
  const [from, to] = sign < 0 ? [other, ref] : [ref, other];
  return { from: formatDay(from), to: formatDay(to) };
}

/** `six years ago` → 2007, `three months ago` → 2012-12, `a week ago` → 2013-03-15; vague amounts → PAST_REF. */
function agoValue(ctx: DateContext, n: number | null, unit: string): string | null {
  const ref = ctx.ref;
  if (n == null) return 'PAST_REF';
  if (!ref || !Number.isInteger(n)) return null;
  if (unit === 'day' || unit === 'week' || unit === 'fortnight' || unit === 'night')
    return formatDay(addDays(ref, -n * (unit === 'week' ? 7 : unit === 'fortnight' ? 14 : 1)));
  if (unit === 'month') {
    const m = addMonths(ref.year, ref.month, -n);
    return formatMonth(m.year, m.month);
  }
  if (unit === 'year') return pad(ref.year - n, 4);
  if (unit === 'decade') return pad(ref.year - 10 * n, 4).slice(0, 3);
  return null;
}

const ANAPHORIC_UNITS: Record<string, TimeUnit> = { day: 'day', week: 'week', month: 'month', quarter: 'quarter', year: 'year' };

/** "a year earlier": the last anchored date moved back; without one, the reference date at the unit's granularity. */
function shiftedBack(last: Anchor | null, ref: Day | null, n: number, unit: TimeUnit): string | null {
  if (last) return shiftAnchor(last, -n, unit);
  if (!ref) return null;
  return shiftAnchor(
    anchorOf(unit === 'year' ? pad(ref.year, 4) : unit === 'month' ? formatMonth(ref.year, ref.month) : formatDay(ref))!,
    -n,
    unit,
  );
}

/** "a year ago" after a quarter or a half: that period a year back; otherwise the value read from the reference. */
function periodAgo(fromRef: string | null, n: number): Resolver {
  return (last) => (last && (last.quarter != null || last.half != null) ? shiftAnchor(last, -n, 'year') : fromRef);
}

const unitOf = (word: string) =>
  word
    .toLowerCase()
    .replace(/centuries/, 'century')
    .replace(/s$/, '');

// One pass over the text for all of them (each keeps the matches of its own scan).
const PATTERNS = new PatternSet({ DURATION, UNITS_AHEAD, BARE_PLURAL });

export const durationDates: DateFamily = (ctx) => {
  const out: DateDraft[] = [];
  const text = ctx.text;
  const found = PATTERNS.scan(text);
  for (const m of found.DURATION) {
    const s = m.index!;
    const e = s + m[0].length;
    const [, the, aMere, written, amount, half1, unitWord, half2] = m;
    const verbLast = !the && !aMere && /^last$/i.test(written ?? '') && LAST_AS_VERB_BEFORE.test(text.slice(Math.max(0, s - 12), s));
    const dirWord = verbLast ? undefined : written;
    const det = the ?? aMere;
    const unit = unitOf(unitWord);
    const isArticle = /^an?$/i.test(amount);
    const vague = VAGUE_AMOUNT.test(amount);
    if (AGE_AFTER.test(text.slice(e, e + 16)) || AGE_BEFORE.test(text.slice(Math.max(0, s - 10), s))) continue;
    if (/^[A-Z]/.test(unitWord)) continue; // a title or a name ("30 Seconds to Mars"), not a span of time
    if (vague && !/s$/i.test(unitWord)) continue; // "several week" is not English; "recent season" is not a span
    if (isArticle && unit === 'quarter') continue; // "a quarter of the vote" is a fraction
    // "three-quarters of its food", "two quarters of the board": fractions, unless a period is named ("the first three quarters").
    if (unit === 'quarter' && !det && !dirWord && (/-quarters$/i.test(m[0]) || OF_AFTER.test(text.slice(e, e + 4)))) continue;
    if (isArticle && unit === 'second' && !SECOND_AS_DURATION_BEFORE.test(text.slice(Math.max(0, s - 10), s))) continue;
    if (isArticle && unit === 'second' && ORDINAL_AFTER.test(text.slice(e, e + 16))) continue; // "a second time"
    const n = vague ? null : amountOf(amount, Boolean(half1 || half2));
    const dir = directionWord(dirWord);
    if (
      isArticle &&
      !det &&
      !dirWord &&
      RATE_BEFORE.test(text.slice(Math.max(0, s - 12), s)) &&
      !RELATIVE_AFTER.test(text.slice(e, e + 8))
    ) {
      out.push(dateDraft(ctx, s, e, { value: durationValue(1, unit), timexType: 'SET' }, 'date/set', 0.75));
      continue;
    }
    // "six weeks ago", "a week or so ago" (the hedge is part of the date).
    const ago = /^(?:\s+or\s+so)?\s+ago\b/i.exec(text.slice(e, e + 14));
    const approx = det ? null : APPROX_BEFORE.exec(text.slice(Math.max(0, s - 20), s));
    const relative = RELATIVE_AFTER.test(text.slice(e, e + 8));
    const from = approx && (ago || !relative) ? s - approx[0].length : s;
    if (ago) {
      // "six years ago" is a date: the reference date moved back, at the unit's granularity; in a results report
      // "a year ago" is the same quarter a year back, so a quarter or half just before sets the granularity.
      const draft = dateDraft(ctx, from, e + ago[0].length, { value: agoValue(ctx, n, unit), timexType: 'DATE' }, 'date/ago', 0.8);
      out.push(unit === 'year' && n != null && Number.isInteger(n) ? ctx.anaphoric(draft, periodAgo(draft.value, n)) : draft);
      continue;
    }
    const earlier = EARLIER_AFTER.exec(text.slice(e, e + 16));
    if (earlier && n != null && Number.isInteger(n) && unit in ANAPHORIC_UNITS) {
      const draft = dateDraft(ctx, from, e + earlier[0].length, { value: null, timexType: 'DATE' }, 'date/earlier', 0.75);
      out.push(ctx.anaphoric(draft, (last, ref) => shiftedBack(last, ref, n, ANAPHORIC_UNITS[unit])));
      continue;
    }
    // "the eight-year war": a duration used as an adjective leaves the article out.
    // "the first nine months" keeps its ordinal; "first three-month class" and "the eight-year war" start at the amount.
    const adjective = n != null && n !== 1 && !/s$/i.test(unitWord);
    const ordinalAlone = !det && /^(?:first|latest|final|initial)$/i.test(dirWord ?? '');
    const amountStart = s + m[0].indexOf(amount, det || written ? (det?.length ?? 0) + 1 : 0);
    const start = adjective || ordinalAlone || verbLast ? amountStart : from;
    const fields: DateFields = { value: durationValue(n, unit), timexType: 'DURATION', ...interval(ctx, dir, n, unit) };
    out.push(dateDraft(ctx, start, e, fields, 'date/duration', 0.8));
    const lead = LEADING_AMOUNT.exec(text.slice(Math.max(0, s - 24), s));
    if (lead && !det && !dirWord) {
      const ls = s - lead[0].length;
      const ln = amountOf(lead[1], false);
      out.push(dateDraft(ctx, ls, ls + lead[1].length, { value: durationValue(ln, unit), timexType: 'DURATION' }, 'date/duration', 0.7));
    }
  }
  for (const m of found.UNITS_AHEAD) {
    const fields = { value: durationValue(null, unitOf(m[1])), timexType: 'DURATION' as const };
    out.push(dateDraft(ctx, m.index!, m.index! + m[0].length, fields, 'date/duration', 0.75));
  }
  for (const m of found.BARE_PLURAL) {
    const s = m.index! + m[0].length - m[1].length;
    out.push(dateDraft(ctx, s, s + m[1].length, { value: durationValue(null, unitOf(m[1])), timexType: 'DURATION' }, 'date/duration', 0.7));
  }
  return out;
};
