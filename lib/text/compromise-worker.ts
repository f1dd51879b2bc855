/**
 * The CLI's compromise helper thread (./compromise-service.ts): loads compromise, warms it up, answers calls, and
 * runs the quantity recognizer's jobs.
 */
import { workerData, type MessagePort } from 'node:worker_threads';
import type { Recognizer } from '../draft';
import { compromise, tagJoined, wordLemma } from './compromise';
import { serveCompromise } from './compromise-service';
import { useCodeCache } from '../code-cache';

const { port, flag } = workerData as { port: MessagePort; flag: Int32Array };
useCodeCache();

/* eslint-disable @typescript-eslint/no-require-imports */
const quantities = (): Recognizer => require('../recognizers/quantity').recognizeQuantities;
/**
 * Verb lemmas, worked out ahead (a lemma takes compromise several milliseconds: it tags the word twice) into the
 * quantity recognizer's own memo, where its jobs here find them; the main thread's calls read the same memo.
 */
const lemmaOf = (word: string): string =>
  (require('../recognizers/quantity/predicate') as typeof import('../recognizers/quantity/predicate')).lemmaOf(word);
/* eslint-enable @typescript-eslint/no-require-imports */

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
    if (r.op === 'quantities') return quantities()(r.prep, r.ctx);
    if (r.op === 'wordLemma') return wordLemma(r.arg, r.as);
    return r.op === 'tagJoined' ? tagJoined(r.arg) : lemmaOf(r.arg);
  },
  (words) => {
    if (!queue.length) setImmediate(next);
    queue.push(...words);
  },
);

/**
 * A first call compiles most of compromise's tagger; done here while the main thread is busy, the input's calls find
 * it compiled. Each call stands alone (compromise keeps no state between documents). Verbs are not warmed up: the
 * main thread's prefetched verbs and the quantity jobs come next, and warming up only delayed them.
 */
const WARM_UP_TEXT = 'Mayor Ada Quill of Brindlewick said on Tuesday that 40 families had left the valley.\n\nThe council voted 7-2.';
// Loading runs here too, after the handler is in place: should compromise fail to load, each call answers with
// the error (a dead thread would leave the main thread waiting).
setImmediate(() => {
  try {
    compromise();
    tagJoined(WARM_UP_TEXT);
  } catch {
    // the calls report it
  }
});
