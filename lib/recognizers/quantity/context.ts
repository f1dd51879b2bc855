/**
 * Whether a quantity is a change (`rose 5%`, `fell by 2 points`, `5% lower`) rather than a level. The verb is
 * predicate.ts's, the source attribution.ts's.
 */
import { CHANGE_DOWN, CHANGE_UP } from '../../lexicon/quantity-words';

const words = (list: string[]) => list.map((w) => w.replace(/ /g, '\\s+')).join('|');
const HEDGE = String.raw`(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over|just|a\s+further|another|an\s+estimated|only)\s+)?`;
const CHANGE_BEFORE = new RegExp(`\\b(?:(${words(CHANGE_UP)})|(${words(CHANGE_DOWN)}))\\s+(?:by\\s+)?${HEDGE}$`, 'i');
const CHANGE_AFTER = /^\s+(?:(higher|up|increase|rise|gain|jump|more|growth)|(lower|down|decrease|drop|fall|decline|less|loss|cut))\b/i;
// A change verb earlier in the clause makes "from A to B" a change rather than a span of values.
const CHANGE_CLAUSE = new RegExp(`\\b(?:${words(CHANGE_UP)}|${words(CHANGE_DOWN)}|changed|moved|went|shifted)\\b[^.;]{0,60}$`, 'i');

/** `rose 5%` up, `fell by 2 points` down, `5% lower` down; null when the number is a level. */
export function changeOf(text: string, start: number, end: number): 'up' | 'down' | null {
  const before = CHANGE_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  if (before) return before[1] ? 'up' : 'down';
  const after = CHANGE_AFTER.exec(text.slice(end, end + 16));
  if (after && !/^\s+(?:more|less)\s+than\b/i.test(text.slice(end, end + 16))) return after[1] ? 'up' : 'down';
  return null;
}

/** Whether a `from A to B` starting at `start` follows a change verb (`fell from 4.8 to 4.7 percent`). */
export function isChangeClause(text: string, start: number): boolean {
  return CHANGE_CLAUSE.test(text.slice(Math.max(0, start - 80), start));
}
