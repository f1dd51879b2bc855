/**
 * Name candidates from wink's tokens and their shape: runs of capitalised words (and acronyms such as `UN`,
 * `MI-6`), held together by hyphens (`al-Qaeda`, `east-Aleppo`), particles (`Jabhat al-Nusra`, `bin`, `van der`)
 * and links (`Bank of England`). Titles are split off (`Secretary of State` + `Kerry`), and each candidate knows
 * whether it starts a sentence, sits in a headline (Title Case or ALL CAPS line) or in quotes.
 */
import type { PreparedText, Token } from '../../text/prepare';
import {
  AMBIGUOUS_TITLES,
  DIRECTION_PREFIXES,
  FUNCTION_WORDS,
  NAME_LINKS,
  NAME_PARTICLES,
  NATIONALITY_NOUNS,
  NOT_NAMES,
  ORGANIZATION_HEADS,
  ORGANIZATION_STARTS,
  OTHER_HEADS,
  PERSON_DESCRIPTORS,
  PERSON_TITLES,
} from '../../lexicon/entity-words';
import { demonymCountry, isFirstName, lookupPlace } from '../../lexicon/gazetteer';
import { UNIT_HEADS } from '../../lexicon/organization-words';
import { isDictionaryWord } from '../../lexicon/dictionary';
import { isCommonWord, lexiconTags } from './compromise-evidence';
import { startsWithCapitalOrDigit } from './mention';

export interface Candidate {
  /** Offsets into the prepared text, end exclusive. */
  start: number;
  end: number;
  /** The name's tokens (hyphens and particles included). */
  tokens: Token[];
  /** Index of the first token in `prep.tokens`. */
  first: number;
  sentence: number;
  /** A title written just before the name (`Secretary of State`). */
  title?: string;
  /** The name's first word starts its sentence (or line, or quotation), where capitals say little. */
  atStart: boolean;
  /** The name sits in a Title Case or ALL CAPS line, where capitals say nothing. */
  headline: boolean;
  /** The name is the whole of a quotation (`"Bana Alabed"`), often a title of a work. */
  quoted: boolean;
  /** The name keeps its possessive, as a shop's or a firm's does (`Macy's said`, `at Dillard's.`). */
  ownPossessive: boolean;
}

const CAPITALISED = /^[\p{Lu}][\p{L}\p{M}\p{N}'’.&-]*$/u;
const ACRONYM = /^(?:[\p{Lu}]\.){2,}$|^[\p{Lu}][\p{Lu}\p{N}&]*(?:-[\p{Lu}\p{N}]+)?$/u;
const HYPHEN = /^[-‐]$/;
const BREAKERS = new Set(
  [...NOT_NAMES].filter((w) =>
    /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|I$|AM|PM|ET|GMT|UTC)/.test(w),
  ),
);
/** What may stand before a sentence's first word: quotes, brackets, bullets, or a full stop wink left unsplit. */
const OPENERS = /^[\s"“‘'([*•·:–—.!?-]*$/;

/** Titles that only ever come with a name. */
const SALUTATIONS =
  /^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Lord|Lady|Rev|Sen|Rep|Gov|Gen|Col|Maj|Capt|Lt|Sgt|Cpl|Pvt|Adm|Brig|Saint|Father|Sister|Brother|Coach|Chef|Agent|Private|Count|Countess|Baron|Baroness|Duke|Duchess)\.?$/;

const TITLES = [...PERSON_TITLES].sort((a, b) => b.length - a.length);
const TITLE_WORDS = new Set(PERSON_TITLES.flatMap((t) => t.toLowerCase().split(/\s+/)));

/** `UN`, `MI-6`, `U.S.`; not a word or a first name written in capitals (`SPOKESPERSON`, `MIREILLE`). */
export const isAcronym = (word: string) => ACRONYM.test(word) && /[\p{Lu}].*[\p{Lu}]/u.test(word) && !capitalisedWord(word);

const titleCase = (w: string) => w[0] + w.slice(1).toLowerCase();
function capitalisedWord(word: string): boolean {
  const parts = word.split('-');
  if (!parts.every((p) => /^\p{Lu}{4,}$/u.test(p))) return false;
  return parts.length > 1 || isCommonWord(word) || isFirstName(titleCase(word)) || word.length >= 9;
}

function isNameWord(t: Token): boolean {
  return t.kind === 'word' && CAPITALISED.test(t.text) && !BREAKERS.has(t.text);
}

