/**
 * Years chrono does not read: bare years after a date cue (`in 2011`, `early 2009`, `mid-2011`), year ranges
 * (`2009-2010`, `1957-58`, `from 2009 to 2011`: one TIMEX3 per year), `'82`, decades (`the 1990s` → 199),
 * centuries (`20th century` → 19) and fiscal years (`fiscal 2012`).
 */
import { ORDINAL_WORDS } from '../../lexicon/time-words';
import { dateDraft, type DateContext, type DateDraft, type DateFamily } from './context';
import { extendLeft, extendLeftWithArticle } from './spans';
import { pad } from './timex';

// Four digits from 1000 to 2099, not part of a larger number, an amount, a code or a count of things.
const YEAR =
  /(?<![\d,.$£€#/:]|\p{L})(?<!(?<!\bmid)-)(1\d\d\d|20\d\d)(?!\d|,\d|\.\d|%|:\d|\s*(?:people|percent|per\s+cent|troops|fighters|civilians|soldiers|units|jobs|employees|points|votes|km|miles|tonnes|tons|feet|metres|meters|dollars|euros)\b)/gu;
// A date cue right before a year: a preposition, a modifier, a month, punctuation that opens a dateline.
const YEAR_CUE =
  /(?:\b(?:in|since|by|of|until|till|from|during|before|after|early|late|mid|around|year|years|the|to|and|through|between|fiscal|FY|circa|c\.|spring|summer|autumn|fall|winter|quarter|half|end|start|beginning)\s+|[,(©]\s*|\bmid-|^\s*)$/i;
// A year used as an adjective after a determiner or a possessive ("its 1988 recapitalization", "a 1971 treaty",
// "the company's 1990 results"): only before a word, not before a hyphen ("a 1500-strong force").
const DETERMINER_CUE = /(?:\b(?:its|his|her|their|our|your|that|this|a|an)|\p{L}['’]s?)\s+$/iu;
const WORD_AFTER = /^\s+\p{L}/u;
// "for 1988," "due 1993": a year that closes its phrase ("for 1200 homes" is a count).
const CLOSING_CUE = /\b(?:for|due)\s+$/i;
const CLOSING_AFTER = /^(?:\s*[,.;:)!?]|\s*$|\s+(?:and|or)\b)/;
// The second year of a range: "2009-2010", "1957-58", "2009 to 2011", "between 2014 and 2016".
const RANGE_TAIL = /^(\s*[-–—]\s*|\s+(?:to|and|through|until)\s+)(\d{4}|\d\d)(?![\d%]|,\d|\.\d)/;
const SHORT_YEAR = /(?<![\w'’])['’](\d\d)(?![\d%]|['’]?s\b)/g;
// Checked in a short window before the apostrophe (an unbounded lookbehind would rescan long runs of spaces).
const SHORT_YEAR_CUE = /\b(?:since|in|of|from|by|until|to|class|the|summer|spring|winter|fall|autumn)\s+$/i;
const DECADE = /(?<![\d\p{L}])(?:(1\d|20)(\d)0|['’](\d)0)['’]?s\b/gu;
const CENTURY = new RegExp(
  `\\b(?:(\\d{1,2})(?:st|nd|rd|th)|(${Object.keys(ORDINAL_WORDS).join('|').replace(/ /g, '\\s+')}))[\\s-]+[Cc]entury\\b`,
  'gi',
);

function yearDraft(ctx: DateContext, s: number, e: number, year: string, withModifiers: boolean): DateDraft {
  const start = withModifiers ? extendLeft(ctx.text, s).start : s;
  return dateDraft(ctx, start, e, { value: year, timexType: 'DATE' }, 'date/year', 0.8);
}

function hasYearCue(text: string, s: number, e: number): boolean {
  const before = text.slice(Math.max(0, s - 24), s);
  if (YEAR_CUE.test(before)) return true;
  const after = text.slice(e, e + 8);
  return (DETERMINER_CUE.test(before) && WORD_AFTER.test(after)) || (CLOSING_CUE.test(before) && CLOSING_AFTER.test(after));
}

/** The century of a two-digit year: the latest one not after the reference year (`'82` → 19, `'09` → 20). */
function shortYearCentury(ctx: DateContext, yy: number): number {
  if (!ctx.ref) return yy > 30 ? 19 : 20;
  const c = Math.floor(ctx.ref.year / 100);
  return yy > ctx.ref.year % 100 ? c - 1 : c;
}

export const yearDates: DateFamily = (ctx) => {
  const out: DateDraft[] = [];
  const text = ctx.text;
  let skipUntil = -1;
  for (const m of text.matchAll(YEAR)) {
    const s = m.index!;
    if (s < skipUntil) continue;
    const e = s + 4;
    const tail = RANGE_TAIL.exec(text.slice(e, e + 16));
    let second: string | null = null;
    if (tail) {
      const raw = tail[2];
      const full = raw.length === 2 ? m[1].slice(0, 2) + raw : raw;
      // A range only when the second year comes after the first ("1957-58", not "2011-12" read as a month).
      if (Number(full) > Number(m[1]) && Number(full) - Number(m[1]) < 100) second = full;
    }
    if (!second && !hasYearCue(text, s, e)) continue;
    out.push(yearDraft(ctx, s, e, m[1], true));
    if (second && tail) {
      const s2 = e + tail[1].length;
      const e2 = s2 + tail[2].length;
      out.push(yearDraft(ctx, s2, e2, second, false));
      skipUntil = e2;
    }
  }
  for (const m of text.matchAll(SHORT_YEAR)) {
    if (!SHORT_YEAR_CUE.test(text.slice(Math.max(0, m.index! - 12), m.index!))) continue;
    const yy = Number(m[1]);
    const century = shortYearCentury(ctx, yy);
    out.push(yearDraft(ctx, m.index!, m.index! + m[0].length, pad(century * 100 + yy, 4), false));
  }
  for (const m of text.matchAll(DECADE)) {
    const value = m[1] ? m[1] + m[2] : `${shortYearCentury(ctx, Number(m[3]) * 10)}${m[3]}`;
    const ext = extendLeftWithArticle(text, m.index!);
    out.push(dateDraft(ctx, ext.start, m.index! + m[0].length, { value, timexType: 'DATE' }, 'date/decade', 0.8));
  }
  for (const m of text.matchAll(CENTURY)) {
    const n = m[1] ? Number(m[1]) : ORDINAL_WORDS[m[2].toLowerCase().replace(/\s+/g, ' ')];
    if (!n || n > 22) continue;
    // TempEval-3 leaves the article of a century out ("much of the [20th century]"), TimeBank keeps it.
    const ext = extendLeft(text, m.index!);
    out.push(dateDraft(ctx, ext.start, m.index! + m[0].length, { value: pad(n - 1), timexType: 'DATE' }, 'date/century', 0.8));
  }
  return out;
};
