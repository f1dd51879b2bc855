/**
 * compromise in a helper thread, called synchronously. Loading compromise takes a third of a second and its first
 * tagging and lemma calls another quarter (V8 compiles its code on first use); in the CLI that is all on the way to
 * the first record. Started when the CLI starts, the helper loads and warms compromise on the second core while this
 * thread loads the other models and reads the input. When the pipeline then needs compromise (lib/text/compromise.ts)
 * it posts the arguments and blocks until the answer comes back (Atomics.wait, receiveMessageOnPort): the same
 * function runs on the same arguments, so the records are the same as with compromise in this thread.
 */
import { join } from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { CompromiseRunner, RawTerm } from './compromise';

export type ServiceRequest = { op: 'tagJoined' | 'verbLemma'; arg: string } | { op: 'wordLemma'; arg: string; as: 'Noun' | 'Verb' };

/** Words whose verb lemmas the pipeline will probably ask for: the helper works them out while it would be idle. */
export interface PrefetchRequest {
  op: 'prefetch';
  words: string[];
}

export type ServiceReply = { ok: true; value: RawTerm[] | string } | { ok: false; message: string };

/** Set by the helper when its reply is posted; this thread waits on it. */
const READY = 1;
/** A reply this late means the helper is gone: the pipeline fails with an internal error rather than hang. */
const TIMEOUT_MS = 120_000;

export interface CompromiseService extends CompromiseRunner {
  stop(): void;
}

/** Starts the helper thread; it loads compromise at once, and never keeps the process alive. */
export function startCompromiseService(): CompromiseService {
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(join(__dirname, 'compromise-worker.js'), { workerData: { port: port2, flag }, transferList: [port2] });
  worker.unref();
  port1.unref();
  let failure: Error | null = null;
  worker.on('error', (err) => (failure = err));

  const call = (request: ServiceRequest): RawTerm[] | string => {
    if (failure) throw failure;
    Atomics.store(flag, 0, 0);
    port1.postMessage(request);
    if (Atomics.wait(flag, 0, 0, TIMEOUT_MS) === 'timed-out') throw new Error('the compromise helper thread did not answer');
    const reply = receiveMessageOnPort(port1)?.message as ServiceReply | undefined;
    if (!reply) throw new Error('the compromise helper thread gave no answer');
    if (!reply.ok) throw new Error(reply.message);
    return reply.value;
  };
  return {
    tagJoined: (joined) => call({ op: 'tagJoined', arg: joined }) as RawTerm[],
    verbLemma: (word) => call({ op: 'verbLemma', arg: word }) as string,
    wordLemma: (word, as) => call({ op: 'wordLemma', arg: word, as }) as string,
    prefetchVerbLemmas: (words) => port1.postMessage({ op: 'prefetch', words } satisfies PrefetchRequest),
    stop: () => void worker.terminate(),
  };
}

/** The helper's side: answers each request, then wakes the waiting thread; a prefetch gets no answer. */
export function serveCompromise(
  port: MessagePort,
  flag: Int32Array,
  run: (request: ServiceRequest) => RawTerm[] | string,
  prefetch: (words: string[]) => void,
): void {
  port.on('message', (request: ServiceRequest | PrefetchRequest) => {
    if (request.op === 'prefetch') return prefetch(request.words);
    let reply: ServiceReply;
    try {
      reply = { ok: true, value: run(request) };
    } catch (err) {
      reply = { ok: false, message: err instanceof Error ? err.message : String(err) };
    }
    port.postMessage(reply);
    Atomics.store(flag, 0, READY);
    Atomics.notify(flag, 0);
  });
}
