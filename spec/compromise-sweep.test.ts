/** The rule sweep of lib/text/compromise-sweep.ts finds what compromise's own finds, in its order (sentences written for this test). */
import nlp from 'compromise';
import { type BulkMatch, bulkMatch, candidateRules, passingRules, type SweepFound, type SweepRule } from '../lib/text/compromise-sweep';
import { tagJoined, verbLemma, wordLemma } from '../lib/text/compromise';

const SENTENCES = [
  'The ferry left Port Halden at dawn, carrying 312 passengers and 40 tonnes of grain.',
  "Councillor Ines Varga didn't say whether the 2019 budget, worth $4.5bn, would be cut.",
  'Were the talks in Brasov postponed? Nobody at the ministry would confirm it.',
  'Prices rose 3.2% in March, the fastest pace since the bank began keeping records in 1988.',
  "She's been running the clinic on Elm Street for twelve years; it's now closing.",
  'THE UNION SAID ITS MEMBERS WOULD STRIKE ON FRIDAY.',
  'Dr. Okafor, 61, and his deputy were released late on Tuesday after questioning by police.',
  'Around half of the 1,200 workers at the Dunmore plant have been laid off, according to the company.',
  'Rebels shelled the eastern district overnight, killing at least nine civilians, a monitoring group said.',
  'He could have been elected mayor if the vote had gone the other way.',
  'I will not be going to the summit in Geneva next week, the foreign minister told reporters.',
  'The Kestrel Mining Corp. said profits fell by a quarter to £87 million in the six months to June.',
  'Fewer than 5 in 10 voters turned out -- the lowest share in decades.',
  'Schools reopened Monday in the quake-hit towns of the north.',
  'Is it raining? Bring an umbrella and a coat, please.',
  "The company's chief executive, Maria Lindqvist, stepped down abruptly.",
  'Two-thirds of respondents said they would rather work from home three days a week.',
  'Hospitals treated 17 people for smoke inhalation, and four remain in critical condition.',
  'Officials expect the bridge, first opened in 1932, to be closed until the spring of 2027.',
  'Tomorrow the river will crest at about 6.4 metres, forecasters warned.',
  'The striking dockers, who earn about €1,900 a month, want a 12 per cent raise.',
  'Gold, silver and copper all climbed as the dollar weakened against the yen.',
  'hey, what r u doing tonight lol',
  'A 34-year-old man from Leeds has been charged with arson.',
  'Police arrested him/her at 10:45 p.m. near the old station.',
  'Having lost the appeal, the family says it will take the case to the supreme court.',
  'The U.N. envoy met Kurdish, Turkish and Iraqi officials in Erbil.',
  "Exports to China grew sharply, but imports from the EU didn't.",
  'Running, swimming and cycling are the three legs of the race.',
  'Mr Adeyemi was sworn in as the 14th president of the republic.',
  "We're sure they'd have won if it hadn't rained, but y'all won't believe what I'd heard.",
  'The U.S.-backed co-op in São Tomé sold 3,000 e-bikes to the I.M.F. staff in New York and Los Angeles.',
  'Prime Minister Tamsin Oduya met the Secretary of State at the White House on St. Patrick’s Day.',
];

/** compromise 14.17.0's own getHooks (src/1-one/sweep/methods/sweep/01-getHooks.js), for one sentence. */
function theirCandidates(cache: Set<string>, hooks: Record<string, SweepRule[]>): SweepRule[] {
  let maybe: SweepRule[] = [];
  for (const k of Object.keys(hooks)) if (cache.has(k)) maybe = maybe.concat(hooks[k]);
  const already: Record<string, boolean> = {};
  return maybe.filter((m) => {
    if (typeof already[m.match] === 'boolean') return false;
    already[m.match] = true;
    return true;
  });
}

const rule = (match: string): SweepRule => ({ match, needs: [], wants: [], minWant: 0, minWords: 1 });

/** compromise 14.17.0's trim-down (src/1-one/sweep/methods/sweep/02-trim-down.js), for one sentence. */
const theirTrim = (list: SweepRule[], haves: Set<string>): SweepRule[] =>
  list
    .filter((obj) => obj.needs.every((need) => haves.has(need)))
    .filter((obj) => !obj.ifNo?.some((no) => haves.has(no)))
    .filter((obj) => obj.wants.length === 0 || obj.wants.filter((str) => haves.has(str)).length >= obj.minWant);

/** compromise's buildNet filing (src/1-one/sweep/methods/buildNet/index.js): each rule under its needs and wants, each pattern once a key. */
function fileRules(rules: SweepRule[]): Record<string, SweepRule[]> {
  const hooks: Record<string, SweepRule[]> = {};
  for (const r of rules)
    for (const k of [...r.needs, ...r.wants]) {
      hooks[k] ??= [];
      if (!hooks[k].some((o) => o.match === r.match)) hooks[k].push(r);
    }
  return hooks;
}

