/**
 * Quantity claims. For each number (number.ts) that is not a date part, code or label (exclusion.ts): its
 * currency and unit (unit.ts), ranges and from–to changes (range.ts), its hedge or bound, what it counts
 * (concept.ts), whether it is a change, the verb, and who says so (context.ts).
 * Numbers inside full dates are dropped later by the overlap refiner, which lets dates win.
 */
import type { Bound, QuantityKind, QuantityRecord, Span } from '../../types';
import type { PreparedText } from '../../text/prepare';
import { sentenceAt } from '../../text/prepare';
import type { Draft, Recognizer } from '../../draft';
import { CURRENCY_WORDS, POST_MODIFIERS, PRE_MODIFIERS } from '../../lexicon/quantity-words';
import {
  AGE_AFTER,
  AGE_BEFORE,
  APPOSITIVE_AGE_BEFORE,
  CARRY_OVER,
  COORDINATION,
  CURRENCY_OF,
  MINOR_AFTER,
  NOT_PER,
  PARTITIVE_PRONOUN,
  PER,
  POST_MODIFIER,
  PRE_MODIFIER,
  RESTATED,
  RESTATED_LATER,
  BARE_COORDINATE,
} from './rules';
import { wordsValue } from '../../lexicon/numbers';
import { findNumbers, type NumberSpan } from './number';
import { currencyBefore, unitAfter } from './unit';
import { isExcluded } from './exclusion';
import { joinRanges, type Piece } from './range';
import { nounPhraseAt, partitiveAt } from './concept';
import { findScores } from './score';
import { changeOf, isChangeClause } from './context';
import { governorOf, lemmaOf } from './predicate';
import { isClauseSubject, measuredConcept } from './measured';
import { segmentOf } from './segments';
import { attributionAt } from './attribution';
import { wordView } from './word-view';
import { type Respondents, respondentsFor } from './respondents';

function boundOf(modifier: string, list: [string, Bound][]): Bound {
  const w = modifier.toLowerCase().replace(/\s+/g, ' ');
  return list.find(([m]) => m === w)?.[1] ?? 'approx';
}

/** A number with the currency before it and the unit after it. */
function attachUnits(text: string, n: NumberSpan): Piece {
  const piece: Piece = {
    n,
    start: n.start,
    end: n.end,
    value: n.value,
    low: n.low,
    high: n.high,
    unit: null,
    kind: 'count',
    hasUnit: false,
    range: n.vague,
    change: null,
  };
  const currency = currencyBefore(text, n.start);
  if (currency) Object.assign(piece, { start: currency.start, unit: currency.unit, kind: 'money', hasUnit: true });
  const age = AGE_AFTER.pattern.exec(text.slice(n.end, n.end + 20));
  if (age && !currency) {
    return { ...piece, end: n.end + age[0].length, unit: age[1].toLowerCase(), kind: 'age', hasUnit: true };
  }
  const appositive =
    n.plain &&
    n.value !== null &&
    n.value < 120 &&
    APPOSITIVE_AGE_BEFORE.pattern.test(text.slice(Math.max(0, n.start - 30), n.start)) &&
    text[n.end] === ',';
  if ((appositive || AGE_BEFORE.pattern.test(text.slice(Math.max(0, n.start - 12), n.start))) && !currency)
    return { ...piece, unit: 'year', kind: 'age', hasUnit: true };
  // "four times per week": a frequency, read as a rate of times (a bare "three times" is a multiple, no claim).
  const frequency = !currency && !n.vague ? FREQUENCY.exec(text.slice(n.end, n.end + 24)) : null;
  if (frequency) return { ...piece, end: n.end + frequency[0].length, unit: 'times', hasUnit: true };
  const unit = unitAfter(text, n.end, n.value ?? n.low);
  if (unit && !(currency && unit.kind !== 'percent')) {
    // "$5 million" is a currency and a count; "5 dollars" and "5%" put the unit after.
    const attached: Piece = { ...piece, end: unit.end, unit: unit.unit, kind: unit.kind, hasUnit: true };
    return unit.kind === 'money' ? withMinorUnits(text, attached) : attached;
  }
  const of = n.vague ? CURRENCY_OF.pattern.exec(text.slice(n.end, n.end + 24)) : null;
  if (of) return { ...piece, end: n.end + of[0].length, unit: CURRENCY_WORDS[of[1].toLowerCase()], kind: 'money', hasUnit: true };
  return piece;
}

