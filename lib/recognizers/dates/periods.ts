/**
 * Parts of a year: seasons (`last summer` → 2012-SU), quarters (`the first quarter of 2009` → 2009-Q1,
 * `third-quarter` results) and halves (`the second half of 2010` → 2010-H2).
 */
import { PART_ORDINALS, SEASONS } from '../../lexicon/time-words';
import { PatternSet } from '../../text/regexp';
import { dateDraft, type DateContext, type DateDraft, type DateFamily } from './context';
import { directionWord, extendLeftWithArticle } from './spans';
import { pad, type Day, type Direction } from './timex';

const YEAR_TAIL = String.raw`(?:\s+of\s+(?:(this|last|next|the\s+previous|the\s+same|the)\s+(?:fiscal\s+)?year|(?:fiscal\s+)?(\d{4}))|\s+(\d{4})\b)?`;
const SEASON = new RegExp(String.raw`\b(?:(this|last|next|past|coming)\s+)?(spring|summer|autumn|fall|winter)\b` + YEAR_TAIL, 'gi');
// The word before a season that says it is a time ("in the summer", "early spring"), not a verb or a noun ("prices fall").
const SEASON_CUE =
  /\b(?:in|the|its|their|our|his|her|this|last|next|past|coming|early|late|mid|during|by|until|since|of|through|over|before|after|each|every)\s+$/i;