/** A small deterministic random generator (mulberry32), so the generated sets are the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('compromise sweep', () => {
  const world = nlp.world() as unknown as { methods: { one: { bulkMatch: BulkMatch } } };
  const theirs = world.methods.one.bulkMatch;
  let calls = 0;
  let found = 0;

  /** While `f` runs, every sweep compromise makes is also made by ours, on the same arguments, and compared. */
  function compared(f: () => void) {
    world.methods.one.bulkMatch = (document, net, methods, opts) => {
      const expected = theirs(document, net, methods, opts);
      const shown = (r: SweepFound[]) => r.map((x) => ({ ...x }));
      expect(shown(bulkMatch(document, net, methods, opts))).toEqual(shown(expected));
      // the first match alone, as matchOne asks
      expect(shown(bulkMatch(document, net, methods, { ...opts, matchOne: true }))).toEqual(
        shown(theirs(document, net, methods, { ...opts, matchOne: true })),
      );
      calls++;
      found += expected.length;
      return expected;
    };
    try {
      f();
    } finally {
      world.methods.one.bulkMatch = theirs;
    }
  }

  it('matches the same rules at the same places as compromise', () => {
    compared(() => {
      for (const s of SENTENCES) nlp(s).json();
      nlp(SENTENCES.join(' ')).json();
      nlp(SENTENCES.join('\n\n')).verbs().toInfinitive();
      for (const s of SENTENCES) nlp(s).nouns().toSingular();
    });
    expect(calls).toBeGreaterThan(SENTENCES.length);
    expect(found).toBeGreaterThan(100);
  });

  it('takes the keys in the order of the set, integer-like keys first, each pattern once', () => {
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map(rule);
    const hooks: Record<string, SweepRule[]> = { '#Noun': [a, b], zeta: [c], '7': [d, a], alpha: [b, d], '2': [c] };
    const cache = new Set(['alpha', '#Noun', '2', 'zeta', '7', 'missing']);
    expect(candidateRules(cache, hooks)).toEqual(theirCandidates(cache, hooks));
    expect(candidateRules(cache, hooks).map((r) => r.match)).toEqual(['c', 'd', 'a', 'b']);
    expect(candidateRules(new Set(['missing']), hooks)).toEqual([]);
  });

  it('finds the rules that pass trim-down, in getHooks order, on generated sets and sentences', () => {
    const next = random(11);
    const pool = ['#Noun', '#Verb', '#Adjective', '#Value', 'the', 'of', 'to', '7', '12', 'said', 'zeta', '#ProperNoun'];
    const some = (n: number) => [...new Set(Array.from({ length: n }, () => pool[Math.floor(next() * pool.length)]))];
    let passed = 0;
    for (let set = 0; set < 40; set++) {
      // a few rules share a pattern in some sets: then getHooks' "each pattern once" decides which object is tried
      const rules = Array.from({ length: 60 }, (_, i) => {
        const r = rule(`p${set % 4 === 0 ? i % 45 : i}`);
        r.needs = some(Math.floor(next() * 3));
        r.wants = some(r.needs.length ? Math.floor(next() * 3) : 1 + Math.floor(next() * 3));
        r.minWant = r.wants.length ? Math.floor(next() * (r.wants.length + 1)) : 0;
        if (next() < 0.1) r.ifNo = some(1).concat(next() < 0.5 ? ['not-a-key'] : []);
        return r;
      });
      const hooks = fileRules(rules);
      for (let s = 0; s < 30; s++) {
        const cache = new Set([...some(1 + Math.floor(next() * 8)), ...(next() < 0.3 ? ['not-a-key'] : [])]);
        const expected = theirTrim(theirCandidates(cache, hooks), cache);
        expect(passingRules(cache, hooks)).toEqual(expected);
        passed += expected.length;
      }
    }
    expect(passed).toBeGreaterThan(1000);
  });

  it('tags every term as the full parse of compromise does, without the hooks tagging leaves out', () => {
    const theirTerms = (text: string) => {
      const doc = nlp(text);
      doc.compute('offset');
      const docs = (doc as unknown as { docs: { text: string; tags: Set<string>; offset: { start: number; length: number } }[][] }).docs;
      // tagJoined keeps the terms with text (a contraction's implied word has none)
      return docs
        .flat()
        .filter((t) => t.text)
        .map((t) => [t.text, [...t.tags].sort(), t.offset.start, t.offset.length]);
    };
    for (const text of [...SENTENCES, SENTENCES.join(' '), SENTENCES.join('\n\n'), SENTENCES.join(' ').toUpperCase()])
      expect(tagJoined(text).map((t) => [t.text, [...t.tags].sort(), t.start, t.length])).toEqual(theirTerms(text));
  });

  it('leaves compromise as it was after tagging and lemmas', () => {
    expect(tagJoined(SENTENCES[1]).length).toBeGreaterThan(10);
    expect(verbLemma('shelled')).toBe('shell');
    expect(wordLemma('passengers', 'Noun')).toBe('passenger');
    expect(world.methods.one.bulkMatch).toBe(theirs);
    expect((nlp.world() as unknown as { hooks: string[] }).hooks).toContain('chunks');
  });
});
