/**
 * Which way a date without a year points: the cue word or past-tense verb nearest to it in its sentence
 * (`said ... on Monday` → past, `will meet on Monday` → future). Read from wink's tokens and POS tags
 * (no second tagger: this runs for every ambiguous date).
 */
import type { PreparedText, Token } from '../../text/prepare';
import { sentenceAt } from '../../text/prepare';
import { FUTURE_CUES, IRREGULAR_PAST, PAST_CUES } from '../../lexicon/time-words';
import type { Direction } from './timex';

// A participle after "be" is passive ("is due to be published in May"), after "has" a present perfect that
// reports news: neither says when the date falls.
const NOT_PAST_BEFORE = new Set(['be', 'being', 'been', 'has', 'have', "'s", "'ve", 'to']);

function cueOf(tokens: Token[], i: number, first: number): Direction {
  const w = tokens[i].text.toLowerCase().replace(/[’]/g, "'");
  const prev = i > first ? tokens[i - 1].text.toLowerCase() : '';
  if (FUTURE_CUES.has(w) || (w === 'going' && tokens[i + 1]?.text.toLowerCase() === 'to')) return 'future';
  if (PAST_CUES.has(w)) return 'past';
  const verb = tokens[i].pos === 'VERB' || tokens[i].pos === 'AUX';
  if (verb && (IRREGULAR_PAST.has(w) || /[a-z]{2}ed$/.test(w)) && !NOT_PAST_BEFORE.has(prev)) return 'past';
  return null;
}

/** Past, future, or null when the sentence gives no cue. Words inside [start, end) are not cues. */
export function tenseAt(prep: PreparedText, start: number, end: number): Direction {
  const sentence = sentenceAt(prep, start);
  if (sentence < 0) return null;
  const { firstToken, endToken } = prep.sentences[sentence];
  const tokens = prep.tokens;
  let best: Direction = null;
  let bestDistance = Infinity;
  for (let i = firstToken; i < endToken; i++) {
    const t = tokens[i];
    if (t.start >= start && t.end <= end) continue;
    const distance = t.end <= start ? start - t.end : t.start - end;
    if (distance < 0 || distance >= bestDistance) continue;
    const dir = cueOf(tokens, i, firstToken);
    if (dir) {
      best = dir;
      bestDistance = distance;
    }
  }
  return best;
}