/** True when nothing but one space separates the two tokens. */
const adjacent = (text: string, a: Token, b: Token) => b.start - a.end <= 1 && !/\n/.test(text.slice(a.end, b.start));
const attached = (a: Token, b: Token) => a.end === b.start;

/** A line is a headline when it has no lower-case content word (Title Case) or is written in capitals. */
function headlineTokens(tokens: Token[]): boolean {
  const words = tokens.filter((t) => t.kind === 'word' && /^\p{L}/u.test(t.text));
  if (words.length < 2) return false;
  if (words.every((t) => !/\p{Ll}/u.test(t.text)) && words.length >= 3) return true;
  const capitals = words.filter((t) => /^\p{Lu}/u.test(t.text)).length;
  return capitals >= 2 && words.every((t) => startsWithCapitalOrDigit(t.text) || FUNCTION_WORDS.has(t.text));
}

/** May the link word at tokens[at] join the run tokens[from, at) to what follows? `on` only after `of`/`for`. */
function linkAllowed(tokens: Token[], from: number, at: number): boolean {
  const w = tokens[at].text;
  if (w === 'on') return tokens.slice(from, at).some((t) => t.text === 'of' || t.text === 'for');
  return NAME_LINKS.has(w) && w !== 'the';
}

/** A possessive inside a name: `King's`, `St Thomas'`. */
const POSSESSIVE = /^['’]s?$/;
const SAINT = /^(?:St|St\.|Saint|Ste)$/;
/** Groups of people that own a body's name in the possessive (`Women's Institute`, `People's Party`). */
const PEOPLE_OWNERS = new Set(['children', 'women', 'men', 'people', 'peoples', 'workers', 'veterans', 'farmers', 'teachers']);

/**
 * Where a body's name goes on past the run tokens[from, end) that `&`, `and` or a possessive interrupts, or 0:
 * `Marks & Spencer`; `Food and Agriculture Organization`, `Science and Technology Committee` (ordinary words, then
 * a run ending in a head word); `King's College Hospital`, `St Mary's Hospital` (an ordinary word, a title or a
 * saint owns the head word). `Britain's Labour Party` and `the Finance Ministry and Central Bank` stay apart.
 */
function joinedBody(text: string, tokens: Token[], from: number, end: number, to: number): number {
  const link = tokens[end];
  const next = tokens[end + 1];
  if (!next || end + 1 >= to || !isNameWord(next) || !(adjacent(text, link, next) || attached(link, next))) return 0;
  if (link.text === '&') return end + 2;
  const possessive = POSSESSIVE.test(link.text) && attached(tokens[end - 1], link);
  if (link.text !== 'and' && !possessive) return 0;
  const left = tokens.slice(from, end);
  if (left.length > 3 || ORGANIZATION_HEADS.has(left[left.length - 1].text.toLowerCase())) return 0;
  const owner = left.filter((t) => !SAINT.test(t.text));
  // Ordinary words: common words, titles, or words no lexicon knows that are no first name or acronym (`Science`).
  const ordinary = owner.every(
    (t) =>
      isCommonWord(t.text) ||
      TITLE_WORDS.has(t.text.toLowerCase()) ||
      (!lexiconTags(t.text).length && !isFirstName(t.text) && !isAcronym(t.text)),
  );
  const saint = possessive && SAINT.test(left[0].text) && left.length === 2;
  if (saint) return headAhead(text, tokens, end + 1, to);
  // A possessive owner is a title or a group of people (`King's College`, `Children's Hospital`), not a person
  // or a place who owns an office (`Harlow's Justice Department`).
  if (possessive && !owner.every((t) => TITLE_WORDS.has(t.text.toLowerCase()) || PEOPLE_OWNERS.has(t.text.toLowerCase()))) return 0;
  if (!ordinary || isProminentPlace(left.map((t) => t.text).join(' '))) return 0;
  return headAhead(text, tokens, end + 1, to);
}

/**
 * Where a body named for two fields goes on past `and`, or 0: `Ministry of Trade and Industry`, `Academy of Arts
 * and Sciences`. The run has a head word before `of`/`for`, and an ordinary word on each side of `and` that ends the
 * name; `Bank of England and the Treasury` and `Ministry of Defence and Foreign Office` stay apart.
 */
function pairedField(text: string, tokens: Token[], from: number, end: number, to: number): number {
  const [last, link, next, after] = [tokens[end - 1], tokens[end], tokens[end + 1], tokens[end + 2]];
  if (link.text !== 'and' || !next || end + 1 >= to || !isNameWord(next) || !adjacent(text, link, next)) return 0;
  const headed = tokens
    .slice(from + 1, end - 1)
    .some((t, k) => /^(?:of|for)$/.test(t.text) && ORGANIZATION_HEADS.has(tokens[from + k].text.toLowerCase()));
  const field = (w: string) =>
    (isCommonWord(w) || isDictionaryWord(w)) && !ORGANIZATION_HEADS.has(w.toLowerCase()) && !ORGANIZATION_STARTS.has(w.toLowerCase());
  const more = after && end + 2 < to && isNameWord(after) && adjacent(text, next, after);
  return headed && isNameWord(last) && field(last.text) && field(next.text) && !more ? end + 2 : 0;
}

/** The end of a run of up to 4 name words from tokens[from] when it ends in an organization's head word, else 0. */
function headAhead(text: string, tokens: Token[], from: number, to: number): number {
  let k = from;
  while (k < to && k - from < 4 && isNameWord(tokens[k]) && (k === from || adjacent(text, tokens[k - 1], tokens[k]))) k++;
  return k > from && ORGANIZATION_HEADS.has(tokens[k - 1].text.toLowerCase()) ? k : 0;
}

/** Runs of name tokens in tokens[from, to) of one line of one sentence. */
function runs(text: string, tokens: Token[], from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let i = from;
  while (i < to) {
    const t = tokens[i];
    const next = tokens[i + 1];
    const startsAttached =
      next && i + 2 < to && attached(t, next) && HYPHEN.test(next.text) && attached(next, tokens[i + 2]) && isNameWord(tokens[i + 2]);
    // A run starts with a capitalised word, or with a particle or direction hyphenated to one (`al-Qaeda`, `east-Aleppo`).
    if (!isNameWord(t) && !(startsAttached && (NAME_PARTICLES.has(t.text) || DIRECTION_PREFIXES.has(t.text.toLowerCase())))) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < to) {
      const a = tokens[end - 1];
      const b = tokens[end];
      const c = tokens[end + 1];
      if (
        HYPHEN.test(b.text) &&
        attached(a, b) &&
        c &&
        end + 1 < to &&
        attached(b, c) &&
        (isNameWord(c) || (NAME_PARTICLES.has(c.text) && tokens[end + 2] && HYPHEN.test(tokens[end + 2].text)))
      ) {
        end += 2;
        continue;
      }
      if (!adjacent(text, a, b)) break;
      if (isNameWord(b) && !HYPHEN.test(a.text)) {
        end++;
        continue;
      }
      // A particle or link inside a name must be followed by more of the name.
      const inner = NAME_PARTICLES.has(b.text) || NAME_LINKS.has(b.text);
      if (inner && c && end + 1 < to && (adjacent(text, b, c) || attached(b, c))) {
        const hyphened = HYPHEN.test(c.text);
        const spacedParticle = NAME_PARTICLES.has(b.text) && !/^(?:as|an|at|ad|y)$/.test(b.text);
        if (isNameWord(c) && (linkAllowed(tokens, i, end) || spacedParticle)) {
          end += 2;
          continue;
        }
        if (hyphened && NAME_PARTICLES.has(b.text) && tokens[end + 2] && isNameWord(tokens[end + 2])) {
          end += 3;
          continue;
        }
        // `of the`, `van der`: two small words, then the name goes on.
        const d = tokens[end + 2];
        const pair =
          (NAME_PARTICLES.has(b.text) && NAME_PARTICLES.has(c.text)) || (c.text === 'the' && (b.text === 'of' || b.text === 'for'));
        if (pair && d && isNameWord(d) && adjacent(text, c, d)) {
          end += 3;
          continue;
        }
      }
      const joined = joinedBody(text, tokens, i, end, to) || pairedField(text, tokens, i, end, to);
      if (joined) {
        end = joined;
        continue;
      }
      break;
    }
    out.push([unitNumber(text, tokens, from, i, end) ? i - 1 : i, end]);
    i = end;
  }
  return out;
}

