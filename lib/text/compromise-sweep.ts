/**
 * compromise's bulkMatch (the step of its `sweep` that finds which rules of a compiled set match a document), with
 * the candidate rules found another way. compromise (src/1-one/sweep/methods/sweep/01-getHooks.js) walks every key
 * of the set (730 for its post-tagger) for each sentence and asks the sentence's cache of words and tags whether it
 * holds the key: a pass of extract() over the real-text corpus spent 0.76 s of 4 in bulkMatch that way, 0.3-0.4 s
 * this way. Here each item of the sentence's cache (a few dozen) is looked up among the keys instead, and the keys
 * found are taken in the set's own key order, so each sentence gets the same rules in the same order; and the
 * rules that pass trim-down are found from one need each (passingRules) instead of trying all ~200. The steps
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
function passes(rule: SweepRule, cache: Set<string>): boolean {
  const { needs, wants, ifNo } = rule;
  for (let i = 0; i < needs.length; i++) if (!cache.has(needs[i])) return false;
  if (ifNo) for (let i = 0; i < ifNo.length; i++) if (cache.has(ifNo[i])) return false;
  if (wants.length === 0) return true;
  let held = 0;
  for (let i = 0; i < wants.length; i++) if (cache.has(wants[i])) held++;
  return held >= rule.minWant;
}

/**
 * Where to look for the rules that pass trim-down, without walking every rule of every key a sentence holds (about
 * 200 a sentence of news, of which 2% pass). A rule with needs passes only when all of them are held, so it is
 * filed under one need alone, the key with the fewest rules (the rarest, as common tags such as #Noun hook many
 * rules); a rule without needs under each of its wants. A rule found that way and passing is one of getHooks'
 * candidates (a key of its list is held), and its place in their list is that of its first held key: the key's
 * place in key order, then the rule's place in that key's list. Only for sets whose patterns are each one rule
 * object: otherwise getHooks' "each pattern once" may keep an object that fails over one that passes.
 */
interface Triggers {
  /** keyOrder's place of each key */
  place: Map<string, number>;
  /** by key: the ids of the rules filed under it */
  filed: Int32Array[];
  rules: SweepRule[];
  /** by rule id: key places where its list holds it, ascending, each followed by its place in that list */
  lists: Int32Array[];
  /** by rule id: its needs, wants and ifNo as key places (trim-down on `held`), or null when one is not a key */
  checks: (RuleCheck | null)[];
  /** one more than the longest key list: rank = key place × stride + place in the list */
  stride: number;
  seen: Uint32Array;
  held: Uint32Array;
  sentence: number;
}

interface RuleCheck {
  needs: Int32Array;
  wants: Int32Array;
  minWant: number;
  ifNo: Int32Array;
  /** ifNo words that are no key of the set, looked up in the sentence's cache */
  ifNoElse: string[];
}

function ruleCheck(rule: SweepRule, place: Map<string, number>): RuleCheck | null {
  const places = (list: string[]) => list.map((k) => place.get(k) ?? -1);
  const needs = places(rule.needs);
  const wants = places(rule.wants);
  if (needs.includes(-1) || wants.includes(-1)) return null;
  const ifNo = rule.ifNo ?? [];
  return {
    needs: Int32Array.from(needs),
    wants: Int32Array.from(wants),
    minWant: rule.minWant,
    ifNo: Int32Array.from(ifNo.filter((k) => place.has(k)).map((k) => place.get(k)!)),
    ifNoElse: ifNo.filter((k) => !place.has(k)),
  };
}

/** passes, with the keys held marked in `held` (every item of the cache that is a key of the set). */
function passesHeld(c: RuleCheck, held: Uint32Array, mark: number, cache: Set<string>): boolean {
  const { needs, wants, ifNo, ifNoElse } = c;
  for (let i = 0; i < needs.length; i++) if (held[needs[i]] !== mark) return false;
  for (let i = 0; i < ifNo.length; i++) if (held[ifNo[i]] === mark) return false;
  for (let i = 0; i < ifNoElse.length; i++) if (cache.has(ifNoElse[i])) return false;
  if (wants.length === 0) return true;
  let count = 0;
  for (let i = 0; i < wants.length; i++) if (held[wants[i]] === mark) count++;
  return count >= c.minWant;
}

