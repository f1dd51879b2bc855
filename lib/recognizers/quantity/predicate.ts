/**
 * What happened to what is counted, and what is measured. The predicate is the verb that governs the figure:
 * after it when the figure is the subject (`8 people were killed`), before it when it is the object or the
 * new level (`Militants killed 20 soldiers`, `rose 5%`, `fell to 4.7%`), or a change noun (`a rise of 5%`,
 * `a decline from 785 to 708`). What a percentage or an amount measures is measured.ts's.
 */
import type { PreparedText, Token } from '../../text/prepare';
import { tokenAt } from '../../text/prepare';
import { prefetchVerbLemmas, remoteVerbLemma } from '../../text/compromise';
import { startsClause } from './concept';
import { CHANGE_NOUNS, COPULAS, LINKING_WORDS, REPORTING_VERBS } from '../../lexicon/reporting-words';

const REPORTING = new Set(REPORTING_VERBS);
const COPULA = new Set(COPULAS);
const LINKING = new Set(LINKING_WORDS);
const CHANGE_NOUN = new Set(CHANGE_NOUNS);
const AUXILIARY =
  /^(?:were|was|are|is|be|been|being|have|has|had|will|would|could|may|might|also|reportedly|now|still|already|not|only|further)$/i;
const SKIPPABLE_POS = new Set(['NUM', 'SYM', 'ADP', 'DET', 'PART', 'ADV', 'CCONJ', 'SPACE']);
export const MAX_BACK = 8;

