/**
 * What happened to what is counted, and what is measured. The predicate is the verb that governs the figure:
 * after it when the figure is the subject (`8 people were killed`), before it when it is the object or the
 * new level (`Militants killed 20 soldiers`, `rose 5%`, `fell to 4.7%`), or a change noun (`a rise of 5%`,
 * `a decline from 785 to 708`). What a percentage or an amount measures is measured.ts's.
 */
import type { PreparedText, Token } from '../../text/prepare';
import { tokenAt } from '../../text/prepare';
import { compromise } from '../../text/compromise';
import { CHANGE_NOUNS, COPULAS, LINKING_WORDS, REPORTING_VERBS } from '../../lexicon/reporting-words';

const REPORTING = new Set(REPORTING_VERBS);
const COPULA = new Set(COPULAS);
const LINKING = new Set(LINKING_WORDS);
const CHANGE_NOUN = new Set(CHANGE_NOUNS);
const AUXILIARY =
  /^(?:were|was|are|is|be|been|being|have|has|had|will|would|could|may|might|also|reportedly|now|still|already|not|only|further)$/i;
const SKIPPABLE_POS = new Set(['NUM', 'SYM', 'ADP', 'DET', 'PART', 'ADV', 'CCONJ']);
export const MAX_BACK = 8;

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
