/**
 * The anchoring resolver every date family shares: which way a date without a year points, and why.
 *
 * 1. A governing word right before the date (`payable Dec. 7`, `effective Feb. 1`, `due by May`) → future.
 * 2. Else the cue word or verb nearest to it in its sentence: a past-tense verb (VBD/VBN from wink's tags, or an
 *    irregular past form) → past; `will`, `due`, `expected`, `going to`, `set to` → future; a future cue under a
 *    past perfect (`had been due to expire`) is a future in the past → past.
 * 3. Else no direction (the caller picks the nearest occurrence).
 * The reason is kept and added to the record's `source` (`date/chrono+past:said`).
 */
import type { PreparedText, Token } from '../../text/prepare';
import { sentenceAt } from '../../text/prepare';
import {
  FUTURE_CUES,
  FUTURE_GOVERNORS,
  FUTURE_MODALS,
  GOVERNING_FUTURE_WORDS,
  IRREGULAR_PAST,
  PAST_CUES,
  PAST_EED,
} from '../../lexicon/time-words';
import type { Direction } from './timex';

export interface Anchoring {
  direction: Direction;
  /** `past:said`, `future:will`, `future:payable`; null when nothing decided. */
  reason: string | null;
}

// A participle after "be" is passive ("is due to be published in May"), after "has" a present perfect that
// reports news: neither says when the date falls.
const NOT_PAST_BEFORE = new Set(['be', 'being', 'been', 'has', 'have', "'s", "'ve", 'to']);
// "had been due to expire Friday": a plan seen from a past that is over. ("was due in Paris on Friday" still lies ahead.)
const PAST_PERFECT = new Set(['had', "'d"]);
// "payable Dec. 7", "effective on Feb. 1", "due by May": looked for in a short window before the date.
const GOVERNING_BEFORE = new RegExp(`\\b(${GOVERNING_FUTURE_WORDS.join('|')})\\s+(?:(?:on|by|in|at)\\s+)?$`, 'i');

// "by" a deadline, "through" the end of a stretch ("until" is a future cue of its own, see FUTURE_CUES).
const BY_BEFORE = /\b(by|through)\s+$/i;
// "this year through August", "from May through July": a stretch from a date, whose tense is the clause's.
const STRETCH_FROM_DATE =
  /(?:\b(?:year|month|week|quarter|\d{4})|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?)\s+through\s+$/;
// How many words before "by" a past verb may stand and still date the deadline ("cut 6,000 jobs by year-end").
const DEADLINE_WINDOW = 5;

