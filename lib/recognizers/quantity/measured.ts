/**
 * What a percentage, an amount of money, a measure or a duration measures, as the sentence names it (and what a
 * bare count counts when no noun follows it). Tried in order, each on the sentence's tokens and their tags:
 *  1. the noun the figure modifies: `a £2.1bn budget`, `a 15-year sentence`;
 *  2. the noun before `of`/`at`: `profits of £3bn`, `inflation at 3%`, `a target of 18 months`;
 *  3. what money is spent on or lost as: `800m dollars in lost revenues`;
 *  4. the object a change verb moves: `raised its dividend by 11%`, `pushed oil prices above $50`;
 *  5. the subject of the clause whose level or change verb governs the figure: `unemployment fell to 4.7%`,
 *     `consumer prices were set to fall by 1.5%`, `the delays amounted to 62 months`, `profits, which showed a
 *     5% rise`.
 * Null when none names it.
 */
import type { QuantityKind, Span } from '../../types';
import type { PreparedText, Token } from '../../text/prepare';
import { tokenAt } from '../../text/prepare';
import { CHANGE_NOUNS, REPORTING_VERBS } from '../../lexicon/reporting-words';
import { LEVEL_VERBS } from '../../lexicon/quantity-words';
import { nounPhraseAt, objectFollows, startsClause } from './concept';
import { lemmaOf, pluralReadAsVerb } from './predicate';

const NOMINAL = new Set(['NOUN', 'PROPN', 'ADJ']);
const HEAD = new Set(['NOUN', 'PROPN']);
const CHANGE_NOUN = new Set(CHANGE_NOUNS);
const MEASURED_CHANGE = /^growth$/i;
const REPORTING = new Set(REPORTING_VERBS);
const LEVEL = new Set(LEVEL_VERBS);
const NOT_MEASURED =
  /^(?:year|month|week|day|hour|minute|quarter|time|total|cent|percent|pct|points?|mark|level|figure|year-on-year|month-on-month|quarter-on-quarter|annualised|annualized)s?$/i;
/** Hedges between a noun and its figure: `profits of about $5m`. */
const HEDGE_WORD = /^(?:between|about|around|some|nearly|almost|roughly|just|only|over|under|more|less|than|an|estimated|approximately)$/i;
/** Words between a figure and the verb or noun that governs it: `fell by`, `rose 2% to`, `above`, `at least`. */
const GLUE_WORD =
  /^(?:by|to|from|at|above|below|under|over|near|around|about|almost|nearly|some|roughly|just|only|than|more|less|least|most|as|high|low|much|many|between|and|or|an?|the|estimated|up|down|currently|still|already|also|now|well|further|another|record|new|average|total|of)$/i;