/** A numeral ordinal: `82nd`, `5th`. */
const DIGIT_ORDINAL = /^\d+(?:st|nd|rd|th)$/;
/** A bare unit number, as British and air-force usage writes them (`4 Air Defense Wing`): one to three digits. */
const UNIT_CARDINAL = /^\d{1,3}$/;
/** Words before a number that make it a count (`about 40 Marine Corps ...`), not a unit's number. */
const COUNT_WORDS = /^(?:about|some|nearly|almost|around|over|under|than|least|most|only|just|all|of|to|and|or|-|–)$/i;

/**
 * `82nd Airborne Division`, `5th Fleet`, `4 Air Defense Wing`: does a number just before the run tokens[i, end)
 * number a unit? A bare number only when the unit name ends its phrase (`300 Air Force personnel` is a count).
 */
function unitNumber(text: string, tokens: Token[], from: number, i: number, end: number): boolean {
  if (i <= from || !adjacent(text, tokens[i - 1], tokens[i]) || !UNIT_HEADS.has(tokens[end - 1].text.toLowerCase())) return false;
  const n = tokens[i - 1].text;
  if (DIGIT_ORDINAL.test(n)) return true;
  const after = tokens[end];
  const ends = !after || after.sentence !== tokens[i].sentence || /^(?:PUNCT|ADP)$/.test(after.pos);
  return UNIT_CARDINAL.test(n) && ends && !(i - 1 > from && COUNT_WORDS.test(tokens[i - 2].text));
}

