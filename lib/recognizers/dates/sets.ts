/**
 * Sets (TIMEX3 type SET): `every week` (P1W), `each year`, `every Monday` (XXXX-WXX-1), `every summer`
 * (XXXX-SU), `twice a week`, `annually`, `on Tuesdays` (XXXX-WXX-2), `Sunday nights` (XXXX-WXX-7TNI); `daily`, `weekly`... only as adverbs, not before a noun (`daily missions`).
 */
import { MONTHS, PARTS_OF_DAY, SEASONS, SET_ADVERBS } from '../../lexicon/time-words';
import { PatternSet } from '../../text/regexp';
import { tokenAt } from '../../text/prepare';
import { wordNumber } from '../../lexicon/numbers';
import { dateDraft, type DateDraft, type DateFamily } from './context';
import { durationValue, pad } from './timex';

const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const EVERY = new RegExp(
  String.raw`\b(?:every|each)\s+(?:(other)\s+)?(?:(\d+|two|three|four|five|six|ten|twelve)\s+)?` +
    String.raw`(seconds?|minutes?|hours?|days?|nights?|weeks?|months?|quarters?|years?|decades?|weekends?|mornings?|afternoons?|evenings?|seasons?|${WEEKDAY_NAMES.join('|')}|${MONTHS.map((m) => m[0].toUpperCase() + m.slice(1)).join('|')}|${Object.keys(SEASONS).join('|')})\b`,
  'gi',
);
const TIMES_PER =
  /\b(?:once|twice|three\s+times|four\s+times|\d+\s+times)\s+(?:a|an|per|each|every)\s+(second|minute|hour|day|night|week|month|year|decade)\b/gi;
// "on Tuesdays", "Sunday mornings", "Monday and Tuesday nights": a weekday that recurs (names are capitalised).
const WEEKDAY_WORD = WEEKDAY_NAMES.map((w) => w[0].toUpperCase() + w.slice(1)).join('|');
const WEEKDAYS_PLURAL = new RegExp(String.raw`\b(${WEEKDAY_WORD})s\b`, 'g');
const WEEKDAY_PARTS = new RegExp(
  String.raw`\b(${WEEKDAY_WORD})(?:,?\s+(?:and|or)\s+(${WEEKDAY_WORD}))?\s+(morning|afternoon|evening|night)s\b`,
  'g',
);
const ADVERB = new RegExp(`\\b(?:${Object.keys(SET_ADVERBS).join('|')})\\b`, 'gi');

function everyValue(other: string | undefined, count: string | undefined, word: string): string | null {
  const w = word.toLowerCase().replace(/s$/, '');
  const n = (count ? (/^\d/.test(count) ? Number(count) : wordNumber(count)) : 1)! * (other ? 2 : 1);
  if (WEEKDAY_NAMES.includes(w)) return `XXXX-WXX-${WEEKDAY_NAMES.indexOf(w) + 1}`;
  if (MONTHS.includes(w)) return `XXXX-${pad(MONTHS.indexOf(w) + 1)}`;
  if (w in SEASONS) return `XXXX-${SEASONS[w].code}`;
  if (w === 'weekend') return 'XXXX-WXX-WE';
  if (w in PARTS_OF_DAY) return `XXXX-XX-XXT${PARTS_OF_DAY[w]}`;
  if (w === 'season') return null;
  return durationValue(n, w === 'night' ? 'day' : w);
}

// One pass over the text for all of them (each keeps the matches of its own scan).
const PATTERNS = new PatternSet({ EVERY, TIMES_PER, WEEKDAYS_PLURAL, WEEKDAY_PARTS, ADVERB });

const weekdaySet = (name: string, part = '') =>
  `XXXX-WXX-${WEEKDAY_NAMES.indexOf(name.toLowerCase()) + 1}${part ? `T${PARTS_OF_DAY[part]}` : ''}`;

export const setDates: DateFamily = (ctx) => {
  const out: DateDraft[] = [];
  const text = ctx.text;
  const found = PATTERNS.scan(text);
  for (const m of found.EVERY) {
    out.push(dateDraft(ctx, m.index!, m.index! + m[0].length, { value: everyValue(m[1], m[2], m[3]), timexType: 'SET' }, 'date/set', 0.8));
  }
  for (const m of found.TIMES_PER) {
    out.push(
      dateDraft(ctx, m.index!, m.index! + m[0].length, { value: durationValue(1, m[1].toLowerCase()), timexType: 'SET' }, 'date/set', 0.8),
    );
  }
  for (const m of found.WEEKDAYS_PLURAL) {
    out.push(dateDraft(ctx, m.index!, m.index! + m[0].length, { value: weekdaySet(m[1]), timexType: 'SET' }, 'date/set', 0.8));
  }
  for (const m of found.WEEKDAY_PARTS) {
    const [whole, first, second, part] = m;
    const s = m.index!;
    // "Monday and Tuesday nights": each weekday is a set of its own, both with the part of the day.
    if (second) {
      out.push(dateDraft(ctx, s, s + first.length, { value: weekdaySet(first, part), timexType: 'SET' }, 'date/set', 0.8));
      const s2 = s + whole.lastIndexOf(second);
      out.push(dateDraft(ctx, s2, s + whole.length, { value: weekdaySet(second, part), timexType: 'SET' }, 'date/set', 0.8));
    } else out.push(dateDraft(ctx, s, s + whole.length, { value: weekdaySet(first, part), timexType: 'SET' }, 'date/set', 0.8));
  }
  for (const m of found.ADVERB) {
    const e = m.index! + m[0].length;
    const next = ctx.prep.tokens[tokenAt(ctx.prep, e)];
    // "daily missions", "a weekly magazine": an adjective before a noun is not a time expression.
    if (next && next.start - e < 3 && /^(?:NOUN|PROPN|ADJ|NUM)$/.test(next.pos)) continue;
    out.push(dateDraft(ctx, m.index!, e, { value: SET_ADVERBS[m[0].toLowerCase()], timexType: 'SET' }, 'date/set', 0.7));
  }
  return out;
};
