/**
 * compromise, loaded once on first use; only ever run on short spans (a sentence), never on a whole document.
 * Everything the pipeline asks of it goes through this file: its lexicon, tagging spans, and verb lemmas. The CLI
 * may hand the tagging and the lemmas to a helper thread that loads compromise while this one reads the input
 * (./compromise-service.ts): the same functions run there, on the same arguments.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type nlpType from 'compromise';
import type { Draft, RecognizerContext } from '../draft';
import { type BulkMatch, bulkMatch } from './compromise-sweep';
import type { PreparedText } from './prepare';

let instance: typeof nlpType | null = null;

export function compromise(): typeof nlpType {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  if (!instance) instance = require('compromise') as typeof nlpType;
  return instance;
}

/** What runs compromise for this thread: compromise itself, or the CLI's helper thread. */
export interface CompromiseRunner {
  tagJoined(joined: string): RawTerm[];
  verbLemma(word: string): string;
  wordLemma(word: string, as: 'Noun' | 'Verb'): string;
  /** Words verbLemma will probably be asked for soon: a helper thread may work them out meanwhile. */
  prefetchVerbLemmas?(words: string[]): void;
  /** Starts the quantity recognizer where compromise is (the helper thread); the function returned waits for its drafts. */
  startQuantities?(prep: PreparedText, ctx: RecognizerContext): () => Draft[];
}

const local: CompromiseRunner = { tagJoined, verbLemma, wordLemma };
let runner: CompromiseRunner = local;

/** Sends compromise's work to `remote` (the CLI's helper thread) until compromise is loaded in this thread. */
export function useCompromiseRunner(remote: CompromiseRunner | null): void {
  runner = remote ?? local;
}

const activeRunner = () => (instance ? local : runner);

/** Whether verb lemmas are worked out in another thread, which can start on likely words early. */
export const lemmasInHelper = () => activeRunner().prefetchVerbLemmas !== undefined;

/** The helper thread's way to run the quantity recognizer, when compromise is there. */
export const quantitiesInHelper = () => activeRunner().startQuantities;

export function prefetchVerbLemmas(words: string[]): void {
  const unknown = words.filter((w) => prebuiltVerbLemma(w) === undefined);
  if (unknown.length) activeRunner().prefetchVerbLemmas?.(unknown);
}

type Lexicon = Record<string, string | string[]>;
let lexicon: Lexicon | null = null;

/**
 * compromise's lexicon as `npm run build` wrote it (scripts/build-data.js): the same object compromise builds
 * at load, which nothing changes afterwards, read in milliseconds instead of loading compromise (a third of a
 * second). Without the file, or once compromise is loaded anyway, compromise's own.
 */
export const LEXICON_FILE = join(__dirname, '..', 'lexicon', 'data', 'compromise-lexicon.json');

export function liveLexicon(): Lexicon {
  return (compromise() as unknown as { world(): { model: { one: { lexicon: Lexicon } } } }).world().model.one.lexicon;
}

export function compromiseLexicon(): Lexicon {
  if (!lexicon) {
    try {
      lexicon = instance ? liveLexicon() : (JSON.parse(readFileSync(LEXICON_FILE, 'utf8')) as Lexicon);
    } catch {
      lexicon = liveLexicon();
    }
  }
  return lexicon;
}

/** A term as compromise gives it, offsets in the string it tagged. */
export interface RawTerm {
  text: string;
  tags: Set<string>;
  start: number;
  length: number;
}

/**
 * Hooks whose results tagging never reads. `chunks` groups terms into noun and verb phrases: it sets each term's
 * `chunk`, never a tag (6-7% of compromise's time on name windows). `id` gives each term a random unique id (used by
 * views' pointers, not by the tagger; 1-2%). `typeahead` completes words from a typeahead model, empty unless a
 * plugin fills it. On the real-text corpus' windows and documents, every term's text, tags and offset are the same
 * without them (spec/compromise-sweep.test.ts checks that on sentences written for it).
 */
const UNREAD_HOOKS = new Set(['chunks', 'id', 'typeahead']);

interface World {
  hooks: string[];
  methods: { one: { bulkMatch: BulkMatch } };
}

/**
 * Runs `f` with compromise's rule sweep finding its candidate rules from each sentence's words (./compromise-sweep.ts:
 * the same matches, faster), and, when `skipUnread`, without the hooks whose results tagging never reads. compromise's
 * world is shared by everything in the process that uses compromise, so both are put back at once (nothing else runs
 * in between).
 */
function inOwnWorld<T>(f: () => T, skipUnread = false): T {
  const world = compromise().world() as unknown as World;
  const { hooks } = world;
  const one = world.methods.one;
  const theirs = one.bulkMatch;
  if (skipUnread) world.hooks = hooks.filter((h) => !UNREAD_HOOKS.has(h));
  one.bulkMatch = bulkMatch;
  try {
    return f();
  } finally {
    world.hooks = hooks;
    one.bulkMatch = theirs;
  }
}

/** compromise's full parse but for the hooks tags never read (the phrase chunker, ids): the same tags on every term. */
function parseForTags(text: string): ReturnType<typeof nlpType> {
  return inOwnWorld(() => compromise()(text), true);
}

