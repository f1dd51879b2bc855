/**
 * What makes the CLI's first record come sooner must not change a record: wink's model read by our loader
 * (lib/text/wink-model.ts) tokenises and tags as the package's loader does, compromise's lexicon written by the
 * build is compromise's own, and compromise run in the CLI's helper thread (lib/text/compromise-service.ts)
 * answers as compromise in this thread does.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lexiconVerbForms, liveLexicon, prebuiltVerbLemma, remoteVerbLemma, tagJoined, verbLemma, wordLemma } from '../lib/text/compromise';
import { winkModel } from '../lib/text/wink-model';
import { prepare } from '../lib/text/prepare';
import { recognizeQuantities } from '../lib/recognizers/quantity';

const DIST = join(__dirname, '..', 'dist');

const SENTENCES = [
  'Mayor Ada Quill of Brindlewick said on Tuesday that 40 families had left the valley since March 3, 2021.',
  "The Harwick Rowing Club's chair, Dr. Tomas Velde, expects 1.2 million visitors -- up 15% -- at the U.N.-backed fair.",
  'Prices rose 3.5 percent in May; exports fell to $4bn, and 2,300 jobs were cut at plants near Ostrava.',
];

describe("wink's model, read by lib/text/wink-model.ts", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const winkNLP = require('wink-nlp');
  const ours = winkNLP(winkModel(), ['sbd', 'pos']);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const theirs = winkNLP(require('wink-eng-lite-web-model'), ['sbd', 'pos']);

  it.each(SENTENCES)('gives the tokens, tags and sentences of the package loader: %s', (text) => {
    const read = (nlp: typeof ours) => {
      const doc = nlp.readDoc(`${text}\n\n${text.toUpperCase()}`);
      const out = (its: string) => doc.tokens().out(nlp.its[its]);
      return {
        value: out('value'),
        pos: out('pos'),
        type: out('type'),
        spaces: out('precedingSpaces'),
        sentences: doc.sentences().out(nlp.its.span),
      };
    };
    expect(read(ours)).toEqual(read(theirs));
  });
});

describe("compromise's lexicon, written by the build", () => {
  const file = join(DIST, 'lexicon', 'data', 'compromise-lexicon.json');
  (existsSync(file) ? it : it.skip)('is the lexicon compromise builds when it loads', () => {
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(liveLexicon());
  });
});

describe('verb lemmas, worked out by the build', () => {
  const file = join(DIST, 'lexicon', 'data', 'verb-lemmas.json');
  (existsSync(file) ? it : it.skip)("holds compromise's own answer for every verb form of its lexicon", () => {
    const table = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    const forms = lexiconVerbForms(liveLexicon());
    expect(Object.keys(table).sort()).toEqual([...forms].sort());
    // a sample across the table (all of it takes a minute), and words a claim's verb often is
    const sample = [...forms.filter((_, i) => i % 97 === 0), 'fled', 'estimated', 'rising', 'says', 'killed'];
    for (const form of sample) expect([form, table[form]]).toEqual([form, verbLemma(form)]);
  });
  it('answers from the table, and asks compromise for words outside it', () => {
    expect(prebuiltVerbLemma('zorbled')).toBeUndefined();
    expect(remoteVerbLemma('zorbled')).toBe(verbLemma('zorbled'));
  });
});

describe("compromise in the CLI's helper thread", () => {
  const built = join(DIST, 'text', 'compromise-service.js');
  const run = existsSync(built) ? it : it.skip;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const service = () => (require(built) as typeof import('../lib/text/compromise-service')).startCompromiseService();

  run('answers each call as compromise in this thread does', () => {
    const helper = service();
    try {
      for (const text of SENTENCES) expect(helper.tagJoined(text)).toEqual(tagJoined(text));
      for (const word of ['killed', 'rose', 'rising', 'says', 'stay', 'camps'])
        expect([helper.verbLemma(word), helper.wordLemma(word, 'Noun'), helper.wordLemma(word, 'Verb')]).toEqual([
          verbLemma(word),
          wordLemma(word, 'Noun'),
          wordLemma(word, 'Verb'),
        ]);
    } finally {
      helper.stop();
    }
  });

  run('answers lemmas it worked out ahead (prefetched) as compromise would', () => {
    const helper = service();
    try {
      const verbs = ['climbed', 'slid', 'were', 'has', 'hired'];
      helper.prefetchVerbLemmas?.(verbs);
      expect(verbs.map((v) => helper.verbLemma(v))).toEqual(verbs.map((v) => verbLemma(v)));
    } finally {
      helper.stop();
    }
  });

  run('runs the quantity recognizer as this thread does, with calls answered while the job is out', () => {
    const helper = service();
    try {
      const text = SENTENCES.join('\n\n');
      const prep = prepare(text);
      const ctx = { referenceDate: new Date(Date.UTC(2021, 4, 20, 12)) };
      const drafts = helper.startQuantities(prep, ctx);
      // a call posted after the job: its reply comes after the job's, which is kept until asked for
      expect(helper.tagJoined(SENTENCES[0])).toEqual(tagJoined(SENTENCES[0]));
      const local = recognizeQuantities(prep, ctx);
      expect(local.length).toBeGreaterThan(3);
      expect(drafts()).toEqual(local);
    } finally {
      helper.stop();
    }
  });

  run('carries a failure back to the caller as an error', () => {
    const helper = service();
    try {
      // compromise reads an array as pre-split sentences, and fails on this one
      const unreadable = [null] as unknown as string;
      expect(() => tagJoined(unreadable)).toThrow();
      expect(() => helper.tagJoined(unreadable)).toThrow();
      // and goes on answering
      expect(helper.verbLemma('fled')).toBe(verbLemma('fled'));
    } finally {
      helper.stop();
    }
  });
});

describe('the code cache written by the build', () => {
  const built = join(DIST, 'code-cache.js');
  (existsSync(join(DIST, 'code-cache')) ? it : it.skip)("is V8's for this Node: the CLI's modules compile from it", () => {
    // Counts the caches V8 takes and refuses while the CLI's modules load, in a fresh process.
    const probe = `
      const vm = require('node:vm');
      const Script = vm.Script;
      const seen = { taken: 0, refused: 0 };
      vm.Script = function (source, options) {
        const script = new Script(source, options);
        if (options && options.cachedData) seen[script.cachedDataRejected ? 'refused' : 'taken']++;
        return script;
      };
      require(${JSON.stringify(built)}).useCodeCache();
      require(${JSON.stringify(join(DIST, 'cli', 'main.js'))});
      console.log(JSON.stringify(seen));`;
    const run = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
    const seen = JSON.parse(run.stdout) as { taken: number; refused: number };
    expect(seen.refused).toBe(0);
    expect(seen.taken).toBeGreaterThan(20);
  });
});

describe('the CLI with and without the helper', () => {
  const bin = join(__dirname, '..', 'bin', 'extract');
  const samples = join(__dirname, '..', 'samples');
  (existsSync(join(DIST, 'cli', 'main.js')) ? it : it.skip)('writes the same bytes', () => {
    const run = (helper: string) =>
      spawnSync(process.execPath, [bin, '--format', 'jsonl', samples], {
        encoding: 'utf8',
        env: { ...process.env, EXTRACT_COMPROMISE_HELPER: helper },
      });
    const [on, off] = [run('on'), run('off')];
    expect(on.status).toBe(0);
    expect(on.stdout.length).toBeGreaterThan(1000);
    expect(on.stdout).toBe(off.stdout);
  });
});
