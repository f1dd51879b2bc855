/**
 * chrono-node, run line by line (its casual refiners rescan the whole input, so short pieces keep it linear),
 * then TimeML spans (no leading preposition, modifiers kept, date and time apart) and TIMEX3 values resolved
 * by cue words and tense rather than by the nearest date.
 */
import type * as chrono from 'chrono-node';
import { casual } from '../../text/chrono-en';
import { trimSpan } from '../../text/trim';
import { sentenceAt } from '../../text/prepare';
import { AMBIGUOUS_MONTHS, AMBIGUOUS_WEEKDAYS, MONTHS, PARTS_OF_DAY, TIME_ZONES, UNIT_WORD_PATTERN } from '../../lexicon/time-words';
import { dateDraft, type DateContext, type DateDraft, type DateFamily, type DateFields } from './context';
import type { Anchor, Resolver } from './anaphora';
import { WORD_NUMBER } from './durations';
import { directionWord, extendLeft, onWordBoundaries, trimLeadingPreposition } from './spans';
import {
  dayOfWeekday,
  formatDay,
  formatMonth,
  formatOffset,
  nearAgainstCue,
  pad,
  yearOfMonth,
  zoneOffset,
  type Day,
  type Direction,
} from './timex';

const FAKE_INSTANT = new Date(Date.UTC(2000, 0, 1, 12));

/**
 * chrono's casual English parser without its end-of-period refiner, which rescans the text before every result
 * and took two thirds of chrono's time on news paragraphs (the relatives family reads "the end of the year"),
 * and without its "3 days ago"/"3 days later" parsers, whose regular expressions took about 0.2 s each to compile
 * in every thread (the durations family reads those).
 */
const SKIPPED_REFINERS = new Set(['ENEndOfPeriodRefiner']);
const SKIPPED_PARSERS = new Set(['ENTimeUnitAgoFormatParser', 'ENTimeUnitLaterFormatParser']);
// "afternoon yesterday", "morning today": chrono merges the part of the day with the day but keeps today's date.
const PART_THEN_DAY = /\b(?:morning|afternoon|evening|night)\s+(yesterday|today|tomorrow)$/i;
const CASUAL_DAY_SHIFT: Record<string, number> = { yesterday: -1, today: 0, tomorrow: 1 };
const partThenDayRefiner: chrono.Refiner = {
  refine: (context, results) => {
    for (const r of results) {
      const m = PART_THEN_DAY.exec(r.text);
      if (!m || r.start.isCertain('day')) continue;
      const day = new Date(context.reference.instant);
      day.setUTCDate(day.getUTCDate() + CASUAL_DAY_SHIFT[m[1].toLowerCase()]);
      r.start.assign('year', day.getUTCFullYear());
      r.start.assign('month', day.getUTCMonth() + 1);
      r.start.assign('day', day.getUTCDate());
    }
    return results;
  },
};

let parser: chrono.Chrono | undefined;
function casualParser(): chrono.Chrono {
  if (!parser) {
    parser = casual.clone();
    parser.refiners = parser.refiners.filter((r) => !SKIPPED_REFINERS.has(r.constructor.name));
    parser.refiners.push(partThenDayRefiner);
    parser.parsers = parser.parsers.filter((p) => !SKIPPED_PARSERS.has(p.constructor.name));
  }
  return parser;
}

// A number and a unit, with the words chrono takes around it ("in 100 days", "two years ago", "last six weeks",
// "last about six days"): a duration, which the durations family draws the TimeML way.
const DURATION_LIKE = new RegExp(
  String.raw`^(?:(?:last|past|next|coming)\s+)?(?:(?:about|around|nearly|almost|some|roughly|just|only|over|under|within|in|for|after|more than|less than)\s+)*` +
    String.raw`(?:[\d.,]+|an?|a\s+few|a\s+couple\s+of|several|few|many|${WORD_NUMBER})[\s-]+(?:${UNIT_WORD_PATTERN})` +
    String.raw`(?:\s+(?:ago|earlier|later|before|after|from now|hence|back))?$`,
  'i',
);
// "the day before": an anchored day the relatives family draws as "the day".
const DAY_BEFORE = /^the\s+day\s+(?:before|after)$/i;
const TIME_WORD = /:|\b[ap]\.?m\b|o'clock|noon|midnight|morning|afternoon|evening|night|tonight/i;
const ZONE_OFFSET = /\b(?:GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d\d))?/;
const ZONE_WORD = new RegExp(
  `\\b(${Object.keys(TIME_ZONES)
    .filter((z) => z.length > 1)
    .join('|')})\\b`,
);
const PART_OF_DAY = new RegExp(`\\b(${Object.keys(PARTS_OF_DAY).join('|')})\\b`, 'i');
const DATE_CUE_BEFORE =
  /\b(?:in|of|since|until|till|by|early|late|mid|last|next|this|during|before|after|from|through|to|and|or|between|on|each|every)\s*-?$/i;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
