/**
 * Prepares the input once for every recognizer: markup blanked (same length), tokens with exact offsets and
 * part-of-speech tags from wink-nlp, sentences, and paragraphs.
 */
import { blankMarkup } from './markup';
import { wink } from './wink';

export interface Token {
  /** The token as it stands in the prepared text (also the original, except blanked markup). */
  text: string;
  start: number;
  end: number;
  /** Universal POS tag from wink-nlp: PROPN, NOUN, NUM, VERB, ADP, PUNCT, ... */
  pos: string;
  /** wink-nlp's token type: word, number, punctuation, symbol, time, url, email, emoji, ... */
  kind: string;
  sentence: number;
}

export interface Sentence {
  start: number;
  end: number;
  /** Index of the first token, and one past the last. */
  firstToken: number;
  endToken: number;
}

export interface PreparedText {
  /** The caller's string, untouched. */
  original: string;
  /** The same string with markup, URLs and odd spaces blanked to spaces: same length, same offsets. */
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  /** Paragraph-sized chunks (split at blank lines, capped in length) that cover the text in order. */
  chunks: { start: number; end: number }[];
}

const MAX_CHUNK = 20000;

/** Splits at blank lines; a paragraph longer than `maxChunk` is cut at a sentence end or a space. */
export function paragraphChunks(text: string, maxChunk = MAX_CHUNK): { start: number; end: number }[] {
  const chunks: { start: number; end: number }[] = [];
  const breaks = /\n[ \t\r]*\n/g;
  let start = 0;
  const push = (end: number) => {
    while (end - start > maxChunk) {
      const window = text.slice(start, start + maxChunk);
      let cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf('\n'));
      if (cut < maxChunk / 2) cut = window.lastIndexOf(' ');
      if (cut < maxChunk / 2) cut = maxChunk - 1;
      // Never cut between the two halves of a surrogate pair.
      const code = text.charCodeAt(start + cut);
      if (code >= 0xd800 && code <= 0xdbff) cut++;
      chunks.push({ start, end: start + cut + 1 });
      start += cut + 1;
    }
    if (end > start) chunks.push({ start, end });
    start = end;
  };
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) push(m.index + m[0].length);
  push(text.length);
  return chunks;
}

/**
 * Consecutive paragraphs grouped into chunks of at least `size` characters (the last may be shorter). A paragraph
 * longer than `min(size, MAX_CHUNK)` is cut, so that small sizes (in tests) put seams inside paragraphs too.
 */
export function groupParagraphs(text: string, size: number): { start: number; end: number }[] {
  const groups: { start: number; end: number }[] = [];
  for (const p of paragraphChunks(text, Math.max(2, Math.min(size, MAX_CHUNK)))) {
    const last = groups[groups.length - 1];
    if (last && last.end - last.start < size) last.end = p.end;
    else groups.push({ start: p.start, end: p.end });
  }
  return groups.length ? groups : [{ start: 0, end: text.length }];
}

/** Letters only (with their combining marks). */
const LETTERS = /^[\p{L}\p{M}]+$/u;

/**
 * wink cuts words at letters outside its alphabet (`Mili` `č` `evi` `ć`, `Y` `ı` `ld` `ı` `r` `ı` `m`): attached
 * pieces of letters, one of them such a letter (an `unk` token), are one word.
 */
function splitWord(a: Token, b: Token, joined: boolean): boolean {
  return a.end === b.start && (joined || a.kind === 'unk' || b.kind === 'unk') && LETTERS.test(a.text) && LETTERS.test(b.text);
}

/**
 * A word with `'s` written onto it (`Macy's`). wink splits the `'s` off before a word, but keeps it on a word it
 * has already met in the process (its lexicon learns each unknown word it keeps whole, as it does before
 * punctuation), so its cut would depend on the texts read before. We always cut: the same text, the same tokens.
 */
