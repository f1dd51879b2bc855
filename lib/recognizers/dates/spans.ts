/** Span rules shared by the date families: TimeML leaves prepositions out and keeps modifiers in. */
import { LEADING_PREPOSITIONS } from '../../lexicon/time-words';
import type { Direction } from './timex';

const LEADING_PREP = new RegExp(`^(?:${LEADING_PREPOSITIONS.map((p) => p.replace(' ', '\\s+')).join('|')})\\s+`, 'i');

/** Drops a leading preposition (`on Friday` → `Friday`), unless it is all there is. */
export function trimLeadingPreposition(text: string, start: number, end: number): number {
  const m = LEADING_PREP.exec(text.slice(start, end));
  return m && m[0].length < end - start ? start + m[0].length : start;
}

// Looked for in a short window before the expression, so the `$` anchor cannot make this scan far.
const LEFT_MODIFIER =
  /(?:\b(?:the\s+)?(?:very\s+)?(?:end|beginning|start|middle|rest|remainder|close|turn)\s+of\s+(?:the\s+)?|(?:\bthe\s+)?\b(?:early|late|mid|earlier|later)(?:\s+|-)|(?:\bthe\s+)?\bmid-)?(?:\b(last|this|next|past|coming|previous|following)\s+)?$/i;
const WINDOW = 48;
const PAST_AS_PREPOSITION = /^(?:\d|noon\b|midnight\b)/i;

export interface Extension {
  start: number;
  /** The direction word written before the expression (`last July`), when there is one. */
  direction: Direction;
}

/** Takes in modifiers before [start, ...): `early`, `late last`, `the end of`, `mid-`. */
export function extendLeft(text: string, start: number): Extension {
  const from = Math.max(0, start - WINDOW);
  const m = LEFT_MODIFIER.exec(text.slice(from, start));
  if (!m || m[0].length === 0) return { start, direction: null };
  // "past 1 a.m.", "past midnight": the preposition, not a direction.
  if (/^past\s+$/i.test(m[0]) && PAST_AS_PREPOSITION.test(text.slice(start, start + 10))) return { start, direction: null };
  return { start: start - m[0].length, direction: directionWord(m[1]) };
}

// "the 1990s", "the 20th century", "the summer": TimeML keeps the article of a decade, century or season.
const THE_BEFORE = /\bthe\s+$/i;

/** Takes in modifiers as `extendLeft` does, and an article right before (`the late 1970s`, `the 1990s`). */
export function extendLeftWithArticle(text: string, start: number): Extension {
  const ext = extendLeft(text, start);
  const the = THE_BEFORE.exec(text.slice(Math.max(0, ext.start - 4), ext.start));
  return the ? { ...ext, start: ext.start - the[0].length } : ext;
}

/** `last` → past, `next` → future, `this` → this. */
export function directionWord(word: string | undefined): Direction {
  const w = word?.toLowerCase();
  if (!w) return null;
  if (w === 'last' || w === 'past' || w === 'previous') return 'past';
  if (w === 'next' || w === 'coming' || w === 'following') return 'future';
  if (w === 'this') return 'this';
  return null;
}

/** True when [start, end) does not cut a word in two. */
export function onWordBoundaries(text: string, start: number, end: number): boolean {
  const inWord = (c: string | undefined) => c != null && /[\p{L}\p{N}&]/u.test(c);
  return !(inWord(text[start - 1]) && inWord(text[start])) && !(inWord(text[end - 1]) && inWord(text[end]));
}