// "In March, 45 people died", "On March 3, 12 soldiers", "Yesterday, 14 people": chrono reads the count after the
// comma as a year, a day or an hour (or drops the date when the day is impossible). A comma and a short number
// followed by a word end the date, unless that word is a month, an ordinal suffix or a clock mark ("Friday, 8
// March", "Monday, 9 a.m."); the comma and number are blanked (same length) before chrono reads the line.
const COUNT_AFTER_COMMA =
  /,\s*\d{1,3}(?=\s+(?!(?:st|nd|rd|th|[ap]\.?m\.?|o'clock|noon|midnight|hours?|GMT|UTC|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?)(?![\p{L}]))\p{L})/giu;
// "fell 1.4%, or 6.43, on Friday": a decimal is a clock time only with a mark after it ("6.30pm", "18.45 GMT") or
// "at" before it ("at 6.30"); blanked with the counts above.
const DECIMAL_NOT_TIME = /(?<!\bat\s+|[\d.,])\d{1,2}\.\d\d(?![\d.,]\d|\s*(?:[ap]\.?m\b|h\b|hrs?\b|GMT\b|UTC\b|BST\b|CET\b|local\b))/giu;
const NOT_DATE_NUMBERS = new RegExp(`${COUNT_AFTER_COMMA.source}|${DECIMAL_NOT_TIME.source}`, 'giu');
// Time words that are lower-case in prose: written with a capital inside a sentence they are a name ("Mr. Noon").
const LOWERCASE_TIME_WORD = /^(?:noon|midnight|midday|tonight|morning|afternoon|evening|night|overnight|today|tomorrow|yesterday)\b/i;
const SENTENCE_OPENING_BEFORE = /(?:^|[.!?:;"“‘'(\n—–-]\s*|\n\s*)$/;
// "cut it in half and ...": chrono reads a clock time in "half" alone; "half past nine" keeps its hour.
const HALF_NOT_TIME = /^half\b(?!\s+past\b)(?!.*\d)/i;
const PART_OF_DAY_ALONE = /^(?:morning|afternoon|evening|night|day)$/i;
const GREETING_BEFORE = /\bgood\s+$/i;
const TITLE_BEFORE = /\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Capt|Lt|Sgt|St)\.?\s+$/;
// A number with thousands separators at the head of what chrono read ("7,162 on Friday"), and the words after it.
const COUNT_FIRST = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?(?:\s+(?:on|at|in)\b)?\s*/;
// "date at time" and "time, date" are two TIMEX3s; "date, time" stays one.
const DATE_AT_TIME = /\s+at\s+(?=\d)/i;
// A time then a calendar date ("10 a.m. Nov. 29, 2016"); a time then a weekday ("15:00 GMT Saturday") stays one.
const TIME_COMMA_DATE =
  /^(\d{1,2}(?::\d\d(?:\s*[AaPp]\.?[Mm]\.?)?|\s*[AaPp]\.?[Mm]\.?)(?:\s+[A-Z]{2,4})?)(?:\s*,\s+(?=\S)|\s+(?=(?:on\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|\d)))/;

// A date at the head of its sentence, with or without its preposition ("In April, ...", "On June 2, ...").
const FRONTED_BEFORE = /(?:^|[.!?:;"“\n]\s*|\n\s*)(?:(?:in|on|during|by|since|until|through)\s+)?$/i;

// chrono reads no bare "May" after "last"/"next"/"this" (the modal guard of its parser): read here.
const DIRECTED_MAY = /\b(last|next|this|coming|past)\s+May\b(?!\s+(?:be|have|not|well|also|never|still|yet)\b)/g;

function directedMay(ctx: DateContext, out: DateDraft[]): void {
  if (!ctx.text.includes('May')) return; // most texts have none: skip the scan
  for (const m of ctx.text.matchAll(DIRECTED_MAY)) {
    const ext = extendLeft(ctx.text, m.index!);
    const dir = directionWord(m[1]);
    const value = ctx.ref ? formatMonth(yearOfMonth(ctx.ref, 5, dir, dir !== 'this'), 5) : null;
    out.push(dateDraft(ctx, ext.start, m.index! + m[0].length, { value, timexType: 'DATE' }, 'date/chrono', 0.85));
  }
}

export const chronoDates: DateFamily = (ctx) => {
  const out: DateDraft[] = [];
  const instant = ctx.ref ? new Date(Date.UTC(ctx.ref.year, ctx.ref.month - 1, ctx.ref.day, 12)) : FAKE_INSTANT;
  for (const chunk of ctx.prep.chunks) {
    let lineStart = chunk.start;
    for (const line of ctx.text.slice(chunk.start, chunk.end).split('\n')) {
      if (/[\dA-Za-z]/.test(line))
        parsePiece(
          ctx,
          instant,
          lineStart,
          line.replace(NOT_DATE_NUMBERS, (m) => ' '.repeat(m.length)),
          out,
        );
      lineStart += line.length + 1;
    }
  }
  directedMay(ctx, out);
  return out;
};

function parsePiece(ctx: DateContext, instant: Date, offset: number, piece: string, out: DateDraft[], timeOf?: DateFields): void {
  for (const r of casualParser().parse(piece, { instant, timezone: 0 })) {
    // Trimmed on chrono's own text: the line it read may have blanks where the text has a swallowed count.
    let [s0, e0] = trimSpan(ctx.text, offset + r.index, offset + r.index + r.text.trimEnd().length);
    if (ctx.text[e0] === '.' && /\b[ap]\.m$/i.test(ctx.text.slice(s0, e0))) e0++; // the period of "a.m." is part of it
    // "October of next year": chrono stops after "of"; the year is read below.
    const e = e0 - (/\s+of$/i.exec(ctx.text.slice(s0, e0))?.[0].length ?? 0);
    const s = trimLeadingPreposition(ctx.text, s0, e);
    if (s >= e || !onWordBoundaries(ctx.text, s, e) || isFalsePositive(ctx, r, s, e)) continue;
    const surface = ctx.text.slice(s, e);
    // "closed at 7,162 on Friday": chrono reads an hour in the first digits of the number; the date is what follows.
    const count = COUNT_FIRST.exec(surface);
    if (count) {
      if (count[0].length < surface.length) parsePiece(ctx, instant, s + count[0].length, surface.slice(count[0].length), out, timeOf);
      continue;
    }
    const atTime = DATE_AT_TIME.exec(surface);
    const timeFirst = TIME_COMMA_DATE.exec(surface);
    if (!timeOf && (atTime || timeFirst)) {
      const full = timexFieldsOf(ctx, r.start, s, e, null);
      const cut = atTime ? atTime.index : timeFirst![1].length;
      const rest = atTime ? cut + atTime[0].length : timeFirst![0].length;
      // Each side is parsed alone; the time keeps the date of the whole ("Sunday night at 8 PM" → T20:00 that Sunday).
      parsePiece(ctx, instant, s, surface.slice(0, cut), out, atTime ? undefined : full);
      parsePiece(ctx, instant, s + rest, surface.slice(rest), out, atTime ? full : undefined);
      continue;
    }
    const range = r.end && !timeOf ? rangeCut(surface) : null;
    if (range) {
      // "from Aug. 26 to Oct. 20": TimeML marks each end apart; the second never comes before the first.
      const before = out.length;
      parsePiece(ctx, instant, s, surface.slice(0, range.index), out);
      const first = out.length > before ? out[out.length - 1] : null;
      parsePiece(ctx, instant, s + range.index + range[0].length, surface.slice(range.index + range[0].length), out);
      const second = out.length > before + 1 ? out[out.length - 1] : null;
      // "revised Friday to December's figures": a possessive end names what the figures are of, not where a span ends.
      const possessive = second != null && /^['’]s\b/.test(ctx.text.slice(second.end, second.end + 3));
      if (first?.value && second?.value && MONTH_NO_YEAR.test(second.text) && !possessive)
        second.value = notBefore(second.value, first.value);
      continue;
    }
    const ext = extendLeft(ctx.text, s);
    // chrono keeps "last" / "next" in its own text ("last Friday"): they say the direction too.
    ext.direction ??= directionWord(/^(\w+)\s/.exec(surface)?.[1]);
    let fields = timeOf && r.start.isCertain('hour') ? timeOf : timexFieldsOf(ctx, r.start, ext.start, e, ext.direction);
    // chrono stops before the closing bracket of "6:40 p.m. (GMT +8)".
    const end = ctx.text[e] === ')' && surface.lastIndexOf('(') > surface.lastIndexOf(')') ? e + 1 : e;
    const ofYear = /^\s+of\s+(?:(next|last|this)\s+year|(\d{4}))\b/i.exec(ctx.text.slice(end, end + 20));
    const onlyMonth = r.start.isCertain('month') && !r.start.isCertain('year') && !r.start.isCertain('day');
    if (onlyMonth && ofYear && ctx.ref !== null) {
      // "October of next year": chrono reads the two halves apart; the month takes the year, which stays a date of its own.
      const year = ofYear[2] ? Number(ofYear[2]) : ctx.ref.year + ({ next: 1, last: -1 }[ofYear[1].toLowerCase() as 'next' | 'last'] ?? 0);
      fields = { value: formatMonth(year, r.start.get('month')!), timexType: 'DATE' };
    }
    if (r.end && fields.value && !timeOf) {
      const to = timexFieldsOf(ctx, r.end, ext.start, end, ext.direction).value;
      if (to) fields = { ...fields, from: fields.value, to };
    }
    if (isBareTime(r.start, surface) && fields.value) fields = { ...fields, value: onEarlierDay(ctx, out, s, fields.value) };
    const anaphoric = timeOf ? null : anaphoricDay(ctx, r.start, ext.start, end, fields.value);
    if (anaphoric) {
      out.push(ctx.anaphoric(dateDraft(ctx, anaphoric.start, end, fields, 'date/chrono', 0.9), anaphoric.resolve));
      continue;
    }
    out.push(dateDraft(ctx, ext.start, end, fields, 'date/chrono', 0.9));
  }
}

// "the previous Friday", "the following Monday": a weekday counted from the day written before, not from today.
const PREVIOUS_OR_FOLLOWING = /^(previous|following)\s/i;
// "the morning", "the afternoon": a part of the day written alone, of the day written before.
const PART_OF_DAY_ONLY = /^(morning|afternoon|evening|night)$/i;
const THE_BEFORE = /\bthe\s+$/i;

/**
 * A weekday after "previous"/"following", or a part of the day alone after "the", takes its day from the last
 * date with a day written before it (`anaphora.ts`); with none, it keeps the value read from the reference date.
 * Returns where the record starts ("the" is part of it) and its resolver, or null for any other date.
 */
function anaphoricDay(
  ctx: DateContext,
  c: chrono.ParsedComponents,
  start: number,
  end: number,
  fallback: string | null,
): { start: number; resolve: Resolver } | null {
  const surface = ctx.text.slice(start, end);
  const the = THE_BEFORE.exec(ctx.text.slice(Math.max(0, start - 6), start));
  const from = the ? start - the[0].length : start;
  const dayOfAnchor = (last: Anchor | null): Day | null =>
    last?.day != null && last.month != null ? { year: last.year, month: last.month, day: last.day } : null;
  const turn = PREVIOUS_OR_FOLLOWING.exec(surface);
  if (turn && c.isCertain('weekday') && !c.isCertain('day') && !c.isCertain('hour')) {
    const weekday = c.get('weekday')!;
    const dir = directionWord(turn[1]);
    return {
      start: from,
      resolve: (last) => {
        const day = dayOfAnchor(last);
        return day ? formatDay(dayOfWeekday(day, weekday, dir, true)) : fallback;
      },
    };
  }
  const part = PART_OF_DAY_ONLY.exec(surface);
  if (part && the) {
    const code = PARTS_OF_DAY[part[1].toLowerCase()];
    return {
      start: from,
      resolve: (last) => {
        const day = dayOfAnchor(last);
        return day ? `${formatDay(day)}T${code}` : fallback;
      },
    };
  }
  return null;
}

// The joint of a range chrono read as one ("Aug. 26 to Oct. 20", "Monday-Friday", "last Thursday, to Nov. 6").
const RANGE_JOINT = /,?\s+(?:to|through|thru|until|till)\s+|\s*[-–—]\s*/i;

// An end written with a month and no year is the one whose year may move ("through Nov. 17").
const MONTH_NO_YEAR = /^(?!.*\d{4})(?=.*\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/i;

/** Where to cut a range in two, when both ends are written with words ("10-12 March" stays whole). */
function rangeCut(surface: string): RegExpExecArray | null {
  const m = RANGE_JOINT.exec(surface);
  if (!m || m.index === 0) return null;
  const hasWord = (t: string) => /\p{L}{3,}/u.test(t);
  return hasWord(surface.slice(0, m.index)) && hasWord(surface.slice(m.index + m[0].length)) ? m : null;
}

/** The end of a range a year later when, read alone, it fell before the start (`from today through Nov. 17`). */
function notBefore(end: string, start: string): string {
  const e = /^(\d{4})(-\d\d.*)$/.exec(end);
  if (!e || /^\d{4}-\d\d/.exec(start) == null || end.slice(0, 10) >= start.slice(0, 10)) return end;
  const later = `${pad(Number(e[1]) + 1, 4)}${e[2]}`;
  return later.slice(0, 10) >= start.slice(0, 10) ? later : end;
}

/** A clock time with no day of its own ("at 18:00 UTC"). */
function isBareTime(c: chrono.ParsedComponents, surface: string): boolean {
  const dated = c.isCertain('day') || c.isCertain('weekday') || c.isCertain('month') || c.isCertain('year');
  return c.isCertain('hour') && !dated && !/today|tonight|yesterday|tomorrow/i.test(surface);
}

/** A bare time takes the day of the nearest date before it in its sentence ("Tuesday ... at 18:00 UTC"). */
function onEarlierDay(ctx: DateContext, earlier: DateDraft[], start: number, value: string): string {
  const sentence = sentenceAt(ctx.prep, start);
  for (let i = earlier.length - 1; i >= 0; i--) {
    const d = earlier[i];
    if (d.start >= start) continue;
    if (sentenceAt(ctx.prep, d.start) !== sentence) break;
    if (d.value && /^\d{4}-\d\d-\d\d/.test(d.value)) return d.value.slice(0, 10) + value.slice(10);
  }
  return value;
}

function isFalsePositive(ctx: DateContext, r: chrono.ParsedResult, s: number, e: number): boolean {
  const surface = ctx.text.slice(s, e);
  const lower = surface.toLowerCase().replace(/\.$/, '');
  if (/^(?:now|second|a|an|the)$/i.test(surface)) return true;
  if (HALF_NOT_TIME.test(surface)) return true;
  if (/^(?:the\s+)?[A-Z]{2,}$/.test(surface)) return true; // an acronym ("the SEC"), not a unit of time
  // A title in quotation marks ("This Week With ..."): every word capitalised right after the quote.
  if (/^\p{Lu}\p{L}*\s+\p{Lu}/u.test(surface) && /["“]\s*$/.test(ctx.text.slice(Math.max(0, s - 2), s))) return true;
  // "Good evening", "good morning": a greeting, not a time.
  if (PART_OF_DAY_ALONE.test(surface) && GREETING_BEFORE.test(ctx.text.slice(Math.max(0, s - 6), s))) return true;
  if (/^[A-Z]/.test(surface) && LOWERCASE_TIME_WORD.test(surface)) {
    const before = ctx.text.slice(Math.max(0, s - 8), s);
    if (TITLE_BEFORE.test(before) || !SENTENCE_OPENING_BEFORE.test(before)) return true;
  }
  if (/^[\d.,\s]+(?:\/[\d.,\s]+)?$/.test(surface)) return true; // a bare number or a fraction ("2 1/2"); 7/8/07 stays
  // Part of a bigger number ("at 7,162"); "Jan. 1, 1990 at 1,015 francs" keeps its date (the time half is cut off).
  if (/^[,.]\d/.test(ctx.text.slice(e, e + 2)) && !DATE_AT_TIME.test(surface)) return true;
  if (DURATION_LIKE.test(surface) || DAY_BEFORE.test(surface)) return true;
  // Months are capitalised; "May" and "March" also need a date cue ("in May", "May 5"), or they are a modal and a verb.
  if (MONTHS.some((m) => lower === m || lower === m.slice(0, 3)) || lower === 'sept') {
    if (surface[0] !== surface[0].toUpperCase()) return true;
    if (AMBIGUOUS_MONTHS.has(lower)) {
      const before = ctx.text.slice(Math.max(0, s - 12), s);
      const after = ctx.text.slice(e, e + 6);
      if (!DATE_CUE_BEFORE.test(before) && !/^\s*\d/.test(after)) return true;
    }
  }
  if (AMBIGUOUS_WEEKDAYS.has(lower) || (WEEKDAYS.includes(lower) && surface[0] !== surface[0].toUpperCase())) return true;
  // A bare hour ("at 7") with no minutes, no am/pm and no day is rarely a time in news.
  const c = r.start;
  const hasDay = c.isCertain('day') || c.isCertain('weekday') || c.isCertain('month') || c.isCertain('year');
  if (c.isCertain('hour') && !hasDay && !TIME_WORD.test(surface)) return true;
  return false;
}

/** The TIMEX3 value of chrono's components, at the granularity written, resolving missing years by direction. */
function timexFieldsOf(ctx: DateContext, c: chrono.ParsedComponents, start: number, end: number, written: Direction): DateFields {
  const surface = ctx.text.slice(start, end);
  const ref = ctx.ref;
  const yearWritten = c.isCertain('year') && /\d{4}|'\d\d/.test(surface);
  const partOfDay = PART_OF_DAY.exec(surface)?.[1].toLowerCase();
  const isTime = c.isCertain('hour') || partOfDay != null;
  const timexType = isTime ? 'TIME' : 'DATE';
  if (!ref && !yearWritten) return { value: null, timexType };
  // With no cue, a possessive ("Tuesday's raid", "Thursday's close") is most often what happened.
  const unanchoredPast = /^['’]s\b/.test(ctx.text.slice(end, end + 3));
  const dir = (): Direction => written ?? (unanchoredPast ? 'past' : ctx.tense(start, end));
  const strict = written === 'past' || written === 'future';
  let day: Day | null = null;
  let dateValue: string | null = null;
  if (c.isCertain('month') && !c.isCertain('year') && ref) {
    // "next Sunday, March 8" on March 5: a day later in the reference month is already the next one.
    const day0 = c.isCertain('day') ? c.get('day')! : null;
    // The direction the tense gives (never one written, "last", "next") yields to a date a few weeks the other way,
    // unless the date opens its sentence as the time of the clause after it ("In April, 31 miners were trapped").
    const cued = dir();
    const fronted = FRONTED_BEFORE.test(ctx.text.slice(Math.max(0, start - 12), start)) && /^\s*,/.test(ctx.text.slice(end, end + 2));
    const overruled = written == null && !unanchoredPast && !fronted && nearAgainstCue(ref, c.get('month')!, day0, cued);
    const d = overruled ? null : cued;
    const sameMonthInDirection =
      c.get('month') === ref.month && day0 != null && (d === 'future' ? day0 > ref.day : d === 'past' && day0 < ref.day);
    const year = yearOfMonth(ref, c.get('month')!, d, strict && !sameMonthInDirection);
    if (c.isCertain('day')) day = { year, month: c.get('month')!, day: c.get('day')! };
    else dateValue = formatMonth(year, c.get('month')!);
  } else if (c.isCertain('weekday') && !c.isCertain('day') && ref) {
    day = dayOfWeekday(ref, c.get('weekday')!, dir(), strict);
  } else if (c.isCertain('day') || (isTime && c.get('day') != null)) {
    day = { year: c.get('year')!, month: c.get('month')!, day: c.get('day')! };
  } else if (c.isCertain('month')) {
    dateValue = formatMonth(c.get('year')!, c.get('month')!);
  } else if (c.isCertain('year')) {
    dateValue = pad(c.get('year')!, 4);
  }
  if (day) dateValue = formatDay(day);
  if (!dateValue) return { value: null, timexType };
  if (!day || !isTime) return { value: dateValue, timexType: 'DATE' };
  if (!c.isCertain('hour')) return { value: `${dateValue}T${PARTS_OF_DAY[partOfDay!]}`, timexType };
  let value = `${dateValue}T${pad(c.get('hour')!)}:${pad(c.get('minute') ?? 0)}`;
  const explicit = ZONE_OFFSET.exec(surface);
  const zone = ZONE_WORD.exec(surface)?.[1];
  const offset = explicit
    ? (explicit[1] === '-' ? -1 : 1) * (Number(explicit[2]) * 60 + Number(explicit[3] ?? 0))
    : zone
      ? zoneOffset(zone, day)
      : c.isCertain('timezoneOffset')
        ? c.get('timezoneOffset')
        : null;
  if (offset != null) value += formatOffset(offset);
  return { value, timexType };
}
