/** The counted concept: the noun phrase after a number (`25,000 Syrian army fighters`), or after `of` for partitives. */
import type { Span } from '../../types';
import type { PreparedText } from '../../text/prepare';
import { tokenAt } from '../../text/prepare';

const NOMINAL = new Set(['NOUN', 'PROPN', 'ADJ']);
const HEAD = new Set(['NOUN', 'PROPN']);
// Words tagged as nouns that never head a counted phrase.
const NOT_HEAD = /^(?:of|per|a|an|the|each|times?|percent|cent|am|pm|ago|old|more|less|%)$/i;
const PARTITIVE = /^\s+of\s+(?:(?:the|those|these|all|its|their|his|her|our|this|that)\s+)?/i;

/** The noun phrase starting at `offset` (after blank space), up to its last noun; null if none. */
export function nounPhraseAt(prep: PreparedText, offset: number, maxTokens = 4): Span | null {
  const toks = prep.tokens;
  let i = tokenAt(prep, offset);
  if (i >= toks.length || /\S/.test(prep.text.slice(offset, toks[i].start))) return null;
  const sentence = toks[i].sentence;
  let lastHead = -1;
  for (let k = i; k < toks.length && k < i + maxTokens && toks[k].sentence === sentence; k++) {
    const t = toks[k];
    if (!NOMINAL.has(t.pos) && !(t.kind === 'word' && /^[a-z]+-[a-z]+$/i.test(t.text) && t.pos !== 'VERB')) break;
    if (k > i && /\n/.test(prep.text.slice(toks[k - 1].end, t.start))) break;
    if (NOT_HEAD.test(t.text)) break;
    if (HEAD.has(t.pos) || t.kind === 'word') lastHead = k;
  }
  if (lastHead < 0 || !HEAD.has(toks[lastHead].pos)) {
    // A lone adjective-tagged word is still often the head in news ("25 wounded" is handled elsewhere).
    return null;
  }
  const start = toks[i].start;
  const end = toks[lastHead].end;
  return { text: prep.original.slice(start, end), start, end };
}

/** `60% of the areas`, `480 of them`: the phrase after `of` and a determiner (none for a pronoun). */
export function partitiveAt(prep: PreparedText, offset: number): Span | null {
  const m = PARTITIVE.exec(prep.text.slice(offset, offset + 40));
  return m ? nounPhraseAt(prep, offset + m[0].length) : null;
}
