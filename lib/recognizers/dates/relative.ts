/**
 * Dates relative to the reference date that chrono misses or draws at the wrong granularity: `this week`
 * (2013-W12), `last month`, `the previous year`, `the weekend`, `the end of the year`, `the day`; and the
 * TIMEX3 references `now`, `currently` (PRESENT_REF), `recently` (PAST_REF), `in the future` (FUTURE_REF).
 */
import { REFERENCE_PHRASES } from '../../lexicon/time-words';
import { dateDraft, type DateContext, type DateDraft, type DateFamily, type DateFields } from './context';
import { directionWord, extendLeft } from './spans';
import { addDays, addMonths, dayOfWeekday, formatDay, formatMonth, isoWeek, pad, type Direction } from './timex';
import { anchorOf, shiftAnchor, unitAfterAnchor, type TimeUnit } from './anaphora';
import { wordNumber } from '../../lexicon/numbers';
import { PatternSet } from '../../text/regexp';

const REFERENCE = new RegExp(
  `\\b(?:${Object.keys(REFERENCE_PHRASES)
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/ /g, '\\s+'))
    .join('|')})\\b`,
  'gi',
);
const OF_AFTER = /^\s+of\b/i;
const UNIT_REF =
  /\b(?:(?:the\s+)?(last|past|previous|coming|following)|(this|next|the\s+current|the\s+same))\s+(?:(?:fiscal|financial|calendar)\s+)?(day|week|weekend|month|quarter|year|decade|century)\b/gi;