/** Verbs that work as prepositions and govern nothing: `compared with 10%`, `including 19,000`. */
const PREPOSITIONAL = /^(?:compared|including|excluding|according|following|regarding|concerning|given|against|versus)$/i;
/** Prepositions after an object a verb moves: `cut prices by 5%`, `a contract worth £2m`. */
const OBJECT_PREP = /^(?:by|to|from|at|above|below|under|over|near|worth)$/i;
/** Words between a verb and its duration: `suspended exports for four months`, `grew over the past four years`. */
const DURATION_LINK = /^(?:for|over|in|within|during|past|next|last|first|coming|previous|recent|the)$/i;
const POSSESSIVE = /^(?:its|their|his|her|our|the|a|an|this|that|these|those|some|['’]s)$/i;
const MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;
/** Particles of phrasal verbs, part of the predicate: `closed up`, `buy back`, `carry out`, `set up`. */
const PARTICLE = /^(?:up|out|back|off)$/i;
/** Adjectives between an article and the figure that leave the verb governing it: `grew a mere 500`. */
const AMOUNT_ADJECTIVE = /^(?:mere|further|additional|extra|estimated|record|whopping|staggering|modest|paltry|total|net)$/i;
/** The verb before the figure is in a prepositional phrase and governs nothing: `including the 19,000 unit`. */
const IN_PREPOSITIONAL_PHRASE = -2;
/** Speech verbs that only ever report: a figure after them is what was said, never their object. */
const SPEECH = /^(?:said|says|say|told|tells|tell)$/i;
/** Complements that complete a passive verb of belief: `were feared dead`, `are believed missing`. */
const STATE_COMPLEMENT = /^(?:dead|missing|killed|injured)$/i;
/** Words that join clauses: a figure after one with a verb after it is that clause's subject. */
const CLAUSE_JOIN = /^(?:and|but|while|whereas)$/i;
const isVerb = (t: Token, before?: Token) =>
  // After an article a participle is an adjective: "the remaining 33%", "an estimated 660".
  !/^(?:the|a|an)$/i.test(before?.text ?? '') &&
  // A participle tagged as an adjective governs too: "promising 50 million soles".
  (t.pos === 'VERB' || (t.pos === 'ADJ' && /(?:ed|ing)$/i.test(t.text) && !/^(?:leading|existing|remaining)$/i.test(t.text)));
/** A plural noun that wink tags as a verb after a verb or its particle: `buy back shares worth`, `cut prices by`. */
export const pluralReadAsVerb = (toks: Token[], k: number) =>
  toks[k].pos === 'VERB' && /[^s]s$/i.test(toks[k].text) && (PARTICLE.test(toks[k - 1]?.text ?? '') || toks[k - 1]?.pos === 'VERB');

/** A word wink reads as a noun (or, after a share, an adjective) between two figures: `48% use two`. */
const verbBetweenFigures = (t: Token, before: Token | undefined) =>
  before !== undefined && (t.pos === 'NOUN' ? before.pos === 'NUM' || before.text === '%' : t.pos === 'ADJ' && before.text === '%');

/** The verb before the object phrase that ends at token `last` (`raise its dividend`), or -1. */
function verbBeforeObject(toks: Token[], last: number, depth = 0): number {
  const sentence = toks[last].sentence;
  let k = last;
  while (
    k > 0 &&
    last - k < 6 &&
    toks[k].sentence === sentence &&
    (/^(?:NOUN|PROPN|ADJ)$/.test(toks[k].pos) || pluralReadAsVerb(toks, k)) &&
    !(k < last && startsClause(toks, k))
  )
    k--;
  // "raises water and sewer rates": nouns joined before the head.
  if (toks[k].text.toLowerCase() === 'and' && /^(?:NOUN|PROPN)$/.test(toks[k - 1]?.pos ?? '')) k -= 2;
  while (k > 0 && POSSESSIVE.test(toks[k].text)) k--;
  // "buy back shares": the particle belongs to the verb before it.
  if (PARTICLE.test(toks[k].text) && toks[k - 1] && isVerb(toks[k - 1])) k--;
  const v = toks[k];
  // "offering tax cuts worth £1bn": a gerund read as a noun moves the object too.
  const verb = v !== undefined && !PREPOSITIONAL.test(v.text) && (isVerb(v) || (v.pos === 'NOUN' && startsClause(toks, k)));
  // "estimated the cost of repairing a pipeline at $1bn": the gerund is the noun's; the verb before it governs.
  if (verb && depth === 0 && /ing$/i.test(v.text) && toks[k - 1]?.text.toLowerCase() === 'of' && toks[k - 2]?.pos === 'NOUN') {
    const outer = verbBeforeObject(toks, k - 2, depth + 1);
    if (outer >= 0) return outer;
  }
  return k < last && v?.sentence === sentence && verb && !SPEECH.test(v.text) ? k : -1;
}

/** The governing verb (or change noun) before the figure starting at `offset`: its token index, or -1. */
function verbBefore(prep: PreparedText, offset: number, duration: boolean): number {
  const toks = prep.tokens;
  const i = tokenAt(prep, offset);
  const sentence = toks[i]?.sentence;
  let movedBy = false;
  for (let k = i - 1; k >= 0 && i - k <= MAX_BACK && toks[k].sentence === sentence; k--) {
    const t = toks[k];
    const w = t.text.toLowerCase();
    // "was expected to be 1.1%": the verb before "to be" governs.
    if (w === 'be' && toks[k - 1]?.text.toLowerCase() === 'to' && toks[k - 2] && isVerb(toks[k - 2], toks[k - 3])) return k - 2;
    if (PREPOSITIONAL.test(w)) return IN_PREPOSITIONAL_PHRASE;
    if (COPULA.has(w)) return -1;
    if (movedBy && pluralReadAsVerb(toks, k)) return verbBeforeObject(toks, k);
    // "homes online rose by 8%": rose and fell read as nouns are the verbs.
    if (isVerb(t, toks[k - 1]) || (t.pos === 'NOUN' && /^(?:rose|fell)$/.test(w))) return k;
    // "48% use two or three": a noun between two figures is their verb.
    if (k === i - 1 && isWordToken(t) && verbBetweenFigures(t, toks[k - 1])) return k;
    // "grew a mere 500", "rose a further 2%": an adjective between the article and the figure.
    if (k === i - 1 && AMOUNT_ADJECTIVE.test(w) && /^(?:a|an)$/i.test(toks[k - 1]?.text ?? '')) continue;
    // ", down from 311,764": with no verb, the change adverb is what happened.
    if (
      /^(?:up|down)$/.test(w) &&
      toks[k + 1]?.text.toLowerCase() === 'from' &&
      (toks[k - 1]?.text === ',' || toks[k - 1]?.sentence !== sentence)
    )
      return k;
    // "a decline since October from 785": a time between the verb and the figure.
    if (MONTH.test(t.text) && /^(?:since|in|by|until|from|last|this)$/i.test(toks[k - 1]?.text ?? '')) {
      k--;
      continue;
    }
    // Growth is a measured thing ("forecast for growth to 0.7%"), not a change of one.
    if (t.pos === 'NOUN' && CHANGE_NOUN.has(w) && w !== 'growth') return k;
    // "offered a team of 40", "a total of 53%", "achieved annual output of 10": the verb of the noun before "of".
    if ((t.pos === 'NOUN' || (t.pos === 'ADJ' && POSSESSIVE.test(toks[k - 1]?.text ?? ''))) && toks[k + 1]?.text.toLowerCase() === 'of') {
      const v = verbBeforeObject(toks, k);
      if (v >= 0) return v;
      continue;
    }
    if (OBJECT_PREP.test(w) || (duration && DURATION_LINK.test(w))) movedBy = true;
    if (LINKING.has(w) || SKIPPABLE_POS.has(t.pos) || t.text === '%' || /^(?:pct|per|cent|percent)$/i.test(w)) continue;
    if (duration && DURATION_LINK.test(w)) continue;
    // A unit or a counted noun of an earlier figure ("rose 5% to", "$2bn euros to").
    if (t.pos === 'NOUN' && toks[k - 1] && (toks[k - 1].pos === 'NUM' || toks[k - 1].text === '%')) continue;
    // "raised its dividend by 11%", "suspend exports for four months": the verb that moves the object.
    if (movedBy && /^(?:NOUN|PROPN|ADJ)$/.test(t.pos)) return verbBeforeObject(toks, k);
    return -1;
  }
  return -1;
}

/**
 * The first verb after the figure and its concept: `8 people were killed` → killed, `17%, disagreed`, `45% who
 * thought`, `80 people in eight towns were held`; a verb read as a noun before its object (`48% use two`).
 */
function verbAfter(prep: PreparedText, offset: number, relativeOnly = false): number {
  const toks = prep.tokens;
  const i = tokenAt(prep, offset);
  const sentence = toks[i]?.sentence;
  let inPhrase = false;
  let relative = false;
  for (let k = i; k < toks.length && k < i + 8 && toks[k].sentence === sentence; k++) {
    const t = toks[k];
    if (AUXILIARY.test(t.text) || t.pos === 'SPACE') continue;
    if (PREPOSITIONAL.test(t.text)) break;
    if ((t.pos === 'VERB' || (t.pos === 'ADJ' && /ed$/i.test(t.text))) && toks[k - 1]?.pos !== 'DET')
      return relativeOnly && !relative ? -1 : k;
    // "48% use two", "44% of searchers use just one": a verb read as a noun before its object.
    const object = toks[k + 1]?.pos === 'ADV' ? toks[k + 2] : toks[k + 1];
    if (k === i && /^(?:NOUN|ADJ)$/.test(t.pos) && /^(?:DET|NUM|PRON)$/.test(object?.pos ?? '') && isWordToken(t)) return k;
    // "17%, disagreed", "(68%) believe".
    if (k === i && /^[,)]$/.test(t.text)) continue;
    if (/^(?:who|that)$/i.test(t.text)) {
      relative = true;
      continue;
    }
    // A prepositional phrase between the counted noun and its verb.
    if (t.pos === 'ADP' && !inPhrase && k - i < 3) {
      inPhrase = true;
      continue;
    }
    if (inPhrase && /^(?:NUM|DET|ADJ|NOUN|PROPN)$/.test(t.pos)) continue;
    if (t.pos !== 'ADV' && t.pos !== 'AUX' && t.pos !== 'PART') break;
  }
  return -1;
}
const isWordToken = (t: Token) => /^[\p{L}]+$/u.test(t.text);

/** The figure at token `i` is in a phrase after a noun (`a report on the 20 projects says`): the verb after is the noun's. */
function modifiesNounBefore(toks: Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && /^(?:the|its|their|his|her|these|those)$/i.test(toks[k].text)) k--;
  return (
    /^(?:on|for|about|into|over)$/i.test(toks[k]?.text ?? '') && toks[k - 1]?.pos === 'NOUN' && toks[k - 1].sentence === toks[i].sentence
  );
}

