/**
 * `Front for Renewal and Concord (FRC)`, `Food and Agriculture Organization (FAO)`: an acronym in brackets spells
 * the initials of the words before it, so those words are one name, even where the run of capitals was cut at a
 * link word (`and`) the candidates do not cross. The long form then replaces the pieces it covers.
 */
import type { PreparedText, Token } from '../../text/prepare';
import { isAcronym } from './candidates';
import { startsWithCapitalOrDigit, toMention, type Mention } from './mention';

/** Small words a long form may hold without an initial of their own in the acronym. */
const DEFINITION_LINKS = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'to', 'de', '&', '-']);

/** At most this many tokens of long form before the bracket. */
const MAX_LONG_FORM = 12;

/** The initials the acronym spells (`U.N.` → `UN`, `MI-6` → null: digits spell nothing here). */
function letters(acronym: string): string | null {
  const l = acronym.replace(/[.&-]/g, '');
  return /^\p{Lu}{2,}$/u.test(l) ? l : null;
}

/**
 * The first token of the long form that ends at tokens[end - 1] and whose capitalised words' initials spell
 * `spelled`, or -1. A capitalised word may also give two letters (`BioTech` → `BT`) only through its capitals.
 */
function longFormStart(tokens: Token[], end: number, lineStart: number, spelled: string): number {
  let at = spelled.length;
  for (let k = end - 1; k >= Math.max(lineStart, end - MAX_LONG_FORM); k--) {
    const w = tokens[k].text;
    if (DEFINITION_LINKS.has(w) || w.toLowerCase() === 'the') {
      if (at === 0) return -1;
      continue;
    }
    if (!startsWithCapitalOrDigit(w)) return -1;
    const capitals = w.replace(/[^\p{Lu}]/gu, '');
    const own = capitals.length > 1 && spelled.slice(0, at).endsWith(capitals) ? capitals : w[0].toUpperCase();
    if (!spelled.slice(0, at).endsWith(own)) return -1;
    at -= own.length;
    if (at === 0) return k;
  }
  return -1;
}

/** Mentions with each bracketed acronym's long form made one mention (the pieces it covers go). */
export function widenToDefinitions(mentions: Mention[], prep: PreparedText): Mention[] {
  const { tokens, text } = prep;
  const replace = new Map<Mention, Mention>();
  const covered = new Set<Mention>();
  for (let i = 1; i < mentions.length; i++) {
    const short = mentions[i];
    const spelled = short.tokens.length === 1 && isAcronym(short.text) ? letters(short.text) : null;
    if (!spelled || spelled.length < 3) continue;
    const open = short.first - 1;
    if (open < 1 || tokens[open].text !== '(' || tokens[short.first + 1]?.text !== ')') continue;
    const last = mentions[i - 1];
    if (last.first + last.tokens.length !== open || last.headline) continue;
    const lineStart = prep.sentences[last.sentence]?.firstToken ?? 0;
    const from = longFormStart(tokens, open, lineStart, spelled);
    if (from < 0 || from >= last.first) continue;
    const pieces = mentions.filter((m) => m.first >= from && m.first + m.tokens.length <= open);
    // The long form must start at a mention's start, so it holds no capitalised word the rules threw away.
    if (!pieces.length || pieces[0].first !== from) continue;
    const first = pieces[0];
    const long = toMention(
      { ...first, start: tokens[from].start, end: tokens[open - 1].end, tokens: tokens.slice(from, open), first: from, title: undefined },
      text,
    );
    for (const p of pieces) covered.add(p);
    replace.set(first, long);
  }
  if (!replace.size) return mentions;
  return mentions.flatMap((m) => replace.get(m) ?? (covered.has(m) ? [] : [m]));
}
