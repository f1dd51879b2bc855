/** The counted concept: the noun phrase after a number (`25,000 Syrian army fighters`), or after `of` for partitives. */
import type { Span } from '../../types';
import type { PreparedText } from '../../text/prepare';
import type { Token } from '../../text/prepare';
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
const PARTITIVE = /^\s{1,3}of\s+(?:(?:the|an?|those|these|all|its|their|his|her|our|my|your|this|that|whom|which)\s+)?/i;
const PARTICIPLE = /^(?!(?:speed|breed|seed|need|greed|creed|weed|steed|bed|shed|red|feed|hundred)$)[a-z]{2,}ed$/;
const PRONOUN = /^(?:them|us|you|these|those|which|whom|it)$/i;

/** Adjectives that stand for the people they describe: `34 dead`, `11 of the dead`, `2,000 homeless`. */
const ADJECTIVE_HEAD = /^(?:dead|missing|homeless|unemployed|elderly)$/i;
/** Words between a number and its noun that add to the count, not name it: `5,000 more workers`. */
const ADDING = /^(?:more|additional|extra|further|other)$/i;
/** Whether a token starts a verb's object (not a rate's `a`/`per`) or a verb's adverb: `use just one`, `use two`. */
export const objectFollows = (t: Token | undefined) =>
  t !== undefined &&
  (/^(?:NUM|PRON)$/.test(t.pos) ||
    (t.pos === 'DET' && !/^(?:a|an|each|every|per)$/i.test(t.text)) ||
    /^(?:just|mostly|usually|regularly|rarely)$/i.test(t.text));
/** Whether token `k` is a gerund that opens a clause (`, offering tax cuts`), a verb rather than a modifier. */
export function startsClause(toks: Token[], k: number): boolean {
  const before = toks[k - 1];
  return /^[a-z]+ing$/.test(toks[k].text) && (!before || before.sentence !== toks[k].sentence || /^(?:,|and|or|while)$/.test(before.text));
}

/** A participle that modifies the noun after it: `planned operations`, `used jets`, `suspected cases`. */
const MODIFYING_PARTICIPLE = /^(?:[a-z]+ed|used|known|grown|frozen|broken|stolen|driven)$/i;

/**
 * The noun phrase starting at `offset` (after blank space), up to its last noun; null if none. It may hold
 * hyphenated compounds split into tokens (`pick-up trucks`, `deep-sea vessels`), a modifying participle
 * (`suspected measles cases`), nouns joined by `and` before their head (`search and rescue teams`), and be
 * quoted (`six "mountain teams"`).
 */
export function nounPhraseAt(prep: PreparedText, offset: number, maxTokens = 4): Span | null {
  const toks = prep.tokens;
  let i = tokenAt(prep, offset);
  if (i >= toks.length || /\S/.test(prep.text.slice(offset, toks[i].start))) return null;
  const sentence = toks[i].sentence;
  if (ADDING.test(toks[i].text) && toks[i + 1]?.sentence === sentence && toks[i + 1].pos !== 'ADP') i++;
  const quoted = /^["“]$/.test(toks[i]?.text ?? '') ? i++ : -1;
  if (!toks[i] || toks[i].sentence !== sentence) return null;
  const glued = (k: number) => toks[k - 1] && toks[k - 1].end === toks[k].start;
  let lastHead = -1;
  let words = 0;
  for (let k = i; k < toks.length && words < maxTokens && toks[k].sentence === sentence; k++) {
    const t = toks[k];
    // A new line ends the phrase ("5 dead\nRescuers"), unless a hard-wrapped line goes on in lower case.
    if (k > i && /\n/.test(prep.text.slice(toks[k - 1].end, t.start)) && !/^[\p{Ll}\d]/u.test(t.text)) break;
    // "pick-up", "solar-powered": the hyphen and the word after it belong to the compound.
    if (t.text === '-' && k > i && glued(k) && toks[k + 1] && glued(k + 1) && /^[\p{L}]/u.test(toks[k + 1].text)) {
      k++;
      if (HEAD.has(toks[k].pos) && !PARTICIPLE.test(toks[k].text)) lastHead = k;
      continue;
    }
    const next = toks[k + 1];
    const nominalNext = next?.sentence === sentence && (NOMINAL.has(next.pos) || (next.text === '-' && glued(k + 1)));
    if (t.text.toLowerCase() === 'and' && lastHead === k - 1 && next?.pos === 'NOUN' && toks[k + 2]?.pos === 'NOUN') continue;
    const compound = t.kind === 'word' && /^[\p{L}]+-[\p{L}]+$/u.test(t.text) && t.pos !== 'VERB';
    const modifier = t.pos === 'VERB' && MODIFYING_PARTICIPLE.test(t.text) && nominalNext && next.pos !== 'ADJ';
    if (!NOMINAL.has(t.pos) && !compound && !modifier) break;
    if (NOT_CONCEPT.test(t.text)) break;
    // "44% of searchers use just one": a lower-case noun before an object or an adverb is a verb read as a noun.
    if (k > i && t.pos === 'NOUN' && /^[a-z]+$/.test(t.text) && objectFollows(next) && next?.sentence === sentence) break;
    words++;
    // A participle is what happened, not what is counted: "25 wounded", "12 injured".
    if ((HEAD.has(t.pos) || compound || ADJECTIVE_HEAD.test(t.text)) && !PARTICIPLE.test(t.text)) lastHead = k;
  }
  if (lastHead < 0) return null;
  // A quoted phrase keeps both its marks, or is none.
  if (quoted >= 0 && !/^["”]$/.test(toks[lastHead + 1]?.text ?? '')) return null;
  const start = toks[quoted >= 0 ? quoted : i].start;
  const end = toks[quoted >= 0 ? lastHead + 1 : lastHead].end;
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
