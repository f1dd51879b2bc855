/** A name candidate while evidence about its type is gathered: votes per type, with the reason behind each. */
import type { Candidate } from './candidates';
import type { PlaceEntry } from '../../lexicon/gazetteer';

export type NameType = 'person' | 'organization' | 'place';
export const NAME_TYPES: NameType[] = ['person', 'organization', 'place'];

export interface Mention extends Candidate {
  /** The name as written in the prepared text. */
  text: string;
  /** Its words, without hyphens, particles and a leading `The`. */
  words: string[];
  votes: Record<NameType, number>;
  /** The strongest evidence for each type, used as the record's `source`. */
  reasons: Partial<Record<NameType, { weight: number; why: string }>>;
  place?: PlaceEntry;
  /** Not a name after all (a demonym, a common word that starts a sentence). */
  dropped?: boolean;
  /** Index of the mention this one is an acronym or a short form of. */
  refersTo?: number;
  acronym?: string;
  /** Stands where a person often does (`a blow for X`, `at the hands of X`, `X's`), though it proves nothing alone. */
  personSlot?: boolean;
  /** The folded name (see `mentionKey`), once computed. */
  key?: string;
}

/** Starts with a capital or a digit: the words of a name that count (not its particles or hyphens). */
export function startsWithCapitalOrDigit(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return /^[\p{Lu}\p{N}]/u.test(word);
}

export function toMention(c: Candidate, text: string): Mention {
  // Written out field by field: one object shape for every mention keeps the hot loops over them fast.
  return {
    start: c.start,
    end: c.end,
    tokens: c.tokens,
    first: c.first,
    sentence: c.sentence,
    title: c.title,
    atStart: c.atStart,
    headline: c.headline,
    quoted: c.quoted,
    ownPossessive: c.ownPossessive,
    text: text.slice(c.start, c.end),
    // A name's own `The` (`The Hindu`) is no word of its own: evidence reads the words after it.
    words: c.tokens.map((t) => t.text).filter((w, i) => startsWithCapitalOrDigit(w) && !(i === 0 && w === 'The' && c.tokens.length > 1)),
    votes: { person: 0, organization: 0, place: 0 },
    reasons: {},
    place: undefined,
    dropped: false,
    refersTo: undefined,
    acronym: undefined,
    personSlot: false,
    key: undefined,
  };
}

/** Adds `weight` for `type`, remembering `why` when it is the strongest evidence so far. */
export function vote(m: Mention, type: NameType, weight: number, why: string): void {
  m.votes[type] += weight;
  const r = m.reasons[type];
  if (weight > 0 && (!r || r.weight < weight)) m.reasons[type] = { weight, why };
}

/** The type with most votes, when it has at least `min`; a tie goes to place, then organization. */
export function bestType(votes: Record<NameType, number>, min = 1): NameType | null {
  let best: NameType | null = null;
  for (const t of ['place', 'organization', 'person'] as const) if (votes[t] >= min && (!best || votes[t] > votes[best])) best = t;
  return best;
}