/**
 * Is tokens[at] a `The` that belongs to the name after it? Capitalised after a lower-case word or a comma, away from
 * any sentence start, it does: `a division of The Disabilities Trust`, `a reporter for The Hindu`.
 */
export function nameArticle(tokens: Token[], at: number, lineStart: number): boolean {
  return (
    tokens[at].text === 'The' &&
    at > lineStart &&
    /^(?:\p{Ll}|,$)/u.test(tokens[at - 1].text) &&
    tokens[at - 1].sentence === tokens[at].sentence
  );
}

/** The longest title written as tokens[at, ...), as a number of tokens. */
function titleAt(tokens: Token[], at: number, end: number): number {
  let written = '';
  const lengths: number[] = [];
  for (let k = at; k < end && k < at + 8; k++) {
    const glue = k === at || HYPHEN.test(tokens[k].text) || HYPHEN.test(tokens[k - 1].text) ? '' : ' ';
    written += glue + tokens[k].text;
    lengths.push(written.length);
  }
  for (const title of TITLES) {
    const n = lengths.indexOf(title.length);
    if (n >= 0 && written.startsWith(title)) return n + 1;
  }
  return 0;
}

const ordinaryWord = (w: string) =>
  isCommonWord(w) ||
  ORGANIZATION_STARTS.has(w.toLowerCase()) ||
  ORGANIZATION_HEADS.has(w.toLowerCase()) ||
  OTHER_HEADS.has(w.toLowerCase());

/** `Chad-Sudan`, `US-China`, `Israel-Gaza-Egypt`: countries joined by hyphens (a border, a relation) are separate places. */
function countryPair(tokens: Token[], from: number, to: number): { from: number; to: number }[] | null {
  if (to - from < 3 || (to - from) % 2 === 0) return null;
  const out: { from: number; to: number }[] = [];
  for (let i = from; i < to; i += 2) {
    if (i > from && !HYPHEN.test(tokens[i - 1].text)) return null;
    if (!lookupPlace(tokens[i].text).some((p) => p.kind === 'country')) return null;
    out.push({ from: i, to: i + 1 });
  }
  return out;
}