function withMinorUnits(text: string, piece: Piece): Piece {
  const m =
    piece.value !== null && piece.value === Math.floor(piece.value) && !piece.n.vague
      ? MINOR_AFTER.pattern.exec(text.slice(piece.end, piece.end + 40))
      : null;
  if (!m) return piece;
  const minor = /^\d/.test(m[1]) ? Number(m[1]) : wordsValue(m[1].toLowerCase().split('-'));
  // Without a cent word only two digits right after the unit read as cents ("17 USD 25"), not "5 dollars and two bags".
  const centWord = /(?:cents?|pence|p)$/i.test(m[0]);
  const next = text.slice(piece.end + m[0].length, piece.end + m[0].length + 12);
  if (minor === null || minor >= 100) return piece;
  if (!centWord && (!/^\s{1,2}\d\d$/.test(m[0]) || /^\s+(?!and\b|or\b)[a-z]/.test(next))) return piece;
  const value = piece.value! + minor / 100;
  return { ...piece, end: piece.end + m[0].length, value, low: value, high: value };
}

/** `times` before a denominator: `four times per week`, `3 times a day`. */
const FREQUENCY = /^\s+times(?=\s+(?:per|a|an|each|every)\s+\p{L})/iu;

/** Bounds that are prepositions too: `above`, `below`, `over`, `under`. */
const PREPOSITIONAL_BOUND = /^(?:above|below|over|under)$/i;

/** Nouns after a figure that make it a threshold: `the 100 million mark`, `the 5,000 barrier`. */
const THRESHOLD = /^(?:mark|barrier|threshold|milestone|level)$/i;

function conceptOf(prep: PreparedText, piece: Piece, end: number): Span | null {
  const text = prep.text;
  if ((piece.kind === 'count' || piece.kind === 'ratio') && !piece.n.vague) {
    const gap = /^[ \t]*/.exec(text.slice(end, end + 8))![0].length;
    const direct = nounPhraseAt(prep, end + gap);
    // "passed the 100,000 mark": a threshold names no counted thing; the clause may (measured.ts).
    if (direct && THRESHOLD.test(direct.text)) return null;
    if (direct) return direct;
  }
  if (piece.kind === 'age' || piece.kind === 'duration') return null;
  return partitiveAt(prep, end);
}

/** The figure before, as a later one that restates it needs it. */
interface LastFigure {
  concept: string | null;
  span: Span | null;
  predicate: string | null;
  sentence: number;
  end: number;
}

