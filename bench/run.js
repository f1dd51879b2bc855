/**
 * `npm run bench`: throughput and memory on a deterministic corpus the project generates (bench/corpus.js).
 * Reports, side by side: extract() words/s at 1 MB and 10 MB, compromise's bare nlp() on the same text, their
 * ratio, per-word time at 10 MB against 1 MB, peak RSS, and the CLI on a folder of 200 files with 1 and 2 jobs.
 * Prints a table and writes bench/out/bench.json.   Options: --quick (0.2 MB and 1 MB, 50 files).
 */
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync, spawnSync } = require('node:child_process');
const { makeCorpus, countWords } = require('./corpus');

const quick = process.argv.includes('--quick');
const MB = 1_000_000;
const sizes = quick ? [0.2 * MB, 1 * MB] : [1 * MB, 10 * MB];
const fileCount = quick ? 50 : 200;
const root = path.join(__dirname, '..');
const bin = path.join(root, 'bin', 'extract');
const { extract } = require(root);
const nlp = require('compromise');

const secs = (f) => {
  const t0 = process.hrtime.bigint();
  const out = f();
  return [Number(process.hrtime.bigint() - t0) / 1e9, out];
};

// One-time loading (models, lexicons, gazetteers) is not throughput: warm both up on a few paragraphs first.
const warmUp = makeCorpus(20_000, 99);
extract(warmUp, { referenceDate: '2020-06-01' });
nlp(warmUp).json();

const results = { date: new Date().toISOString(), machine: `${os.cpus()[0].model}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB`, node: process.version, sizes: [] };
for (const bytes of sizes) {
  const text = makeCorpus(bytes);
  const words = countWords(text);
  const [tExtract, res] = secs(() => extract(text, { referenceDate: '2020-06-01' }));
  // compromise's bare parse of the same text, in 1 MB slices (one 10 MB document needs several GB in compromise).
  const [tCompromise] = secs(() => {
    for (let i = 0; i < text.length; i += MB) nlp(text.slice(i, i + MB));
  });
  const row = {
    mb: bytes / MB, words, records: res.records.length,
    extractWordsPerSec: Math.round(words / tExtract), compromiseWordsPerSec: Math.round(words / tCompromise),
    ratio: +(tCompromise / tExtract).toFixed(2), extractMicrosPerWord: +((tExtract / words) * 1e6).toFixed(2),
  };
  results.sizes.push(row);
  console.error(`  measured ${row.mb} MB`);
}
results.perWordGrowth = +(results.sizes[1].extractMicrosPerWord / results.sizes[0].extractMicrosPerWord).toFixed(3);
results.benchPeakRssMB = Math.round(process.resourceUsage().maxRSS / 1024);

// The CLI: peak RSS on one big file, and a folder of small files with 1 and 2 jobs.
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-bench-'));
try {
  const big = path.join(tmp, 'big.txt');
  fs.writeFileSync(big, makeCorpus(sizes[1], 7));
  const timed = spawnSync('/usr/bin/time', ['-f', '%M %e', process.execPath, bin, '--format', 'jsonl', big], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 26 });
  const [kb, wall] = (timed.stderr.trim().split('\n').pop() ?? '').split(' ').map(Number);
  results.cliBigFile = { mb: sizes[1] / MB, peakRssMB: Math.round(kb / 1024), seconds: wall };

  const dir = path.join(tmp, 'folder');
  fs.mkdirSync(dir);
  let folderWords = 0;
  for (let i = 0; i < fileCount; i++) {
    const t = makeCorpus(5000, 1000 + i);
    folderWords += countWords(t);
    fs.writeFileSync(path.join(dir, `article-${String(i).padStart(3, '0')}.txt`), t);
  }
  results.cliFolder = { files: fileCount, words: folderWords };
  for (const jobs of [1, 2]) {
    const [t] = secs(() => execFileSync(process.execPath, [bin, '--format', 'jsonl', '--jobs', String(jobs), dir], { stdio: ['ignore', 'ignore', 'inherit'], maxBuffer: 1 << 28 }));
    results.cliFolder[`jobs${jobs}Seconds`] = +t.toFixed(2);
  }
  results.cliFolder.speedup = +(results.cliFolder.jobs1Seconds / results.cliFolder.jobs2Seconds).toFixed(2);
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}

const line = (cells) => '| ' + cells.join(' | ') + ' |';
console.log(`Machine: ${results.machine}; Node ${results.node}\n`);
console.log(line(['corpus', 'words', 'extract() words/s', 'compromise nlp() words/s', 'ratio', 'µs/word']));
console.log(line(['---', '---:', '---:', '---:', '---:', '---:']));
for (const r of results.sizes) console.log(line([`${r.mb} MB`, r.words, r.extractWordsPerSec, r.compromiseWordsPerSec, `${r.ratio}×`, r.extractMicrosPerWord]));
console.log(`\nPer-word time at ${sizes[1] / MB} MB vs ${sizes[0] / MB} MB: ${results.perWordGrowth}× ; benchmark process peak RSS ${results.benchPeakRssMB} MB`);
console.log(`CLI on one ${results.cliBigFile.mb} MB file: peak RSS ${results.cliBigFile.peakRssMB} MB, ${results.cliBigFile.seconds} s`);
console.log(`CLI on ${fileCount} files (${results.cliFolder.words} words): 1 job ${results.cliFolder.jobs1Seconds} s, 2 jobs ${results.cliFolder.jobs2Seconds} s, speed-up ${results.cliFolder.speedup}×`);
fs.mkdirSync(path.join(__dirname, 'out'), { recursive: true });
fs.writeFileSync(path.join(__dirname, 'out', 'bench.json'), JSON.stringify(results, null, 2));