/** Splits a run into candidates: off come titles, and demonyms or acronyms glued to another name. */
function split(tokens: Token[], from: number, to: number, keepThe = false): { from: number; to: number; title?: string }[] {
  const countries = countryPair(tokens, from, to);
  if (countries) return countries;
  const pieces: { from: number; to: number; title?: string }[] = [];
  const last = tokens[to - 1].text.toLowerCase().replace(/\.$/, '');
  const organizational = ORGANIZATION_HEADS.has(last);
  // A body's head word at the end, or before `of`/`for` (`Bulgarian Academy of Sciences`): a demonym is its part.
  const demonymOwned =
    organizational ||
    tokens
      .slice(from, to - 1)
      .some((t, k) => /^(?:of|for)$/.test(tokens[from + k + 1].text) && ORGANIZATION_HEADS.has(t.text.toLowerCase()));
  // `Munich Olympics`, `Syria Talks`: an event named after a place; the place is the name we want.
  // Only a well-known place: `Stanley Cup` is named after a man, not after the town of Stanley.
  if (
    OTHER_HEADS.has(last) &&
    to - from > 1 &&
    isProminentPlace(
      tokens
        .slice(from, to - 1)
        .map((t) => t.text)
        .join(' '),
    )
  )
    return [{ from, to: to - 1 }];
  // An article before a name is not part of it (`the British MI-6`, `The Hague` aside).
  let start = to - from > 1 && /^(?:The|A|An)$/.test(tokens[from].text) && !keepThe ? from + 1 : from;
  // `Councilman Dario Lund`, `Referee Anna Berg of Greece`: a capitalised descriptor says what the person is; it is
  // no part of the name (the context evidence reads it as a descriptor), and what follows is a person.
  if (to - start > 1 && PERSON_DESCRIPTORS.has(tokens[start].text.toLowerCase()) && isNameWord(tokens[start + 1]))
    return splitOf(tokens, start + 1, to, true);
  for (let i = start; i < to; i++) {
    let n = organizational ? 0 : titleAt(tokens, i, to);
    // `Major League Baseball`, `General Assembly`: an ordinary word after a title that is also one.
    if (n === 1 && AMBIGUOUS_TITLES.has(tokens[i].text) && i + 1 < to && ordinaryWord(tokens[i + 1].text) && !titleAt(tokens, i + 1, to))
      n = 0;
    // `Deputy Secretary-General`, `Secretary General`: titles side by side are one title.
    for (let more = n ? titleAt(tokens, i + n, to) : 0; more; more = titleAt(tokens, i + n, to)) n += more;
    if (n) {
      if (i > start) pieces.push(...split(tokens, start, i));
      const titleEnd = i + n;
      const title = tokens
        .slice(i, titleEnd)
        .map((t) => t.text)
        .join(' ')
        .replace(/ - /g, '-');
      const qualified = titleEnd < to && /^(?:of|for)$/.test(tokens[titleEnd].text);
      // `the Foreign Secretary`, `Minister for the Middle East`: an office named without its holder stands for the person.
      if (titleEnd === to || qualified) {
        const the = /^the$/i.test(tokens[start - 1]?.text ?? '') && i === start;
        if (!SALUTATIONS.test(title) && (the || qualified)) pieces.push({ from: i, to: titleEnd, title });
        if (qualified) pieces.push(...qualifier(tokens, tokens[titleEnd + 1]?.text === 'the' ? titleEnd + 2 : titleEnd + 1, to, title));
        return pieces;
      }
      if (titleEnd < to) {
        const [person, ...rest] = splitOf(tokens, titleEnd, to, true);
        pieces.push({ ...person, title }, ...rest);
        return pieces;
      }
      return pieces;
    }
    const t = tokens[i];
    const next = tokens[i + 1];
    if (i + 1 < to && next && !HYPHEN.test(next.text) && !HYPHEN.test(t.text)) {
      // `US NATO`: two acronyms side by side are two names.
      const twoAcronyms = isAcronym(t.text) && isAcronym(next.text);
      // `British MI-6`, `Russian Putin`, `the Spaniard X`: a demonym before a name is not part of it, unless the name
      // is a body.
      const demonym =
        i === start &&
        (demonymCountry(t.text) !== undefined || NATIONALITY_NOUNS.has(t.text)) &&
        !demonymOwned &&
        !NAME_LINKS.has(next.text);
      if (twoAcronyms || demonym) {
        if (!demonym) pieces.push({ from: start, to: i + 1 });
        start = i + 1;
      }
    }
  }
  if (start < to) pieces.push(...splitOf(tokens, start, to, false));
  return pieces;
}

/** `[Minister for] the Middle East Tobias Ellwood`: the place an office is for, then perhaps its holder. */
function qualifier(tokens: Token[], from: number, to: number, title: string): { from: number; to: number; title?: string }[] {
  for (let k = to - 1; k > from; k--) {
    if (
      !lookupPlace(
        tokens
          .slice(from, k)
          .map((t) => t.text)
          .join(' '),
      ).length
    )
      continue;
    return /^\p{Lu}/u.test(tokens[k].text)
      ? [
          { from, to: k },
          { from: k, to, title },
        ]
      : [{ from, to }];
  }
  return split(tokens, from, to);
}

