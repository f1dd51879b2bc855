/**
 * The quantity stage walks tokens to find a figure's noun, verb and source. Two things in wire copy stop or
 * mislead those walks, and this view of the prepared text mends both:
 *  - wink gives every line break a token of its own (`SPACE`), so in hard-wrapped text ("the 14\nmoney center
 *    banks") a walk stopped at each wrap. The view drops whitespace tokens, so a wrap reads as a space.
 *  - wink runs on over an indented new line after an abbreviation's stop ("… Lambert Inc.\n    Adjusted bank
 *    borrowings …"), joining two paragraphs into one sentence. The view starts a sentence there.
 * Blank lines already end sentences (wink reads each paragraph apart). Other stages keep the prepared text as is.
 */
import type { PreparedText, Sentence, Token } from '../../text/prepare';

const cache = new WeakMap<PreparedText, PreparedText>();
/** A line break and the indent that opens a paragraph of wire copy. */
const INDENTED_LINE = /\n[ \t]+$/;
/** A token that can end a sentence: a stop (maybe an abbreviation's), or a closing quote or bracket. */
const SENTENCE_END = /[.!?]$|^["”’)]$/;

function startsParagraph(text: string, before: Token, t: Token): boolean {
  return INDENTED_LINE.test(text.slice(before.end, t.start)) && SENTENCE_END.test(before.text) && /^[\p{Lu}"“]/u.test(t.text);
}

export function wordView(prep: PreparedText): PreparedText {
  const cached = cache.get(prep);
  if (cached) return cached;
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  for (const s of prep.sentences) {
    let first = tokens.length;
    for (let i = s.firstToken; i < s.endToken; i++) {
      const t = prep.tokens[i];
      if (t.pos === 'SPACE') continue;
      const before = tokens[tokens.length - 1];
      if (tokens.length > first && startsParagraph(prep.text, before, t)) {
        sentences.push({ start: tokens[first].start, end: before.end, firstToken: first, endToken: tokens.length });
        first = tokens.length;
      }
      // A token is copied only where a split before it moved its sentence's index.
      tokens.push(t.sentence === sentences.length ? t : { ...t, sentence: sentences.length });
    }
    if (tokens.length > first)
      sentences.push({ start: tokens[first].start, end: tokens[tokens.length - 1].end, firstToken: first, endToken: tokens.length });
  }
  const view = { ...prep, tokens, sentences };
  cache.set(prep, view);
  return view;
}
