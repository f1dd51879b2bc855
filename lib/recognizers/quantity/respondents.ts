/**
 * Who a poll's shares count. A share that opens a clause (`40% said`, `17% disagreed`) counts the respondents the
 * poll last named: a share of its own (`53% of those polled said`), a share written as a word that is no claim
 * (`half of those questioned said`, `nearly half those surveyed`), or a phrase put before the figure (`Of those
 * asked, 62% were unaware`, `Among drivers, 30% said`).
 */
import type { Span } from '../../types';
import type { PreparedText } from '../../text/prepare';
import { tokenAt } from '../../text/prepare';
import { RESPONDENT_PARTICIPLES } from '../../lexicon/quantity-words';
import { segmentOf } from './segments';

/** How far (in characters) a poll's respondents carry over to the shares that follow. */
export const MAX_POLL_GAP = 2500;

export interface Respondents {
  concept: string;
  span: Span;
  segment: number;
  end: number;
}

/** `of those polled`, `half those surveyed`, `of the respondents`: respondents named in a share. */
const NAMED = new RegExp(
  String.raw`\b(?:of|half|all|among)\s+(?:the\s+|all\s+)?((?:those|people|adults|voters)\s+(?:${RESPONDENT_PARTICIPLES.join('|')})|respondents)\b`,
  'gi',
);

const cache = new WeakMap<PreparedText, Respondents[]>();

/** Every mention of respondents in the text, in order (found once per text, on the first share that asks). */
function mentionsOf(prep: PreparedText): Respondents[] {
  let found = cache.get(prep);
  if (found) return found;
  found = [];
  NAMED.lastIndex = 0;
  for (let m = NAMED.exec(prep.text); m; m = NAMED.exec(prep.text)) {
    const start = m.index + m[0].length - m[1].length;
    const span = { text: prep.original.slice(start, start + m[1].length), start, end: start + m[1].length };
    found.push({ concept: span.text.replace(/\s+/g, ' '), span, segment: segmentOf(prep, start), end: span.end });
  }
  cache.set(prep, found);
  return found;
}

/** A preposition that sets a group before a figure: `Of those asked, 62%`, `Among drivers, 30%`, `In homes with cable, 40%`. */
const FRONTING = /^(?:of|among|in|amongst)$/i;
const FRONT_WORD = /^(?:the|all|those|with|without|who|aged|over|under|and)$/i;
const MAX_FRONT = 6;

/** The group named before the figure at `start` and its comma, at the head of the sentence. */
function frontedGroup(prep: PreparedText, start: number): Span | null {
  const toks = prep.tokens;
  const i = tokenAt(prep, start);
  let comma = i - 1;
  while (comma >= 0 && /^(?:just|only|some|about|nearly|almost|around)$/i.test(toks[comma].text)) comma--;
  if (toks[comma]?.text !== ',') return null;
  const first = prep.sentences[toks[comma].sentence]?.firstToken ?? -1;
  if (first < 0 || comma - first < 2 || comma - first > MAX_FRONT + 1 || !FRONTING.test(toks[first].text)) return null;
  let from = first + 1;
  if (/^the$/i.test(toks[from].text)) from++;
  for (let k = from; k < comma; k++) {
    const t = toks[k];
    if (!/^(?:NOUN|PROPN|ADJ|VERB)$/.test(t.pos) && !FRONT_WORD.test(t.text)) return null;
  }
  if (!toks.slice(from, comma).some((t) => t.pos === 'NOUN' || /^those$/i.test(t.text))) return null;
  return { text: prep.original.slice(toks[from].start, toks[comma - 1].end), start: toks[from].start, end: toks[comma - 1].end };
}

/**
 * The respondents a clause-opening share at `start` counts: a group put before it in its sentence, else the
 * latest named by `last` (a share's own) or a mention in the text, in the same segment and not too far back.
 */
export function respondentsFor(prep: PreparedText, start: number, last: Respondents | null): Respondents | null {
  const segment = segmentOf(prep, start);
  const fronted = frontedGroup(prep, start);
  if (fronted) return { concept: fronted.text.replace(/\s+/g, ' '), span: fronted, segment, end: fronted.end };
  let best = last;
  for (const m of mentionsOf(prep)) {
    if (m.end > start) break;
    if (!best || m.end > best.end) best = m;
  }
  return best && best.segment === segment && start - best.end < MAX_POLL_GAP ? best : null;
}