/** compromise's terms of one string, with their offsets. */
export function tagJoined(joined: string): RawTerm[] {
  const doc = parseForTags(joined);
  doc.compute('offset');
  const terms: RawTerm[] = [];
  // compromise's term objects are internal; offsets were computed above, once for the whole call.
  for (const sentence of (doc as unknown as { docs: { text: string; tags: Set<string>; offset?: { start: number; length: number } }[][] })
    .docs)
    for (const t of sentence)
      if (t.offset && t.text) terms.push({ text: t.text, tags: t.tags, start: t.offset.start, length: t.offset.length });
  return terms;
}

/**
 * A verb's dictionary form by compromise: `killed` → `kill`, `rose` → `rise`. A base form stays ("stay",
 * "reach"); other words are taken as a verb in the form their ending says ("rose" alone reads as a flower).
 */
export function verbLemma(word: string): string {
  return inOwnWorld(() => {
    const doc = compromise()(word);
    if (doc.has('#Infinitive')) return word;
    doc.tag(/ing$/.test(word) ? 'Gerund' : /[^s]s$/.test(word) ? 'PresentTense' : 'PastTense');
    return doc.verbs().toInfinitive().text().trim().toLowerCase() || word;
  });
}

/**
 * One word's lemma read as a noun (`people` → `person`) or a verb (`fled` → `flee`). Tagged first: alone,
 * compromise may take "camps" for a verb or "injured" for an adjective.
 */
export function wordLemma(word: string, as: 'Noun' | 'Verb'): string {
  return inOwnWorld(() => {
    const doc = compromise()(word);
    doc.tag(as);
    const read = as === 'Noun' ? doc.nouns().toSingular() : doc.verbs().toInfinitive();
    return read.text().trim().toLowerCase() || word;
  });
}

/**
 * verbLemma of every one-word verb form in compromise's lexicon, as `npm run build` wrote it (scripts/build-data.js):
 * the same function's answers, worked out once at build time, so that a known verb costs a lookup instead of two
 * compromise parses (several ms each, and loading compromise on a first document). Empty without the file.
 */
export const VERB_LEMMAS_FILE = join(__dirname, '..', 'lexicon', 'data', 'verb-lemmas.json');
let verbLemmas: Map<string, string> | null = null;

export function prebuiltVerbLemma(word: string): string | undefined {
  if (!verbLemmas) {
    try {
      verbLemmas = new Map(Object.entries(JSON.parse(readFileSync(VERB_LEMMAS_FILE, 'utf8')) as Record<string, string>));
    } catch {
      verbLemmas = new Map();
    }
  }
  return verbLemmas.get(word);
}

/** The one-word verb forms of compromise's lexicon: the words the build works out verbLemma for. */
export function lexiconVerbForms(lexicon: Lexicon): string[] {
  const verbTag = /^(?:Verb|Infinitive|PastTense|PresentTense|Gerund|Participle|Copula|Modal|Auxiliary|PhrasalVerb)$/;
  return Object.keys(lexicon).filter((w) => !w.includes(' ') && ([] as string[]).concat(lexicon[w]).some((t) => verbTag.test(t)));
}

/** verbLemma and wordLemma, run where compromise is (this thread or the CLI's helper); known verbs from the table. */
export const remoteVerbLemma = (word: string): string => prebuiltVerbLemma(word) ?? activeRunner().verbLemma(word);
export const remoteWordLemma = (word: string, as: 'Noun' | 'Verb'): string => activeRunner().wordLemma(word, as);

export interface TaggedTerm {
  text: string;
  start: number;
  end: number;
  tags: Set<string>;
}

/**
 * Spans tagged together in one call: compromise costs most per call, not per word (27 windows of 40 characters
 * take half the time in one call that they take in 27), and a blank line between spans keeps their sentences apart
 * (in a test on 1,500 windows of real text, 99.9% of terms kept their tags, and every name tag).
 */
const SPAN_SEPARATOR = '\n\n';
/** Spans per call: enough to pay the call's cost once, few enough to keep compromise's working set small. */
const SPANS_PER_CALL = 32;

/** Tags each span [start, end) of `text`; the i-th list holds the terms of the i-th span, with absolute offsets. */
export function tagSpans(text: string, spans: readonly { start: number; end: number }[]): TaggedTerm[][] {
  const out: TaggedTerm[][] = spans.map(() => []);
  for (let first = 0; first < spans.length; first += SPANS_PER_CALL) {
    const group = spans.slice(first, first + SPANS_PER_CALL);
    // bases[k]: where span k starts in the joined text
    const bases: number[] = [];
    let joined = '';
    for (const s of group) {
      if (joined) joined += SPAN_SEPARATOR;
      bases.push(joined.length);
      joined += text.slice(s.start, s.end);
    }
    let k = 0;
    for (const t of activeRunner().tagJoined(joined)) {
      // compromise's offset may include leading punctuation; re-locate the term's own text.
      let at = t.start;
      const found = joined.indexOf(t.text, at);
      if (found >= 0 && found < at + t.length + 2) at = found;
      while (k + 1 < group.length && at >= bases[k + 1]) k++;
      const start = group[k].start + (at - bases[k]);
      out[first + k].push({ text: t.text, start, end: start + t.text.length, tags: t.tags });
    }
  }
  return out;
}