export interface Governor {
  /** The verb as written, lower case; null when none governs the figure. */
  predicate: string | null;
  /** The token of the verb or change noun before the figure, when that is where it stands. */
  before: Token | null;
}

/** The verb at token `v` with its particle (`closed up`, `buy back`), lower case. */
function written(toks: Token[], v: number): string {
  const verb = toks[v].text.toLowerCase();
  const next = toks[v + 1];
  // Not "rose up to 5%", where "up to" is a bound; but "hooked up to the net".
  const bound = /^to$/i.test(toks[v + 2]?.text ?? '') && /^(?:NUM|SYM)$/.test(toks[v + 3]?.pos ?? '');
  if (next && next.sentence === toks[v].sentence && PARTICLE.test(next.text) && !bound) return `${verb} ${next.text.toLowerCase()}`;
  if (
    next &&
    next.sentence === toks[v].sentence &&
    STATE_COMPLEMENT.test(next.text) &&
    /^(?:feared|believed|presumed|confirmed|reported)$/.test(verb)
  )
    return `${verb} ${next.text.toLowerCase()}`;
  return verb;
}

/**
 * The predicate of the figure spanning `start`..`end` (its concept included); `figureEnd` is where the figure
 * and its unit end, `duration` says it is a duration.
 */
export function governorOf(prep: PreparedText, start: number, end: number, figureEnd = end, duration = false): Governor {
  const toks = prep.tokens;
  // "a 10% increase in revenues", "a two pct rise": the change noun the figure modifies.
  const gap = /^[ \t]*/.exec(prep.text.slice(figureEnd, figureEnd + 3))?.[0].length ?? 0;
  const c = toks[tokenAt(prep, figureEnd + gap)];
  if (c && c.start === figureEnd + gap && c.pos === 'NOUN' && CHANGE_NOUN.has(c.text.toLowerCase()) && !/^(?:toll|growth)$/i.test(c.text))
    return { predicate: c.text.toLowerCase(), before: null };
  const b = verbBefore(prep, start, duration);
  // "including the 19,000 cracker, was undamaged": the verb after is the sentence's, but "compared to 45% who
  // thought" has its own.
  const a = verbAfter(prep, end, b === IN_PREPOSITIONAL_PHRASE || modifiesNounBefore(toks, tokenAt(prep, start)));
  const before = b >= 0 ? toks[b] : null;
  const reportingBefore = before !== null && REPORTING.has(before.text.toLowerCase());
  // "he was right and just 14% voiced sympathy": a figure that opens a new clause has the verb after it.
  const newClause = a >= 0 && b >= 0 && toks.slice(b + 1, tokenAt(prep, start)).some((t) => CLAUSE_JOIN.test(t.text));
  // "The agency said 5 people were killed": the reporting verb is not what happened to the people.
  if (before && !reportingBefore && !newClause) return { predicate: written(toks, b), before };
  if (a >= 0) return { predicate: written(toks, a), before: null };
  // "Acme added 5 million customers", "estimated the cost at $1bn": a reporting verb with the figure as object.
  if (before && !SPEECH.test(before.text)) return { predicate: written(toks, b), before };
  return { predicate: null, before: null };
}

const lemmas = new Map<string, string>();

/** The dictionary form of a predicate: `killed` → `kill`, `rose` → `rise`; a noun stays as it is. */
export function lemmaOf(word: string): string {
  let lemma = lemmas.get(word);
  if (lemma === undefined) {
    lemma = remoteVerbLemma(word);
    if (lemmas.size > 10_000) lemmas.clear();
    lemmas.set(word, lemma);
  }
  return lemma;
}

/**
 * Hands the helper thread (lib/text/compromise-service.ts) the verbs of the sentences that hold a number, in text
 * order: the words lemmaOf is mostly asked for, which it then works out while this thread finds names and dates.
 */
export function prefetchPredicateLemmas(prep: PreparedText): void {
  const words = new Set<string>();
  for (const s of prep.sentences) {
    const toks = prep.tokens.slice(s.firstToken, s.endToken);
    if (!toks.some((t) => t.pos === 'NUM')) continue;
    for (const t of toks) if ((t.pos === 'VERB' || t.pos === 'AUX') && !lemmas.has(t.text.toLowerCase())) words.add(t.text.toLowerCase());
  }
  prefetchVerbLemmas([...words]);
}