const triggerSets = new WeakMap<Record<string, SweepRule[]>, Triggers | null>();

function triggersOf(hooks: Record<string, SweepRule[]>): Triggers | null {
  let t = triggerSets.get(hooks);
  if (t !== undefined) return t;
  const { keys, place } = keyOrder(hooks);
  const ids = new Map<SweepRule, number>();
  const rules: SweepRule[] = [];
  const at: number[][] = [];
  const patterns = new Map<string, SweepRule>();
  let unique = true;
  let stride = 1;
  keys.forEach((k, ki) => {
    stride = Math.max(stride, hooks[k].length + 1);
    hooks[k].forEach((rule, j) => {
      const other = patterns.get(rule.match);
      if (other !== undefined && other !== rule) unique = false;
      patterns.set(rule.match, rule);
      let id = ids.get(rule);
      if (id === undefined) {
        id = rules.length;
        ids.set(rule, id);
        rules.push(rule);
        at.push([]);
      }
      at[id].push(ki, j);
    });
  });
  if (!unique) {
    triggerSets.set(hooks, null);
    return null;
  }
  const filed: number[][] = keys.map(() => []);
  rules.forEach((rule, id) => {
    const own = new Set<number>();
    for (let i = 0; i < at[id].length; i += 2) own.add(at[id][i]);
    // keys the rule is listed under (a need dropped from its own list by the net's dedup is never a key here)
    const needs = rule.needs.map((n) => place.get(n)).filter((p): p is number => p !== undefined && own.has(p));
    let under: number[];
    if (rule.needs.length > 0 && needs.length === rule.needs.length) {
      let best = needs[0];
      for (const p of needs) if (hooks[keys[p]].length < hooks[keys[best]].length) best = p;
      under = [best];
    } else under = [...own];
    for (const p of under) filed[p].push(id);
  });
  t = {
    place,
    filed: filed.map((list) => Int32Array.from(list)),
    rules,
    lists: at.map((list) => Int32Array.from(list)),
    checks: rules.map((rule) => ruleCheck(rule, place)),
    stride,
    seen: new Uint32Array(rules.length),
    held: new Uint32Array(keys.length),
    sentence: 0,
  };
  triggerSets.set(hooks, t);
  return t;
}

/** getHooks then trim-down for one sentence: the candidate rules that pass, in getHooks' order. */
export function passingRules(cache: Set<string>, hooks: Record<string, SweepRule[]>): SweepRule[] {
  const t = triggersOf(hooks);
  if (!t) return candidateRules(cache, hooks).filter((rule) => passes(rule, cache));
  if (++t.sentence === 0xffffffff) {
    t.seen.fill(0);
    t.held.fill(0);
    t.sentence = 1;
  }
  const mark = t.sentence;
  const { place, filed, rules, checks, seen, held } = t;
  const places: number[] = [];
  for (const item of cache) {
    const p = place.get(item);
    if (p === undefined) continue;
    held[p] = mark;
    places.push(p);
  }
  const found: number[] = [];
  for (const p of places) {
    const list = filed[p];
    for (let j = 0; j < list.length; j++) {
      const id = list[j];
      if (seen[id] === mark) continue;
      seen[id] = mark;
      const check = checks[id];
      if (check ? passesHeld(check, held, mark, cache) : passes(rules[id], cache)) found.push(id);
    }
  }
  if (found.length === 0) return [];
  const ranked = found.map((id) => {
    const list = t.lists[id];
    let i = 0;
    while (held[list[i]] !== mark) i += 2;
    return { rank: list[i] * t.stride + list[i + 1], rule: rules[id] };
  });
  ranked.sort((a, b) => a.rank - b.rank);
  return ranked.map((r) => r.rule);
}

/** compromise's bulkMatch, the candidates found by passingRules: the same results in the same order. */
export const bulkMatch: BulkMatch = (document, net, methods, opts = {}) => {
  const caches = methods.one.cacheDoc(document);
  const results: SweepFound[] = [];
  for (let n = 0; n < document.length; n++) {
    const cache = caches[n];
    const termCount = document[n].length;
    const rules = passingRules(cache, net.hooks)
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