export const recognizeQuantities: Recognizer = (prepared) => {
  const prep = wordView(prepared);
  const text = prep.text;
  const pieces: Piece[] = [];
  const scores = findScores(text);
  const inScore = (n: NumberSpan) => scores.some(([s, e]) => n.start >= s && n.end <= e);
  for (const n of findNumbers(text, (pos) => currencyBefore(text, pos) !== null)) {
    if (scores.length && inScore(n)) continue;
    const piece = attachUnits(text, n);
    const hedged = PRE_MODIFIER.pattern.test(text.slice(Math.max(0, piece.start - 24), piece.start));
    if (!isExcluded(text, n, { unit: piece.hasUnit, modifier: hedged })) pieces.push(piece);
  }

  const out: Draft<QuantityRecord>[] = [];
  let previous = null as { concept: string; sentence: number; end: number } | null;
  // The figure before, for one that restates it, and the respondents the last poll share named ("of voters").
  let last = null as LastFigure | null;
  let respondents: Respondents | null = null;
  for (const piece of joinRanges(text, pieces)) {
    let { start, end } = piece;
    let bound: Bound = piece.range ? 'range' : 'exact';
    let modifier: string | null = null;
    let kind: QuantityKind = piece.kind;

    const pre = PRE_MODIFIER.pattern.exec(text.slice(Math.max(0, start - 24), start));
    if (pre) {
      const modifierStart = start - pre[0].length + pre[0].indexOf(pre[1]);
      modifier = prep.original.slice(modifierStart, modifierStart + pre[1].length);
      if (bound === 'exact') bound = boundOf(modifier, PRE_MODIFIERS);
      start = modifierStart;
    }
    if (text[end] === '+' && !/[\d\p{L}]/u.test(text[end + 1] ?? '') && bound === 'exact') {
      bound = 'lower';
      modifier = '+';
      end++;
    }
    const post = POST_MODIFIER.pattern.exec(text.slice(end, end + 16));
    if (post && bound === 'exact' && !modifier) {
      modifier = post[1];
      bound = boundOf(modifier, POST_MODIFIERS);
      end += post[0].length;
    }

    const sentence = sentenceAt(prep, piece.n.start);
    const conceptSpan = conceptOf(prep, piece, end);
    let concept = conceptSpan?.text.replace(/\s+/g, ' ') ?? null;
    let recordEnd = end;
    // The concept right after the number is part of the claim's span ("270,000 civilians"); one after "of" is not.
    if (conceptSpan && conceptSpan.start >= end && !/\bof\b/i.test(text.slice(end, conceptSpan.start))) recordEnd = conceptSpan.end;
    // "8 people were killed and 25 wounded": the second number counts people too.
    let predicate: string | null = null;
    let source = kind === 'age' ? AGE_AFTER.source : PRE_MODIFIER.source;
    const carried = CARRY_OVER.pattern.exec(text.slice(end, end + 24));
    const coordinated =
      !concept &&
      kind === 'count' &&
      previous?.sentence === sentence &&
      COORDINATION.pattern.test(text.slice(previous.end, piece.start).slice(-12));
    if (coordinated && carried) {
      concept = previous!.concept;
      predicate = carried[1].toLowerCase();
      source = CARRY_OVER.source;
      // The participle stands in for the counted noun, so the claim reads "25 wounded" (not after "were").
      if (!/^\s+were\b/.test(carried[0])) recordEnd = end + carried[0].length;
    } else if (coordinated && BARE_COORDINATE.pattern.test(text.slice(end, end + 16))) {
      concept = previous!.concept;
      source = BARE_COORDINATE.source;
    }
    // "480 of them": a partitive pronoun is part of the claim, though it names nothing.
    const pronoun = !concept && kind === 'count' ? PARTITIVE_PRONOUN.pattern.exec(text.slice(end, end + 16)) : null;
    if (pronoun) recordEnd = end + pronoun[0].length;

    let per: string | null = null;
    const rate = PER.pattern.exec(text.slice(recordEnd, recordEnd + 40));
    if (rate && !NOT_PER.pattern.test(rate[2]) && (/per|\//i.test(rate[0]) || kind === 'money' || piece.unit === 'times' || concept)) {
      per = rate[2];
      source = PER.source;
      recordEnd += rate[0].length;
      if (kind === 'count') kind = 'ratio';
    }

    // "pushed prices above $90": a bound that is also the verb's preposition is walked over like one.
    const clauseStart = modifier && PREPOSITIONAL_BOUND.test(modifier) ? piece.start : start;
    const governor = governorOf(prep, clauseStart, Math.max(recordEnd, conceptSpan?.end ?? 0), end, kind === 'duration');
    predicate ??= governor.predicate;
    let measured: Span | null = null;
    if (!concept && !pronoun && kind !== 'age' && kind !== 'ratio' && !piece.n.vague) {
      measured = measuredConcept(prep, clauseStart, end, kind);
      if (measured) concept = measured.text.replace(/\s+/g, ' ');
    }
    // "18.3bn euros ($23.4bn)", "fell to 6,630, or 12.9%": the figure restates the one before it.
    const before = last?.sentence === sentence ? last : null;
    const between = before ? text.slice(before.end, start) : null;
    if (before && between !== null && (RESTATED.pattern.test(between) || RESTATED_LATER.pattern.test(between))) {
      if (!concept && before.concept) {
        concept = before.concept;
        measured = before.span;
      }
      // A conversion or an "or" restates the same event; "compared with 5% last year" is another one.
      if (/^(?:\s*[(;]|,?\s+or\s)/.test(between)) predicate ??= before.predicate;
    }
    // "53% of those polled said …; 40% thought …": a share that opens a clause counts the same respondents.
    const own: Span | null = conceptSpan ?? measured;
    const share = kind === 'percent' || (kind === 'ratio' && per === null);
    if (share && own && isClauseSubject(prep, Math.max(end, own.end)))
      respondents = { concept: own.text.replace(/\s+/g, ' '), span: own, segment: segmentOf(prep, start), end: recordEnd };
    else if (share && !concept && isClauseSubject(prep, end)) {
      const counted = respondentsFor(prep, start, respondents);
      if (counted) {
        concept = counted.concept;
        measured = counted.span;
      }
    }
    if (concept) previous = { concept, sentence, end: recordEnd };
    const value = bound === 'range' ? null : piece.value;
    const change = piece.change && isChangeClause(text, start) ? piece.change : changeOf(text, start, end);
    out.push({
      type: 'quantity',
      text: prep.original.slice(start, recordEnd),
      start,
      end: recordEnd,
      value,
      low: value ?? piece.low,
      high: value ?? piece.high,
      bound,
      modifier,
      kind,
      unit: piece.unit,
      concept,
      ...(conceptSpan || measured ? { conceptSpan: conceptSpan ?? measured! } : {}),
      per,
      change,
      predicate,
      predicateLemma: predicate ? lemmaOf(predicate) : null,
      attribution: attributionAt(prep, start, kind === 'age'),
      confidence: piece.n.words ? 0.7 : piece.hasUnit || concept ? 0.9 : 0.75,
      source,
    });
    last = { concept, span: conceptSpan ?? measured, predicate, sentence, end: recordEnd };
  }
  return out;
};