const PAST_PERFECT_BEFORE = /\b(?:had|'d)\s+(?:been\s+)?[^.;:!?]*$/i;

const FUTURE_GOVERNOR = new RegExp(`^(?:${FUTURE_GOVERNORS.join('|')})`);
const NOT_AFTER_MODAL = new Set(['have', 'be', 'been', 'not']);
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", 'am']);
// A clause that opens after the date ("by March, when two units...", "on Tuesday that the state would...") has
// its own tense: the scan to the right stops there.
const CLAUSE_OPENERS = new Set(['that', 'when', 'which', 'who', 'where', 'while', 'because', 'although', 'whereas', 'if', 'unless']);
const REPORTING_VERBS = new Set(['said', 'says', 'told', 'added', 'noted', 'stated', 'reported', 'wrote', 'explained']);
const QUOTE = /^(?:["“”]|``|'')$/;
// A verb in the present that states a plan ("they meet Monday", "the summit opens Friday", "is on Tuesday"): a weak
// future cue, taken only when the sentence has no other. Saying and thinking in the present reports the past.
const PRESENT_BE = new Set(['is', 'are', 'am', "'re"]);
const NOT_A_PLAN =
  /^(?:says?|tells?|reports?|adds?|notes?|claims?|states?|writes?|believes?|thinks?|knows?|shows?|suggests?|argues?|insists?|denies|deny|remains?|seems?|appears?|means?|has|have|do|does)$/;
// How many words before the date the verb may stand ("meet separately on Monday").
const PLAN_WINDOW = 3;
const NOT_PRESENT_BEFORE = new Set(['to', 'not', "n't", 'did', 'does', 'do', "'s", 'has', 'have', 'had']);

const isVerb = (t: Token | undefined) => t != null && (t.pos === 'VERB' || t.pos === 'AUX');
const isPastForm = (w: string) => IRREGULAR_PAST.has(w) || (/[a-z]{2}ed$/.test(w) && (!w.endsWith('eed') || PAST_EED.has(w)));

const lower = (t: Token | undefined) => t?.text.toLowerCase().replace(/[’]/g, "'") ?? '';

function cueOf(tokens: Token[], i: number, first: number): Direction {
  const w = lower(tokens[i]);
  const prev = i > first ? lower(tokens[i - 1]) : '';
  const next = lower(tokens[i + 1]);
  // "expected", "planned" say the future as a passive or before "to" ("is expected to", "planned for"); alone they
  // are a past verb ("it expected delays").
  const participle = w.endsWith('ed') && !BE_FORMS.has(prev) && next !== 'to' && next !== 'for';
  const future = (FUTURE_CUES.has(w) && !participle) || ((w === 'going' || w === 'set' || w === 'supposed') && next === 'to');
  if (future) {
    const before = [prev, i > first + 1 ? lower(tokens[i - 2]) : ''];
    return before.some((b) => PAST_PERFECT.has(b)) && w !== 'will' ? 'past' : 'future';
  }
  if (PAST_CUES.has(w)) return 'past';
  if (!isVerb(tokens[i])) return null;
  if (isPastForm(w)) return NOT_PAST_BEFORE.has(prev) ? null : 'past';
  // A bare verb under a modal (`could close`), or an infinitive after a word of intent (`agreed to acquire`, `a
  // plan to sell`): the event lies ahead. Other infinitives (`began to fall`) say nothing.
  // "would have", "could be": a perfect or a state under a modal says nothing about when.
  if (FUTURE_MODALS.has(prev) && !/(?:ing|ed)$/.test(w) && !NOT_AFTER_MODAL.has(w)) return 'future';
  if (prev === 'to' && i > first + 1 && FUTURE_GOVERNOR.test(lower(tokens[i - 2]))) {
    // "had been scheduled to expire Friday": a plan seen from a past that is over.
    const earlier = [i - 3, i - 4].filter((k) => k >= first).map((k) => lower(tokens[k]));
    return earlier.some((b) => PAST_PERFECT.has(b)) ? 'past' : 'future';
  }
  return null;
}

/** A present-tense verb that can state a plan (see `PRESENT_BE`): not after a modal, `to` or `did`, not `-ing`/`-ed`. */
function isPlanPresent(tokens: Token[], i: number, first: number): boolean {
  const w = lower(tokens[i]);
  if (!isVerb(tokens[i]) || NOT_A_PLAN.test(w) || /(?:ing|ed)$/.test(w) || isPastForm(w)) return false;
  const prev = i > first ? lower(tokens[i - 1]) : '';
  if (FUTURE_MODALS.has(prev) || NOT_PRESENT_BEFORE.has(prev)) return false;
  return PRESENT_BE.has(w) || tokens[i].pos === 'VERB';
}

/**
 * "by the end of the year", "by May", "loans through January": a deadline or the end of a stretch, still ahead
 * unless a past verb stands right before the preposition ("peaked by March", "had filed reports by Wednesday",
 * "lasted through May"); a past verb further off ("it said ... a goal of cuts by year-end") or after the date does not
 * move it back.
 */
function deadline(prep: PreparedText, start: number, firstToken: number): Anchoring | null {
  const before = prep.text.slice(Math.max(0, start - 24), start);
  if (!BY_BEFORE.test(before) || STRETCH_FROM_DATE.test(before)) return null;
  let by = firstToken;
  while (by < prep.tokens.length && prep.tokens[by].end <= start) by++;
  by--; // the preposition
  for (let i = by - 1; i >= Math.max(firstToken, by - DEADLINE_WINDOW); i--) {
    if (prep.tokens[i].pos === 'PUNCT' && /^[,;:]$/.test(prep.tokens[i].text)) break;
    if (cueOf(prep.tokens, i, firstToken) === 'past') return { direction: 'past', reason: `past:${lower(prep.tokens[i])}` };
  }
  return { direction: 'future', reason: `future:${lower(prep.tokens[by])}` };
}

/** The direction of the date at [start, end) and the reason for it. Words inside [start, end) are not cues. */
export function anchoringAt(prep: PreparedText, start: number, end: number): Anchoring {
  const governing = GOVERNING_BEFORE.exec(prep.text.slice(Math.max(0, start - 24), start));
  if (governing && !PAST_PERFECT_BEFORE.test(prep.text.slice(Math.max(0, start - 48), start)))
    return { direction: 'future', reason: `future:${governing[1].toLowerCase()}` };
  const sentence = sentenceAt(prep, start);
  if (sentence < 0) return { direction: null, reason: null };
  const { firstToken, endToken } = prep.sentences[sentence];
  const byDate = deadline(prep, start, firstToken);
  if (byDate) return byDate;
  const tokens = prep.tokens;
  // A reporting verb outside the quotation does not set the tense of what is quoted, nor the reverse.
  const quoted: boolean[] = [];
  let inside = false;
  let dateQuoted = false;
  for (let i = firstToken; i < endToken; i++) {
    if (QUOTE.test(tokens[i].text)) inside = !inside;
    quoted.push(inside);
    if (tokens[i].start <= start) dateQuoted = inside;
  }
  let best: Anchoring = { direction: null, reason: null };
  let bestDistance = Infinity;
  const consider = (i: number, distance: number) => {
    if (distance >= bestDistance || quoted[i - firstToken] !== dateQuoted) return;
    const dir = cueOf(tokens, i, firstToken);
    if (dir) {
      best = { direction: dir, reason: `${dir}:${lower(tokens[i])}` };
      bestDistance = distance;
    }
  };
  for (let i = firstToken; i < endToken && tokens[i].start < start; i++) if (tokens[i].end <= start) consider(i, start - tokens[i].end);
  let pastComma = false;
  let verbBefore = false;
  for (let i = firstToken; i < endToken && tokens[i].end <= start; i++) verbBefore ||= isVerb(tokens[i]);
  for (let i = firstToken; i < endToken; i++) {
    const t = tokens[i];
    if (t.start < end) continue;
    const w = lower(t);
    if (CLAUSE_OPENERS.has(w)) break;
    if (w === ',') pastComma = true;
    // "She joins Feb. 1, the firm said": the attribution after a comma dates the saying, not the event ("In
    // September, it said" has no other verb: there the reporting verb is the clause's own).
    if (pastComma && verbBefore && REPORTING_VERBS.has(w)) continue;
    consider(i, t.start - end);
  }
  if (best.direction === null) {
    // No other cue: a present-tense verb just before the date, in the same clause, states a plan.
    let i = firstToken;
    while (i < endToken && tokens[i].end <= start) i++;
    for (let k = i - 1; k >= Math.max(firstToken, i - PLAN_WINDOW); k--) {
      if (tokens[k].pos === 'PUNCT') break;
      if (isPlanPresent(tokens, k, firstToken)) return { direction: 'future', reason: `future:${lower(tokens[k])}` };
    }
  }
  return best;
}
