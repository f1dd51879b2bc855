/**
 * What happened to what is counted, and what is measured. The predicate is the verb that governs the figure:
 * after it when the figure is the subject (`8 people were killed`), before it when it is the object or the
 * new level (`Militants killed 20 soldiers`, `rose 5%`, `fell to 4.7%`), or a change noun (`a rise of 5%`,
 * `a decline from 785 to 708`). For percentages, money and measures the concept is what the sentence says is
 * measured: the noun after the unit (`a £2.1bn budget`), the noun before `of`/`at` (`inflation at 3%`), or the
 * subject of the governing verb (`unemployment fell to 4.7%`).
 */
import type { Span } from '../../types';
import type { PreparedText, Token } from '../../text/prepare';
import { tokenAt } from '../../text/prepare';
import { compromise } from '../../text/compromise';
import { CHANGE_NOUNS, COPULAS, LINKING_WORDS, REPORTING_VERBS } from '../../lexicon/reporting-words';
import { nounPhraseAt } from './concept';

const REPORTING = new Set(REPORTING_VERBS);
const COPULA = new Set(COPULAS);
const LINKING = new Set(LINKING_WORDS);
const CHANGE_NOUN = new Set(CHANGE_NOUNS);
const AUXILIARY =
  /^(?:were|was|are|is|be|been|being|have|has|had|will|would|could|may|might|also|reportedly|now|still|already|not|only|further)$/i;
const SKIPPABLE_POS = new Set(['NUM', 'SYM', 'ADP', 'DET', 'PART', 'ADV', 'CCONJ']);
const MAX_BACK = 8;

/** The governing verb (or change noun) before the figure starting at `offset`: its token index, or -1. */
function verbBefore(prep: PreparedText, offset: number): number {
  const toks = prep.tokens;
  const i = tokenAt(prep, offset);
  const sentence = toks[i]?.sentence;
  for (let k = i - 1; k >= 0 && i - k <= MAX_BACK && toks[k].sentence === sentence; k--) {
    const t = toks[k];
    const w = t.text.toLowerCase();
    if (COPULA.has(w)) return -1;
    // A participle tagged as an adjective governs too: "promising 50 million soles".
    if (t.pos === 'VERB' || (t.pos === 'ADJ' && /(?:ed|ing)$/.test(w) && !/^(?:leading|existing|remaining)$/.test(w))) return k;
    if (t.pos === 'NOUN' && CHANGE_NOUN.has(w)) return k;
    // "offered a team of 40", "a total of 53%": a collective noun before "of" passes the verb on.
    if (t.pos === 'NOUN' && toks[k + 1]?.text.toLowerCase() === 'of') continue;
    if (LINKING.has(w) || SKIPPABLE_POS.has(t.pos) || t.text === '%' || /^(?:pct|per|cent|percent)$/i.test(w)) continue;
    // A unit or a counted noun of an earlier figure ("rose 5% to", "$2bn euros to").
    if (t.pos === 'NOUN' && toks[k - 1] && (toks[k - 1].pos === 'NUM' || toks[k - 1].text === '%')) continue;
    return -1;
  }
  return -1;
}

/** The first verb after the figure and its concept, within a few tokens: `8 people were killed` → killed. */
function verbAfter(prep: PreparedText, offset: number): number {
  const toks = prep.tokens;
  const i = tokenAt(prep, offset);
  const sentence = toks[i]?.sentence;
  for (let k = i; k < toks.length && k < i + 4 && toks[k].sentence === sentence; k++) {
    const t = toks[k];
    if (AUXILIARY.test(t.text)) continue;
    if (t.pos === 'VERB' || (t.pos === 'ADJ' && /ed$/i.test(t.text))) return k;
    if (t.pos !== 'ADV' && t.pos !== 'AUX' && t.pos !== 'PART') break;
  }
  return -1;
}

export interface Governor {
  /** The verb as written, lower case; null when none governs the figure. */
  predicate: string | null;
  /** The token of the verb or change noun before the figure, when that is where it stands. */
  before: Token | null;
}

/** The predicate of the figure spanning `start`..`end` (its concept included). */
export function governorOf(prep: PreparedText, start: number, end: number): Governor {
  const toks = prep.tokens;
  const b = verbBefore(prep, start);

  const a = verbAfter(prep, end);
  const before = b >= 0 ? toks[b] : null;
  const reportingBefore = before !== null && REPORTING.has(before.text.toLowerCase());
  // "The agency said 5 people were killed": the reporting verb is not what happened to the people.
  if (before && !reportingBefore) return { predicate: before.text.toLowerCase(), before };
  if (a >= 0) return { predicate: toks[a].text.toLowerCase(), before: null };
  return { predicate: null, before: null };
}

