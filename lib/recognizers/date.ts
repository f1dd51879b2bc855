/**
 * Dates and times: chrono-node on paragraph chunks (its casual refiners rescan the whole input, so chunks keep
 * it linear), then TimeML span rules and TIMEX3 values; plus what chrono misses: bare years and durations.
 */
import * as chrono from 'chrono-node';
import type { DateRecord } from '../types';
import type { Draft, Recognizer, RecognizerContext } from './recognizer';
import { trimSpan } from './recognizer';
import { DURATION_UNITS, LEADING_PREPOSITIONS } from '../lexicon/time-words';
import { wordNumber } from '../lexicon/numbers';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const LEADING_PREP = new RegExp(`^(?:${LEADING_PREPOSITIONS.join('|')})\\s+`, 'i');
// Single words chrono reads as dates that are usually something else in news prose.
const FALSE_SINGLE = /^(?:now|sat|sun|wed|mar|may|march|second|a|an)$/i;

function timexOf(c: chrono.ParsedComponents, hasReference: boolean): { value: string | null; timexType: DateRecord['timexType'] } {
  const y = c.get('year');
  const mo = c.get('month');
  const d = c.get('day');
  const yearKnown = c.isCertain('year');
  // Without a reference date, anything whose year was guessed from "today" has no absolute value.
  if (!hasReference && !yearKnown) return { value: null, timexType: c.isCertain('hour') ? 'TIME' : 'DATE' };
  if (c.isCertain('hour') && y != null && mo != null && d != null)
    return { value: `${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}`, timexType: 'TIME' };
  if ((c.isCertain('day') || c.isCertain('weekday')) && y != null && mo != null && d != null)
    return { value: `${pad(y, 4)}-${pad(mo)}-${pad(d)}`, timexType: 'DATE' };
  if (c.isCertain('month') && y != null && mo != null) return { value: `${pad(y, 4)}-${pad(mo)}`, timexType: 'DATE' };
  if (yearKnown && y != null) return { value: pad(y, 4), timexType: 'DATE' };
  return { value: null, timexType: 'DATE' };
}

const NUMBER_WORD = '(?:\\d+(?:\\.\\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|several|few)';
const DURATION = new RegExp(
  `\\b(?:(?:the\\s+)?(?:last|past|next|coming|previous|first)\\s+)?(${NUMBER_WORD})(?:[-\\s]+)(second|minute|hour|day|week|fortnight|month|year|decade|century|centurie)s?\\b(?![-\\s]+old)`,
  'gi',
);

function durationValue(amount: string, unit: string): string {
  const u = DURATION_UNITS[unit.toLowerCase().replace(/centurie$/, 'century')];
  const a = amount.toLowerCase();
  const n = /^\d/.test(a) ? Number(a) : a === 'a' || a === 'an' ? 1 : wordNumber(a);
  const qty = n == null ? 'X' : String(n * u.factor);
  return u.time ? `PT${qty}${u.letter}` : `P${qty}${u.letter}`;
}

// A bare year: four digits from 1000 to 2099, not part of a larger number, amount or code.
const BARE_YEAR = /(?<![\d,.$£€#-]|\w)(1[0-9]\d\d|20\d\d)(?![\d,%]|\.\d|-\d|\s*(?:people|percent|per cent|troops|fighters|civilians)\b)/g;
const YEAR_CUE = /(?:\b(?:in|since|by|of|until|till|from|during|before|after|early|late|mid|around|year|the|to|and|through)\s+|[,(©]\s*|-|^\s*)$/i;

function trimLeadingPreposition(text: string, start: number, end: number): [number, number] {
  const m = LEADING_PREP.exec(text.slice(start, end));
  return m && m[0].length < end - start ? [start + m[0].length, end] : [start, end];
}

export const recognizeDates: Recognizer = (prep, ctx: RecognizerContext) => {
  const out: Draft<DateRecord>[] = [];
  const hasReference = ctx.referenceDate != null;
  const instant = ctx.referenceDate ?? new Date(Date.UTC(2000, 0, 1, 12));
  const text = prep.text;
  for (const chunk of prep.chunks) {
    const piece = text.slice(chunk.start, chunk.end);
    if (!/\d|[A-Za-z]/.test(piece)) continue;
    for (const r of chrono.casual.parse(piece, { instant, timezone: 0 })) {
      let [s, e] = trimSpan(text, chunk.start + r.index, chunk.start + r.index + r.text.length);
      [s, e] = trimLeadingPreposition(text, s, e);
      const surface = text.slice(s, e);
      if (FALSE_SINGLE.test(surface)) continue;
      if (/^\d{1,2}\/\d{1,2}$/.test(surface)) continue; // "1/2" is a fraction far more often than a date
      if (/^\d+(?:\.\d+)?$/.test(surface)) continue;
      const { value, timexType } = timexOf(r.start, hasReference);
      const draft: Draft<DateRecord> = { type: 'date', text: prep.original.slice(s, e), start: s, end: e, value, timexType, confidence: 0.9, source: 'date/chrono' };
      if (r.end) {
        const to = timexOf(r.end, hasReference).value;
        if (value && to) Object.assign(draft, { from: value, to });
      }
      out.push(draft);
    }
  }
  for (const m of text.matchAll(DURATION)) {
    const s = m.index!;
    const e = s + m[0].length;
    out.push({ type: 'date', text: prep.original.slice(s, e), start: s, end: e, value: durationValue(m[1], m[2]), timexType: 'DURATION', confidence: 0.8, source: 'date/duration' });
  }
  for (const m of text.matchAll(BARE_YEAR)) {
    const s = m.index!;
    if (!YEAR_CUE.test(text.slice(Math.max(0, s - 20), s))) continue;
    const e = s + 4;
    out.push({ type: 'date', text: prep.original.slice(s, e), start: s, end: e, value: m[1], timexType: 'DATE', confidence: 0.7, source: 'date/year' });
  }
  return out;
};