/**
 * `Thomas Green of Ottawa`, `Professor Amos Frumkin of the Hebrew University`, `Victoria Hockey Club of Montreal`:
 * a person or a complete body (or team), then `of` and a known place or another body, are two names; `Bank of England` and
 * `University of Toronto` stay one.
 */
function splitOf(tokens: Token[], from: number, to: number, person: boolean): { from: number; to: number }[] {
  let of = from + 1;
  while (of < to - 1 && tokens[of].text !== 'of') of++;
  if (of >= to - 1) return [{ from, to }];
  const left = tokens.slice(from, of).filter((t) => /^\p{Lu}/u.test(t.text));
  const rightFrom = tokens[of + 1].text === 'the' ? of + 2 : of + 1;
  if (!left.length || rightFrom >= to) return [{ from, to }];
  const right = tokens.slice(rightFrom, to).map((t) => t.text);
  const head = left[left.length - 1].text.toLowerCase();
  // `Ana Quiroga-Vell of the National University`: two or three words no lexicon knows, then `of the` and a body.
  const personShaped =
    rightFrom === of + 2 && left.length <= 4 && left.every((t) => !isCommonWord(t.text) && !ORGANIZATION_HEADS.has(t.text.toLowerCase()));
  // A body is complete before `of` when a word of its own names it (`Victoria Hockey Club of Montreal`); one of
  // ordinary words is named by what follows `of` (`Research Council of Norway`, `Geophysical Institute of Peru`).
  const body = ORGANIZATION_HEADS.has(head) && left.some((t) => namedWord(t.text));
  // `Oakland Athletics of Major League Baseball`: a town and a plural name a team, complete before its league.
  const team =
    /[^s'’]s$/.test(left[left.length - 1].text) &&
    lookupPlace(
      left
        .slice(0, -1)
        .map((t) => t.text)
        .join(' '),
    ).length > 0;
  const complete = person || (left.length >= 2 && (body || team || isFirstName(left[0].text) || personShaped));
  // `Hall of Fame`, `Chamber of Commerce`: one word after `of` is part of the name, unless it is a prominent place
  // (`Club of Montreal`).
  if (right.length === 1 && (isCommonWord(right[0]) || !isProminentPlace(right[0]))) return [{ from, to }];
  const other =
    lookupPlace(right.join(' ')).length > 0 ||
    right.some((w) => ORGANIZATION_HEADS.has(w.toLowerCase())) ||
    ORGANIZATION_STARTS.has(right[0].toLowerCase());
  return complete && other
    ? [
        { from, to: of },
        { from: rightFrom, to },
      ]
    : [{ from, to }];
}

/** A word that names something by itself: a place, a first name, a name compromise knows, an acronym (not `Red`). */
function namedWord(word: string): boolean {
  if (isCommonWord(word)) return false;
  return lookupPlace(word).length > 0 || isFirstName(word) || isAcronym(word) || lexiconTags(word).some((t) => NAMED_TAGS.test(t));
}
const NAMED_TAGS = /^(?:FirstName|MaleName|FemaleName|LastName|Person|Place|City|Country|Region|Organization|ProperNoun)$/;

/** Trims links, particles and hyphens from the ends of tokens[from, to). */
function trim(tokens: Token[], from: number, to: number): [number, number] {
  const loose = (t: Token) => NAME_LINKS.has(t.text) || HYPHEN.test(t.text) || (NAME_PARTICLES.has(t.text) && !/^\p{Lu}/u.test(t.text));
  while (to > from && loose(tokens[to - 1])) to--;
  while (from < to && (NAME_LINKS.has(tokens[from].text) || HYPHEN.test(tokens[from].text))) from++;
  return [from, to];
}

/** The possessive ending of a name that keeps it: `'s` written onto the name's last word. */
const KEPT_POSSESSIVE = /^['’]s$/;
/** What may follow a shop's or a firm's possessive name (`Macy's said`, `at Sainsbury's.`, `Kellogg's in`): an
 * auxiliary, a preposition, a closing mark, or `said`/`says`. A person's or a place's possessive is followed by what
 * it owns, a noun phrase, which wink often tags a verb (`Lessing's play`), so no other verb counts. */
const AFTER_OWN_NAME = new Set(['AUX', 'ADP']);
const CLOSING_MARKS = /^[.,;:!?)\]]$/;
const SAYS = /^(?:said|says)$/;
/** `Smith's been`, `Jones's got`: the `'s` of `has` or `is`, not a name's. */
const CONTRACTED = /^(?:been|being|got|gotten|gone|going|done)$/;

