/** The counted concept: the noun phrase after a number (`25,000 Syrian army fighters`), or after `of` for partitives. */
import type { Span } from '../../types';
import type { PreparedText } from '../../text/prepare';
import { tokenAt } from '../../text/prepare';

const NOMINAL = new Set(['NOUN', 'PROPN', 'ADJ']);
const HEAD = new Set(['NOUN', 'PROPN']);
// Words tagged as nouns that never belong to a counted phrase: function words, times and dates.
const NOT_CONCEPT = new RegExp(
  '^(?:of|per|a|an|the|each|times?|percent|cent|am|pm|ago|old|more|less|%|today|yesterday|tomorrow|tonight|overnight|' +
    'earlier|later|last|next|this|that|these|those|now|so|too|or|and|' +
    'monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|' +
    'september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$',
  'i',
);
const PARTITIVE = /^\s{1,3}of\s+(?:(?:the|those|these|all|its|their|his|her|our|my|your|this|that|whom|which)\s+)?/i;
const PARTICIPLE = /^(?!(?:speed|breed|seed|need|greed|creed|weed|steed|bed|shed|red|feed|hundred)$)[a-z]{2,}ed$/;
const PRONOUN = /^(?:them|us|you|these|those|which|whom|it)$/i;

/** The noun phrase starting at `offset` (after blank space), up to its last noun; null if none. */
export function nounPhraseAt(prep: PreparedText, offset: number, maxTokens = 4): Span | null {
  const toks = prep.tokens;
  const i = tokenAt(prep, offset);
  if (i >= toks.length || /\S/.test(prep.text.slice(offset, toks[i].start))) return null;
  const sentence = toks[i].sentence;
  let lastHead = -1;
  for (let k = i; k < toks.length && k < i + maxTokens && toks[k].sentence === sentence; k++) {
    const t = toks[k];
    const compound = t.kind === 'word' && /^[\p{L}]+-[\p{L}]+$/u.test(t.text) && t.pos !== 'VERB';
    if (!NOMINAL.has(t.pos) && !compound) break;
    if (k > i && /\n/.test(prep.text.slice(toks[k - 1].end, t.start))) break;
    if (NOT_CONCEPT.test(t.text)) break;
    // A participle is what happened, not what is counted: "25 wounded", "12 injured".
    if ((HEAD.has(t.pos) || compound) && !PARTICIPLE.test(t.text)) lastHead = k;
  }
  if (lastHead < 0) return null;
  const start = toks[i].start;
  const end = toks[lastHead].end;
  return { text: prep.original.slice(start, end), start, end };
}

// "of those polled", "of those asked": the respondents a share counts.
const THOSE_PARTICIPLE = /^\s{1,3}of\s+(those\s+(?:[a-z]+ed|asked|polled|questioned|surveyed|interviewed))\b/i;

/**
 * `60% of the areas`, `millions of Americans`, `a quarter (21%) of voters`, `53% of those polled`: the phrase
 * after `of` and a determiner; null for a pronoun.
 */
export function partitiveAt(prep: PreparedText, offset: number): Span | null {
  const closed = /^\)/.test(prep.text.slice(offset, offset + 1)) ? 1 : 0;
  const window = prep.text.slice(offset + closed, offset + closed + 40);
  const those = THOSE_PARTICIPLE.exec(window);
  if (those) {
    const start = offset + closed + those[0].length - those[1].length;
    return { text: prep.original.slice(start, start + those[1].length), start, end: start + those[1].length };
  }
  const m = PARTITIVE.exec(window);
  if (!m) return null;
  offset += closed;
  const phrase = nounPhraseAt(prep, offset + m[0].length);
  return phrase && !PRONOUN.test(phrase.text) ? phrase : null;
}
