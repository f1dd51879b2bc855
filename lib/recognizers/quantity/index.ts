/**
 * Quantity claims: a number (number.ts), its hedge or bound, its unit (unit.ts), what it counts (concept.ts),
 * and who says so. Numbers inside names, codes, times and list markers are left out here; numbers inside dates
 * are dropped later by the overlap refiner, which lets dates win.
 */
import type { Bound, QuantityKind, QuantityRecord, Span } from '../../types';
import type { PreparedText } from '../../text/prepare';
import { tokenAt } from '../../text/prepare';
import type { Draft, Recognizer } from '../recognizer';
import { POST_MODIFIERS, PRE_MODIFIERS } from '../../lexicon/quantity-words';
import { findNumbers, type NumberSpan } from './number';
import { currencyBefore, unitAfter } from './unit';
import { nounPhraseAt, partitiveAt } from './concept';

const PRE_MODIFIER = new RegExp(`(?:^|[^\\p{L}])(${PRE_MODIFIERS.map(([w]) => w.replace(/[.]/g, '\\$&')).join('|')})\\s*$`, 'iu');
const POST_MODIFIER = new RegExp(`^\\s+(${POST_MODIFIERS.map(([w]) => w).join('|')})\\b`, 'i');

/** Why a number is not a quantity claim: a code (MI-6, F-16, G20, COVID-19), a time, an ordinal, a list marker. */
function isExcluded(text: string, n: NumberSpan): boolean {
  const before = text.slice(Math.max(0, n.start - 12), n.start);
  const after = text.slice(n.end, n.end + 12);
  if (/[\p{Lu}][\p{L}&]*[-‐]?$/u.test(before) && !/\b(?:[Aa]bout|[Ss]ome|[Oo]ver|[Nn]early|[Aa]lmost|[Aa]round)\s*$/.test(before) && /[-‐]$|[\p{Lu}]$/u.test(before)) return true;
  if (/^(?:st|nd|rd|th)\b/i.test(after)) return true;
  if (/^\s*(?:[ap]\.?m\.?|GMT|UTC|ET|EST|BST)\b/i.test(after) || /^:\d\d/.test(after)) return true;
  if (/(?:\b(?:No|no|Nos|page|p|pp|section|Section|chapter|Chapter|Article|article|#|Room|room|Flight|flight|Route|route)\.?\s*)$/.test(before)) return true;
  if (/^[-‐]?[\p{Lu}]/u.test(after) && /^\d+$/.test(text.slice(n.start, n.end)) && /^[-‐]/.test(after)) return true; // 7-Eleven, 3-D style codes
  if (/(?:^|\n)[ \t]*$/.test(before) && /^[.)]\s/.test(after)) return true; // "1. " list markers
  if (/^\d{3}[-. ]\d{4}\b/.test(text.slice(n.start, n.start + 8)) || /\(\d{3}\)\s*$/.test(before)) return true; // phone numbers
  return false;
}

function boundOf(modifier: string | null, list: [string, Bound][]): Bound | null {
  if (!modifier) return null;
  const found = list.find(([w]) => w === modifier.toLowerCase());
  return found ? found[1] : null;
}

const AGE = /^(?:[-\s]years?[-\s]old\b|[-\s]year[-\s]olds?\b)/i;
const ATTRIBUTION_BEFORE = /\b(?:[Aa]ccording\s+to)\s+((?:the\s+)?[\p{Lu}][\p{L}.'’-]*(?:\s+(?:of\s+)?[\p{Lu}][\p{L}.'’-]*){0,5})/u;
const ATTRIBUTION_AFTER = /\b(?:said|says|told|reported|according to|estimated|estimates)\s+((?:the\s+)?(?:[\p{Lu}][\p{L}.'’-]*|\d+-year-old)(?:\s+[\p{Lu}][\p{L}.'’-]*){0,5})/u;

function attributionIn(prep: PreparedText, sentenceIndex: number): Span | null {
  const s = prep.sentences[sentenceIndex];
  if (!s) return null;
  const text = prep.text.slice(s.start, s.end);
  const m = ATTRIBUTION_BEFORE.exec(text) ?? ATTRIBUTION_AFTER.exec(text);
  if (!m) return null;
  const start = s.start + m.index! + m[0].length - m[1].length;
  const end = start + m[1].length;
  return { text: prep.original.slice(start, end), start, end };
}

/** The first verb after the quantity and its concept, within a few tokens: `8 people were killed` → killed. */
function predicateAfter(prep: PreparedText, offset: number): string | null {
  const toks = prep.tokens;
  const i = tokenAt(prep, offset);
  const sentence = toks[i]?.sentence;
  for (let k = i; k < toks.length && k < i + 4 && toks[k].sentence === sentence; k++) {
    const t = toks[k];
    if (t.pos === 'VERB' && !/^(?:were|was|are|is|be|been|have|has|had)$/i.test(t.text)) return t.text.toLowerCase();
    if (t.pos === 'PUNCT' || t.pos === 'CCONJ') break;
  }
  return null;
}

export const recognizeQuantities: Recognizer = (prep) => {
  const text = prep.text;
  const out: Draft<QuantityRecord>[] = [];
  let previousConcept: { concept: string; sentence: number; end: number } | null = null;
  for (const n of findNumbers(text)) {
    if (isExcluded(text, n)) continue;
    let start = n.start;
    let end = n.end;
    let bound: Bound = n.bound;
    let modifier: string | null = null;
    let unit: string | null = null;
    let kind: QuantityKind = 'count';
    let value = n.value;
    let low = n.low;
    let high = n.high;

    const currency = currencyBefore(text, n.start);
    if (currency) {
      start = currency.start;
      unit = currency.unit;
      kind = 'money';
    }
    const pre = PRE_MODIFIER.exec(text.slice(Math.max(0, start - 20), start));
    if (pre && bound === 'exact') {
      modifier = pre[1];
      bound = boundOf(modifier, PRE_MODIFIERS) ?? bound;
      start -= pre[0].length - pre[0].indexOf(pre[1]);
    }
    const age = AGE.exec(text.slice(end, end + 16));
    if (age) {
      end += age[0].replace(/\s+$/, '').length;
      unit = 'year';
      kind = 'age';
    } else {
      const u = unitAfter(text, end);
      if (u && !(kind === 'money' && u.kind === 'money')) {
        unit = u.unit;
        kind = u.kind;
        end = u.end;
      }
    }
    if (text[end] === '+' && bound === 'exact') {
      bound = 'lower';
      modifier = '+';
      end++;
    }
    const post = POST_MODIFIER.exec(text.slice(end, end + 16));
    if (post && bound === 'exact') {
      modifier = post[1];
      bound = boundOf(modifier, POST_MODIFIERS) ?? bound;
      end += post[0].length;
    }
    if (bound === 'range') value = null;

    const sentence = prep.tokens[tokenAt(prep, n.start)]?.sentence ?? -1;
    let conceptSpan: Span | null = null;
    if (kind === 'count' || kind === 'money' || kind === 'age') conceptSpan = kind === 'age' ? null : nounPhraseAt(prep, end + (/^\s/.test(text.slice(end)) ? (/^\s+/.exec(text.slice(end))![0].length) : 0));
    if (!conceptSpan && kind !== 'age') conceptSpan = partitiveAt(prep, end);
    let concept = conceptSpan?.text.replace(/\s+/g, ' ') ?? null;
    let recordEnd = end;
    // The concept right after the number is part of the claim's span ("270,000 civilians"); one after "of" is not.
    if (conceptSpan && kind === 'count' && conceptSpan.start - end <= 40 && !/\bof\b/i.test(text.slice(end, conceptSpan.start))) recordEnd = conceptSpan.end;
    // "8 people were killed and 25 wounded": the second number counts people too.
    if (!concept && kind === 'count' && previousConcept && previousConcept.sentence === sentence && /^\s+(?:were\s+|more\s+)?[a-z]+ed\b/.test(text.slice(end, end + 20)) && /\band\s+$|,\s*$/.test(text.slice(previousConcept.end, n.start).slice(-8))) {
      concept = previousConcept.concept;
    }
    if (concept) previousConcept = { concept, sentence, end };
    const per = /^\s+(?:per|a|an|each)\s+([a-z]+)\b/i.exec(text.slice(recordEnd, recordEnd + 30));
    let perWord: string | null = null;
    if (per && (kind === 'money' || conceptSpan) && !/^(?:few|lot|number|result|day|week|month|year)$/i.test(per[1]) || (per && /per/i.test(per[0]))) {
      perWord = per![1];
      if (/per/i.test(per![0])) recordEnd += per![0].length;
    }
    if (perWord && kind === 'count' && /per/i.test(text.slice(end, recordEnd))) kind = 'ratio';
    out.push({
      type: 'quantity',
      text: prep.original.slice(start, recordEnd),
      start,
      end: recordEnd,
      value,
      low: bound === 'range' ? low : value,
      high: bound === 'range' ? high : value,
      bound,
      modifier,
      kind,
      unit,
      concept,
      ...(conceptSpan ? { conceptSpan } : {}),
      per: perWord,
      change: null,
      predicate: predicateAfter(prep, recordEnd),
      attribution: attributionIn(prep, sentence),
      confidence: n.words ? 0.7 : 0.85,
      source: 'quantity/number',
    });
  }
  return out;
};
