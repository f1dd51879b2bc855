/**
 * Sports results are not quantity claims: `won 6-4 7-5`, `Wales 21-19 Italy`, `a 2-0 half-time lead`,
 * `beat them 3-1`, tie-breaks in brackets (`7-6 (7-4)`). A pair of small numbers joined by a dash is a score
 * when a result word stands next to it, when another pair follows (a set score), or when a capitalised team name
 * stands on both sides. Other sports statistics (an attendance, `26 saves`) stay quantities.
 */
import { RESULT_WORDS_AFTER, RESULT_WORDS_BEFORE } from '../../lexicon/quantity-words';

/** One result: `6-4`, `21 - 19`, `3–1`, with an optional tie-break `(7-4)`. */
const PAIR = String.raw`\d{1,3}\s?[-–]\s?\d{1,3}(?:\s?\(\d{1,2}[-–]\d{1,2}\))?`;
/** Results in a row (`6-4 7-5`, `6-4, 3-6, 7-5`): a set score. */
const RESULTS = new RegExp(`(?<![\\d.,/-])${PAIR}(?:,?\\s${PAIR})*(?![\\d.,/]?\\d|[-–]\\d|%)`, 'g');
const SET_SCORE = new RegExp(`^${PAIR}(?:,?\\s${PAIR})+$`);
// Up to three words between ("tied Game 7 at 89-89", "to tie the game at 2-2").
const WORD_BEFORE = new RegExp(`\\b(?:${RESULT_WORDS_BEFORE.join('|')})\\s+(?:[\\p{L}\\d'’]+\\s+){0,3}$`, 'iu');
const WORD_AFTER = new RegExp(`^\\s+(?:[\\p{L}-]+\\s+)?(?:${RESULT_WORDS_AFTER.join('|')})\\b`, 'iu');
// "Wales 21-19 Italy", "Leeds 2-1 Hull": a capitalised name on each side.
const TEAM_BEFORE = /[\p{Lu}][\p{L}'’.-]+\s$/u;
const TEAM_AFTER = /^\s[\p{Lu}][\p{L}'’.-]+/u;

/** The spans of the sports results in `text`, as [start, end) pairs in order. */
export function findScores(text: string): [number, number][] {
  const out: [number, number][] = [];
  RESULTS.lastIndex = 0;
  for (let m = RESULTS.exec(text); m; m = RESULTS.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 40), start);
    const after = text.slice(end, end + 30);
    const score =
      SET_SCORE.test(m[0]) || WORD_BEFORE.test(before) || WORD_AFTER.test(after) || (TEAM_BEFORE.test(before) && TEAM_AFTER.test(after));
    if (score) out.push([start, end]);
  }
  return out;
}