// Written before the ordinal: "the 1988 third quarter", "this year's first quarter", "the year-ago third quarter",
// "the fiscal first quarter"; a possessive stays out ("its [fourth quarter]").
const PART_HEAD = String.raw`(?:(?:the|a)\s+)?(?:(\d{4})\s+|(this|last|next)\s+year['’]s\s+|(year[- ](?:ago|earlier))\s+)?(?:fiscal[\s-]+)?`;
const PART = new RegExp(
  String.raw`\b${PART_HEAD}(first|second|third|fourth|final|last|1st|2nd|3rd|4th)([\s-]+)(quarter|half)\b` + YEAR_TAIL,
  'gi',
);
const Q_CODE = /\b(?:Q([1-4])|([1-4])Q)(?:\s+(\d{4})|\s*['’](\d\d))?\b/g;

/** The year given by the tail (`of 2009`, `of last year`), else null. */
function tailYear(ctx: DateContext, word: string | undefined, year: string | undefined): number | null {
  if (year) return Number(year);
  if (!word || !ctx.ref) return null;
  const w = word.toLowerCase();
  if (w === 'last' || w.includes('previous')) return ctx.ref.year - 1;
  if (w === 'next') return ctx.ref.year + 1;
  return ctx.ref.year;
}

/** The year of a part of a year (index 1..n of n parts) written without one, by the sentence's tense. */
function partYear(ref: Day, index: number, parts: number, dir: Direction): number {
  const current = Math.floor(((ref.month - 1) * parts) / 12) + 1;
  if (dir === 'past' && index > current) return ref.year - 1;
  // The part just ended is what a report still to come is about ("expects to report third-quarter results" in October).
  if (dir === 'future' && index < current - (parts === 4 ? 1 : 0)) return ref.year + 1;
  return ref.year;
}

/** The year of a season: winter of year Y runs from December Y into Y+1. */
function seasonYear(ref: Day, startMonth: number, dir: Direction, written: boolean): number {
  // Index months so that a winter's January and February belong to the previous year's winter.
  const refYearOfSeason = startMonth === 12 && ref.month < 3 ? ref.year - 1 : ref.year;
  const started = startMonth === 12 ? ref.month === 12 || ref.month < 3 : ref.month >= startMonth;
  const inProgress = started && (startMonth === 12 ? true : ref.month < startMonth + 3);
  if (dir === 'past') return started && !(written && inProgress) ? refYearOfSeason : refYearOfSeason - 1;
  if (dir === 'future') return !started || (inProgress && !written) ? refYearOfSeason : refYearOfSeason + 1;
  return refYearOfSeason;
}

// One pass over the text for all of them (each keeps the matches of its own scan).
const PATTERNS = new PatternSet({ SEASON, PART, Q_CODE });

export const periodDates: DateFamily = (ctx) => {
  const out: DateDraft[] = [];
  const text = ctx.text;
  const found = PATTERNS.scan(text);
  for (const m of found.SEASON) {
    const s = m.index!;
    const e = s + m[0].length;
    const explicitYear = m[4] ?? m[5];
    const yearWord = m[3];
    if (!m[1] && !explicitYear && !yearWord && !SEASON_CUE.test(text.slice(Math.max(0, s - 10), s))) continue;
    const season = SEASONS[m[2].toLowerCase()];
    const ext = extendLeftWithArticle(text, s);
    const written = directionWord(m[1]) ?? ext.direction;
    let year = tailYear(ctx, yearWord, explicitYear);
    if (year == null && ctx.ref) year = seasonYear(ctx.ref, season.month, written ?? ctx.tense(s, e), written != null);
    out.push(
      dateDraft(
        ctx,
        ext.start,
        e,
        { value: year == null ? null : `${pad(year, 4)}-${season.code}`, timexType: 'DATE' },
        'date/season',
        0.8,
      ),
    );
  }
  for (const m of found.PART) {
    const [whole, headYear, headRelative, yearAgo, ordinal, joint, unit, tailWord, tailYear1, tailYear2] = m;
    const s = m.index!;
    const e = s + whole.length;
    const isQuarter = unit.toLowerCase() === 'quarter';
    const o = ordinal.toLowerCase();
    // "the last quarter" is the previous quarter (relative family); "the last half of 1989" is its second half.
    if (o === 'last' && (isQuarter || !(tailYear1 ?? tailYear2 ?? tailWord))) continue;
    const index = o === 'final' || o === 'last' ? (isQuarter ? 4 : 2) : PART_ORDINALS[o];
    if (!isQuarter && index > 2) continue;
    const written = headYear ?? tailYear1 ?? tailYear2;
    // A half is a date only with its year ("the first half of 2010"), else "the second half" of anything.
    if (!isQuarter && !written && !tailWord && !headRelative) continue;
    let year = written ? Number(written) : headRelative ? tailYear(ctx, headRelative, undefined) : tailYear(ctx, tailWord, undefined);
    if (year == null && ctx.ref) year = partYear(ctx.ref, index, isQuarter ? 4 : 2, ctx.tense(s, e));
    // "the third-quarter loss": an adjective leaves the article out.
    const adjective = joint.includes('-') && !headYear && !headRelative && !yearAgo && !tailWord && !written;
    const start = adjective ? s + whole.indexOf(ordinal) : s;
    const code = isQuarter ? 'Q' : 'H';
    const value = year == null ? null : `${pad(year, 4)}-${code}${index}`;
    const draft = dateDraft(ctx, start, e, { value, timexType: 'DATE' }, 'date/quarter', 0.8);
    // "the year-ago third quarter": that quarter of the year before the one the text is about.
    out.push(yearAgo ? ctx.anaphoric(draft, (last) => `${pad((last?.year ?? year ?? 0) - 1, 4)}-${code}${index}`) : draft);
  }
  for (const m of found.Q_CODE) {
    const index = Number(m[1] ?? m[2]);
    const year = m[3]
      ? Number(m[3])
      : m[4]
        ? 2000 + Number(m[4])
        : ctx.ref
          ? partYear(ctx.ref, index, 4, ctx.tense(m.index!, m.index! + m[0].length))
          : null;
    out.push(
      dateDraft(
        ctx,
        m.index!,
        m.index! + m[0].length,
        { value: year == null ? null : `${pad(year, 4)}-Q${index}`, timexType: 'DATE' },
        'date/quarter',
        0.75,
      ),
    );
  }
  return out;
};
