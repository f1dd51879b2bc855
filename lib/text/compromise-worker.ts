/** The CLI's compromise helper thread (./compromise-service.ts): loads compromise, warms it up, answers calls. */
import { workerData, type MessagePort } from 'node:worker_threads';
import { compromise, tagJoined, verbLemma, wordLemma } from './compromise';
import { serveCompromise } from './compromise-service';
import { useCodeCache } from '../code-cache';

const { port, flag } = workerData as { port: MessagePort; flag: Int32Array };
useCodeCache();

/** Verb lemmas worked out ahead (a lemma takes compromise several milliseconds: it tags the word twice). */
const lemmas = new Map<string, string>();
const MAX_LEMMAS = 10_000;
function lemmaOf(word: string): string {
  let lemma = lemmas.get(word);
  if (lemma === undefined) {
    lemma = verbLemma(word);
    if (lemmas.size >= MAX_LEMMAS) lemmas.clear();
    lemmas.set(word, lemma);
  }
  return lemma;
}

/** Prefetched words, one per turn of the event loop, so that a call that arrives meanwhile waits for one word at most. */
const queue: string[] = [];
function next(): void {
  const word = queue.shift();
  if (word === undefined) return;
  try {
    lemmaOf(word);
  } catch {
    // asked for, the word fails again, and the caller hears why
  }
  setImmediate(next);
}

serveCompromise(
  port,
  flag,
  (r) => {
    if (r.op === 'wordLemma') return wordLemma(r.arg, r.as);
    return r.op === 'tagJoined' ? tagJoined(r.arg) : lemmaOf(r.arg);
  },
  (words) => {
    if (!queue.length) setImmediate(next);
    queue.push(...words);
  },
);

/**
 * A first call compiles most of compromise's tagger and conjugator; done here while the main thread is busy, the
 * input's calls find them compiled. Each call stands alone (compromise keeps no state between documents).
 */
const WARM_UP_TEXT = 'Mayor Ada Quill of Brindlewick said on Tuesday that 40 families had left the valley.\n\nThe council voted 7-2.';
const WARM_UP_VERBS = ['said', 'rose', 'falling', 'reports', 'cut'];
// Loading runs here too, after the handler is in place: should compromise fail to load, each call answers with
// the error (a dead thread would leave the main thread waiting).
setImmediate(() => {
  try {
    compromise();
    tagJoined(WARM_UP_TEXT);
    for (const verb of WARM_UP_VERBS) verbLemma(verb);
  } catch {
    // the calls report it
  }
});
