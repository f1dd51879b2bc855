/**
 * compromise in a helper thread, called synchronously. Loading compromise takes a third of a second and its first
 * tagging and lemma calls another quarter (V8 compiles its code on first use); in the CLI that is all on the way to
 * the first record. Started when the CLI starts, the helper loads and warms compromise on the second core while this
 * thread loads the other models and reads the input. When the pipeline then needs compromise (lib/text/compromise.ts)
 * it posts the arguments and blocks until the answer comes back (Atomics.wait, receiveMessageOnPort): the same
 * function runs on the same arguments, so the records are the same as with compromise in this thread.
 *
 * It also runs the quantity recognizer, the one that asks compromise most (verb and noun lemmas), as a job: the
 * pipeline starts it once the names (which need the helper themselves) are done, and finds the dates meanwhile
 * (lib/pipeline.ts). The recognizer is the same function on a copy of the same prepared text (structured clone),
 * and its drafts come back as copies, so the records are the same bytes.
 */
import { join } from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { Draft, RecognizerContext } from '../draft';
import type { CompromiseRunner, RawTerm } from './compromise';
import type { PreparedText } from './prepare';

export type ServiceCall =
  | { op: 'tagJoined' | 'verbLemma'; arg: string }
  | { op: 'wordLemma'; arg: string; as: 'Noun' | 'Verb' }
  | { op: 'quantities'; prep: PreparedText; ctx: RecognizerContext };
/** A call as posted: its reply carries the same id. */
export type ServiceRequest = ServiceCall & { id: number };

/** Words whose verb lemmas the pipeline will probably ask for: the helper works them out while it would be idle. */
export interface PrefetchRequest {
  op: 'prefetch';
  words: string[];
}

export type ServiceValue = RawTerm[] | string | Draft[];
export type ServiceReply = { id: number } & ({ ok: true; value: ServiceValue } | { ok: false; message: string });
/** A reply this late means the helper is gone: the pipeline fails with an internal error rather than hang. */
const TIMEOUT_MS = 120_000;

export interface CompromiseService extends CompromiseRunner {
  startQuantities(prep: PreparedText, ctx: RecognizerContext): () => Draft[];
  stop(): void;
}

/** Starts the helper thread; it loads compromise at once, and never keeps the process alive. */
export function startCompromiseService(): CompromiseService {
  // Counts the replies the helper has posted: this thread waits for it to move (a flag could miss a reply that
  // comes while a job's reply is being read).
  const posted = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(join(__dirname, 'compromise-worker.js'), {
    workerData: { port: port2, flag: posted },
    transferList: [port2],
  });
  worker.unref();
  port1.unref();
  let failure: Error | null = null;
  worker.on('error', (err) => (failure = err));
  let lastId = 0;
  /** Replies read while waiting for another (a job's, during a call). */
  const early = new Map<number, ServiceReply>();

  const replyTo = (id: number): ServiceValue => {
    for (;;) {
      const kept = early.get(id);
      if (kept) {
        early.delete(id);
        if (!kept.ok) throw new Error(kept.message);
        return kept.value;
      }
      if (failure) throw failure;
      const seen = Atomics.load(posted, 0);
      let reply = receiveMessageOnPort(port1)?.message as ServiceReply | undefined;
      if (!reply) {
        if (Atomics.wait(posted, 0, seen, TIMEOUT_MS) === 'timed-out') throw new Error('the compromise helper thread did not answer');
        reply = receiveMessageOnPort(port1)?.message as ServiceReply | undefined;
        if (!reply) continue;
      }
      early.set(reply.id, reply);
    }
  };
  const post = (call: ServiceCall): number => {
    if (failure) throw failure;
    const id = ++lastId;
    port1.postMessage({ ...call, id } satisfies ServiceRequest);
    return id;
  };
  return {
    tagJoined: (joined) => replyTo(post({ op: 'tagJoined', arg: joined })) as RawTerm[],
    verbLemma: (word) => replyTo(post({ op: 'verbLemma', arg: word })) as string,
    wordLemma: (word, as) => replyTo(post({ op: 'wordLemma', arg: word, as })) as string,
    prefetchVerbLemmas: (words) => port1.postMessage({ op: 'prefetch', words } satisfies PrefetchRequest),
    startQuantities: (prep, ctx) => {
      const id = post({ op: 'quantities', prep, ctx });
      return () => replyTo(id) as Draft[];
    },
    stop: () => void worker.terminate(),
  };
}

/** The helper's side: answers each request, then moves the count the waiting thread watches; a prefetch gets no answer. */
export function serveCompromise(
  port: MessagePort,
  posted: Int32Array,
  run: (request: ServiceRequest) => ServiceValue,
  prefetch: (words: string[]) => void,
): void {
  port.on('message', (request: ServiceRequest | PrefetchRequest) => {
    if (request.op === 'prefetch') return prefetch(request.words);
    let reply: ServiceReply;
    try {
      reply = { id: request.id, ok: true, value: run(request) };
    } catch (err) {
      reply = { id: request.id, ok: false, message: err instanceof Error ? err.message : String(err) };
    }
    port.postMessage(reply);
    Atomics.add(posted, 0, 1);
    Atomics.notify(posted, 0);
  });
}