const ATTACHED_POSSESSIVE = /^([\p{L}\p{M}][\p{L}\p{M}.&-]*)(['’][sS])$/u;

/** Appends `b` to the word `a`: a capitalised word so pieced together is a name; else it keeps the part of speech
 * of the first piece wink knew. */
function joinWord(a: Token, b: Token): void {
  if (a.kind === 'unk') a.pos = b.kind === 'unk' ? 'NOUN' : b.pos;
  a.text += b.text;
  a.end = b.end;
  a.kind = 'word';
  if (/^\p{Lu}/u.test(a.text)) a.pos = 'PROPN';
}

export function prepare(original: string): PreparedText {
  const text = blankMarkup(original);
  const nlp = wink();
  const its = nlp.its;
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const chunks = paragraphChunks(text);
  for (const chunk of chunks) {
    const piece = text.slice(chunk.start, chunk.end);
    if (!/\S/.test(piece)) continue;
    const doc = nlp.readDoc(piece);
    const values = doc.tokens().out(its.value) as string[];
    const spaces = doc.tokens().out(its.precedingSpaces) as string[];
    const pos = doc.tokens().out(its.pos) as string[];
    const kinds = doc.tokens().out(its.type) as string[];
    const base = tokens.length;
    // Index in `tokens` of each of wink's tokens (a split word's pieces share one).
    const indexOf = new Int32Array(values.length);
    // ... and of the first of ours each one gave (a word cut before its `'s` gives two).
    const firstOf = new Int32Array(values.length);
    // The last token made of pieces, which takes the next piece of letters whatever its kind.
    let joined: Token | undefined;
    let at = 0;
    for (let i = 0; i < values.length; i++) {
      at += spaces[i].length;
      let start = at;
      // wink's tokenizer is lossless; this search only guards against a surprise, so offsets stay exact.
      if (piece.slice(start, start + values[i].length) !== values[i]) {
        const found = piece.indexOf(values[i], Math.max(0, at - spaces[i].length));
        if (found < 0) {
          indexOf[i] = firstOf[i] = tokens.length - 1;
          continue;
        }
        start = found;
      }
      at = start + values[i].length;
      const token = { text: values[i], start: chunk.start + start, end: chunk.start + at, pos: pos[i], kind: kinds[i], sentence: -1 };
      const last = tokens.length > base ? tokens[tokens.length - 1] : undefined;
      const possessive = kinds[i] === 'word' ? ATTACHED_POSSESSIVE.exec(values[i]) : null;
      firstOf[i] = tokens.length;
      if (last && splitWord(last, token, joined === last)) {
        joinWord(last, token);
        joined = last;
        firstOf[i] = tokens.length - 1;
      } else if (possessive) {
        const cut = token.start + possessive[1].length;
        tokens.push({ ...token, text: possessive[1], end: cut });
        tokens.push({ ...token, text: possessive[2], start: cut, pos: 'PART' });
      } else tokens.push(token);
      indexOf[i] = tokens.length - 1;
    }
    const spans = doc.sentences().out(its.span) as unknown as [number, number][];
    for (const [first, lastToken] of spans) {
      const firstToken = first > 0 && indexOf[first] === indexOf[first - 1] ? indexOf[first] + 1 : firstOf[first];
      const endToken = Math.min(indexOf[Math.min(lastToken, values.length - 1)] + 1, tokens.length);
      if (firstToken >= endToken) continue;
      sentences.push({ start: tokens[firstToken].start, end: tokens[endToken - 1].end, firstToken, endToken });
    }
  }
  sentences.forEach((s, i) => {
    for (let t = s.firstToken; t < s.endToken; t++) tokens[t].sentence = i;
  });
  return { original, text, tokens, sentences, chunks };
}

/** The index of the sentence holding `offset` (binary search); -1 when none does. */
export function sentenceAt(prep: PreparedText, offset: number): number {
  const ss = prep.sentences;
  let lo = 0;
  let hi = ss.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ss[mid].start <= offset) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/** The index of the first token whose end is past `offset`. */
export function tokenAt(prep: PreparedText, offset: number): number {
  const ts = prep.tokens;
  let lo = 0;
  let hi = ts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ts[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