/** Prepositions that put the figure after a moved object: `cut prices by 5%`, `held rates at 8%`. */
const OBJECT_PREP = /^(?:by|to|from|at|above|below|under|over|near)$/i;
const POSSESSIVE = /^(?:its|their|his|her|our|the|a|an|this|that|these|those|['’]s)$/i;
/** Auxiliaries and raising words in a verb chain: `was expected to`, `were set to`, `is likely to`. */
const CHAIN_WORD =
  /^(?:were|was|are|is|be|been|being|have|has|had|will|would|could|should|can|may|might|must|shall|to|also|reportedly|now|still|already|not|only|further|expected|set|due|likely|forecast|projected|predicted|seen|tipped|estimated|thought|believed|said|reported|continued?|continues|seems?|seemed|appears?|appeared|going|about)$/i;
const RELATIVE = /^(?:which|that)$/i;
const AVERAGE = /^(?:average|median|mean)$/i;
/** Words that stand after the head of a subject and belong to it: `the number of Europeans online`. */
const POST_MODIFIER = /^(?:online|overall|abroad|alone|combined|nationwide|worldwide)$/i;
const CLAUSE_JOIN = /^(?:and|but|while|whereas)$/i;
const MAX_GLUE = 10;
const MAX_CHAIN = 6;
const isWord = (t: Token) => /^[\p{L}][\p{L}\d'’-]*$/u.test(t.text);

/** The noun phrase ending at token `last`, walking back over nouns, adjectives and possessives. */
export function phraseEndingAt(prep: PreparedText, last: number): Span | null {
  const toks = prep.tokens;
  const t = toks[last];
  // "buy back shares worth $1bn": a plural wink reads as a verb is a head too.
  if (!t || !(HEAD.has(t.pos) || pluralReadAsVerb(toks, last)) || !isWord(t) || NOT_MEASURED.test(t.text)) return null;
  let k = last;
  while (k - 1 >= 0 && last - k < 4 && toks[k - 1].sentence === t.sentence) {
    const p = toks[k - 1];
    // "Last week M-4 grew": a time before the phrase is not part of it.
    if (NOT_MEASURED.test(p.text)) break;
    if ((NOMINAL.has(p.pos) && isWord(p)) || /^['’]s$/.test(p.text)) k--;
    else break;
  }
  while (k < last && /^['’]s$/.test(toks[k].text)) k++;
  // "offering tax cuts": a gerund with no determiner before it is the verb, not part of the phrase.
  if (k < last && startsClause(toks, k)) k++;
  const start = toks[k].start;
  return { text: prep.original.slice(start, t.end), start, end: t.end };
}

/**
 * 1. `a £2.1bn budget`, `a 5% pay rise in March`: the noun right after the unit. A change noun there (`a 10%
 * increase in revenues`, `profits, which showed a 5% rise`) says what changed after `in`, or in the clause.
 */
function nounAfter(prep: PreparedText, start: number, end: number): Span | null {
  const toks = prep.tokens;
  const gap = /^[ \t]*/.exec(prep.text.slice(end, end + 4))?.[0].length ?? 0;
  // Only a noun that starts a token of its own: "$40m." may be one token, and "m." is no concept.
  const k = tokenAt(prep, end + gap);
  if ((toks[k]?.start ?? -1) !== end + gap) return null;
  // "4% growth" measures growth itself; "a 4% rise" is a rise of something.
  if (toks[k].pos === 'NOUN' && CHANGE_NOUN.has(toks[k].text.toLowerCase()) && !MEASURED_CHANGE.test(toks[k].text))
    return changed(prep, start, k);
  // "30% use two": a verb read as a noun, before its object.
  if (toks[k].pos === 'NOUN' && /^[a-z]+$/.test(toks[k].text) && objectFollows(toks[k + 1])) return null;
  // "a €2.2 billion package": after an article and the figure, a word read as a verb is the noun; without one,
  // a verb has the figure as its subject ("just 14% voiced sympathy").
  const article = /^(?:a|an|the)$/i.test(toks[tokenAt(prep, start) - 1]?.text ?? '');
  if (!article && toks[k].pos === 'VERB' && /^[a-z]+ed$/.test(toks[k].text)) return null;
  if (article && toks[k].pos === 'VERB' && /^[a-z]+$/.test(toks[k].text) && !/(?:ed|ing)$/.test(toks[k].text))
    return { text: prep.original.slice(toks[k].start, toks[k].end), start: toks[k].start, end: toks[k].end };
  const after = nounPhraseAt(prep, end + gap, 3);
  if (!after || NOT_MEASURED.test(after.text.split(/\s+/).pop() ?? '')) return null;
  return after;
}

/** What the change noun at token `c` after the figure starting at `start` changes. */
function changed(prep: PreparedText, start: number, c: number): Span | null {
  const toks = prep.tokens;
  let k = c + 1;
  if (toks[k]?.text.toLowerCase() === 'in' && toks[k].sentence === toks[c].sentence) {
    k++;
    while (POSSESSIVE.test(toks[k]?.text ?? '')) k++;
    const phrase = toks[k] ? nounPhraseAt(prep, toks[k].start, 4) : null;
    if (phrase && !NOT_MEASURED.test(phrase.text.split(/\s+/).pop() ?? '')) return phrase;
  }
  // "X, which showed a 5% rise", "sales saw a 2% increase": the subject of the verb before the article.
  let v = tokenAt(prep, start) - 1;
  while (v >= 0 && /^(?:an?|the|its|their)$/i.test(toks[v].text)) v--;
  const verb = toks[v];
  if (verb?.pos !== 'VERB' || verb.sentence !== toks[c].sentence || /^(?:said|says|say|told)$/i.test(verb.text)) return null;
  const subject = subjectBefore(prep, v);
  const head = subject ? toks[tokenAt(prep, subject.end - 1)] : null;
  return head?.pos === 'NOUN' ? subject : null;
}

/**
 * `the cost of repairing a pipeline at $1bn`: where token `v` is a gerund after `of`, the noun before the `of`
 * is what is measured, not the gerund's object.
 */
function gerundOwner(prep: PreparedText, v: number): Span | null {
  const toks = prep.tokens;
  const g = toks[v];
  if (!g || !/^[a-z]+ing$/.test(g.text) || toks[v - 1]?.text.toLowerCase() !== 'of') return null;
  const noun = toks[v - 2];
  if (!noun || noun.sentence !== g.sentence || !(noun.pos === 'NOUN' || /^(?:the|a|an|its|their)$/i.test(toks[v - 3]?.text ?? '')))
    return null;
  return { text: prep.original.slice(noun.start, noun.end), start: noun.start, end: noun.end };
}

/** 2. `inflation at 3%`, `a budget of £2bn`, `shares worth $1bn`: the noun right before `of`, `at` or `worth`. */
function nounBeforeOf(prep: PreparedText, start: number): Span | null {
  const toks = prep.tokens;
  const i = tokenAt(prep, start);
  let k = i - 1;
  while (k >= 0 && toks[k].sentence === toks[i]?.sentence && HEDGE_WORD.test(toks[k].text)) k--;
  if (k < 1 || !/^(?:of|at|worth)$/i.test(toks[k].text) || toks[k - 1].sentence !== toks[i].sentence) return null;
  // "a pay rise of 5.5%", "a death toll of 20": the change or the toll is what the figure measures.
  const phrase = phraseEndingAt(prep, k - 1);
  if (phrase) {
    let v = tokenAt(prep, phrase.start) - 1;
    while (v >= 0 && POSSESSIVE.test(toks[v].text)) v--;
    const owner = gerundOwner(prep, v);
    if (owner) return owner;
  }
  // "the regional average of 4%": an average read as an adjective is a head here.
  const average = toks[k - 1];
  if (!phrase && AVERAGE.test(average.text) && /^of$/i.test(toks[k].text)) {
    const from = /^(?:ADJ|NOUN|PROPN)$/.test(toks[k - 2]?.pos ?? '') && toks[k - 2].sentence === average.sentence ? toks[k - 2] : average;
    return { text: prep.original.slice(from.start, average.end), start: from.start, end: average.end };
  }
  return phrase;
}

/**
 * 2b. `a majority of voters (68%)`, `a chunk of net users, 36%,`: a figure set off after a partitive names the
 * phrase after its `of`.
 */
function appositiveOf(prep: PreparedText, start: number): Span | null {
  const toks = prep.tokens;
  const i = tokenAt(prep, start);
  const mark = toks[i - 1];
  if (!mark || (mark.text !== '(' && mark.text !== ',') || mark.sentence !== toks[i]?.sentence) return null;
  const phrase = phraseEndingAt(prep, i - 2);
  if (!phrase) return null;
  let k = tokenAt(prep, phrase.start) - 1;
  while (k >= 0 && /^(?:the|those|these|all|its|their)$/i.test(toks[k].text)) k--;
  return toks[k]?.text.toLowerCase() === 'of' ? phrase : null;
}

/**
 * Whether the figure ending at `end` is the subject of a clause: a verb follows it (`43% said`, `17%,
 * disagreed`, `45% who thought`). In a poll's round of answers such a figure counts the respondents.
 */
export function isClauseSubject(prep: PreparedText, end: number): boolean {
  const toks = prep.tokens;
  let k = tokenAt(prep, end);
  const sentence = toks[k]?.sentence;
  for (let n = 0; k < toks.length && n < 3 && toks[k].sentence === sentence; k++, n++) {
    const t = toks[k];
    if (t.pos === 'VERB' || t.pos === 'AUX') return t.text !== "'s";
    // "48% use two": a verb read as a noun before its object.
    if (t.pos === 'NOUN' && objectFollows(toks[k + 1]) && /^[a-z]+$/.test(t.text)) return true;
    if (t.text !== ',' && !/^(?:who|also|still|now|only|just)$/i.test(t.text) && t.pos !== 'ADV') return false;
  }
  return false;
}

/** 3. `cost 800m dollars in lost revenues`: a bare noun phrase after `in` (not a place, a date or `the …`). */
function moneyIn(prep: PreparedText, end: number): Span | null {
  const m = /^[ \t]+in\s+(?:(?:lost|[a-z]+ed)\s+)?/.exec(prep.text.slice(end, end + 24));
  if (!m) return null;
  const found = nounPhraseAt(prep, end + m[0].length, 4);
  if (!found) return null;
  // "in lost revenues": the participle belongs to the phrase.
  const from = end + /^[ \t]+in\s+/.exec(m[0])![0].length;
  const phrase = { text: prep.original.slice(from, found.end), start: from, end: found.end };
  const head = prep.tokens[tokenAt(prep, phrase.end - 1)];
  return head?.pos === 'NOUN' && !NOT_MEASURED.test(head.text) ? phrase : null;
}

/** Whether token `k` is a verb (or a change noun used as one, `losses rise 2%`) and, if so, its lemma. */
function verbLemma(toks: Token[], k: number): string | null {
  const t = toks[k];
  if (!t || !isWord(t)) return null;
  const w = t.text.toLowerCase();
  if (t.pos === 'VERB' || t.pos === 'AUX') return lemmaOf(w);
  // "losses rise 2%", "homes online rose by 8%" (rose read as the flower): a verb tagged as a noun after its subject.
  const prev = toks[k - 1]?.pos ?? '';
  if (
    t.pos === 'NOUN' &&
    ((CHANGE_NOUN.has(w) && HEAD.has(prev)) || (/^(?:rose|fell|totals?|totalled|stands)$/.test(w) && NOMINAL.has(prev)))
  )
    return lemmaOf(w);
  return null;
}

/** `the value of the guilder`, `spending on health`: a phrase with the head it modifies before `of`/`in`/`on`. */
function withHead(prep: PreparedText, phrase: Span | null): Span | null {
  if (!phrase) return null;
  const toks = prep.tokens;
  let k = tokenAt(prep, phrase.start) - 1;
  let counted = false;
  while (k >= 0 && (/^(?:the|a|an|its|their|all)$/i.test(toks[k].text) || toks[k].pos === 'NUM')) {
    counted ||= toks[k].pos === 'NUM';
    k--;
  }
  if (k < 1 || !/^(?:of|in|on|for|from|at)$/i.test(toks[k].text) || toks[k].sentence !== toks[k - 1].sentence) return phrase;
  const head = phraseEndingAt(prep, k - 1);
  if (!head) return phrase;
  // "borrowings from the discount window averaged", "growth at constant prices was": where they come from or
  // how they are counted is not what is measured.
  if (/^(?:from|at)$/i.test(toks[k].text)) return head;
  // "the cost of the 20 schemes": the schemes are counted by a figure of their own; the cost is measured.
  if (counted) return head;
  return { text: prep.original.slice(head.start, phrase.end), start: head.start, end: phrase.end };
}

/** A past participle that can follow its noun (`the homes sold`, `the projects covered`). */
const POST_PARTICIPLE = /^(?:[a-z]+ed|sold|built|made|taken|held|seen|given|bought|paid|spent|won|lost|shown|known)$/;

/** Words of the phrases that may follow a post-modifying gerund: `waiting more than 18 months as an inpatient`. */
const AFTER_GERUND = /^(?:ADP|DET|NUM|ADJ|NOUN|PROPN)$/;
const MAX_AFTER_GERUND = 10;

/**
 * The gerund that post-modifies the subject's head (`the number [waiting] over 12 months`, `people [living] in
 * flats`), walking back from token `k` over the phrases after it; -1 if none.
 */
function gerundAfterHead(toks: Token[], k: number): number {
  const sentence = toks[k]?.sentence;
  for (let j = k; j > 0 && k - j < MAX_AFTER_GERUND && toks[j].sentence === sentence; j--) {
    const t = toks[j];
    if (t.pos === 'VERB' && /^[a-z]+ing$/.test(t.text) && toks[j - 1].pos === 'NOUN' && j < k) return j;
    if (!AFTER_GERUND.test(t.pos) && !/^(?:more|less|than|longer)$/i.test(t.text)) return -1;
  }
  return -1;
}

/** The subject before the verb chain that ends at token `v`: a noun phrase, or the antecedent of `, which`. */
function subjectBefore(prep: PreparedText, v: number): Span | null {
  const toks = prep.tokens;
  const sentence = toks[v].sentence;
  let k = v - 1;
  while (
    k >= 0 &&
    v - k <= MAX_CHAIN &&
    toks[k].sentence === sentence &&
    (CHAIN_WORD.test(toks[k].text) || toks[k].pos === 'ADV') &&
    !POST_MODIFIER.test(toks[k].text)
  )
    k--;
  // "the number of shops online in Spain has": a place after the subject is where, not what, is measured.
  let place = k;
  while (place > 0 && toks[place].pos === 'PROPN' && toks[place].sentence === sentence) place--;
  if (place < k && place > 0 && /^(?:in|across|throughout)$/i.test(toks[place].text) && toks[place - 1].sentence === sentence)
    k = place - 1;
  // "the number waiting over 12 months fell": a gerund after the head noun, and the phrases after it.
  const waiting = gerundAfterHead(toks, k);
  if (waiting >= 0) k = waiting;
  // "the number of Europeans online rose": a post-modifier after the head is part of the phrase.
  const postModifier = POST_MODIFIER.test(toks[k]?.text ?? '') || waiting >= 0 ? toks[k] : null;
  if (postModifier) k--;
  // "the price of the homes sold rose": a participle after the head noun modifies it.
  else if (k > 0 && k < v && toks[k].pos === 'VERB' && POST_PARTICIPLE.test(toks[k].text) && toks[k - 1].pos === 'NOUN') k--;
  if (k < 0 || toks[k].sentence !== sentence) return null;
  // "customers also increased, rising to 5m": a participle clause shares the subject of the verb before it.
  if (toks[k].text === ',' && /ing$/i.test(toks[v].text)) {
    let j = k - 1;
    while (j >= 0 && toks[j].pos === 'ADV' && toks[j].sentence === sentence) j--;
    return j > 0 && toks[j].sentence === sentence && toks[j].pos === 'VERB' && !/ing$/i.test(toks[j].text) ? subjectBefore(prep, j) : null;
  }
  // "Net National Income (NNI) was": an acronym in brackets after the subject.
  if (toks[k].text === ')' && toks[k - 2]?.text === '(') k -= 3;
  if (k < 0) return null;
  if (RELATIVE.test(toks[k].text) && toks[k].pos !== 'DET') {
    k--;
    if (toks[k]?.text === ',') k--;
    return k >= 0 && toks[k].sentence === sentence ? withHead(prep, phraseEndingAt(prep, k)) : null;
  }
  const phrase = withHead(prep, phraseEndingAt(prep, k));
  if (!phrase || !postModifier) return phrase;
  return { text: prep.original.slice(phrase.start, postModifier.end), start: phrase.start, end: postModifier.end };
}

/**
 * 4 and 5: the object a change verb moves, or the subject of the level or change verb that governs the figure
 * starting at `start`. Figures before it in the clause (`rose 2% to £5bn`) are passed over.
 */
function clauseConcept(prep: PreparedText, start: number, end: number): Span | null {
  const toks = prep.tokens;
  const i = tokenAt(prep, start);
  const sentence = toks[i]?.sentence;
  let k = i - 1;
  let prep_: Token | null = null;
  for (; k >= 0 && i - k <= MAX_GLUE && toks[k].sentence === sentence; k--) {
    const t = toks[k];
    // "the plan was wrong and 12% voiced doubts": a figure that opens a new clause is not the earlier verb's.
    if (CLAUSE_JOIN.test(t.text) && isClauseSubject(prep, end)) return null;
    const glue =
      GLUE_WORD.test(t.text) ||
      (t.text === 'in' && toks[k + 1]?.pos === 'NUM') ||
      t.text === ',' ||
      t.pos === 'ADJ' ||
      t.pos === 'NUM' ||
      t.pos === 'SYM' ||
      t.text === '%' ||
      /^(?:pct\.?|per|cent|percent)$/i.test(t.text) ||
      // A unit of an earlier figure: "rose 2% to", "$2bn euros to".
      (t.pos === 'NOUN' && (toks[k - 1]?.pos === 'NUM' || (toks[k - 1]?.pos === 'NOUN' && toks[k - 2]?.pos === 'NUM')));
    if (!glue) break;
    if (!prep_ && OBJECT_PREP.test(t.text)) prep_ = t;
  }
  if (k < 0 || toks[k].sentence !== sentence) return null;
  const lemma = verbLemma(toks, k);
  if (lemma !== null) {
    // British spelling doubles the l: "totalled".
    if (REPORTING.has(toks[k].text.toLowerCase()) || !(LEVEL.has(lemma) || LEVEL.has(lemma.replace(/ll$/, 'l')))) return null;
    return subjectBefore(prep, k);
  }
  // "raised its dividend by 11%": a noun phrase between a verb (or a change noun) and the preposition.
  if (!prep_ || !HEAD.has(toks[k].pos)) return null;
  const object = phraseEndingAt(prep, k);
  if (!object) return null;
  let v = tokenAt(prep, object.start) - 1;
  let from = object.start;
  // "raises water and sewer rates by 7.5%": nouns joined before the head.
  if (toks[v]?.text.toLowerCase() === 'and' && HEAD.has(toks[v - 1]?.pos ?? '')) {
    v -= 2;
    from = toks[v + 1].start;
  }
  while (v >= 0 && POSSESSIVE.test(toks[v].text)) v--;
  // "a rise in the deficit to 7%", "its forecast for growth to 0.7%".
  if (/^(?:in|for)$/i.test(toks[v]?.text ?? '')) {
    v--;
    while (v >= 0 && POSSESSIVE.test(toks[v].text)) v--;
  }
  const mover = toks[v];
  if (!mover || mover.sentence !== sentence) return null;
  const w = mover.text.toLowerCase();
  // "estimated the cost of repairing a pipeline at $1bn": the gerund belongs to the noun before its "of".
  const owner = gerundOwner(prep, v);
  if (owner) return owner;
  const moves =
    (mover.pos === 'VERB' && !REPORTING.has(w)) || CHANGE_NOUN.has(w) || /^(?:forecasts?|estimates?|target|projection)$/.test(w);
  return moves ? { text: prep.original.slice(from, object.end), start: from, end: object.end } : null;
}

/**
 * What the figure `start`..`end` (its unit included) of kind `kind` measures, or null. A count reaches this only
 * when no noun follows it, and then only the clause says what it counts.
 */
export function measuredConcept(prep: PreparedText, start: number, end: number, kind: QuantityKind): Span | null {
  if (kind === 'count') return nounBeforeOf(prep, start) ?? clauseConcept(prep, start, end);
  return (
    nounAfter(prep, start, end) ??
    nounBeforeOf(prep, start) ??
    appositiveOf(prep, start) ??
    (kind === 'money' ? moneyIn(prep, end) : null) ??
    clauseConcept(prep, start, end)
  );
}
