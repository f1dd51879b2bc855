/**
 * compromise's bulkMatch (the step of its `sweep` that finds which rules of a compiled set match a document), with
 * the candidate rules found another way. compromise (src/1-one/sweep/methods/sweep/01-getHooks.js) walks every key
 * of the set (730 for its post-tagger) for each sentence and asks the sentence's cache of words and tags whether it
 * holds the key: a pass of extract() over the real-text corpus spent 0.76 s of 4 in bulkMatch that way, 0.3-0.4 s
 * this way. Here each item of the sentence's cache (a few dozen) is looked up among the keys instead, and the keys
 * found are taken in the set's own key order, so each sentence gets the same rules in the same order. The steps
 * after it do what compromise 14.17.0's do (trim-down, always, too-small, run-match), written here in our own
 * words because compromise does not export them; spec/compromise-sweep.test.ts checks both give the same results.
 */

/** A compiled rule of compromise's (buildNet): the words and tags it needs or wants, and its pattern. */
export interface SweepRule {
  match: string;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
  unTag?: unknown;
}

/** A compiled set of rules (buildNet): by each needed or wanted word or tag, and the rules with neither. */
export interface SweepNet {
  hooks: Record<string, SweepRule[]>;
  always: SweepRule[];
}

export type SweepFound = SweepRule & { pointer: number[] };

/** The part of compromise's methods the sweep uses. */
export interface SweepMethods {
  one: {
    cacheDoc(document: unknown[][]): Set<string>[];
    match(document: unknown[][], rule: SweepRule): { ptrs: number[][] };
  };
}

export type BulkMatch = (document: unknown[][], net: SweepNet, methods: SweepMethods, opts?: { matchOne?: boolean }) => SweepFound[];

/**
 * A set's keys in compromise's order (Object.keys) and each key's place in it; each key's rules, and for each rule
 * a number per pattern, so that "each pattern once" is a look-up in `seen` (the sentence's number marks a pattern
 * taken) rather than a set of pattern strings per sentence. Sets are never changed once built.
 */
interface KeyOrder {
  keys: string[];
  place: Map<string, number>;
  patterns: Int32Array[];
  seen: Uint32Array;
  sentence: number;
}

const keyOrders = new WeakMap<Record<string, SweepRule[]>, KeyOrder>();

function keyOrder(hooks: Record<string, SweepRule[]>): KeyOrder {
  let order = keyOrders.get(hooks);
  if (!order) {
    const keys = Object.keys(hooks);
    const numbers = new Map<string, number>();
    const patterns = keys.map((k) =>
      Int32Array.from(hooks[k], (rule) => {
        if (!numbers.has(rule.match)) numbers.set(rule.match, numbers.size);
        return numbers.get(rule.match)!;
      }),
    );
    order = { keys, place: new Map(keys.map((k, i) => [k, i])), patterns, seen: new Uint32Array(numbers.size), sentence: 0 };
    keyOrders.set(hooks, order);
  }
  return order;
}

/** getHooks for one sentence: the rules of the keys its cache holds, by key order, each pattern once. */
export function candidateRules(cache: Set<string>, hooks: Record<string, SweepRule[]>): SweepRule[] {
  const order = keyOrder(hooks);
  const { keys, place, patterns, seen } = order;
  const held: number[] = [];
  for (const item of cache) {
    const at = place.get(item);
    if (at !== undefined) held.push(at);
  }
  held.sort((a, b) => a - b);
  if (++order.sentence === 0xffffffff) {
    seen.fill(0);
    order.sentence = 1;
  }
  const mark = order.sentence;
  const rules: SweepRule[] = [];
  for (const at of held) {
    const list = hooks[keys[at]];
    const numbers = patterns[at];
    for (let j = 0; j < list.length; j++)
      if (seen[numbers[j]] !== mark) {
        seen[numbers[j]] = mark;
        rules.push(list[j]);
      }
  }
  return rules;
}

/** trim-down: every need held, no ifNo held, enough wants held. */
const passes = (rule: SweepRule, cache: Set<string>): boolean =>
  rule.needs.every((need) => cache.has(need)) &&
  !rule.ifNo?.some((no) => cache.has(no)) &&
  (rule.wants.length === 0 || rule.wants.filter((want) => cache.has(want)).length >= rule.minWant);

/** compromise's bulkMatch, the candidates found by candidateRules: the same results in the same order. */
export const bulkMatch: BulkMatch = (document, net, methods, opts = {}) => {
  const caches = methods.one.cacheDoc(document);
  const results: SweepFound[] = [];
  for (let n = 0; n < document.length; n++) {
    const cache = caches[n];
    const termCount = document[n].length;
    const rules = candidateRules(cache, net.hooks)
      .filter((rule) => passes(rule, cache))
      .concat(net.always)
      .filter((rule) => termCount >= rule.minWords);
    for (const rule of rules) {
      const res = methods.one.match([document[n]], rule);
      if (res.ptrs.length === 0) continue;
      for (const ptr of res.ptrs) {
        ptr[0] = n; // the sentence's place in the document
        const todo: SweepFound = Object.assign({}, rule, { pointer: ptr });
        if (rule.unTag !== undefined) todo.unTag = rule.unTag;
        results.push(todo);
      }
      if (opts.matchOne === true) return [results[0]];
    }
  }
  return results;
};
