#!/usr/bin/env node
/**
 * Part of `npm run build`, after tsc: writes data that loads faster as bytes than as compiled modules to dist, beside
 * the modules that read it (each falls back to its source module when its file is missing):
 * - the gazetteer's city table and its sorted key indexes (lib/lexicon/key-index.ts), instead of folding 50,000 city
 *   names on first use;
 * - the name tagger's weights, instead of compiling a 3 MB base64 module;
 * - compromise's lexicon as JSON, so that lexicon lookups need not load compromise (lib/text/compromise.ts), and
 *   compromise's verb lemma of each one-word verb form in it, so that known verbs need no compromise call;
 * - V8's code cache of the modules the CLI runs on a first document (lib/code-cache.ts): the CLI once on the samples,
 *   and compromise's calls in this process (in the CLI they run in a helper thread).
 */
const fs = require('node:fs');
const { CITY_INDEX_FILE, encodeCityIndexes } = require('../dist/lexicon/gazetteer.js');
const { NAMES_MODEL_FILE, committedModelBytes } = require('../dist/ner/tagger.js');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { CODE_CACHE_DIR, WRITE_ENV, saveCodeCache, useCodeCache } = require('../dist/code-cache.js');

fs.writeFileSync(CITY_INDEX_FILE, encodeCityIndexes());
fs.writeFileSync(NAMES_MODEL_FILE, committedModelBytes());

fs.rmSync(CODE_CACHE_DIR, { recursive: true, force: true });
const root = path.join(__dirname, '..');
const samples = path.join(root, 'samples');
execFileSync(process.execPath, [path.join(root, 'bin', 'extract'), '--format', 'jsonl', samples], {
  // Without the helper thread, so that every module a first document runs (the quantities too, which the CLI's
  // helper runs otherwise) compiles in this run's main thread, whose code the cache holds.
  env: { ...process.env, [WRITE_ENV]: '1', EXTRACT_COMPROMISE_HELPER: 'off' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
process.env[WRITE_ENV] = '1';
useCodeCache();
const {
  LEXICON_FILE,
  VERB_LEMMAS_FILE,
  lexiconVerbForms,
  liveLexicon,
  tagJoined,
  verbLemma,
  wordLemma,
} = require('../dist/text/compromise.js');
fs.writeFileSync(LEXICON_FILE, JSON.stringify(liveLexicon()));
// Before any other compromise call, so that the code cache below still records a first document's own calls.
const verbLemmas = {};
for (const form of lexiconVerbForms(liveLexicon())) verbLemmas[form] = verbLemma(form);
fs.writeFileSync(VERB_LEMMAS_FILE, JSON.stringify(verbLemmas));
for (const paragraph of fs.readFileSync(path.join(samples, 'conflict-report.txt'), 'utf8').split(/\n\s*\n/)) tagJoined(paragraph);
for (const verb of ['said', 'killed', 'rose', 'falling', 'reports']) verbLemma(verb);
wordLemma('people', 'Noun');
saveCodeCache();
