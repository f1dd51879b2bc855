/** The CLI's compromise helper thread (./compromise-service.ts): loads compromise, warms it up, answers calls. */
import { workerData, type MessagePort } from 'node:worker_threads';
import { compromise, tagJoined, verbLemma, wordLemma } from './compromise';
import { serveCompromise } from './compromise-service';

const { port, flag } = workerData as { port: MessagePort; flag: Int32Array };
compromise();
serveCompromise(port, flag, (r) => {
  if (r.op === 'wordLemma') return wordLemma(r.arg, r.as);
  return r.op === 'tagJoined' ? tagJoined(r.arg) : verbLemma(r.arg);
});

/**
 * A first call compiles most of compromise's tagger and conjugator; done here while the main thread is busy, the
 * input's calls find them compiled. Each call stands alone (compromise keeps no state between documents).
 */
const WARM_UP_TEXT = 'Mayor Ada Quill of Brindlewick said on Tuesday that 40 families had left the valley.\n\nThe council voted 7-2.';
const WARM_UP_VERBS = ['said', 'rose', 'falling', 'reports', 'cut'];
setImmediate(() => {
  tagJoined(WARM_UP_TEXT);
  for (const verb of WARM_UP_VERBS) verbLemma(verb);
});