const lemmas = new Map<string, string>();

/** The dictionary form of a predicate: `killed` → `kill`, `rose` → `rise`; a noun stays as it is. */
export function lemmaOf(word: string): string {
  let lemma = lemmas.get(word);
  if (lemma === undefined) {
    // Taken as a verb in the form its ending says ("rose" alone reads as a flower).
    const doc = compromise()(word);
    doc.tag(/ing$/.test(word) ? 'Gerund' : /[^s]s$/.test(word) ? 'PresentTense' : 'PastTense');
    lemma = doc.verbs().toInfinitive().text().trim().toLowerCase() || word;
    if (lemmas.size > 10_000) lemmas.clear();
    lemmas.set(word, lemma);
  }
  return lemma;
}

const NOMINAL = new Set(['NOUN', 'PROPN', 'ADJ']);
const HEAD = new Set(['NOUN', 'PROPN']);
const NOT_MEASURED = /^(?:year|month|week|day|quarter|time|total|cent|percent|pct|points?)$/i;

/** The noun phrase ending at token `last`, walking back over nouns, adjectives and possessives. */
function phraseEndingAt(prep: PreparedText, last: number): Span | null {
  const toks = prep.tokens;
  const t = toks[last];
  if (!t || !HEAD.has(t.pos) || !/^[\p{L}][\p{L}'’-]*$/u.test(t.text)) return null;
  let k = last;
  while (k - 1 >= 0 && last - k < 4 && toks[k - 1].sentence === t.sentence) {
    const p = toks[k - 1];
    if ((NOMINAL.has(p.pos) && /^[\p{L}][\p{L}'’-]*$/u.test(p.text)) || /^['’]s$/.test(p.text)) k--;
    else break;
  }
  while (k < last && /^['’]s$/.test(toks[k].text)) k++;
  const start = toks[k].start;
  return { text: prep.original.slice(start, t.end), start, end: t.end };
}

/** The subject of the verb at token `v`: the noun phrase right before it (auxiliaries and adverbs skipped). */
function subjectOf(prep: PreparedText, v: number): Span | null {
  const toks = prep.tokens;
  let k = v - 1;
  while (
    k >= 0 &&
    toks[k].sentence === toks[v].sentence &&
    (AUXILIARY.test(toks[k].text) || toks[k].pos === 'ADV' || toks[k].pos === 'AUX')
  )
    k--;
  return k >= 0 && toks[k].sentence === toks[v].sentence ? phraseEndingAt(prep, k) : null;
}

/**
 * What a percentage, an amount of money or a measure measures, as the sentence names it; null when it does not.
 * `start`..`end` is the figure with its unit.
 */
export function measuredConcept(prep: PreparedText, start: number, end: number, governor: Governor): Span | null {
  const toks = prep.tokens;
  // "a £2.1bn budget", "a 5% pay rise in March": the noun right after the unit.
  const gap = /^[ \t]*/.exec(prep.text.slice(end, end + 4))?.[0].length ?? 0;
  // Only a noun that starts a token of its own: "$40m." may be one token, and "m." is no concept.
  const startsToken = (toks[tokenAt(prep, end + gap)]?.start ?? -1) === end + gap;
  const after = startsToken ? nounPhraseAt(prep, end + gap, 3) : null;
  if (after && !NOT_MEASURED.test(after.text.split(/\s+/).pop() ?? '') && !CHANGE_NOUN.has(after.text.toLowerCase())) return after;
  // "inflation at 3%", "a budget of £2bn", "profits of $5m": the noun right before "of" or "at".
  const i = tokenAt(prep, start);
  let k = i - 1;
  while (
    k >= 0 &&
    toks[k].sentence === toks[i]?.sentence &&
    /^(?:about|around|some|nearly|almost|roughly|just|only|over|under|more|less|than|an|estimated|approximately)$/i.test(toks[k].text)
  )
    k--;
  if (k >= 1 && /^(?:of|at)$/i.test(toks[k].text) && toks[k - 1].sentence === toks[i].sentence) {
    const noun = toks[k - 1];
    if (!CHANGE_NOUN.has(noun.text.toLowerCase()) && !NOT_MEASURED.test(noun.text)) {
      const phrase = phraseEndingAt(prep, k - 1);
      if (phrase) return phrase;
    }
  }
  // "unemployment fell to 4.7%", "the budget will rise by £2bn": the subject of the governing verb.
  if (governor.before && governor.before.pos === 'VERB') {
    const v = toks.indexOf(governor.before, Math.max(0, i - MAX_BACK - 1));
    const subject = v >= 0 ? subjectOf(prep, v) : null;
    if (subject && !NOT_MEASURED.test(subject.text.split(/\s+/).pop() ?? '')) return subject;
  }
  return null;
}
