/**
 * Who says so. A source is found where a reporting clause names it: a subject before a reporting verb
 * (`the agency said`, `Police estimate`), after it (`, said Dr Lee`), `according to X`, or the speaker of a
 * direct quote (`"…," he said`), a quote that runs over several sentences keeping the speaker that closed or
 * opened it. Each clause of a sentence (split at `;`, `while`, `but`, and before a new reporting subject) has
 * its own source, so competing figures in one sentence keep theirs; a figure in a clause without one takes the
 * reporting clause of its sentence that gives no figure of its own (`Five people died, police said`).
 * Attribution never crosses a segment boundary: a round-up separator (`- - - -`), a headline, a dateline.
 * Pronouns are resolved to a name later (lib/refiners/attribution.ts). The writer's own claims get null.
 */
import type { Span } from '../../types';
import type { PreparedText, Token } from '../../text/prepare';
import { sentenceAt, tokenAt } from '../../text/prepare';
import { INVERTED_REPORTING_VERBS, NOT_SOURCE_HEADS, REPORTING_VERBS } from '../../lexicon/reporting-words';
import { segmentOf } from './segments';

/** A reporting clause: its source and where its verb (or `according to`) stands. */
interface Cue {
  source: Span;
  /** Offset of the reporting verb: the cue's place in its clause. */
  at: number;
}

interface SentenceCues {
  cues: Cue[];
  /** Offsets where a new clause starts, in order. */
  breaks: number[];
}

const REPORTING = new Set(REPORTING_VERBS);
const INVERTED = new Set(INVERTED_REPORTING_VERBS);
const NOT_HEAD = new Set(NOT_SOURCE_HEADS);
// Verbs that report only when a document is their subject ("the survey found"): with a person or a force as
// subject they are actions ("troops found 20 bodies").
const DOCUMENT_VERBS = /^(?:found|finds|showed|shows|show|revealed|reveals|suggests|suggested|suggest|indicated|indicates)$/i;
const DOCUMENT_HEAD =
  /^(?:report|reports|study|studies|survey|surveys|poll|polls|figures|data|statistics|research|analysis|review|estimates?|audit|census|index|findings|results|numbers|forecasts?|projections?|paper|document|investigation|inquiry|assessment|calculations)$/i;
// "put the crowd at 50,000": `put` reports only with an `at` after it.
const PUT = /^puts?$/i;
const GERUND_REPORTING = /^(?:forecasting|predicting|estimating|projecting|reporting|saying|warning|claiming|announcing)$/i;
const SKIPPED_BEFORE_VERB =
  /^(?:has|have|had|also|later|earlier|previously|separately|again|now|would|will|could|may|might|then|recently|further|only|just|not)$/i;
