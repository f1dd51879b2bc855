/**
 * Acronyms that name a thing, not a body: a unit, a currency, a disease, a weapon (`840 MW`, `NOK 32 million`,
 * `an IED`, `a 3.10 ERA in ten games`). The lexicon lists the common ones; the rest show it by how they are used:
 * an indefinite article or a count before one that heads its noun phrase, a number after it, or a catalogue number
 * inside it (`TOI-5219`). Once a document uses an acronym so, its other mentions are that thing too, unless the text
 * defines the acronym as a name (`Energy Regulatory Authority (ERA)`).
 */
import { COMMON_ABBREVIATIONS } from '../../lexicon/abbreviations';
import type { PreparedText, Token } from '../../text/prepare';
import { isAcronym } from './candidates';
import type { Mention } from './mention';

/** `a`, `an`: no body's name takes an indefinite article (`a UN official` is a UN official). */
const INDEFINITE = /^(?:a|an|another|each|every|per)$/i;
/** A count (`34`, `2.26`), not a year (`the 2016 NATO summit`). */
const COUNT = /^\d[\d.,]*$/;
const YEAR = /^(?:1[89]|20)\d\d$/;
/** `TOI-5219`, `ABC-1234`: letters and a long number make a catalogue entry or a product code. */
const CATALOGUE = /-\d{3,}$/;
/** wink's parts of speech of a word that the acronym would modify (`27 EU countries`, `a UN official`). */
const MODIFIED = /^(?:NOUN|PROPN|ADJ|NUM|X)$/;

/** The acronym as the lexicon holds it: capitals, without dots or a possessive. */
const abbreviationKey = (text: string) =>
  text
    .replace(/['’]s?$/, '')
    .replace(/\./g, '')
    .toUpperCase();

const isCount = (t: Token | undefined) => t !== undefined && t.kind === 'number' && COUNT.test(t.text) && !YEAR.test(t.text);

/** Is the mention, by its neighbours, a thing's abbreviation heading its own noun phrase or followed by a number? */
function usedAsThing(prep: PreparedText, m: Mention): boolean {
  const { tokens } = prep;
  const at = (i: number) => (i >= 0 && i < tokens.length && tokens[i].sentence === m.sentence ? tokens[i] : undefined);
  const prev = at(m.first - 1);
  const next = at(m.first + 1);
  // `RPO # 25`, `(DDG 70)`: a number that ends the phrase (not `SANA 8 people were killed`, `X 11.7 billion`).
  if (next?.text === '#' && isCount(at(m.first + 2))) return true;
  if (isCount(next)) {
    const after = at(m.first + 2);
    return !after || after.kind === 'punctuation';
  }
  // It heads its noun phrase when punctuation or a function word follows: not a noun or a hyphen it would modify
  // (`27 EU countries`, `a UN-backed plan`).
  const heads =
    !next ||
    (next.kind === 'punctuation' && !/^[-‐–]$/.test(next.text)) ||
    (next.kind === 'word' && /^\p{Ll}/u.test(next.text) && !MODIFIED.test(next.pos));
  if (!heads) return false;
  const before = isCount(prev) ? at(m.first - 2) : prev;
  return isCount(prev) || (before !== undefined && INDEFINITE.test(before.text));
}

/** Is the mention an acronym defined in brackets after a longer name (`... Authority (ERA)`)? */
function defined(text: string, m: Mention, before: Mention | undefined): boolean {
  return (
    before !== undefined &&
    before.words.length >= 2 &&
    /^\s*\(\s*$/.test(text.slice(before.end, m.start)) &&
    /^\s*\)/.test(text.slice(m.end, m.end + 3))
  );
}

/**
 * Marks as dropped the single-word acronym mentions that name things, and returns the indices of their tokens, which
 * the learned tagger may not make a name either.
 */
export function dropCommonAbbreviations(prep: PreparedText, mentions: Mention[]): Set<number> {
  const things = new Set<string>();
  const names = new Set<string>();
  const acronyms: { m: Mention; key: string }[] = [];
  mentions.forEach((m, i) => {
    if (m.dropped || m.tokens.length !== 1 || !isAcronym(m.text.replace(/['’]s?$/, ''))) return;
    const key = abbreviationKey(m.text);
    acronyms.push({ m, key });
    if (defined(prep.text, m, mentions[i - 1])) names.add(key);
    else if (COMMON_ABBREVIATIONS.has(key) || CATALOGUE.test(key) || usedAsThing(prep, m)) things.add(key);
  });
  const vetoed = new Set<number>();
  for (const { m, key } of acronyms) {
    if (!things.has(key) || names.has(key)) continue;
    m.dropped = true;
    vetoed.add(m.first);
  }
  return vetoed;
}
