#!/usr/bin/env node
/**
 * Part of `npm run build`, after tsc: writes data that loads faster as bytes than as compiled modules to dist, beside
 * the modules that read it (each falls back to its source module when its file is missing):
 * - the gazetteer's city table and its sorted key indexes (lib/lexicon/key-index.ts), instead of folding 50,000 city
 *   names on first use;
 * - the name tagger's weights, instead of compiling a 3 MB base64 module;
 * - compromise's lexicon as JSON, so that lexicon lookups need not load compromise (lib/text/compromise.ts).
 */
const fs = require('node:fs');
const { CITY_INDEX_FILE, encodeCityIndexes } = require('../dist/lexicon/gazetteer.js');
const { NAMES_MODEL_FILE, committedModelBytes } = require('../dist/ner/tagger.js');
const { LEXICON_FILE, liveLexicon } = require('../dist/text/compromise.js');

fs.writeFileSync(CITY_INDEX_FILE, encodeCityIndexes());
fs.writeFileSync(NAMES_MODEL_FILE, committedModelBytes());
fs.writeFileSync(LEXICON_FILE, JSON.stringify(liveLexicon()));