/**
 * Whether a name keeps its possessive, the `'s` at tokens[to] (text/prepare.ts always cuts it off the word):
 * `Macy's said` and `shopped at Sainsbury's.` name a firm by its founder's possessive, as retailers are named. Not
 * after a copula (`The plan was Johnson's.`), nor for a known place (`Britain's`) or an acronym.
 */
function keepsPossessive(tokens: Token[], from: number, to: number, lineEnd: number): boolean {
  const mark = tokens[to];
  if (to >= lineEnd || !KEPT_POSSESSIVE.test(mark.text) || !attached(tokens[to - 1], mark)) return false;
  const next = to + 1 < lineEnd ? tokens[to + 1] : undefined;
  const followsOwnName = !next || AFTER_OWN_NAME.has(next.pos) || CLOSING_MARKS.test(next.text) || SAYS.test(next.text);
  if (!followsOwnName || (next && (next.text === 'of' || CONTRACTED.test(next.text)))) return false;
  if (from > 0 && tokens[from - 1].pos === 'AUX') return false;
  const name = tokens
    .slice(from, to)
    .map((t) => t.text)
    .join(' ');
  // `36 KO's`, `the CD's`: an acronym's `'s` makes a plural.
  return !lookupPlace(name).length && !isAcronym(name);
}

/** `Robert "Bobby" Szymanski`: a quoted nickname between two parts of a name makes one name of the three. */
function joinNicknames(prep: PreparedText, found: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < found.length; i++) {
    const [a, b, c] = [found[i], found[i + 1], found[i + 2]];
    const nickname =
      b &&
      c &&
      b.tokens.length === 1 &&
      a.sentence === c.sentence &&
      !a.headline &&
      /^ ?["“]$/.test(prep.text.slice(a.end, b.start)) &&
      /^["”] ?$/.test(prep.text.slice(b.end, c.start));
    if (!nickname) {
      out.push(a);
      continue;
    }
    out.push({ ...a, end: c.end, tokens: prep.tokens.slice(a.first, c.first + c.tokens.length), quoted: false });
    i += 2;
  }
  return out;
}

export function findCandidates(prep: PreparedText): Candidate[] {
  const { text, tokens } = prep;
  const out: Candidate[] = [];
  for (const s of prep.sentences) {
    // Lines within the sentence: a name never crosses a line break.
    let lineStart = s.firstToken;
    for (let k = s.firstToken; k <= s.endToken; k++) {
      const lineEnds = k === s.endToken || (k > lineStart && /\n/.test(text.slice(tokens[k - 1].end, tokens[k].start)));
      if (!lineEnds) continue;
      const headline = headlineTokens(tokens.slice(lineStart, k));
      for (const [a, b] of runs(text, tokens, lineStart, k)) {
        for (const piece of split(tokens, a, b, !headline && nameArticle(tokens, a, lineStart))) {
          const [from, trimmed] = trim(tokens, piece.from, piece.to);
          if (from >= trimmed) continue;
          const ownPossessive = !headline && keepsPossessive(tokens, from, trimmed, k);
          const to = ownPossessive ? trimmed + 1 : trimmed;
          const before = text.slice(from === lineStart ? tokens[lineStart].start : tokens[from - 1].end, tokens[from].start);
          const prevText = from > lineStart ? tokens[from - 1].text : '';
          const atStart = from === lineStart || (OPENERS.test(prevText) && prevText !== '-') || /\n/.test(before);
          const open = from > lineStart ? tokens[from - 1].text : '';
          const close = to < k ? tokens[to].text : '';
          out.push({
            start: tokens[from].start,
            end: tokens[to - 1].end,
            tokens: tokens.slice(from, to),
            first: from,
            sentence: tokens[from].sentence,
            title: piece.title,
            atStart,
            headline,
            quoted: /^["“‘]$/.test(open) && /^["”’]$/.test(close),
            ownPossessive,
          });
        }
      }
      lineStart = k;
    }
  }
  return joinNicknames(prep, out);
}

/** A country or region, or a city of at least 100,000 people. */
function isProminentPlace(name: string): boolean {
  return lookupPlace(name).some((p) => p.kind !== 'city' || (p.population ?? 0) >= 100_000);
}