const THE_WEEKEND = /\b(?:the|this|last|next)\s+weekend\b/gi;
const PART_OF_UNIT = /\b(?:the\s+)?(?:end|beginning|start|middle|rest|remainder|close)\s+of\s+(?:the\s+)?(year|month|week)\b/gi;
// "by year-end", "since year end", "around year's end" (not "the year ended March 31", twelve months).
// The approximation word is looked for behind a match: a leading optional group would make the scan try every word.
const YEAR_END = /\byear(?:-end|\s+end|['’]s\s+end)\b(?![\s-]*(?:ed|ing)\b)/gi;
const APPROX_BEFORE = /\b(?:around|about|near)\s+$/i;
// "for the week", "the week's most active session": the week as a date (not "the week of", "the week before").
const THE_WEEK = /\bthe\s+week\b(?!\s+(?:of|before|after|ended|ending|following|earlier|later|to|that|when)\b)/gi;
const WEEK_CONTEXT_AFTER = /^(?:\s*[,.;:]|['’]s\b)/;
// Two days off the reference day, written as one expression.
const TWO_DAYS_OFF = /\bthe\s+day\s+(before\s+yesterday|after\s+tomorrow)\b/gi;
const THE_DAY = /\b(?:the|that)\s+(?:same\s+)?day\b/gi;
// "that year", "that week": the unit of the last date written before.
const THAT_UNIT = /\bthat\s+(week|month|quarter|year)\b(?!\s*['’]s)/gi;
const SAME_UNIT_BACK = /^\s+(a|an|one|two|three|\d+)\s+years?\s+(?:ago|earlier|before)\b/i;
const ANAPHORIC_UNITS = new Set(['day', 'week', 'month', 'quarter', 'year']);
// "the day" is a date when it closes a clause, is anchored ("the day before") or is what a market ends.
const DAY_CONTEXT_AFTER = /^\s*(?:[,.;:]|before\b|after\b|earlier\b|at\b)/i;
const DAY_CONTEXT_BEFORE = /\b(?:for|end|ended|ending|ends|finish|finished|finishing|close|closed|closing|during|throughout|on|of)\s+$/i;
// "now" standing alone at a clause edge ("Now, ...", "... it now.", "until now."); "is now foreseeable" is an
// adverb of degree. TimeBank marks every "now"; the project's own annotated news does not (see the README).
const NOW = /\bnow\b/gi;
// "will one day be", "could some day replace": an unnamed day to come (FUTURE_REF), not a duration of one day.
const SOME_DAY_AHEAD =
  /\b(?:will|would|could|may|might|can|shall|should|must)\s+(?:not\s+|also\s+|still\s+)?((?:one|some)\s+day|someday)\b/gi;

const VALUE: Record<string, (ctx: DateContext, shift: number) => string> = {
  day: (ctx, k) => formatDay(addDays(ctx.ref!, k)),
  week: (ctx, k) => isoWeek(addDays(ctx.ref!, 7 * k)),
  weekend: (ctx, k) => `${isoWeek(addDays(ctx.ref!, 7 * k))}-WE`,
  month: (ctx, k) => {
    const m = addMonths(ctx.ref!.year, ctx.ref!.month, k);
    return formatMonth(m.year, m.month);
  },
  quarter: (ctx, k) => {
    const q = ctx.ref!.year * 4 + Math.floor((ctx.ref!.month - 1) / 3) + k;
    return `${pad(Math.floor(q / 4), 4)}-Q${(q % 4) + 1}`;
  },
  year: (ctx, k) => pad(ctx.ref!.year + k, 4),
  decade: (ctx, k) => String(Math.floor(ctx.ref!.year / 10) + k),
  century: (ctx, k) => pad(Math.floor(ctx.ref!.year / 100) + k),
};

// One pass over the text for all of them (each keeps the matches of its own scan).
const PATTERNS = new PatternSet({
  REFERENCE,
  NOW,
  SOME_DAY_AHEAD,
  UNIT_REF,
  THAT_UNIT,
  THE_WEEKEND,
  PART_OF_UNIT,
  YEAR_END,
  THE_WEEK,
  TWO_DAYS_OFF,
  THE_DAY,
});

const shiftOf = (dir: Direction): number => (dir === 'past' ? -1 : dir === 'future' ? 1 : 0);

export const relativeDates: DateFamily = (ctx) => {
  const out: DateDraft[] = [];
  const text = ctx.text;
  const found = PATTERNS.scan(text);
  const push = (s: number, e: number, fields: DateFields, source: string, confidence = 0.85) =>
    out.push(dateDraft(ctx, s, e, fields, source, confidence));

  for (const m of found.REFERENCE) {
    // "the future of the port", "the past of the city": a topic, not a time.
    if (/^the\s+(?:past|future)$/i.test(m[0]) && OF_AFTER.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 4))) continue;
    push(
      m.index!,
      m.index! + m[0].length,
      { value: REFERENCE_PHRASES[m[0].toLowerCase().replace(/\s+/g, ' ')], timexType: 'DATE' },
      'date/reference',
    );
  }
  for (const m of found.NOW) {
    const s = m.index!;
    const before = text.slice(Math.max(0, s - 3), s);
    const after = text.slice(s + 3, s + 5);
    const opensSentence = /(?:^|[.!?"\n]\s*)$/.test(text.slice(Math.max(0, s - 3), s)) && /^,/.test(after);
    const closesClause = /^[.,;:!]/.test(after) && /\w\s$/.test(before);
    if (opensSentence || closesClause) push(s, s + 3, { value: 'PRESENT_REF', timexType: 'DATE' }, 'date/reference', 0.7);
  }
  for (const m of found.SOME_DAY_AHEAD) {
    const s = m.index! + m[0].length - m[1].length;
    push(s, s + m[1].length, { value: 'FUTURE_REF', timexType: 'DATE' }, 'date/reference', 0.7);
  }
  for (const m of found.UNIT_REF) {
    const s = m.index!;
    const e = s + m[0].length;
    const unit = m[3].toLowerCase();
    // A title in quotation marks ("This Week With ..."), not a week.
    if (/^[A-Z]/.test(m[3]) && /["“]\s*$/.test(text.slice(Math.max(0, s - 2), s))) continue;
    const same = /same/i.test(m[2] ?? '');
    const dir = directionWord(m[1]) ?? (m[2] && /next/i.test(m[2]) ? 'future' : 'this');
    const value = ctx.ref && !same ? VALUE[unit](ctx, shiftOf(dir)) : null;
    // "the same month a year ago": one date, the month of the last date written, a year back.
    const back = same ? SAME_UNIT_BACK.exec(text.slice(e, e + 24)) : null;
    const years = back
      ? /^\d/.test(back[1])
        ? Number(back[1])
        : /^(?:a|an)$/i.test(back[1])
          ? 1
          : wordNumber(back[1].toLowerCase())
      : null;
    push(extendLeft(text, s).start, years ? e + back![0].length : e, { value, timexType: 'DATE' }, 'date/relative');
    if (years && ANAPHORIC_UNITS.has(unit)) {
      const atUnit = unitAfterAnchor(0, unit as TimeUnit, null);
      ctx.anaphoric(out[out.length - 1], (last, ref) => {
        const at = anchorOf(atUnit(last, ref));
        return at ? shiftAnchor(at, -years, 'year') : null;
      });
      continue;
    }
    // "the following month", "the previous year", "the same day": counted from the last date written, not from today.
    const anaphoric = same || (/^the\s/i.test(m[0]) && /^(?:previous|following)$/i.test(m[1] ?? ''));
    if (anaphoric && ANAPHORIC_UNITS.has(unit))
      ctx.anaphoric(out[out.length - 1], unitAfterAnchor(same ? 0 : shiftOf(dir), unit as TimeUnit, value));
  }
  for (const m of found.THAT_UNIT) {
    const draft = dateDraft(ctx, m.index!, m.index! + m[0].length, { value: null, timexType: 'DATE' }, 'date/relative', 0.7);
    out.push(ctx.anaphoric(draft, unitAfterAnchor(0, m[1].toLowerCase() as TimeUnit, null)));
  }
  for (const m of found.THE_WEEKEND) {
    if (!/^the/i.test(m[0])) continue; // "this/last/next weekend" are unit references above
    const s = m.index!;
    const dir = ctx.tense(s, s + m[0].length) === 'future' ? 'future' : 'past';
    const value = ctx.ref ? `${isoWeek(dayOfWeekday(ctx.ref, 6, dir))}-WE` : null;
    push(s, s + m[0].length, { value, timexType: 'DATE' }, 'date/relative');
  }
  for (const m of found.PART_OF_UNIT) {
    const s = m.index!;
    const e = s + m[0].length;
    const unit = m[1].toLowerCase();
    const ref = ctx.ref;
    let value: string | null = null;
    if (ref) {
      // An end already past, or a beginning still to come, is the previous or the next one.
      const dir = ctx.tense(s, e);
      const isEnd = /end|close|rest|remainder/i.test(m[0]);
      const late = unit === 'year' ? ref.month === 12 : true;
      const early = unit === 'year' ? ref.month === 1 : true;
      const shift = isEnd && dir === 'past' && !late ? -1 : !isEnd && dir === 'future' && !early ? 1 : 0;
      value = unit === 'week' ? VALUE.week(ctx, 0) : VALUE[unit](ctx, unit === 'year' ? shift : 0);
    }
    push(s, e, { value, timexType: 'DATE' }, 'date/relative');
  }
  for (const m of found.YEAR_END) {
    const s = m.index! - (APPROX_BEFORE.exec(text.slice(Math.max(0, m.index! - 16), m.index!))?.[0].length ?? 0);
    const e = m.index! + m[0].length;
    // A year-end already past (" since year-end" in October) is last year's.
    const shift = ctx.ref && ctx.ref.month < 12 && ctx.tense(s, e) === 'past' ? -1 : 0;
    push(s, e, { value: ctx.ref ? VALUE.year(ctx, shift) : null, timexType: 'DATE' }, 'date/relative', 0.75);
  }
  for (const m of found.THE_WEEK) {
    const s = m.index!;
    const e = s + m[0].length;
    if (!WEEK_CONTEXT_AFTER.test(text.slice(e, e + 3)) && !DAY_CONTEXT_BEFORE.test(text.slice(Math.max(0, s - 12), s))) continue;
    push(s, e, { value: ctx.ref ? VALUE.week(ctx, 0) : null, timexType: 'DATE' }, 'date/relative', 0.7);
  }
  for (const m of found.TWO_DAYS_OFF) {
    const shift = /^before/i.test(m[1]) ? -2 : 2;
    push(m.index!, m.index! + m[0].length, { value: ctx.ref ? VALUE.day(ctx, shift) : null, timexType: 'DATE' }, 'date/relative');
  }
  for (const m of found.THE_DAY) {
    const s = m.index!;
    const e = s + m[0].length;
    const anchored = /^\s*(?:before|after)\b/i.test(text.slice(e, e + 8));
    if (!DAY_CONTEXT_AFTER.test(text.slice(e, e + 8)) && !DAY_CONTEXT_BEFORE.test(text.slice(Math.max(0, s - 12), s))) continue;
    // "the day" alone is the reference day; "the same day", "that day", "the day before X" point at another event.
    const own = /^the\s+day$/i.test(m[0]) && !anchored;
    push(s, e, { value: own && ctx.ref ? formatDay(ctx.ref) : null, timexType: 'DATE' }, 'date/relative', 0.7);
    if (!own && !anchored) ctx.anaphoric(out[out.length - 1], unitAfterAnchor(0, 'day', null));
  }
  return out;
};
