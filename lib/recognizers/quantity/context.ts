/**
 * What the sentence says around a quantity: whether it is a change (`rose 5%`, `fell by 2 points`), the verb
 * that says what happened to what is counted (`8 people were killed` → killed), and who says so
 * (`According to SANA`, `said Amina Rwein`).
 */
import type { Span } from '../../types';
import type { PreparedText } from '../../text/prepare';
import { tokenAt } from '../../text/prepare';
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

const AUXILIARY = /^(?:were|was|are|is|be|been|being|have|has|had|will|would|could|may|might|also|reportedly|now|still)$/i;

/** The first verb after the quantity and its concept, within a few tokens: `8 people were killed` → killed. */
export function predicateAfter(prep: PreparedText, offset: number): string | null {
  const toks = prep.tokens;
  const i = tokenAt(prep, offset);
  const sentence = toks[i]?.sentence;
  for (let k = i; k < toks.length && k < i + 4 && toks[k].sentence === sentence; k++) {
    const t = toks[k];
    if (AUXILIARY.test(t.text)) continue;
    if (t.pos === 'VERB' || (t.pos === 'ADJ' && /ed$/i.test(t.text))) return t.text.toLowerCase();
    if (t.pos !== 'ADV' && t.pos !== 'AUX' && t.pos !== 'PART') break;
  }
  return null;
}

const NAME = String.raw`(?:the\s+)?[\p{Lu}][\p{L}.'’&-]*(?:\s+(?:of\s+(?:the\s+)?)?[\p{Lu}][\p{L}.'’&-]*){0,5}`;
// Days and months follow "said" often ("said Tuesday"); they are not sources.
const NOT_A_SOURCE =
  /^(?:the\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Last|On|In|That|This|It|He|She|They|We|I)\b/;
const ATTRIBUTION_BEFORE = new RegExp(`\\b[Aa]ccording\\s+to\\s+(${NAME})`, 'u');
const ATTRIBUTION_AFTER = new RegExp(
  `\\b(?:said|says|told|reported|estimated|estimates|announced|claimed|claims)\\s+(${NAME}|(?:an?|the)\\s+[\\p{Ll}]+(?:\\s+[\\p{Ll}]+)?\\s+(?:spokesman|spokeswoman|spokesperson|official|source|report|statement))`,
  'u',
);
const SOURCE_NOUN =
  '(?:ministry|police|army|military|government|agency|officials?|spokes(?:man|woman|person)|authorities|report|statement|observatory|monitor|council|committee|company|firm|group|survey|study|census|data|figures)';
const ATTRIBUTION_SUBJECT = new RegExp(
  `(?:^|[.;]\\s+|,\\s+)(${NAME}|(?:[Tt]he|[Aa]n?)\\s+(?:[\\p{L}-]+\\s+){0,2}${SOURCE_NOUN})\\s+(?:said|says|told|reported|estimated|estimates|announced|claimed)\\b`,
  'u',
);

/** A sentence's source is looked for once, however many numbers it holds. */
const sourcesBySentence = new WeakMap<PreparedText, Map<number, Span | null>>();

/** Who says so in the sentence, with its span (a fresh object each call). */
export function attributionIn(prep: PreparedText, sentenceIndex: number): Span | null {
  let known = sourcesBySentence.get(prep);
  if (!known) {
    known = new Map();
    sourcesBySentence.set(prep, known);
  }
  if (!known.has(sentenceIndex)) known.set(sentenceIndex, findAttribution(prep, sentenceIndex));
  const found = known.get(sentenceIndex);
  return found ? { ...found } : null;
}

function findAttribution(prep: PreparedText, sentenceIndex: number): Span | null {
  const s = prep.sentences[sentenceIndex];
  if (!s) return null;
  const text = prep.text.slice(s.start, s.end);
  for (const re of [ATTRIBUTION_BEFORE, ATTRIBUTION_AFTER, ATTRIBUTION_SUBJECT]) {
    const m = re.exec(text);
    if (!m || NOT_A_SOURCE.test(m[1])) continue;
    const start = s.start + m.index + m[0].indexOf(m[1]);
    // A full stop ends the sentence, not the name ("said Amina Rwein."), unless it closes an initial ("U.S.").
    const name = /[^A-Z]\.$/.test(m[1]) ? m[1].slice(0, -1) : m[1];
    const end = start + name.length;
    return { text: prep.original.slice(start, end), start, end };
  }
  return null;
}
