/**
 * Writes extract()'s output on every real-text document (bench/real-corpus.js) as one JSON line each, to check
 * that a speed change leaves the output byte-identical: run before and after, then `cmp` the two files.
 *   node bench/outputs.js OUT.jsonl
 */
const fs = require('node:fs');
const path = require('node:path');
const { realCorpus } = require('./real-corpus');

const { extract } = require(path.join(__dirname, '..'));
const out = fs.openSync(process.argv[2] ?? path.join(__dirname, 'out', 'outputs.jsonl'), 'w');
for (const doc of realCorpus().docs) {
  fs.writeSync(out, `${JSON.stringify(extract(doc, { referenceDate: '2020-06-01' }))}\n`);
  fs.writeSync(out, `${JSON.stringify(extract(doc))}\n`);
}
fs.closeSync(out);