const PASSIVE_BEFORE = /^(?:was|were|is|are|be|been|being|'s)$/i;
const DETERMINER = /^(?:the|a|an|its|their|his|her|our|this|that|these|those|some|other|many|several)$/i;
const LINK = /^(?:of|for|at|from|in|'s|’s|')$/i;
/** Links inside a source's phrase before its verb: `a report by the agency`, `a survey on prices`. */
const SUBJECT_LINK = /^(?:of|for|at|from|in|on|by|'s|’s|')$/i;
/** A time between a source and its verb: `the report this week said`, `police on Monday said`. */
const TIME_BEFORE_VERB =
  /^(?:yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|morning|evening|afternoon|weekend)$/i;
const TIME_LEAD = /^(?:this|last|next|on|earlier|late|on|that)$/i;
/** Prepositions after a reporting noun that make it a noun (`the forecast of 3%`, `reports from the front`). */
const NOUN_LINK = /^(?:of|for|on|in|at|by|from|to|about|with)$/i;
const CLAUSE_WORD = /^(?:while|whereas|but|although|though)$/i;
const NOMINAL = new Set(['NOUN', 'PROPN', 'ADJ']);
const HEAD = new Set(['NOUN', 'PROPN']);
const QUOTE_CLOSE = /["”’]/;
// "and officials at 8,000" after "organisers put the crowd at 50,000": a source whose verb is left out. It is a
// name or a bare plural, not a measured thing ("and the depth at 10 km").
const GAPPED_SOURCE =
  /\band\s+(\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?|police|\p{Ll}[\p{Ll}-]*s)\s+at\s+(?=[\d$£€]|(?:about|around|some|more|nearly|just|only|over)\b)/gu;

const cache = new WeakMap<PreparedText, Map<number, SentenceCues>>();

function cuesOf(prep: PreparedText, sentence: number): SentenceCues {
  let bySentence = cache.get(prep);
  if (!bySentence) {
    bySentence = new Map();
    cache.set(prep, bySentence);
  }
  let found = bySentence.get(sentence);
  if (!found) {
    found = findCues(prep, sentence);
    bySentence.set(sentence, found);
  }
  return found;
}

const span = (prep: PreparedText, start: number, end: number): Span => ({ text: prep.original.slice(start, end), start, end });
const lower = (t: Token) => t.text.toLowerCase();
const isWord = (t: Token) => /^[\p{L}][\p{L}'’.&/-]*$/u.test(t.text);

/** The noun phrase ending at token `last` (walking back), or null when it is no source. */
function subjectBefore(prep: PreparedText, first: number, last: number): { start: number; token: number } | null {
  const toks = prep.tokens;
  const t = toks[last];
  if (t.pos === 'PRON') return /^(?:he|she|they|it|we|i)$/i.test(t.text) ? { start: last, token: last } : null;
  if (!HEAD.has(t.pos) || !isWord(t) || NOT_HEAD.has(lower(t))) return null;
  let k = last;
  const nominal = (x: Token | undefined) => x !== undefined && (NOMINAL.has(x.pos) || DETERMINER.test(x.text));
  while (k - 1 >= first && last - k < 12) {
    const p = toks[k - 1];
    if (NOMINAL.has(p.pos) && isWord(p)) k--;
    // "analysts Kern/Bauer said": names joined by a slash.
    else if (p.text === '/' && p.end === toks[k].start && toks[k - 2]?.end === p.start && HEAD.has(toks[k - 2].pos)) k--;
    else if (DETERMINER.test(p.text)) {
      k--;
      // "a report by the agency", "a report on the 20 biggest projects": the phrase goes on before its `of`/`by`.
      if (!(k - 2 >= first && SUBJECT_LINK.test(toks[k - 1].text) && nominal(toks[k - 2]))) break;
    } else if (SUBJECT_LINK.test(p.text) && k - 2 >= first && nominal(toks[k - 2])) k--;
    // "the 20 biggest projects": a number after a determiner is part of the phrase.
    else if (p.pos === 'NUM' && k - 2 >= first && DETERMINER.test(toks[k - 2].text)) k--;
    else break;
  }
  while (k < last && SUBJECT_LINK.test(toks[k].text)) k++;
  // "those polled for the Sunday Times said": the phrase is the object of a preposition, not the subject.
  if (k > first && toks[k - 1].pos === 'ADP' && !/^(?:according)$/i.test(toks[k - 2]?.text ?? '') && toks[k - 1].text !== ',') return null;
  // "the 41-year-old Tom Reyes said": a word glued to a hyphen belongs to the compound before it.
  while (k < last && toks[k - 1]?.text === '-' && toks[k - 1].end === toks[k].start) k++;
  // "82% of voters said", "18% of all drivers say": respondents' answers, not a source.
  let b = k - 1;
  while (b > first && /^(?:all|the)$/i.test(toks[b].text)) b--;
  const before = toks[b];
  const figure = (x: Token | undefined) => x !== undefined && (x.pos === 'NUM' || x.text === '%');
  if (before && (figure(before) || (LINK.test(before.text) && figure(toks[b - 1])))) return null;
  return { start: k, token: last };
}

/** The noun phrase starting at token `from` (walking on), up to a punctuation mark or a verb. */
function phraseAfter(prep: PreparedText, from: number, end: number): [number, number] | null {
  const toks = prep.tokens;
  let k = from;
  let lastHead = -1;
  while (k < end && k - from < 12) {
    const t = toks[k];
    const glued = (a: Token | undefined, b: Token | undefined) => a !== undefined && b !== undefined && a.end === b.start;
    // "market analysts X" (market read as a verb), "Nielsen/NetRatings" (split at the slash).
    const modifier = k === from && t.pos === 'VERB' && isWord(t) && HEAD.has(toks[k + 1]?.pos ?? '');
    const slash =
      t.text === '/' && lastHead === k - 1 && glued(toks[k - 1], t) && glued(t, toks[k + 1]) && HEAD.has(toks[k + 1]?.pos ?? '');
    if (HEAD.has(t.pos) && isWord(t)) lastHead = k;
    else if (modifier || slash || NOMINAL.has(t.pos) || DETERMINER.test(t.text) || (LINK.test(t.text) && lastHead >= 0)) {
      /* part of the phrase */
    } else break;
    k++;
  }
  if (lastHead < 0 || NOT_HEAD.has(lower(toks[lastHead]))) return null;
  return [from, lastHead];
}

function findCues(prep: PreparedText, sentence: number): SentenceCues {
  const s = prep.sentences[sentence];
  const toks = prep.tokens;
  const cues: Cue[] = [];
  const breaks: number[] = [];
  if (!s) return { cues, breaks };
  for (let i = s.firstToken; i < s.endToken; i++) {
    const t = toks[i];
    const w = lower(t);
    if (t.text === ';' || (CLAUSE_WORD.test(w) && i > s.firstToken)) breaks.push(t.start);
    if (w === 'according' && lower(toks[i + 1] ?? t) === 'to') {
      const np = phraseAfter(prep, i + 2, s.endToken);
      if (np) cues.push({ source: span(prep, toks[np[0]].start, toks[np[1]].end), at: t.start });
      continue;
    }
    // "The CPB, forecasting a 2% rise, said": a participle reporting clause after its source and a comma.
    if (GERUND_REPORTING.test(w) && toks[i - 1]?.text === ',' && i - 2 >= s.firstToken) {
      const subject = subjectBefore(prep, s.firstToken, i - 2);
      if (subject && toks[subject.token].pos !== 'PRON')
        cues.push({ source: span(prep, toks[subject.start].start, toks[subject.token].end), at: t.start });
      continue;
    }
    if (!REPORTING.has(w) || (t.pos !== 'VERB' && t.pos !== 'AUX' && t.pos !== 'NOUN')) continue;
    // "Orange added five million customers": adding a figure is no report.
    if (/^add(?:ed|s)?$/.test(w) && toks.slice(i + 1, i + 4).some((x) => x.pos === 'NUM')) continue;
    let k = i - 1;
    while (k >= s.firstToken && SKIPPED_BEFORE_VERB.test(toks[k].text) && toks[k].pos !== 'NOUN') k--;
    if (k > s.firstToken && TIME_BEFORE_VERB.test(toks[k].text)) {
      k--;
      if (TIME_LEAD.test(toks[k].text)) k--;
      if (/^(?:earlier|later)$/i.test(toks[k]?.text ?? '')) k--;
    }
    if (k >= s.firstToken && PASSIVE_BEFORE.test(toks[k].text)) continue;
    if (PUT.test(w) && !/\bat\b/i.test(prep.text.slice(t.end, s.end))) continue;
    let subject = k >= s.firstToken ? subjectBefore(prep, s.firstToken, k) : null;
    // "The CPB, publishing its outlook, said": the subject before a parenthetical between commas.
    if (!subject && toks[k]?.text === ',') {
      let j = k - 1;
      while (j > s.firstToken && k - j < 30 && toks[j].text !== ',' && !/[.;]/.test(toks[j].text)) j--;
      if (
        toks[j]?.text === ',' &&
        j - 1 >= s.firstToken &&
        (/^(?:VERB|ADP|PRON|DET)$/.test(toks[j + 1]?.pos ?? '') || /ing$/i.test(toks[j + 1]?.text ?? '')) &&
        /^(?:who|which|publishing|forecasting|citing|commenting|speaking|writing|adding|noting|presenting|releasing|launching|unveiling|announcing|giving|in|at|on|after|before|a|an|the)$/i.test(
          toks[j + 1].text,
        )
      )
        subject = subjectBefore(prep, s.firstToken, j - 1);
    }
    // "the company forecast 3% growth": a reporting verb read as a noun, between its source and what it says.
    // "forecast like-for-like growth" (like read as a preposition); "…, the bureau forecast." at the end.
    const after = toks[i + 1];
    const nounVerb =
      t.pos === 'NOUN' &&
      /^(?:forecast|forecasts|estimates?|reports?|claims?)$/.test(w) &&
      !DETERMINER.test(toks[i - 1]?.text ?? '') &&
      after !== undefined &&
      (!/^(?:VERB|AUX|PUNCT|ADP)$/.test(after.pos) ||
        (after.pos === 'ADP' && !NOUN_LINK.test(after.text)) ||
        (/^[.!?]$/.test(after.text) && subject !== null && toks[subject.start - 1]?.text === ','));
    // "the child he says is his", "whom he says he fathered": a pronoun's report inside a relative clause.
    const embedded =
      subject !== null &&
      toks[subject.token].pos === 'PRON' &&
      subject.start > s.firstToken &&
      (HEAD.has(toks[subject.start - 1].pos) || /^(?:whom|who|which|that)$/i.test(toks[subject.start - 1].text));
    if (embedded) continue;
    if (subject && (t.pos !== 'NOUN' || nounVerb)) {
      const head = toks[subject.token];
      if (DOCUMENT_VERBS.test(w) && !DOCUMENT_HEAD.test(head.text) && !/^that$/i.test(toks[i + 1]?.text ?? '')) continue;
      const start = toks[subject.start].start;
      cues.push({ source: span(prep, start, head.end), at: t.start });
      // A new reporting subject after a comma or a conjunction starts a clause of its own.
      const prev = toks[subject.start - 1];
      if (prev && (prev.text === ',' || /^(?:and|but|while)$/i.test(prev.text))) breaks.push(prev.start);
      continue;
    }
    // `, said the ministry`, `" says Dr Lee`: the source after an inverted verb.
    const prev = toks[i - 1];
    if (INVERTED.has(w) && (!prev || prev.sentence !== sentence || prev.text === ',' || QUOTE_CLOSE.test(prev.text))) {
      const np = phraseAfter(prep, i + 1, s.endToken);
      // The source ends its clause ("…, said the ministry."); "said the dollar was" is reported speech.
      const next = np ? toks[np[1] + 1] : undefined;
      if (np && (!next || next.sentence !== sentence || /^[.,;:!?"”’)]$/.test(next.text))) {
        const end = toks[np[1]].end;
        cues.push({ source: span(prep, toks[np[0]].start, end), at: t.start });
        if (prev?.text === ',') breaks.push(prev.start);
      }
    }
  }
  if (cues.some((c) => /^(?:put|puts|estimated|estimate|estimates)\b/i.test(prep.text.slice(c.at, c.at + 10)))) {
    const text = prep.text.slice(s.start, s.end);
    GAPPED_SOURCE.lastIndex = 0;
    for (let m = GAPPED_SOURCE.exec(text); m; m = GAPPED_SOURCE.exec(text)) {
      const start = s.start + m.index + m[0].indexOf(m[1]);
      cues.push({ source: span(prep, start, start + m[1].length), at: start });
      breaks.push(s.start + m.index);
    }
  }
  cues.sort((a, b) => a.at - b.at);
  breaks.sort((a, b) => a - b);
  return { cues, breaks };
}

/** The clause (as [start, end)) of sentence `s` that holds `offset`. */
function clauseAt(breaks: number[], start: number, end: number, offset: number): [number, number] {
  let a = start;
  let b = end;
  for (const x of breaks) {
    if (x <= offset) a = x;
    else {
      b = x;
      break;
    }
  }
  return [a, b];
}

const FIGURE = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions)\b/i;

/** Whether a clause gives a figure of its own, outside its source's span. */
function hasFigure(prep: PreparedText, clause: [number, number], cue: Cue): boolean {
  const text = prep.text.slice(clause[0], cue.source.start) + prep.text.slice(cue.source.end, clause[1]);
  return FIGURE.test(text);
}

/** A few words at most after the reporting verb of `cue`: `police said on Monday.` */
const TAIL = /^[^\s]*(?:\s+[^\s]+){0,4}\s*$/;
function endsSentence(prep: PreparedText, cue: Cue, sentenceEnd: number): boolean {
  const verbEnd = prep.tokens[tokenAt(prep, cue.at)]?.end ?? cue.at;
  const rest = prep.text.slice(Math.max(verbEnd, cue.source.end), sentenceEnd);
  return TAIL.test(rest.trim()) || rest.trim() === '';
}

/** The source of the figure at `offset`..`end` in its sentence, or null. */
function sentenceSource(prep: PreparedText, sentence: number, offset: number): Span | null {
  const s = prep.sentences[sentence];
  const { cues, breaks } = cuesOf(prep, sentence);
  if (!s || !cues.length) return null;
  const clause = clauseAt(breaks, s.start, s.end, offset);
  const own = cues.filter((c) => c.at >= clause[0] && c.at < clause[1]);
  if (own.length) return (own.filter((c) => c.at <= offset).pop() ?? own[0]).source;
  // A reporting clause that gives no figure of its own reports the others ("Five died, police said").
  const figureless = cues.filter((c) => !hasFigure(prep, clauseAt(breaks, s.start, s.end, c.at), c));
  // Only one that ends its sentence ("…, police said on Monday."); "and the spokesman said this unit would
  // close" reports what follows it.
  const after = figureless.find((c) => c.at > offset && endsSentence(prep, c, s.end));
  if (after) return after.source;
  const before = figureless.filter((c) => c.at < offset).pop();
  if (before) return before.source;
  return (cues.filter((c) => c.at < offset).pop() ?? null)?.source ?? null;
}

/** Direct quotes, as [open, close) offsets, and each one's speaker. */
interface Quote {
  start: number;
  end: number;
  speaker: Span | null;
}

const quoteCache = new WeakMap<PreparedText, Quote[]>();
const PARAGRAPH_BREAK = /\n[ \t\r]*\n/;

function quotesOf(prep: PreparedText): Quote[] {
  const known = quoteCache.get(prep);
  if (known) return known;
  const text = prep.text;
  const quotes: Quote[] = [];
  let open = -1;
  const QUOTE_MARK = /["“”]|\n[ \t\r]*\n/g;
  for (let m = QUOTE_MARK.exec(text); m; m = QUOTE_MARK.exec(text)) {
    const c = m[0];
    if (PARAGRAPH_BREAK.test(c)) {
      // A quote that runs on into the next paragraph leaves its mark open: it ends with the paragraph.
      if (open >= 0) quotes.push({ start: open, end: m.index, speaker: null });
      open = -1;
      continue;
    }
    // A straight mark opens after a space and before a word; closes after a word.
    const opener = c === '“' || (c === '"' && /^\s?$|[\s([—–-]$/.test(text[m.index - 1] ?? '') && /\S/.test(text[m.index + 1] ?? ''));
    if (opener) {
      // A new quote opening inside an open one ("…roof. "The next…"): the first ended unmarked.
      if (open >= 0) quotes.push({ start: open, end: m.index, speaker: null });
      open = m.index;
    } else if (open >= 0) {
      quotes.push({ start: open, end: m.index + 1, speaker: null });
      open = -1;
    }
  }
  if (open >= 0) quotes.push({ start: open, end: text.length, speaker: null });
  // The speaker: the reporting clause right after the close (`," he said`) or right before the open
  // (`he said: "`); else, for a quote that goes on, the speaker of the quote before it in the segment.
  for (let q = 0; q < quotes.length; q++) {
    const quote = quotes[q];
    quote.speaker = speakerNear(prep, quote) ?? null;
    const previous = quotes[q - 1];
    if (
      !quote.speaker &&
      previous?.speaker &&
      quote.start - previous.end < 400 &&
      segmentOf(prep, previous.end) === segmentOf(prep, quote.start) &&
      !hasCueBetween(prep, previous.end, quote.start, previous.speaker)
    )
      quote.speaker = previous.speaker;
  }
  quoteCache.set(prep, quotes);
  return quotes;
}

function cuesAround(prep: PreparedText, offset: number): Cue[] {
  const s = sentenceAt(prep, offset);
  const out: Cue[] = [];
  for (const k of [s, s + 1]) if (k >= 0 && k < prep.sentences.length) out.push(...cuesOf(prep, k).cues);
  return out;
}

function speakerNear(prep: PreparedText, quote: Quote): Span | undefined {
  const after = cuesAround(prep, quote.end).find(
    (c) => c.at >= quote.end && c.at - quote.end < 40 && !/[.!?]\s/.test(prep.text.slice(quote.end, c.at)),
  );
  if (after && segmentOf(prep, after.at) === segmentOf(prep, quote.end)) return after.source;
  const before = cuesAround(prep, Math.max(0, quote.start - 1))
    .filter((c) => c.at < quote.start && quote.start - c.source.end < 40 && /^[^.!?"“”]*$/.test(prep.text.slice(c.source.end, quote.start)))
    .pop();
  return before?.source;
}

/** Whether a reporting clause other than `except` stands between `start` and `end`. */
function hasCueBetween(prep: PreparedText, start: number, end: number, except: Span): boolean {
  const first = sentenceAt(prep, start);
  const last = sentenceAt(prep, end);
  for (let k = Math.max(0, first); k <= last; k++)
    if (cuesOf(prep, k).cues.some((c) => c.at >= start && c.at < end && c.source.start !== except.start)) return true;
  return false;
}

function quoteAt(prep: PreparedText, offset: number): Quote | null {
  for (const q of quotesOf(prep)) {
    if (q.start > offset) break;
    if (offset < q.end) return q;
  }
  return null;
}

/**
 * Who says so for the figure that starts at `offset`: a fresh span, or null for the writer's own claim. `age`
 * says the figure is an age, which right after its source describes it ("said Feliciano Quispe, 63,").
 */
export function attributionAt(prep: PreparedText, offset: number, age = false): Span | null {
  const quote = quoteAt(prep, offset);
  if (quote?.speaker) return { ...quote.speaker };
  const sentence = sentenceAt(prep, offset);
  const found = sentence >= 0 ? sentenceSource(prep, sentence, offset) : null;
  if (!found || segmentOf(prep, found.start) !== segmentOf(prep, offset)) return null;
  if (age && found.end <= offset && /^[\s,]{0,3}$/.test(prep.text.slice(found.end, offset))) return null;
  return { ...found };
}
