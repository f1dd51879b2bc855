/**
 * What happened to what is counted, and what is measured. The predicate is the verb that governs the figure:
 * after it when the figure is the subject (`8 people were killed`), before it when it is the object or the
 * new level (`Militants killed 20 soldiers`, `rose 5%`, `fell to 4.7%`), or a change noun (`a rise of 5%`,
 * `a decline from 785 to 708`). What a percentage or an amount measures is measured.ts's.
 */
import type { PreparedText, Token } from '../../text/prepare';
import { tokenAt } from '../../text/prepare';
import { compromise } from '../../text/compromise';
import { startsClause } from './concept';
import { CHANGE_NOUNS, COPULAS, LINKING_WORDS, REPORTING_VERBS } from '../../lexicon/reporting-words';

const REPORTING = new Set(REPORTING_VERBS);
const COPULA = new Set(COPULAS);
const LINKING = new Set(LINKING_WORDS);
const CHANGE_NOUN = new Set(CHANGE_NOUNS);
const AUXILIARY =
  /^(?:were|was|are|is|be|been|being|have|has|had|will|would|could|may|might|also|reportedly|now|still|already|not|only|further)$/i;
const SKIPPABLE_POS = new Set(['NUM', 'SYM', 'ADP', 'DET', 'PART', 'ADV', 'CCONJ']);
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
const isVerb = (t: Token) =>
  // A participle tagged as an adjective governs too: "promising 50 million soles".
  t.pos === 'VERB' || (t.pos === 'ADJ' && /(?:ed|ing)$/i.test(t.text) && !/^(?:leading|existing|remaining)$/i.test(t.text));

/** The verb before the object phrase that ends at token `last` (`raise its dividend`), or -1. */
function verbBeforeObject(toks: Token[], last: number): number {
  const sentence = toks[last].sentence;
  let k = last;
  while (
    k > 0 &&
    last - k < 6 &&
    toks[k].sentence === sentence &&
    /^(?:NOUN|PROPN|ADJ)$/.test(toks[k].pos) &&
    !(k < last && startsClause(toks, k))
  )
    k--;
  // "raises water and sewer rates": nouns joined before the head.
  if (toks[k].text.toLowerCase() === 'and' && /^(?:NOUN|PROPN)$/.test(toks[k - 1]?.pos ?? '')) k -= 2;
  while (k > 0 && POSSESSIVE.test(toks[k].text)) k--;
  const v = toks[k];
  // "offering tax cuts worth £1bn": a gerund read as a noun moves the object too.
  const verb = v !== undefined && (isVerb(v) || (v.pos === 'NOUN' && startsClause(toks, k)));
  return k < last && v?.sentence === sentence && verb && !REPORTING.has(v.text.toLowerCase()) ? k : -1;
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
    if (COPULA.has(w) || PREPOSITIONAL.test(w)) return -1;
    if (isVerb(t)) return k;
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
    // "offered a team of 40", "a total of 53%": a collective noun before "of" passes the verb on.
    if (t.pos === 'NOUN' && toks[k + 1]?.text.toLowerCase() === 'of') continue;
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
function verbAfter(prep: PreparedText, offset: number): number {
  const toks = prep.tokens;
  const i = tokenAt(prep, offset);
  const sentence = toks[i]?.sentence;
  let inPhrase = false;
  for (let k = i; k < toks.length && k < i + 8 && toks[k].sentence === sentence; k++) {
    const t = toks[k];
    if (AUXILIARY.test(t.text)) continue;
    if (t.pos === 'VERB' || (t.pos === 'ADJ' && /ed$/i.test(t.text))) return k;
    if (k === i && t.pos === 'NOUN' && /^(?:DET|NUM|PRON)$/.test(toks[k + 1]?.pos ?? '') && isWordToken(t)) return k;
    if ((k === i && t.text === ',') || /^(?:who|that)$/i.test(t.text)) continue;
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
  // Not "rose up to 5%", where "up to" is a bound.
  if (next && next.sentence === toks[v].sentence && PARTICLE.test(next.text) && !/^to$/i.test(toks[v + 2]?.text ?? ''))
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
  const a = verbAfter(prep, end);
  const before = b >= 0 ? toks[b] : null;
  const reportingBefore = before !== null && REPORTING.has(before.text.toLowerCase());
  // "The agency said 5 people were killed": the reporting verb is not what happened to the people.
  if (before && !reportingBefore) return { predicate: written(toks, b), before };
  if (a >= 0) return { predicate: written(toks, a), before: null };
  return { predicate: null, before: null };
}

const lemmas = new Map<string, string>();

/** The dictionary form of a predicate: `killed` → `kill`, `rose` → `rise`; a noun stays as it is. */
export function lemmaOf(word: string): string {
  let lemma = lemmas.get(word);
  if (lemma === undefined) {
    const doc = compromise()(word);
    // A base form stays ("stay", "reach"); other words are taken as a verb in the form their ending says
    // ("rose" alone reads as a flower).
    if (doc.has('#Infinitive')) lemma = word;
    else {
      doc.tag(/ing$/.test(word) ? 'Gerund' : /[^s]s$/.test(word) ? 'PresentTense' : 'PastTense');
      lemma = doc.verbs().toInfinitive().text().trim().toLowerCase() || word;
    }
    if (lemmas.size > 10_000) lemmas.clear();
    lemmas.set(word, lemma);
  }
  return lemma;
}
