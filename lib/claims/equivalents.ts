/**
 * The equivalence tables `compareClaims` keys its groups with, as data. Each entry maps a group key to the lemmas
 * that mean the same thing for a fact-checker; a word that is in no list is its own key. Callers extend or override
 * them with the `equivalents` option (and the CLI with `--equivalents file.json`); see the README, "Comparing sources".
 *
 * The choices, and why:
 * - `civilian`, `person` and `resident` stay apart. A count of people includes fighters; a count of residents
 *   includes those who left, or excludes those who came. Sources that disagree often disagree exactly there.
 * - `fighter` takes militant, rebel, insurgent, combatant, gunman and jihadist: the same non-state fighters are
 *   called by each source's own word, and a comparison that kept the words apart would hide the dispute.
 *   Soldiers and troops (a state's forces) are a group of their own.
 * - `child` takes kid and minor; `home` takes house and dwelling; `family` and `household` are one.
 */

/** What is counted: group key → the concept head lemmas (singular, lower case) that count the same thing. */
export const CONCEPT_EQUIVALENTS: Record<string, readonly string[]> = {
  fighter: ['fighter', 'militant', 'rebel', 'insurgent', 'combatant', 'gunman', 'jihadist'],
  soldier: ['soldier', 'troop', 'serviceman', 'servicemember', 'serviceperson'],
  child: ['child', 'kid', 'minor'],
  home: ['home', 'house', 'dwelling'],
  family: ['family', 'household'],
  refugee: ['refugee', 'asylum seeker', 'asylum-seeker'],
  doctor: ['doctor', 'physician'],
};

/**
 * What happened: predicate class → the lemmas of the verbs, adjectives and nouns that say it. A predicate that is in
 * no class is its own class (its lemma), so `provided` figures still meet other `provided` figures.
 */
export const PREDICATE_CLASSES: Record<string, readonly string[]> = {
  deaths: ['kill', 'die', 'dead', 'death', 'perish', 'murder', 'slay', 'massacre', 'execute', 'drown', 'death toll', 'toll'],
  injuries: ['injure', 'wound', 'hurt', 'maim', 'injury'],
  displacement: ['flee', 'displace', 'leave', 'left', 'evacuate', 'uproot', 'escape', 'relocate', 'exodus'],
  destruction: ['destroy', 'flatten', 'raze', 'demolish', 'wreck', 'level', 'collapse'],
  damage: ['damage'],
  besieged: ['trap', 'besiege', 'strand', 'encircle', 'surround'],
  detentions: ['arrest', 'detain', 'jail', 'imprison', 'capture', 'abduct', 'kidnap'],
  missing: ['miss', 'disappear', 'vanish'],
  rescues: ['rescue', 'save', 'free', 'release'],
  rise: ['rise', 'rose', 'increase', 'grow', 'grew', 'climb', 'jump', 'soar', 'surge', 'gain'],
  fall: ['fall', 'fell', 'drop', 'decline', 'decrease', 'shrink', 'shrank', 'plunge', 'slip', 'sink', 'sank'],
  spending: ['spend', 'allocate', 'budget', 'cost', 'pledge', 'fund', 'invest'],
};

/**
 * Concepts that name the event as well as what is counted ("40 deaths", "the dead", "12 injuries"): a figure whose
 * concept is one of these counts people and takes the predicate class, when it has no predicate of its own.
 */
export const EVENT_CONCEPTS: Record<string, { concept: string; predicate: string }> = {
  death: { concept: 'person', predicate: 'deaths' },
  fatality: { concept: 'person', predicate: 'deaths' },
  dead: { concept: 'person', predicate: 'deaths' },
  injury: { concept: 'person', predicate: 'injuries' },
  injured: { concept: 'person', predicate: 'injuries' },
  wounded: { concept: 'person', predicate: 'injuries' },
  arrest: { concept: 'person', predicate: 'detentions' },
  evacuee: { concept: 'person', predicate: 'displacement' },
};

/** How a caller extends the tables: entries merge into the defaults, a key given here replaces its default list. */
export interface Equivalents {
  concepts?: Record<string, readonly string[]>;
  predicates?: Record<string, readonly string[]>;
  events?: Record<string, { concept: string; predicate: string }>;
}

/** Word → key lookups built from the tables (and the caller's additions). */
export interface EquivalenceIndex {
  concept: Map<string, string>;
  predicate: Map<string, string>;
  events: Map<string, { concept: string; predicate: string }>;
}

function invert(table: Record<string, readonly string[]>): Map<string, string> {
  const index = new Map<string, string>();
  for (const [key, words] of Object.entries(table)) {
    index.set(key.toLowerCase(), key);
    for (const w of words) index.set(w.toLowerCase(), key);
  }
  return index;
}

export function buildEquivalenceIndex(extra: Equivalents = {}): EquivalenceIndex {
  return {
    concept: invert({ ...CONCEPT_EQUIVALENTS, ...extra.concepts }),
    predicate: invert({ ...PREDICATE_CLASSES, ...extra.predicates }),
    events: new Map(Object.entries({ ...EVENT_CONCEPTS, ...extra.events })),
  };
}
