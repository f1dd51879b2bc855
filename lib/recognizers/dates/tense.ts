/**
 * Which way a date without a year points: the cue word or past-tense verb nearest to it in its sentence
 * (`said ... on Monday` → past, `will meet on Monday` → future). compromise tags the one sentence only.
 */
import type { PreparedText } from '../../text/prepare';
import { sentenceAt } from '../../text/prepare';
import { tagTerms } from '../../text/compromise';
import { FUTURE_CUES, PAST_CUES } from '../../lexicon/time-words';
import type { Direction } from './timex';

interface Cue {
  start: number;
  end: number;
  dir: 'past' | 'future';
}

// A participle after "be" is passive ("is due to be published in May"), after "has" a present perfect that
// reports news: neither says when the date falls.
const NOT_PAST_BEFORE = new Set(['be', 'being', 'has', 'have', "'s", "'ve"]);

const sentenceCues = new WeakMap<PreparedText, Map<number, Cue[]>>();

function cuesOf(prep: PreparedText, sentence: number): Cue[] {
  let bySentence = sentenceCues.get(prep);
  if (!bySentence) sentenceCues.set(prep, (bySentence = new Map()));
  const cached = bySentence.get(sentence);
  if (cached) return cached;
  const s = prep.sentences[sentence];
  const terms = tagTerms(prep.text, s.start, s.end);
  const cues: Cue[] = [];
  terms.forEach((t, i) => {
    const w = t.text.toLowerCase().replace(/[^a-z']/g, '');
    const prev = i > 0 ? terms[i - 1].text.toLowerCase() : '';
    if (FUTURE_CUES.has(w) || (w === 'going' && terms[i + 1]?.text.toLowerCase() === 'to')) cues.push({ start: t.start, end: t.end, dir: 'future' });
    else if (PAST_CUES.has(w)) cues.push({ start: t.start, end: t.end, dir: 'past' });
    else if (t.tags.has('PastTense') && !NOT_PAST_BEFORE.has(prev)) cues.push({ start: t.start, end: t.end, dir: 'past' });
  });
  bySentence.set(sentence, cues);
  return cues;
}

/** Past, future, or null when the sentence gives no cue. Words inside [start, end) are not cues. */
export function tenseAt(prep: PreparedText, start: number, end: number): Direction {
  const sentence = sentenceAt(prep, start);
  if (sentence < 0) return null;
  let best: Cue | null = null;
  let bestDistance = Infinity;
  for (const c of cuesOf(prep, sentence)) {
    if (c.start >= start && c.end <= end) continue;
    const distance = c.end <= start ? start - c.end : c.start - end;
    if (distance >= 0 && distance < bestDistance) {
      best = c;
      bestDistance = distance;
    }
  }
  return best ? best.dir : null;
}
