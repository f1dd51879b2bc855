/** A name candidate while evidence about its type is gathered: votes per type, with the reason behind each. */
import type { Candidate } from './candidates';
import type { PlaceEntry } from '../../lexicon/gazetteer';

export type NameType = 'person' | 'organization' | 'place';
export const NAME_TYPES: NameType[] = ['person', 'organization', 'place'];

export interface Mention extends Candidate {
  /** The name as written in the prepared text. */
  text: string;
  /** Its words, without hyphens and particles. */
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

export function toMention(c: Candidate, text: string): Mention {
  return {
    ...c,
    // A mention made from another one (fewer tokens) must fold its own name again.
    key: undefined,
    text: text.slice(c.start, c.end),
    words: c.tokens.map((t) => t.text).filter((w) => /^[\p{Lu}\p{N}]/u.test(w)),
    votes: { person: 0, organization: 0, place: 0 },
    reasons: {},
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
